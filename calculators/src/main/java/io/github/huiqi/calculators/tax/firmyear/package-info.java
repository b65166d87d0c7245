/**
 * One firm's tax year, {@link io.github.huiqi.calculators.tax.firmyear.FirmYearCalculator}: VAT, then the
 * R&amp;D deduction lowering taxable income before the 小型微利企业 test, each relief's saving and the total.
 */
package io.github.huiqi.calculators.tax.firmyear;
