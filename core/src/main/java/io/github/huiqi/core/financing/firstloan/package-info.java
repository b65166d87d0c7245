/**
 * The first-loan (首贷) interest subsidy models: Shenzhen's
 * {@link io.github.huiqi.core.financing.firstloan.FirstLoanMeasure} (深工信〔2023〕26号 第5条) and Shanghai's
 * policy-fund-guaranteed first 普惠 loan, {@link io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure}
 * (沪企服办〔2023〕1号 第十五条).
 */
package io.github.huiqi.core.financing.firstloan;
