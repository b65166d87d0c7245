package io.github.huiqi.calculators.employment.insurance;

import io.github.huiqi.core.employment.insurance.InsuranceKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An independent oracle for the late fee waived on deferred social-insurance contributions (深工信〔2023〕26号 第2条:
 * "参保单位可申请在2023年12月31日前采取分期或逐月等方式对缓缴的社会保险费予以补缴，补缴期间免收滞纳金"), written from the
 * clause and 社会保险法 第八十六条 ("自欠缴之日起，按日加收万分之五的滞纳金"), not from {@link InsuranceCalculator}.
 */
final class InsuranceOracle {

  /** 万分之五 a day (社会保险法 第八十六条). */
  static final BigDecimal DAILY = new BigDecimal("0.0005");
  /** 在2023年12月31日前…补缴 (第2条), the day included. */
  static final LocalDate DEADLINE = LocalDate.of(2023, 12, 31);
  /** The phased deferral's due dates, 2022-04-01 to the deadline (decisions register §1.2 card 000-2a). */
  static final LocalDate FIRST_DUE = LocalDate.of(2022, 4, 1);
  /** The first repayment the measure waives: its first day in force ("政策到期后", register §4.6 item 157). */
  static final LocalDate FIRST_REPAYMENT = LocalDate.of(2023, 1, 1);

  private InsuranceOracle() {
  }

  /** A deferral: kind, amount, due date, approved under the phased policy, repayment (null when not known). */
  record Deferral(InsuranceKind kind, BigDecimal amount, LocalDate due, boolean approved, LocalDate repaid) {
  }

  /** The verdict's word, the fee waived, least and most, and whether a repayment not known is asked for. */
  record Expected(String verdict, BigDecimal least, BigDecimal most, boolean open) {
  }

  /**
   * The fee of a deferral repaid on a date: amount × 0.05% × the days from the day after the due date through the
   * repayment (register card 000-2a), rounded half-up to the fen per deferral (register §4.5 item 35).
   */
  static BigDecimal fee(BigDecimal amount, LocalDate due, LocalDate repaid) {
    return amount.multiply(DAILY).multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(due, repaid)))
        .setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * Σ the fees of the deferrals of 养老、失业、工伤 (第2条 names these three), due within the phased deferral's dates,
   * approved, and repaid in 2023 by the deadline; a repayment not known adds from zero to the fee repaid on the
   * deadline.
   * Eligible when a deferral is waived; undetermined when none is but one with its repayment not known may be.
   */
  static Expected expected(List<Deferral> deferrals) {
    BigDecimal least = BigDecimal.ZERO.setScale(2);
    BigDecimal open = BigDecimal.ZERO.setScale(2);
    boolean anyWaived = false;
    boolean anyOpen = false;
    for (Deferral d : deferrals) {
      boolean covered = d.kind != InsuranceKind.MEDICAL && !d.due.isBefore(FIRST_DUE) && !d.due.isAfter(DEADLINE)
          && d.approved;
      // "政策到期后…补缴": a repayment before 2023, during the phased deferral, is not this measure's (register §4.6
      // item 157)
      if (!covered || d.repaid != null && (d.repaid.isAfter(DEADLINE) || d.repaid.isBefore(FIRST_REPAYMENT))) {
        continue;
      }
      if (d.repaid == null) {
        anyOpen = true;
        open = open.add(fee(d.amount, d.due, DEADLINE));
      } else {
        anyWaived = true;
        least = least.add(fee(d.amount, d.due, d.repaid));
      }
    }
    String verdict = anyWaived ? "ELIGIBLE" : anyOpen ? "UNDETERMINED" : "INELIGIBLE";
    return new Expected(verdict, least, least.add(open), anyOpen);
  }
}
