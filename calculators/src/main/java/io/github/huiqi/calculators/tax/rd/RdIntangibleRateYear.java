package io.github.huiqi.calculators.tax.rd;

/**
 * Which year's rate an R&amp;D intangible is amortised at when the rate changed between the year it was formed and the
 * year it is amortised in (decisions register §4.5 item 34): for example a manufacturer's patent formed in 2020 (175%)
 * amortised in 2022 (200% under 2021年第13号).
 */
public enum RdIntangibleRateYear {
  /**
   * The rate of the tax year the amortisation is deducted in, the default: the instruments word the amortisation
   * rule from their start date ("自2021年1月1日起…形成无形资产的，按照无形资产成本的200%在税前摊销"), so amortisation
   * deducted from that date follows it, whenever the intangible was formed.
   */
  TAX_YEAR,
  /** The rate of the tax year the intangible was formed in (its {@code yearFormed}), kept for its whole life. */
  YEAR_FORMED
}
