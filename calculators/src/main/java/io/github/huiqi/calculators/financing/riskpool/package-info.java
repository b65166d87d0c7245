/**
 * The risk-compensation pool calculator,
 * {@link io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator}: one claim, or a batch with failures as
 * values; and its evaluator.
 */
package io.github.huiqi.calculators.financing.riskpool;
