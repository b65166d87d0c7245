/**
 * Calculators of the first-loan interest subsidies:
 * {@link io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator} (Shenzhen) and
 * {@link io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedCalculator} (Shanghai), with their
 * evaluators for the entitlement engine.
 */
package io.github.huiqi.calculators.financing.firstloan;
