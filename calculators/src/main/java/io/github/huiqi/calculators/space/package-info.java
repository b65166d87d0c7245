/**
 * Space calculators, one package per measure family: {@code rent} (the policy rent of 创新型产业用房 and the district
 * rent subsidies), {@code highrise} (the 工业上楼 average-rent ceiling), {@code purchase} (buying leased state-owned
 * industrial space) and {@code utility} (utility arrears in 2023-Q1).
 * <p>
 * Start with {@link io.github.huiqi.calculators.space.rent.RentShareCalculator}.
 */
package io.github.huiqi.calculators.space;
