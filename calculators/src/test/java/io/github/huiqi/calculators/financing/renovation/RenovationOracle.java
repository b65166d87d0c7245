package io.github.huiqi.calculators.financing.renovation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An independent oracle for the 小升规方案 第十条 technical-renovation support, written from the clause and the
 * operating rules it relies on (decisions register §4.4 item 26) in plain {@link BigDecimal} arithmetic, not from the
 * calculators' code.
 */
final class RenovationOracle {

  /** 第十条 with the operating rules: 智能化改造 at GB/T 39116 level ≥4 → 20%. */
  static final BigDecimal LEVEL_4 = new BigDecimal("0.20");
  /** Level 3 → 16%. */
  static final BigDecimal LEVEL_3 = new BigDecimal("0.16");
  /** Level 2 → 12% (level 1 earns no tier). */
  static final BigDecimal LEVEL_2 = new BigDecimal("0.12");
  /** 技术装备升级换代改造 → 10%. */
  static final BigDecimal EQUIPMENT_UPGRADE = new BigDecimal("0.10");
  /** 第十条: "资助上限为5000万元". */
  static final BigDecimal GRANT_CAP = new BigDecimal("50000000");
  /** Operating rules: fixed-asset investment at least 80% of the total. */
  static final BigDecimal FIXED_SHARE = new BigDecimal("0.80");
  /** Operating rules: equipment and tools at least 70% of the fixed-asset investment. */
  static final BigDecimal EQUIPMENT_SHARE = new BigDecimal("0.70");
  /** 第十条: "按实际支付利息的50%". */
  static final BigDecimal INTEREST_RATIO = new BigDecimal("0.50");
  /** 第十条: "给予最高500万元的贴息资助". */
  static final BigDecimal INTEREST_CAP = new BigDecimal("5000000");
  /** Operating rules: at most 3 years of interest. */
  static final int YEARS = 3;
  /** The plan runs from its issue, 2022-08-03, to 2024-12-31: a subsidised period starting then. */
  static final LocalDate PLAN_FIRST = LocalDate.of(2022, 8, 3);
  static final LocalDate PLAN_LAST = LocalDate.of(2024, 12, 31);

  private RenovationOracle() {
  }

  /** The grant's most and verdict ("不超过": the grant runs from 0 to the most). */
  record Grant(BigDecimal most, String verdict) {
  }

  /**
   * The grant: the tier's rate × the eligible investment, half-up to the fen, at most 50,000,000, when the project is
   * supported and its shares are met; an unknown fact leaves it undetermined at the most favourable tier (20%).
   *
   * @param upgrade  an equipment upgrade (else intelligent renovation)
   * @param level  the GB/T 39116 level, null if not known
   * @param total  the total, null if not known (so fixed and equipment)
   * @param supported  whether the project is supported, null if not known
   */
  static Grant grant(boolean upgrade, Integer level, BigDecimal eligible, BigDecimal total, BigDecimal fixed,
      BigDecimal equipment, Boolean supported) {
    BigDecimal rate = upgrade ? EQUIPMENT_UPGRADE : level == null ? LEVEL_4 : level >= 4 ? LEVEL_4
        : level == 3 ? LEVEL_3 : level == 2 ? LEVEL_2 : null;
    Boolean fixedMet = fixed == null || total == null ? null : fixed.compareTo(total.multiply(FIXED_SHARE)) >= 0;
    Boolean equipmentMet = equipment == null || fixed == null ? null
        : equipment.compareTo(fixed.multiply(EQUIPMENT_SHARE)) >= 0;
    // the fixed-asset investment not known: at least 80% of the total for the one share, so the equipment needs at
    // least 70% of that for the other; below it no fixed-asset figure meets both
    if (fixed == null && total != null && equipment != null
        && equipment.compareTo(total.multiply(FIXED_SHARE).multiply(EQUIPMENT_SHARE)) < 0) {
      equipmentMet = false;
    }
    Boolean tiered = upgrade ? Boolean.TRUE : level == null ? null : rate != null;
    Boolean[] facts = {supported, tiered, fixedMet, equipmentMet};
    boolean failed = false;
    boolean open = false;
    for (Boolean fact : facts) {
      failed |= Boolean.FALSE.equals(fact);
      open |= fact == null;
    }
    if (failed) {
      return new Grant(BigDecimal.ZERO, "INELIGIBLE");
    }
    BigDecimal most = eligible.multiply(rate).setScale(2, RoundingMode.HALF_UP).min(GRANT_CAP);
    return new Grant(most, open ? "UNDETERMINED" : "ELIGIBLE");
  }

  /** One payment of interest for the period from (counted) to until (not counted). */
  record Payment(BigDecimal interest, LocalDate from, LocalDate until) {
  }

  /**
   * The first day after the subsidised years from their first day: 《民法典》第二百零二条, a period of months ends the
   * day before the same day of the last month, or on that month's last day when it has no such day.
   */
  static LocalDate yearsEnd(LocalDate first) {
    return yearsEnd(first, YEARS);
  }

  /** The first day after a number of years from their first day (the option's years in place of 3). */
  static LocalDate yearsEnd(LocalDate first, int years) {
    LocalDate sameDay = first.plusMonths(12L * years);
    return sameDay.getDayOfMonth() == first.getDayOfMonth() ? sameDay : sameDay.plusDays(1);
  }

  /**
   * The interest subsidy: each payment's interest counted for its days within the subsidised years (in full inside,
   * by its days inside when it straddles an end, half-up to the fen), then 50% of the sum half-up to the fen, at most
   * 5,000,000.
   */
  static BigDecimal interest(LocalDate first, List<Payment> payments) {
    return interest(first, payments, YEARS);
  }

  /** The interest subsidy over a number of years (the option's, in place of 3). */
  static BigDecimal interest(LocalDate first, List<Payment> payments, int years) {
    LocalDate end = yearsEnd(first, years);
    BigDecimal counted = BigDecimal.ZERO;
    for (Payment payment : payments) {
      LocalDate from = payment.from().isBefore(first) ? first : payment.from();
      LocalDate until = payment.until().isAfter(end) ? end : payment.until();
      long inside = Math.max(0, ChronoUnit.DAYS.between(from, until));
      long days = ChronoUnit.DAYS.between(payment.from(), payment.until());
      counted = counted.add(payment.interest().multiply(BigDecimal.valueOf(inside))
          .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP));
    }
    return counted.multiply(INTEREST_RATIO).setScale(2, RoundingMode.HALF_UP).min(INTEREST_CAP);
  }

  /** Whether the subsidised period starts within the plan (2022-08-03 to 2024-12-31). */
  static boolean startsWithinPlan(LocalDate first) {
    return !first.isBefore(PLAN_FIRST) && !first.isAfter(PLAN_LAST);
  }
}
