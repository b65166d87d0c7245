/**
 * Tax calculators, one package per measure family: {@code vat} (small-scale VAT), {@code smalllowprofit}
 * (小型微利企业 income tax), {@code rd} (R&amp;D super deduction) and {@code firmyear} (the three together for one tax
 * year).
 * <p>
 * Start with {@link io.github.huiqi.calculators.tax.firmyear.FirmYearCalculator}.
 */
package io.github.huiqi.calculators.tax;
