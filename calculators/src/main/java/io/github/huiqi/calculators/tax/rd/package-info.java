/**
 * The R&amp;D super-deduction calculator, {@link io.github.huiqi.calculators.tax.rd.RdCalculator}, and its
 * evaluator.
 */
package io.github.huiqi.calculators.tax.rd;
