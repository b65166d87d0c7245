package io.github.huiqi.calculators.financing.deferral;

import java.time.LocalDate;

/**
 * An independent oracle for the deferral of principal and interest (深工信〔2023〕26号 第7条), written from the clause
 * and the decisions register's reading of "到期" (§1.2 card 000-7), not from the calculator's code.
 */
final class DeferralOracle {

  /** 第7条: "对于2022年第四季度到期的": due 2022-10-01 to 2022-12-31, both included. */
  static final LocalDate DUE_FIRST = LocalDate.of(2022, 10, 1);
  static final LocalDate DUE_LAST = LocalDate.of(2022, 12, 31);
  /** 第7条: "最长可延至2023年6月30日", included. */
  static final LocalDate LATEST = LocalDate.of(2023, 6, 30);

  private DeferralOracle() {
  }

  /** The verdict and the date the loan may be deferred to (null when ineligible). */
  record Deferral(String verdict, LocalDate until, boolean capped) {
  }

  /**
   * One loan: due in 2022-Q4, of a small or micro enterprise (an enterprise's size) or an individual business's or
   * owner's business loan, "受疫情影响暂时遇困"; deferred to the date asked for when at most 2023-06-30, otherwise (or
   * when none is asked for) to 2023-06-30. A fact null when not given.
   *
   * @param enterprise  an enterprise (else an individual business or owner)
   * @param smallOrMicro  an enterprise's size small or micro
   * @param forBusiness  an individual's loan for business
   */
  static Deferral decide(LocalDate due, boolean enterprise, Boolean smallOrMicro, Boolean forBusiness,
      Boolean affected, LocalDate requested) {
    boolean dueInQuarter = !due.isBefore(DUE_FIRST) && !due.isAfter(DUE_LAST);
    Boolean borrower = enterprise ? smallOrMicro : forBusiness;
    boolean capped = requested != null && requested.isAfter(LATEST);
    LocalDate until = requested == null || capped ? LATEST : requested;
    if (!dueInQuarter || Boolean.FALSE.equals(borrower) || Boolean.FALSE.equals(affected)) {
      return new Deferral("INELIGIBLE", null, capped);
    }
    return new Deferral(borrower == null || affected == null ? "UNDETERMINED" : "ELIGIBLE", until, capped);
  }
}
