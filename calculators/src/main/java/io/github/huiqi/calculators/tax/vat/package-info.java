/**
 * The small-scale taxpayer VAT calculator, {@link io.github.huiqi.calculators.tax.vat.VatCalculator}, and its
 * evaluator.
 */
package io.github.huiqi.calculators.tax.vat;
