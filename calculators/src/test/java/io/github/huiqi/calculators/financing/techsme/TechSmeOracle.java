package io.github.huiqi.calculators.financing.techsme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An independent oracle for the 科技贴息贴保 (深工信〔2023〕26号 第13条 on the 2020 办法 第十四条), written from the clauses
 * in plain {@link BigDecimal} arithmetic, not from the calculator's code.
 */
final class TechSmeOracle {

  /** 2020 办法 第十四条（一）: "按实际支付利息的50%" for the interest. */
  static final BigDecimal BASE_RATIO = new BigDecimal("0.50");
  /** 2020 办法 第十四条（一）: 70% for a first-time borrower (首贷). */
  static final BigDecimal FIRST_TIME_BASE_RATIO = new BigDecimal("0.70");
  /** 26号 第13条: "贴息支持比例提高30个百分点". */
  static final BigDecimal UPLIFT_POINTS = new BigDecimal("0.30");
  /** 26号 第13条: "最高可按照实际支付利息的80%予以资助". */
  static final BigDecimal CEILING = new BigDecimal("0.80");
  /** 26号 第13条 "2023年期间产生的利息": interest accrued on the days of 2023 (the pack's ACCRUED_IN_WINDOW). */
  static final LocalDate YEAR_START = LocalDate.of(2023, 1, 1);
  /** The first day after 2023, not counted. */
  static final LocalDate YEAR_END_EXCLUSIVE = LocalDate.of(2024, 1, 1);
  /** The 2020 办法 is dated 2020-02-28: a payment made before it is not under its ratios. */
  static final LocalDate PROGRAMME_START = LocalDate.of(2020, 2, 28);
  /** 2020 办法 第十四条（二）: small-loan guarantee-insurance premium 50%. */
  static final BigDecimal PREMIUM_RATIO = new BigDecimal("0.50");
  /** 2020 办法 第十四条（二）: premium subsidy at most 500,000 a year. */
  static final BigDecimal PREMIUM_CAP = new BigDecimal("500000");
  /** 2020 办法 第十四条（三）: guarantee fee 50%. */
  static final BigDecimal FEE_RATIO = new BigDecimal("0.50");
  /** 2020 办法 第十四条（三）: guarantee-fee subsidy at most 300,000 a year. */
  static final BigDecimal FEE_CAP = new BigDecimal("300000");
  /** 2020 办法 第十四条（四）: all items at most 1,000,000 per enterprise per year. */
  static final BigDecimal ANNUAL_CAP = new BigDecimal("1000000");
  /** 2020 办法 第十四条（四）: at most 3,000,000 per enterprise over the 办法's validity. */
  static final BigDecimal PROGRAMME_CAP = new BigDecimal("3000000");

  private TechSmeOracle() {
  }

  /** One interest payment: accrued from start (counted) to end (not counted), paid on paidOn. */
  record Interest(BigDecimal paid, LocalDate start, LocalDate end, LocalDate paidOn) {
  }

  /** One guarantee fee or premium actually paid on paidOn. */
  record Fee(BigDecimal paid, LocalDate paidOn) {
  }

  /** The subtotals before the yearly cap on all items, and the total after every cap. */
  record Amounts(BigDecimal interest, BigDecimal fees, BigDecimal premiums, BigDecimal total, boolean anyInForce) {
  }

  /**
   * One interest payment's subsidy: the days of 2023 at min(base + 30 points, 80%), the others at the base ratio,
   * paid × (uplifted × days in 2023 + base × days outside) ÷ all days, half-up to the fen; nothing when paid before
   * the 办法.
   */
  static BigDecimal interest(Interest item, boolean firstTimeBorrower) {
    return interest(item, firstTimeBorrower, false, false);
  }

  /**
   * One interest payment's subsidy under the options: {@code paidInWindow}, the whole item uplifted when paid in 2023
   * (TechSmeAccrualBasis.PAID_IN_WINDOW, decisions register §4.1 item 7); {@code wholeMonths}, a straddling period
   * split in proportion to its parts' year fractions under whole months ÷ 12 plus odd days ÷ 360, each part counted
   * on its own (an actual-day count splits by actual days, whatever its basis).
   */
  static BigDecimal interest(Interest item, boolean firstTimeBorrower, boolean paidInWindow, boolean wholeMonths) {
    if (item.paidOn().isBefore(PROGRAMME_START)) {
      return BigDecimal.ZERO;
    }
    BigDecimal base = firstTimeBorrower ? FIRST_TIME_BASE_RATIO : BASE_RATIO;
    BigDecimal uplifted = base.add(UPLIFT_POINTS).min(CEILING);
    long all;
    long in;
    if (paidInWindow) {
      all = 1;
      in = item.paidOn().getYear() == 2023 ? 1 : 0;
    } else {
      LocalDate inFirst = item.start().isAfter(YEAR_START) ? item.start() : YEAR_START;
      LocalDate inEnd = item.end().isBefore(YEAR_END_EXCLUSIVE) ? item.end() : YEAR_END_EXCLUSIVE;
      in = inFirst.isBefore(inEnd) ? count(inFirst, inEnd, wholeMonths) : 0;
      long before = item.start().isBefore(YEAR_START)
          ? count(item.start(), item.end().isBefore(YEAR_START) ? item.end() : YEAR_START, wholeMonths) : 0;
      long after = item.end().isAfter(YEAR_END_EXCLUSIVE)
          ? count(item.start().isAfter(YEAR_END_EXCLUSIVE) ? item.start() : YEAR_END_EXCLUSIVE, item.end(),
              wholeMonths) : 0;
      all = before + in + after;
    }
    BigDecimal weighted = uplifted.multiply(BigDecimal.valueOf(in)).add(base.multiply(BigDecimal.valueOf(all - in)));
    return item.paid().multiply(weighted).divide(BigDecimal.valueOf(all), 2, RoundingMode.HALF_UP);
  }

