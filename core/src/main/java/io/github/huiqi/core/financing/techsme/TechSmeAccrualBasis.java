package io.github.huiqi.core.financing.techsme;

/**
 * Which interest counts as "2023年期间产生的利息" for a time-limited uplift of an interest-subsidy ratio
 * (深工信〔2023〕26号 第13条; decisions register §4.1 item 7).
 * <p>
 * No retrieved source settles whether the year refers to when the interest accrued or when it was paid. The words
 * "产生的利息" point to accrual and "实际支付利息" to payment, so {@link #ACCRUED_IN_WINDOW} is the documented default:
 * interest accrued for days in the window and actually paid. An interest period that straddles the window's edge is
 * split by days under a day count.
 */
public enum TechSmeAccrualBasis {
  /**
   * The interest accrued for days within the window (and actually paid) is uplifted; a period straddling an edge of
   * the window is split in proportion to its days (or year fractions) inside and outside. The default.
   */
  ACCRUED_IN_WINDOW,
  /** All the interest of an item paid on a date within the window is uplifted, whatever its accrual period. */
  PAID_IN_WINDOW
}
