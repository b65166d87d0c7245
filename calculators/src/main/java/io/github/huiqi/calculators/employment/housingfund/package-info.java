/**
 * The housing-fund deferral calculator,
 * {@link io.github.huiqi.calculators.employment.housingfund.HousingFundCalculator}, and its evaluator.
 */
package io.github.huiqi.calculators.employment.housingfund;
