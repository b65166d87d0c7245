package io.github.huiqi.calculators.procurement.arrears;

import io.github.huiqi.core.procurement.arrears.ArrearsClass;
import io.github.huiqi.core.procurement.arrears.ArrearsDebtorKind;
import java.math.BigDecimal;

/**
 * An independent oracle for the arrears classes of 沪企服办〔2023〕1号 第二十一条 ("实现无分歧账款化解率100%，50万元以下
 * 无分歧账款清偿率100%", owed by 机关、事业单位和大型国企), written from the clause, not from {@link ArrearsCalculator}.
 */
final class ArrearsOracle {

  /** 50万元以下, the figure included. */
  static final BigDecimal FULL_CLEARANCE_UP_TO = new BigDecimal("500000");

  private ArrearsOracle() {
  }

  /** A claim's class, null when its dispute status is not known and decides it. */
  static ArrearsClass classOf(ArrearsDebtorKind debtor, BigDecimal amount, Boolean disputed) {
    if (debtor == ArrearsDebtorKind.OTHER) {
      return ArrearsClass.NOT_COVERED;
    }
    if (disputed == null) {
      return null;
    }
    if (disputed) {
      return ArrearsClass.DISPUTED;
    }
    return amount.compareTo(FULL_CLEARANCE_UP_TO) <= 0 ? ArrearsClass.FULL_CLEARANCE : ArrearsClass.RESOLUTION;
  }
}
