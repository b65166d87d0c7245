package io.github.huiqi.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.time.DateBounds;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates in JSON: only an ISO {@code "yyyy-MM-dd"} string, within {@link DateBounds}.
 * <p>
 * Jackson's own date reader also takes {@code [2023,1,15]}, an empty array (read as absent), date-times and surrounding
 * spaces; each of these is rejected here naming the field, so that {@code "repaymentDate": []} can never stand for an
 * unknown repayment date.
 */
final class JsonDates {

  private JsonDates() {
  }

  /** Parses an input date: exactly ten characters {@code yyyy-MM-dd}, a calendar date, within the bounds. */
  static LocalDate parse(String text, String field) {
    if (!isIsoDate(text)) {
      throw new InvalidInputException(InvalidInputException.DATE_FORMAT, field, text,
          "must be a date written yyyy-MM-dd, such as 2023-01-15", "必须为 yyyy-MM-dd 格式的日期，例如 2023-01-15", null);
    }
    LocalDate date;
    try {
      // the digits are checked: the ISO parser's strict reading, without its formatter
      date = LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (DateTimeException ex) {
      throw new InvalidInputException(InvalidInputException.DATE_FORMAT, field, text,
          "must be a calendar date", "必须为实际存在的日历日期", ex);
    }
    return DateBounds.check(date, field);
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

  /** The strict {@link LocalDate} deserializer. */
  static final class Deserializer extends JsonDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw JsonErrors.wrongType(parser, "", "a date string \"yyyy-MM-dd\"", "日期字符串 \"yyyy-MM-dd\"");
      }
      return parse(parser.getText(), "");
    }

    @Override
    public Class<?> handledType() {
      return LocalDate.class;
    }
  }
}
