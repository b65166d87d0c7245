/**
 * The 2023-Q1 utility arrears relief calculator,
 * {@link io.github.huiqi.calculators.space.utility.UtilityCalculator}, and its evaluator.
 */
package io.github.huiqi.calculators.space.utility;
