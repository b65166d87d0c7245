package io.github.huiqi.core.tax.smalllowprofit;

/**
 * What a quarterly income-tax prepayment does when the tax due to date is below the tax already prepaid (本期应补(退)
 * 所得税额 negative), as when cumulative taxable income falls or a firm becomes a 小型微利企业 later in the year.
 * <p>
 * No retrieved source settles it (decisions register §4.5 item 30); the library default is
 * {@link #CARRY_TO_ANNUAL_SETTLEMENT}.
 */
public enum SmallLowProfitNegativePrepayment {
  /** Nothing is paid this period; the excess prepaid waits for the annual settlement (汇算清缴). The default. */
  CARRY_TO_ANNUAL_SETTLEMENT,
  /** The excess prepaid is reported as a refund for this period. */
  REFUND
}
