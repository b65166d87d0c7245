/**
 * The rent calculators of the 2021 reply letter: {@link io.github.huiqi.calculators.space.rent.RentShareCalculator}
 * (龙岗区, a share of the prior year's rent), {@link io.github.huiqi.calculators.space.rent.RentPolicyCalculator}
 * (创新型产业用房 policy rent) and {@link io.github.huiqi.calculators.space.rent.RentAreaCalculator} (光明区, per square
 * metre), with their evaluators.
 */
package io.github.huiqi.calculators.space.rent;
