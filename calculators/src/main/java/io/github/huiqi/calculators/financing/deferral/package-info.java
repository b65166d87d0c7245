/**
 * The loan deferral calculator,
 * {@link io.github.huiqi.calculators.financing.deferral.DeferralCalculator}, and its evaluator.
 */
package io.github.huiqi.calculators.financing.deferral;
