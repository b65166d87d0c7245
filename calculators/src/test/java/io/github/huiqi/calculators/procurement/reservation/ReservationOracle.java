package io.github.huiqi.calculators.procurement.reservation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An independent oracle for the SME reservation of government works projects (深工信〔2023〕26号 第9条 and 沪企服办
 * 〔2023〕1号 第十一条: "将政府采购工程面向中小企业的预留份额阶段性提高至40%以上的政策延续到2023年底"; with 《政府采购促进
 * 中小企业发展管理办法》(财库〔2020〕46号) 第八条: works of 400万元以下 适宜由中小企业提供的 wholly for SMEs, and
 * 财库〔2022〕19号 raising the share above 400万元 to 40%), written from the clauses, not from
 * {@link ReservationCalculator}.
 */
final class ReservationOracle {

  /** 400万元以下 (第八条): 4,000,000 and less ("以下" includes the figure). */
  static final BigDecimal WHOLLY_UP_TO = new BigDecimal("4000000");
  /** 40%以上 (第9条 / 第十一条), the figure included. */
  static final BigDecimal SHARE = new BigDecimal("0.40");

  private ReservationOracle() {
  }

  /** Whether wholly reserved, the least reservation (rounded up to the fen, so that it meets the rule), the test. */
  record Expected(boolean wholly, BigDecimal required, boolean meets) {
  }

  static Expected expected(BigDecimal budget, BigDecimal reserved) {
    boolean wholly = budget.compareTo(WHOLLY_UP_TO) <= 0;
    BigDecimal exact = wholly ? budget : budget.multiply(SHARE);
    return new Expected(wholly, exact.setScale(2, RoundingMode.CEILING), reserved.compareTo(exact) >= 0);
  }
}
