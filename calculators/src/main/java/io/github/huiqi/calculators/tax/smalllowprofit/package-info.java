/**
 * The 小型微利企业 income-tax calculator,
 * {@link io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitCalculator}: the annual tax and the cumulative
 * quarterly prepayment; and its evaluator.
 */
package io.github.huiqi.calculators.tax.smalllowprofit;
