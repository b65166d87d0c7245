package io.github.huiqi.core.procurement.arrears;

/**
 * How an arrears-clearing action classes an overdue claim.
 */
public enum ArrearsClass {
  /** Undisputed and within the limit: to be paid off in full (清偿率100%). */
  FULL_CLEARANCE,
  /** Undisputed and above the limit: to be resolved (化解率100%), not necessarily paid in full. */
  RESOLUTION,
  /** Disputed (有分歧): outside both targets. */
  DISPUTED,
  /** Owed by a debtor the action does not cover. */
  NOT_COVERED
}
