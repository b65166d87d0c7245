package io.github.huiqi.core.procurement.arrears;

/**
 * Who owes an enterprise an overdue payment.
 */
public enum ArrearsDebtorKind {
  /** A government organ (机关). */
  GOVERNMENT_AGENCY,
  /** A public institution (事业单位). */
  PUBLIC_INSTITUTION,
  /** A large state-owned enterprise (大型国企). */
  LARGE_STATE_ENTERPRISE,
  /** Any other debtor. */
  OTHER
}
