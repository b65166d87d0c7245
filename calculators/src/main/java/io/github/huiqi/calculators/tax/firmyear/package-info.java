/**
 * One firm's tax year, {@link io.github.huiqi.calculators.tax.firmyear.FirmYearCalculator}: VAT, then the
 * R&amp;D deduction lowering taxable income before the 小型微利企业 test, each relief's saving and the total; and, in
 * the engine, {@link io.github.huiqi.calculators.tax.firmyear.FirmYearIncomeTaxRule}, which counts the two
 * income-tax reliefs of a year together within that year's tax at the standard rate.
 */
package io.github.huiqi.calculators.tax.firmyear;
