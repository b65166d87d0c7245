/**
 * Typed models of tax measures: the small-scale VAT exemption and reduced levy rate, and the other tax reliefs the
 * source documents restate.
 * <p>
 * Each model holds its parameters as cited, dated {@link io.github.huiqi.core.policy.Parameter}s; the matching
 * calculators are in {@code io.github.huiqi.calculators.tax}. Tax periods are value types here too, such as
 * {@link io.github.huiqi.core.tax.VatFilingPeriod}.
 */
package io.github.huiqi.core.tax;
