/**
 * One municipal interest subsidy per loan:
 * {@link io.github.huiqi.calculators.financing.stacking.StackingCalculator} decides, loan by loan, between the
 * first-loan and the tech-SME interest subsidy; the engine applies it through
 * {@link io.github.huiqi.calculators.financing.stacking.StackingInterestSubsidyRule}.
 */
package io.github.huiqi.calculators.financing.stacking;
