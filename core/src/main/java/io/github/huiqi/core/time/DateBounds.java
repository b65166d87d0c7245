package io.github.huiqi.core.time;

import io.github.huiqi.core.error.InvalidInputException;
import java.time.LocalDate;

/**
 * The range of dates the library accepts as input: from {@link #EARLIEST} (1949-10-01) to {@link #LATEST}
 * (2199-12-31), both included.
 * <p>
 * No fact a Chinese support policy asks about (a registration, a loan, a payment, a qualification) is older than the
 * founding of the People's Republic, and none is later than the end of the 22nd century. Bounding every input date
 * keeps the date arithmetic of terms, windows and day counts (a loan term in months, a year after drawdown) far from
 * {@link LocalDate#MAX}, so that no {@link java.time.DateTimeException} can reach a caller. Every date entering the
 * library is checked: by the JSON reader ({@link io.github.huiqi.core.json.HuiqiJson}, which also accepts dates only as
 * ISO {@code yyyy-MM-dd} strings) and by the builders and constructors of the Java API.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DateBounds {

  /** The earliest date accepted as input: 1949-10-01. */
  public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
  /** The latest date accepted as input: 2199-12-31. */
  public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  private DateBounds() {
  }

  /**
   * Checks that an input date is within {@link #EARLIEST}..{@link #LATEST}.
   *
   * @param date  the date, not null
   * @param field  the field name or JSON Pointer used in an error
   * @return the date
   * @throws InvalidInputException naming the field if the date is null ({@value InvalidInputException#REQUIRED}) or
   *     outside the range ({@value InvalidInputException#DATE_RANGE})
   */
  public static LocalDate check(LocalDate date, String field) {
    if (date == null) {
      throw new InvalidInputException(field);
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new InvalidInputException(InvalidInputException.DATE_RANGE, field, date,
          "must be a date from " + EARLIEST + " to " + LATEST, "必须是 " + EARLIEST + " 至 " + LATEST + " 之间的日期",
          null);
    }
    return date;
  }

  /**
   * Checks whether a date is within {@link #EARLIEST}..{@link #LATEST}.
   *
   * @param date  the date, not null
   * @return true if accepted
   * @throws InvalidInputException if the date is null
   */
  public static boolean contains(LocalDate date) {
    if (date == null) {
      throw new InvalidInputException("date");
    }
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }
}