  /**
   * Whether a 科技型中小企业 enrolment counts for a claim (decisions register §1.2 card 000-13): granted on or before the
   * claim's last day and valid on or after its first (null dates do not limit it), the claim running from the
   * earliest accrual start or payment date of its items to the latest last day of accrual (the end not counted) or
   * payment date.
   */
  static boolean enrolmentReaches(LocalDate since, LocalDate until, List<Interest> interest, List<Fee> fees) {
    LocalDate first = LocalDate.MAX;
    LocalDate last = LocalDate.MIN;
    for (Interest item : interest) {
      first = min(first, min(item.start(), item.paidOn()));
      last = max(last, max(item.end().minusDays(1), item.paidOn()));
    }
    for (Fee item : fees) {
      first = min(first, item.paidOn());
      last = max(last, item.paidOn());
    }
    return (since == null || !since.isAfter(last)) && (until == null || !until.isBefore(first));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** Days from one date (counted) to another (not), or whole months × 30 plus the odd days. */
  private static long count(LocalDate from, LocalDate until, boolean wholeMonths) {
    if (!wholeMonths) {
      return ChronoUnit.DAYS.between(from, until);
    }
    long months = 0;
    while (!from.plusMonths(months + 1).isAfter(until)) {
      months++;
    }
    return 30 * months + ChronoUnit.DAYS.between(from.plusMonths(months), until);
  }

  /** A fee's or premium's subsidy: ratio × paid, half-up to the fen; nothing when paid before the 办法. */
  static BigDecimal fee(Fee item, BigDecimal ratio) {
    return item.paidOn().isBefore(PROGRAMME_START) ? BigDecimal.ZERO
        : item.paid().multiply(ratio).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * The claim: the interest, the fees capped at 300,000 and the premiums at 500,000, all of them at 1,000,000, then
   * at what remains of 3,000,000 after what the programme already paid (never below zero).
   */
  static Amounts claim(List<Interest> interest, List<Fee> fees, List<Fee> premiums, boolean firstTimeBorrower,
      BigDecimal received) {
    return claim(interest, fees, premiums, firstTimeBorrower, received, false, false);
  }

  /** The claim under the options (see {@link #interest(Interest, boolean, boolean, boolean)}). */
  static Amounts claim(List<Interest> interest, List<Fee> fees, List<Fee> premiums, boolean firstTimeBorrower,
      BigDecimal received, boolean paidInWindow, boolean wholeMonths) {
    BigDecimal interestSum = BigDecimal.ZERO;
    boolean anyInForce = false;
    for (Interest item : interest) {
      interestSum = interestSum.add(interest(item, firstTimeBorrower, paidInWindow, wholeMonths));
      anyInForce |= !item.paidOn().isBefore(PROGRAMME_START);
    }
    BigDecimal feeSum = BigDecimal.ZERO;
    for (Fee item : fees) {
      feeSum = feeSum.add(fee(item, FEE_RATIO));
      anyInForce |= !item.paidOn().isBefore(PROGRAMME_START);
    }
    BigDecimal premiumSum = BigDecimal.ZERO;
    for (Fee item : premiums) {
      premiumSum = premiumSum.add(fee(item, PREMIUM_RATIO));
      anyInForce |= !item.paidOn().isBefore(PROGRAMME_START);
    }
    BigDecimal cappedFees = feeSum.min(FEE_CAP);
    BigDecimal cappedPremiums = premiumSum.min(PREMIUM_CAP);
    BigDecimal total = interestSum.add(cappedFees).add(cappedPremiums).min(ANNUAL_CAP)
        .min(PROGRAMME_CAP.subtract(received).max(BigDecimal.ZERO));
    return new Amounts(interestSum, cappedFees, cappedPremiums, total, anyInForce);
  }
}
