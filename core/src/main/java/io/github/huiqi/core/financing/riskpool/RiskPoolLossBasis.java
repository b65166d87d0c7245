package io.github.huiqi.core.financing.riskpool;

/**
 * What counts as the compensable loss of a non-performing pool loan (decisions register §4.2 item 12).
 * <p>
 * No retrieved source settles it; the evidence (aggregate compensation against "不良贷款本金", 2022) points to
 * principal, so {@link #PRINCIPAL} is the documented default.
 */
public enum RiskPoolLossBasis {
  /** The principal outstanding when the loan was first classified non-performing (次级 or worse). */
  PRINCIPAL,
  /** The principal outstanding plus the interest accrued and unpaid, both at first non-performing classification. */
  PRINCIPAL_AND_INTEREST
}
