/**
 * The R&amp;D super-deduction model, {@link io.github.huiqi.core.tax.rd.RdMeasure}, with its rates by period and
 * enterprise kind, the negative list of industries, and the R&amp;D costs a profile holds.
 */
package io.github.huiqi.core.tax.rd;
