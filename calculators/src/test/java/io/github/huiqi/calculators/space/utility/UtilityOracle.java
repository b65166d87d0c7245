package io.github.huiqi.calculators.space.utility;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An independent oracle for the 2023-Q1 utility relief of 深工信〔2023〕26号 第2条 ("对经营困难的个体工商户和中小微企业，在
 * 2023年第一季度实行水、电、气“欠费不停供”，免收在此期间产生的欠费滞纳金"), written from the clause and the decisions
 * register §1.2 card 000-2d (a late fee arises for each day from the bill's first overdue day through the day before
 * payment), not from {@link UtilityCalculator}.
 */
final class UtilityOracle {

  static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
  static final LocalDate LAST = LocalDate.of(2023, 3, 31);

  private UtilityOracle() {
  }

  /** A bill: arrears, first overdue day, payment (null: unpaid), daily rate as a fraction. */
  record Bill(BigDecimal arrears, LocalDate overdueFrom, LocalDate paid, BigDecimal dailyRate) {
  }

  /** The verdict's word and the fees waived (zero unless covered). */
  record Expected(String verdict, BigDecimal waived) {
  }

  /** The late days of a bill within the quarter: overdueFrom .. paid − 1 (or on), clipped to 2023-01-01..03-31. */
  static long daysInQuarter(Bill bill) {
    LocalDate from = bill.overdueFrom.isBefore(FIRST) ? FIRST : bill.overdueFrom;
    LocalDate through = bill.paid == null || bill.paid.minusDays(1).isAfter(LAST) ? LAST : bill.paid.minusDays(1);
    return through.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, through) + 1;
  }

  /**
   * Covered: an individual business or an enterprise not large (中小微企业, 工信部联企业〔2011〕300号), in difficulty
   * (经营困难), with a bill overdue on a day of the quarter; then Σ arrears × daily rate × days in the quarter, each bill
   * rounded half-up to the fen (register §4.5 item 35). Nothing is waived for a firm not covered.
   */
  static Expected expected(boolean individual, EnterpriseSize size, boolean difficulty, List<Bill> bills) {
    BigDecimal waived = BigDecimal.ZERO.setScale(2);
    boolean anyOverdue = false;
    for (Bill bill : bills) {
      long days = daysInQuarter(bill);
      if (days == 0) {
        continue;
      }
      anyOverdue = true;
      waived = waived.add(bill.arrears.multiply(bill.dailyRate).multiply(BigDecimal.valueOf(days))
          .setScale(2, RoundingMode.HALF_UP));
    }
    boolean covered = (individual || size != EnterpriseSize.LARGE) && difficulty && anyOverdue;
    return new Expected(covered ? "ELIGIBLE" : "INELIGIBLE", covered ? waived : BigDecimal.ZERO.setScale(2));
  }
}
