package io.github.huiqi.calculators.tax.firmyear;

/**
 * The three reliefs of a firm-year view, in the order they are applied.
 */
public enum FirmYearRelief {
  /** The small-scale VAT relief: exemption within the threshold and the reduced levy rate; independent of the rest. */
  SMALL_SCALE_VAT,
  /** The R&amp;D super deduction: lowers taxable income before the 小型微利企业 test. */
  RD_SUPER_DEDUCTION,
  /** The 小型微利企业 income-tax relief, on the taxable income after the R&amp;D extra deduction. */
  SMALL_LOW_PROFIT_ENTERPRISE
}
