package io.github.huiqi.core.internal;

import io.github.huiqi.core.error.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The one reading of a date written as text, shared by the JSON reader and the CSV book reader so that the same fault
 * gets the same code and words in either file: exactly ten characters {@code yyyy-MM-dd} in ASCII digits, and a
 * calendar date. Not part of the public API.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IsoDates {

  private IsoDates() {
  }

  /**
   * Parses a date written {@code yyyy-MM-dd}.
   *
   * @param text  the text, not null
   * @param field  the field name or JSON Pointer used in an error
   * @return the date (not checked against the input bounds, which the caller applies where it should)
   * @throws InvalidInputException naming the field with code {@value InvalidInputException#DATE_FORMAT} if the text is
   *     not written {@code yyyy-MM-dd} (such as {@code 2023-1-15} or {@code 2023-01-15T00:00}) or is no calendar date
   *     (such as {@code 2023-02-30})
   */
  public static LocalDate parse(String text, String field) {
    if (!isIsoDate(text)) {
      throw new InvalidInputException(InvalidInputException.DATE_FORMAT, field, text,
          "must be a date written yyyy-MM-dd, such as 2023-01-15", "必须为 yyyy-MM-dd 格式的日期，例如 2023-01-15", null);
    }
    try {
      // the digits are checked: the ISO parser's strict reading, without its formatter
      return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (DateTimeException ex) {
      throw new InvalidInputException(InvalidInputException.DATE_FORMAT, field, text,
          "must be a calendar date", "必须为实际存在的日历日期", ex);
    }
  }

  private static boolean isIsoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
