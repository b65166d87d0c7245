package io.github.huiqi.calculators.employment.housingfund;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An independent oracle for the housing-fund deferral of 深工信〔2023〕26号 第2条 ("受疫情影响缴存住房公积金确有困难的用人
 * 单位，可按规定向公积金中心申请缓缴住房公积金，期限不超过12个月，申请期限至2023年6月30日"), written from the clause, not from
 * {@link HousingFundCalculator}.
 */
final class HousingFundOracle {

  /** 申请期限至2023年6月30日, the day included; the 2023 document's policy from 2023-01-01. */
  static final LocalDate FIRST_APPLICATION = LocalDate.of(2023, 1, 1);
  static final LocalDate LAST_APPLICATION = LocalDate.of(2023, 6, 30);
  /** 期限不超过12个月. */
  static final int MONTHS = 12;

  private HousingFundOracle() {
  }

  /** The verdict's word, the latest end and the deferral's end (null when ineligible). */
  record Expected(String verdict, LocalDate latest, LocalDate until, boolean capped) {
  }

  /**
   * The last day of 12 months whose first day is {@code start}: the day before the same day 12 months on, or the last
   * day of that month when it has no such day (《民法典》第二百零二条 "没有对应日的，月末日为期间的最后一日"); so whole
   * calendar months from a first of the month.
   */
  static LocalDate latest(LocalDate start) {
    YearMonth target = YearMonth.from(start).plusMonths(MONTHS);
    return start.getDayOfMonth() > target.lengthOfMonth() ? target.atEndOfMonth()
        : target.atDay(start.getDayOfMonth()).minusDays(1);
  }

  /**
   * Eligible when applied from 2023-01-01 through 2023-06-30 by an employer in difficulty (undetermined when the
   * difficulty is not known) for a deferral from the month applied in or later; the deferral runs to the requested
   * end, at most the latest (a later one capped).
   */
  static Expected expected(LocalDate applied, LocalDate start, LocalDate requested, Boolean hardship) {
    boolean inTime = !applied.isBefore(FIRST_APPLICATION) && !applied.isAfter(LAST_APPLICATION);
    // "申请缓缴": from the month applied in, not before (decisions register §4.6 item 174)
    boolean fromApplication = !start.isBefore(applied.withDayOfMonth(1));
    String verdict = !inTime || !fromApplication || Boolean.FALSE.equals(hardship) ? "INELIGIBLE"
        : hardship == null ? "UNDETERMINED" : "ELIGIBLE";
    LocalDate latest = latest(start);
    boolean capped = requested != null && requested.isAfter(latest);
    LocalDate end = requested == null || capped ? latest : requested;
    return new Expected(verdict, latest, verdict.equals("INELIGIBLE") ? null : end, capped);
  }
}
