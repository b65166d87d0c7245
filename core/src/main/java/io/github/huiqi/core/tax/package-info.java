/**
 * Typed models of tax measures, one package per measure family ({@code vat}, {@code smalllowprofit}, {@code rd}),
 * and the quarterly figures they share ({@link io.github.huiqi.core.tax.OperatingQuarter},
 * {@link io.github.huiqi.core.tax.QuarterlyAverage}).
 * <p>
 * Each model holds its parameters as cited, dated {@link io.github.huiqi.core.policy.Parameter}s; the matching
 * calculators are in the same family's package under {@code io.github.huiqi.calculators.tax}.
 */
package io.github.huiqi.core.tax;
