package io.github.huiqi.calculators.space.purchase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An independent oracle for the Shenzhen 专精特新 draft 第二十九条 ("对年产值达3亿以上、租用国有产业用房3年以上的专精特新
 * 企业，可按国有资产处置程序受让一定面积产业用房"), written from the clause, not from {@link PurchaseCalculator}: all three
 * conditions, "以上" including the figure.
 */
final class PurchaseOracle {

  /** 年产值达3亿以上. */
  static final BigDecimal OUTPUT = new BigDecimal("300000000");
  /** 3年以上: 36 months. */
  static final int MONTHS = 36;

  private PurchaseOracle() {
  }

  /** A lease: start, end (null: not given), state-owned (null: not known). */
  record Lease(LocalDate start, LocalDate end, Boolean stateOwned) {
  }

  /** The last day of the 3 years from a lease's first day (《民法典》第二百零二条, a missing day the month's last). */
  static LocalDate threeYears(LocalDate start) {
    YearMonth target = YearMonth.from(start).plusMonths(MONTHS);
    return start.getDayOfMonth() > target.lengthOfMonth() ? target.atEndOfMonth()
        : target.atDay(start.getDayOfMonth()).minusDays(1);
  }

  /**
   * The verdict's word: a 专精特新 enterprise, output at least 300,000,000, and a state-owned lease held 3 years by the
   * date (its 3 years' last day on or before the date, and the lease not ended before that day; an end not given, or
   * a lease not known to be state-owned, that would otherwise meet it leaves it open).
   */
  static String expected(Boolean specialised, BigDecimal output, List<Lease> leases, LocalDate asOf) {
    Boolean tenure = false;
    for (Lease lease : leases) {
      LocalDate needed = threeYears(lease.start);
      if (Boolean.FALSE.equals(lease.stateOwned) || asOf.isBefore(needed)) {
        continue;
      }
      if (lease.stateOwned == null || lease.end == null) {
        tenure = Boolean.TRUE.equals(tenure) ? tenure : null;
        continue;
      }
      if (!lease.end.isBefore(needed)) {
        tenure = true;
      }
    }
    Boolean out = output == null ? null : output.compareTo(OUTPUT) >= 0;
    Boolean[] all = {specialised, out, tenure};
    boolean open = false;
    for (Boolean b : all) {
      if (Boolean.FALSE.equals(b)) {
        return "INELIGIBLE";
      }
      open |= b == null;
    }
    return open ? "UNDETERMINED" : "ELIGIBLE";
  }
}
