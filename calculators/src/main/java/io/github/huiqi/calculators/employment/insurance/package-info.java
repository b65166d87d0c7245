/**
 * The late-fee waiver calculator for deferred social-insurance contributions,
 * {@link io.github.huiqi.calculators.employment.insurance.InsuranceCalculator}, and its evaluator.
 */
package io.github.huiqi.calculators.employment.insurance;
