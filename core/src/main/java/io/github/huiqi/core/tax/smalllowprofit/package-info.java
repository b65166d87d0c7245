/**
 * The 小型微利企业 income-tax model,
 * {@link io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure}, with its slice rates by tax year.
 */
package io.github.huiqi.core.tax.smalllowprofit;
