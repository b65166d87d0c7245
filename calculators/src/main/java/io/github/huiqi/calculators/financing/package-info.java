/**
 * Financing calculators: interest subsidies, guarantee fees, risk compensation and loan deferral.
 * <p>
 * Start with {@link io.github.huiqi.calculators.financing.FirstLoanInterestSubsidyCalculator}.
 */
package io.github.huiqi.calculators.financing;
