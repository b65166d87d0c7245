/**
 * Tax calculators: the small-scale VAT exemption and reduced levy rate, and the other tax reliefs the source
 * documents restate.
 * <p>
 * Start with {@link io.github.huiqi.calculators.tax.SmallScaleVatCalculator}.
 * <p>
 * The 小型微利企业 income tax, annual and quarterly prepayment:
 * {@link io.github.huiqi.calculators.tax.SmallLowProfitEnterpriseCalculator}.
 */
package io.github.huiqi.calculators.tax;
