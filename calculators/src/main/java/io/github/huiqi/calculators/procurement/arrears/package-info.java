/**
 * The arrears classification calculator, {@link io.github.huiqi.calculators.procurement.arrears.ArrearsCalculator},
 * and its evaluator.
 */
package io.github.huiqi.calculators.procurement.arrears;
