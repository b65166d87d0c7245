package io.github.huiqi.core.time;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.huiqi.core.internal.Args;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A range of dates inclusive of both ends, such as the policy window 2023-01-01..2023-03-31 ("2023年1-3月").
 * <p>
 * The end may be absent for a range with no known end ("from 2015-10-24 until changed"). A single day is a range whose
 * start equals its end.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param start  the first day in the range, not null
 * @param end  the last day in the range, inclusive; empty for an open-ended range
 */
public record DateRange(LocalDate start, Optional<LocalDate> end) {

  /**
   * Creates a range.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if start is null or the end is before the start
   */
  public DateRange {
    Args.notNull(start, "start");
    Args.notNullOptional(end, "end");
    if (end.isPresent()) {
      Args.inOrder(start, end.get(), "start", "end");
    }
  }

  /**
   * Obtains a closed range, inclusive of both ends.
   *
   * @param start  the first day
   * @param end  the last day, not before start
   * @return the range
   * @throws io.github.huiqi.core.error.InvalidInputException if a date is null or end is before start
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, Optional.of(Args.notNull(end, "end")));
  }

  /**
   * Obtains a range with a start and no end.
   *
   * @param start  the first day
   * @return the open-ended range
   */
  public static DateRange startingOn(LocalDate start) {
    return new DateRange(start, Optional.empty());
  }

  /**
   * Obtains the range of a calendar quarter, such as 2022-10-01..2022-12-31 for "2022年第四季度".
   *
   * @param year  the year
   * @param quarter  the quarter, 1 to 4
   * @return the range
   * @throws io.github.huiqi.core.error.InvalidInputException if the quarter is not 1 to 4, or the year beyond
   *     java.time's
   */
  public static DateRange quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new io.github.huiqi.core.error.InvalidInputException("quarter", quarter, "must be from 1 to 4");
    }
    return held("year", year, () -> {
      LocalDate first = LocalDate.of(year, quarter * 3 - 2, 1);
      return of(first, first.plusMonths(3).minusDays(1));
    });
  }

  /**
   * Obtains the range of whole months from a first day, both ends included: to the day before the same day of the
   * month {@code months} on, or, when that month has no such day (31 January a month on, 29 February a year on), to
   * that month's last day, as 《民法典》第二百零二条 ends a period counted in months or years ("没有对应日的，月末日为
   * 期间的最后一日"). So 12 months from 2023-07-01 run to 2024-06-30, and from 2024-02-29 to 2025-02-28, not
   * 2025-02-27 as the rolled-back {@link LocalDate#plusMonths} less a day would give.
   *
   * @param first  the first day, counted
   * @param months  the number of months, positive (12 a year)
   * @return the range
   * @throws io.github.huiqi.core.error.InvalidInputException if {@code first} is null, {@code months} not positive, or
   *     the range would end beyond java.time's dates
   */
  public static DateRange ofMonths(LocalDate first, int months) {
    Args.notNull(first, "first");
    if (months <= 0) {
      throw new io.github.huiqi.core.error.InvalidInputException("months", months, "must be positive");
    }
    return held("first", first, () -> {
      LocalDate sameDay = first.plusMonths(months);
      return of(first, sameDay.getDayOfMonth() == first.getDayOfMonth() ? sameDay.minusDays(1) : sameDay);
    });
  }

  /**
   * Obtains the range of a calendar year, such as 2023-01-01..2023-12-31 for "2023年".
   *
   * @param year  the year
   * @return the range
   * @throws io.github.huiqi.core.error.InvalidInputException if the year is beyond java.time's
   */
  public static DateRange year(int year) {
    return held("year", year, () -> of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
  }

  /** Builds a range, a date beyond java.time's (a year past 999,999,999) a typed error naming the argument. */
  private static DateRange held(String field, Object value, java.util.function.Supplier<DateRange> range) {
    try {
      return range.get();
    } catch (java.time.DateTimeException beyond) {
      throw new io.github.huiqi.core.error.InvalidInputException(
          io.github.huiqi.core.error.InvalidInputException.DATE_RANGE, field, value,
          "must give dates java.time holds (years -999999999 to 999999999)",
          "必须给出 java.time 可表示的日期（-999999999 至 999999999 年）", beyond);
    }
  }

  /**
   * Checks whether a date is in this range, both ends included.
   *
   * @param date  the date, not null
   * @return true if start ≤ date ≤ end
   */
  public boolean contains(LocalDate date) {
    Args.notNull(date, "date");
    return !date.isBefore(start) && (end.isEmpty() || !date.isAfter(end.get()));
  }

  /**
   * Checks whether a whole calendar year is in this range: its 1 January and 31 December both within.
   *
   * @param year  the year, such as 2023
   * @return true if start ≤ 1 January and 31 December ≤ end
   */
  public boolean containsYear(int year) {
    boolean startsBy = start.getYear() < year || start.getYear() == year && start.getDayOfYear() == 1;
    if (!startsBy || end.isEmpty()) {
      return startsBy;
    }
    LocalDate last = end.get();
    return last.getYear() > year || last.getYear() == year && last.getMonthValue() == 12 && last.getDayOfMonth() == 31;
  }

  /**
   * Checks whether this range has no end.
   *
   * @return true if open-ended
   */
  @JsonIgnore
  public boolean isOpenEnded() {
    return end.isEmpty();
  }

  /**
   * Returns the range as {@code 2023-01-01..2023-03-31}, or {@code 2015-10-24..} when open-ended.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return start + ".." + (end.isPresent() ? end.get().toString() : "");
  }

  // equals and hashCode as the record's own (31 × the start's hash + the end's), written out: the generated ones are
  // bootstrapped on first use, which a cold start of the built-in data pays for
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof DateRange range && start.equals(range.start) && end.equals(range.end);
  }

  @Override
  public int hashCode() {
    return 31 * start.hashCode() + end.hashCode();
  }
}
