/**
 * The one-off hiring subsidy calculator,
 * {@link io.github.huiqi.calculators.employment.hiring.HiringCalculator}, and its evaluator.
 */
package io.github.huiqi.calculators.employment.hiring;
