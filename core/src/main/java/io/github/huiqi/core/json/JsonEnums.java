package io.github.huiqi.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import io.github.huiqi.core.error.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Enum values in JSON: only a string that is exactly a constant's name. Jackson's own reader also accepts the name
 * with surrounding spaces ({@code "SMALL "}), which is rejected here naming the field.
 */
final class JsonEnums {

  private JsonEnums() {
  }

  /** Reads an enum constant by its exact name. */
  static final class ExactNameDeserializer extends JsonDeserializer<Object> {
    private final Class<?> type;
    private final String names;

    ExactNameDeserializer(Class<?> type) {
      this.type = type;
      List<String> all = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        all.add(((Enum<?>) constant).name());
      }
      this.names = String.join(", ", all);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw JsonErrors.wrongType(parser, "", "one of the strings " + names, "以下字符串之一：" + names);
      }
      String text = parser.getText();
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(text)) {
          return constant;
        }
      }
      throw new InvalidInputException(InvalidInputException.UNKNOWN_VALUE, "", text, "must be one of " + names,
          "必须为以下之一：" + names, null);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
