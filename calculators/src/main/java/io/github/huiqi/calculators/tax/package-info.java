/**
 * Tax calculators: the small-scale VAT exemption and reduced levy rate, and the other tax reliefs the source
 * documents restate.
 * <p>
 * Start with {@link io.github.huiqi.calculators.tax.SmallScaleVatCalculator}.
 */
package io.github.huiqi.calculators.tax;
