/**
 * Financing calculators, one package per measure family: {@code firstloan} (first-loan interest subsidies),
 * {@code techsme} (科技型中小企业 贴息贴保), {@code stacking} (one municipal interest subsidy per loan), {@code riskpool}
 * (risk compensation), {@code guaranteefee} (guarantee fees), {@code renovation} (technical-renovation grant and
 * interest subsidy) and {@code deferral} (loan deferral).
 * <p>
 * Start with {@link io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator}.
 */
package io.github.huiqi.calculators.financing;
