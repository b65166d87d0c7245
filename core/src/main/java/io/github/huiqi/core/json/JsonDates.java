package io.github.huiqi.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import io.github.huiqi.core.internal.IsoDates;
import io.github.huiqi.core.time.DateBounds;
import java.io.IOException;
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
    return DateBounds.check(IsoDates.parse(text, field), field);
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
