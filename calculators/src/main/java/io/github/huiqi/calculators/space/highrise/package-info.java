/**
 * The 工业上楼 average-rent calculator, {@link io.github.huiqi.calculators.space.highrise.HighRiseCalculator}, and its
 * evaluator.
 */
package io.github.huiqi.calculators.space.highrise;
