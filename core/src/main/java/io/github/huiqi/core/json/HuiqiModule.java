package io.github.huiqi.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.EnumDeserializer;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.huiqi.core.catalog.MeasureKinds;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentId;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.rates.RateSeriesId;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.time.DayCount;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javax.money.MonetaryAmount;

/**
 * The Jackson module for the library's value types.
 * <p>
 * Registers: {@link MonetaryAmount} as {@code {"amount": …, "currency": "CNY"}} (the amount a JSON number, the
 * currency exactly {@code "CNY"}, compared as text before any currency lookup); {@link Rate} as {@code "2%"};
 * {@link DayCount} as its code; identifiers as strings; {@link LocalDate} only as an ISO {@code "yyyy-MM-dd"} string
 * within {@link io.github.huiqi.core.time.DateBounds} (no arrays, no date-times, no spaces); enum values only by their
 * exact names; every measure kind of {@link MeasureKinds} by its type name; and a bounded {@link BigDecimal}
 * deserializer that takes JSON numbers only and rejects scale bombs. {@link HuiqiJson#newMapper()} registers it
 * together with the Java-time and {@code Optional} modules; a host registering it on its own mapper also needs those
 * two.
 * <p>
 * Deserializers throw {@link InvalidInputException}; {@link HuiqiJson} relocates it to the JSON Pointer of the field.
 */
public final class HuiqiModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the module.
   */
  public HuiqiModule() {
    super("huiqi", Version.unknownVersion());
    addSerializer(MonetaryAmount.class, new AmountSerializer());
    addDeserializer(MonetaryAmount.class, new AmountDeserializer());
    addSerializer(BigDecimal.class, new PlainDecimalSerializer());
    addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
    addDeserializer(LocalDate.class, new JsonDates.Deserializer());
    setDeserializerModifier(new BeanDeserializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
          BeanDescription description, JsonDeserializer<?> deserializer) {
        // Only Jackson's name-based reader is replaced; an enum read through the library's own parser (DayCount) or
        // a factory keeps it.
        return deserializer instanceof EnumDeserializer
            ? new JsonEnums.ExactNameDeserializer(type.getRawClass()) : deserializer;
      }

      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
          JsonDeserializer<?> deserializer) {
        // A result written without its explanation (JsonOutput.withoutExplanation()) reads back with an empty one.
        return description.getBeanClass() == Explanation.class
            ? new AbsentExplanationDeserializer(deserializer) : deserializer;
      }
    });
    // a rate written as a JSON number (3.65 or 0.0365) is told the form it must take, not only "a JSON string"
    addStringType(Rate.class, Rate::parse, "a percentage string such as \"2%\" or \"4.35%\"",
        "百分比字符串，如 \"2%\" 或 \"4.35%\"");
    addStringType(DayCount.class, DayCount::of, "a day-count string such as \"ACT/360\"",
        "计息基础字符串，如 \"ACT/360\"");
    addStringType(DocumentId.class, DocumentId::of);
    addStringType(MeasureId.class, MeasureId::of);
    addStringType(RateSeriesId.class, RateSeriesId::of);
    for (MeasureKinds.Kind kind : MeasureKinds.all()) {
      registerSubtypes(new NamedType(kind.modelType(), kind.typeName()));
    }
  }

  /** Reads an explanation as usual; an absent one (a result written without it) is empty, a null one is not. */
  private static final class AbsentExplanationDeserializer extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;
    private static final Explanation NONE = new Explanation(List.of());

    AbsentExplanationDeserializer(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new AbsentExplanationDeserializer(newDelegatee);
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
      return NONE;
    }
  }

  private <T> void addStringType(Class<T> type, Function<String, T> parser) {
    addStringType(type, parser, "a JSON string", "JSON 字符串");
  }

  private <T> void addStringType(Class<T> type, Function<String, T> parser, String expected, String expectedZh) {
    addSerializer(type, new ToStringSerializer<>());
    addDeserializer(type, new FromStringDeserializer<>(type, parser, expected, expectedZh));
  }

  //-------------------------------------------------------------------------
  private static final class ToStringSerializer<T> extends JsonSerializer<T> {
    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }

  private static final class FromStringDeserializer<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parser;
    private final String expected;
    private final String expectedZh;

    private FromStringDeserializer(Class<T> type, Function<String, T> parser, String expected, String expectedZh) {
      this.type = type;
      this.parser = parser;
      this.expected = expected;
      this.expectedZh = expectedZh;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw JsonErrors.wrongType(parser, "", expected, expectedZh);
      }
      try {
        return this.parser.apply(parser.getText());
      } catch (InvalidInputException ex) {
        throw ex.withField("");
      }
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  private static final class PlainDecimalSerializer extends JsonSerializer<BigDecimal> {
    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      // Plain notation keeps the scale readable: 100.00, never 1E+2.
      gen.writeNumber(value.toPlainString());
    }
  }

  private static final class BoundedDecimalDeserializer extends JsonDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return readDecimal(parser, context, "");
    }

    @Override
    public Class<?> handledType() {
      return BigDecimal.class;
    }
  }

  static BigDecimal readDecimal(JsonParser parser, DeserializationContext context, String field) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      // Read the literal text, never through binary floating point, and bound it before any arithmetic.
      String text = parser.getText();
      BigDecimal value;
      try {
        value = new BigDecimal(text);
      } catch (NumberFormatException ex) {
        throw new InvalidInputException(field, text, "must be a decimal number", ex);
      }
      return Args.bounded(value, field);
    }
    throw JsonErrors.wrongType(parser, field, "a JSON number such as 1234.56", "JSON 数字，例如 1234.56");
  }

  //-------------------------------------------------------------------------
  private static final class AmountSerializer extends JsonSerializer<MonetaryAmount> {
    @Override
    public void serialize(MonetaryAmount value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeFieldName("amount");
      gen.writeNumber(value.getNumber().numberValueExact(BigDecimal.class).toPlainString());
      gen.writeStringField("currency", value.getCurrency().getCurrencyCode());
      gen.writeEndObject();
    }

    @Override
    public Class<MonetaryAmount> handledType() {
      return MonetaryAmount.class;
    }
  }

  private static final class AmountDeserializer extends JsonDeserializer<MonetaryAmount> {
    @Override
    public MonetaryAmount deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw JsonErrors.wrongType(parser, "", "an amount object {\"amount\": 1234.56, \"currency\": \"CNY\"}",
            "金额对象 {\"amount\": 1234.56, \"currency\": \"CNY\"}");
      }
      BigDecimal amount = null;
      String currency = null;
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        parser.nextToken();
        switch (name) {
          case "amount":
            amount = readDecimal(parser, context, "amount");
            break;
          case "currency":
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
              throw JsonErrors.wrongType(parser, "currency", "the JSON string \"CNY\"", "JSON 字符串 \"CNY\"");
            }
            // Compared as text: never handed to a currency lookup, which would read it as a pattern.
            currency = Cny.requireCny(parser.getText(), "currency").getCurrencyCode();
            break;
          default:
            throw new InvalidInputException(InvalidInputException.UNKNOWN_PROPERTY, name, JsonErrors.text(parser),
                "is not a field of an amount (amount, currency)", "不是金额的字段（amount、currency）", null);
        }
      }
      Args.notNull(amount, "amount");
      Args.notNull(currency, "currency");
      return Cny.of(amount);
    }
  }
}
