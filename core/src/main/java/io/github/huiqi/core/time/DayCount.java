package io.github.huiqi.core.time;

import io.github.huiqi.core.internal.Args;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A day-count convention: how an interest or fee period becomes a fraction of a year.
 * <p>
 * Every convention counts 算头不算尾: the start date accrues, the end date does not, so the period from 2023-01-15 to
 * 2023-04-15 has 90 days. The fraction is kept exact as a {@link YearFraction} (days over a year basis), so that
 * an amount is divided last and rounded once.
 * <p>
 * Source for the RMB loan convention: 《中国人民银行关于人民币存贷款计结息问题的通知》 (银发〔2005〕129号): 日利率 = 年利率 ÷ 360,
 * 月利率 = 年利率 ÷ 12.
 */
public enum DayCount {

  /**
   * Actual days ÷ 360, the PBoC RMB loan convention and the library default for interest and "年化X%" subsidies.
   */
  ACT_360("ACT/360", "实际天数/360"),
  /**
   * Actual days ÷ 365, whatever the year's length.
   */
  ACT_365F("ACT/365F", "实际天数/365"),
  /**
   * Whole calendar months ÷ 12 plus the odd days ÷ 360: the PBoC 逐笔计息 form "整月 × 月利率 + 零头天数 × 日利率".
   * A month is counted from the start's day of month, rolling back to the month's last day where needed
   * (01-31 plus one month is 02-28).
   */
  WHOLE_MONTHS("WHOLE-MONTHS", "整月/12 + 零头天数/360");

  private final String code;
  private final String chineseName;

  DayCount(String code, String chineseName) {
    this.code = code;
    this.chineseName = chineseName;
  }

  /**
   * Returns the convention's standard code, such as {@code ACT/360}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the convention's Chinese name, such as {@code 实际天数/360}.
   *
   * @return the name
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Counts the days from start (counted) to end (not counted).
   *
   * @param start  the first day of the period, counted
   * @param end  the day after the last, not counted; not before start
   * @return the number of days, zero or positive
   * @throws io.github.huiqi.core.error.InvalidInputException if a date is null or end is before start
   */
  public static long days(LocalDate start, LocalDate end) {
    Args.inOrder(start, end, "start", "end");
    return ChronoUnit.DAYS.between(start, end);
  }

  /**
   * Calculates the exact year fraction of the period from start (counted) to end (not counted).
   *
   * @param start  the first day of the period, counted
   * @param end  the day after the last, not counted; not before start
   * @return the exact year fraction, a day count over a year basis
   * @throws io.github.huiqi.core.error.InvalidInputException if a date is null or end is before start
   */
  public YearFraction yearFraction(LocalDate start, LocalDate end) {
    long days = days(start, end);
    switch (this) {
      case ACT_360:
        return new YearFraction(days, 360);
      case ACT_365F:
        return new YearFraction(days, 365);
      case WHOLE_MONTHS:
        long months = wholeMonths(start, end);
        long oddDays = days(start.plusMonths(months), end);
        // months / 12 + oddDays / 360 = (30 × months + oddDays) / 360
        return new YearFraction(30 * months + oddDays, 360);
      default:
        throw new IllegalStateException("Unknown day count " + this);
    }
  }

  /**
   * Counts the whole calendar months from start to end: the largest n with start plus n months not after end.
   *
   * @param start  the start date
   * @param end  the end date, not before start
   * @return the number of whole months
   * @throws io.github.huiqi.core.error.InvalidInputException if a date is null, end is before start, or a date is so
   *     far outside {@link DateBounds} that a month after it is past {@link LocalDate#MAX}
   */
  public static long wholeMonths(LocalDate start, LocalDate end) {
    Args.inOrder(start, end, "start", "end");
    long months = ChronoUnit.MONTHS.between(start, end);
    // ChronoUnit counts 01-31 -> 02-28 as zero months; the PBoC month rolls back to the month end, so it is one.
    try {
      while (!start.plusMonths(months + 1).isAfter(end)) {
        months++;
      }
    } catch (DateTimeException beyondJava) {
      // a month past LocalDate.MAX: only a date far outside DateBounds gets there
      String field = DateBounds.contains(start) ? "end" : "start";
      DateBounds.check(field.equals("end") ? end : start, field);
      throw beyondJava;
    }
    return months;
  }

  /**
   * Obtains a convention from its code, such as {@code ACT/360}, or its enum name.
   *
   * @param code  the code
   * @return the convention
   * @throws io.github.huiqi.core.error.InvalidInputException if unknown
   */
  public static DayCount of(String code) {
    Args.notNull(code, "dayCount");
    for (DayCount value : values()) {
      if (value.code.equals(code) || value.name().equals(code)) {
        return value;
      }
    }
    throw new io.github.huiqi.core.error.InvalidInputException("dayCount", code,
        "must be one of ACT/360, ACT/365F, WHOLE-MONTHS");
  }

  @Override
  public String toString() {
    return code;
  }
}
