package io.github.huiqi.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.ResponseTooLargeException;
import io.github.huiqi.core.internal.Args;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * JSON in and out for the library's types, hardened for untrusted input.
 * <p>
 * The mapper rejects what Jackson's defaults would silently accept: duplicate keys, unknown properties, trailing
 * tokens, floats into integers, numbers into enums, strings into numbers or booleans, numbers or booleans into strings
 * (an id is a string: {@code "loanId": 12345} is rejected), enum names with spaces or in another case, dates other than
 * {@code "yyyy-MM-dd"} strings (see {@link io.github.huiqi.core.time.DateBounds} for their range), empty strings as
 * null, and polymorphic default typing (off; measure types use explicit names). Decimals are bounded after parsing,
 * in trees too (see {@link HuiqiModule}).
 * <p>
 * <b>Limits.</b> Reading and writing are bounded by {@link JsonLimits}; the library's defaults are these constants:
 * documents of at most {@value #MAX_DOCUMENT_LENGTH} characters (bytes for a byte stream) and {@value #MAX_TOKENS}
 * tokens, nesting {@value #MAX_NESTING_DEPTH} deep, numbers of {@value #MAX_NUMBER_LENGTH} characters, strings of
 * {@value #MAX_STRING_LENGTH}, property names of {@value #MAX_NAME_LENGTH}, and responses of
 * {@value #DEFAULT_MAX_RESPONSE_LENGTH} characters. A host changes them for every JSON entry point of the library
 * (every {@code explain…Json}, the engine, the NDJSON books) with system properties read once when this class is
 * loaded: {@code io.github.huiqi.json.maxDocumentLength}, {@code .maxTokens}, {@code .maxNestingDepth},
 * {@code .maxNumberLength}, {@code .maxStringLength}, {@code .maxNameLength} and {@value #MAX_RESPONSE_PROPERTY}, each
 * a positive whole number (anything else keeps the default; nesting at most {@value JsonLimits#NESTING_CEILING});
 * {@link #limits()} returns the limits in force. A caller that needs other limits for one use takes a
 * {@link JsonCodec} from {@link #codec(JsonLimits)}. A document too long, or of too many tokens, is reported as such:
 * code {@value InvalidInputException#TOO_LARGE}, field {@code /}, its length (or token count) as the value.
 * <p>
 * Jackson 2.15 or a newer 2.x is required; the name and token limits apply from the Jackson version that offers them
 * (2.16 and 2.18), the document length always (the library counts it itself, see {@code JacksonSupport}). An older
 * Jackson makes this class fail to load with one message naming the minimum.
 * <p>
 * Every failure is an {@link InvalidInputException} whose field is the JSON Pointer of the culprit, such as
 * {@code /loans/0/principal/amount}, whose value is the rejected value as written, with a stable code and messages in
 * English and Chinese; no Jackson exception or Jackson wording leaks out.
 * <p>
 * <b>Output.</b> {@link #write(Object)} writes indented JSON with every explanation, at most
 * {@link #MAX_RESPONSE_LENGTH} characters; {@link #write(Object, JsonOutput)} writes it compact, or without the
 * explanations ({@link JsonOutput}); {@link #write(Object, long)} takes a limit per call. A longer response is a
 * {@link ResponseTooLargeException}, so that a large request (thousands of explained loans) cannot make the library
 * build an unbounded string. Every result type reads back what it writes, in every form: a result written without
 * its explanation reads back with an empty one. For a whole loan book, write one result a line instead (NDJSON, see
 * {@code io.github.huiqi.calculators.batch.book.BookNdjson}).
 * <pre>{@code
 * EnterpriseProfile profile = HuiqiJson.read(profileJson, EnterpriseProfile.class);   // or InvalidInputException
 * String json = HuiqiJson.write(result);                                             // any result type
 * String small = HuiqiJson.write(result, JsonOutput.COMPACT.withoutExplanation());   // about a fifth of the size
 * JsonCodec big = HuiqiJson.codec(JsonLimits.ofDocumentLength(100_000_000));        // other limits, for one use
 * ObjectMapper mapper = HuiqiJson.newMapper();   // the same hardened settings, for a host's own use
 * }</pre>
 * <p>
 * This class is thread-safe.
 */
public final class HuiqiJson {

  /** The default of the longest document read, in characters. */
  public static final int MAX_DOCUMENT_LENGTH = 1_000_000;
  /** The default of the most tokens in a document. */
  public static final int MAX_TOKENS = 100_000;
  /** The default of the longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 40;
  /** The default of the longest string, in characters. */
  public static final int MAX_STRING_LENGTH = 10_000;
  /** The default of the longest property name, in characters. */
  public static final int MAX_NAME_LENGTH = 256;
  /** The default of the deepest nesting of arrays and objects. */
  public static final int MAX_NESTING_DEPTH = 32;
  /** The default of {@link #MAX_RESPONSE_LENGTH}: ten million characters. */
  public static final long DEFAULT_MAX_RESPONSE_LENGTH = 10_000_000L;
  /** The system property that sets {@link #MAX_RESPONSE_LENGTH} when this class is loaded. */
  public static final String MAX_RESPONSE_PROPERTY = "io.github.huiqi.json.maxResponseLength";
  /**
   * The prefix of the system properties that set the limits when this class is loaded: followed by the name of a
   * {@link JsonLimits} component, such as {@code io.github.huiqi.json.maxDocumentLength}.
   */
  public static final String LIMIT_PROPERTY_PREFIX = "io.github.huiqi.json.";
  /**
   * The longest JSON text {@link #write(Object)} produces, in characters: the system property
   * {@value #MAX_RESPONSE_PROPERTY} if set to a positive whole number when this class is loaded, otherwise
   * {@value #DEFAULT_MAX_RESPONSE_LENGTH}. Every calculator's JSON entry point writes its result with it.
   */
  public static final long MAX_RESPONSE_LENGTH = responseLimit(System.getProperty(MAX_RESPONSE_PROPERTY));

  static {
    JacksonSupport.requireSupported();
  }

  private static final JsonLimits LIMITS = limitsFrom(System::getProperty);
  private static final JsonCodec CODEC = new JsonCodec(LIMITS, JsonOutput.INDENTED);

  private HuiqiJson() {
  }

  /**
   * Returns the limits in force for the library's JSON entry points: {@link JsonLimits#DEFAULTS}, changed by the
   * system properties {@value #LIMIT_PROPERTY_PREFIX}{@code <limit>} set when this class was loaded.
   *
   * @return the limits
   */
  public static JsonLimits limits() {
    return LIMITS;
  }

  /**
   * Returns the codec of the library's JSON entry points: the limits in force ({@link #limits()}), indented output
   * with explanations. {@code codec().with(JsonOutput.COMPACT)} writes compact text under the same limits.
   *
   * @return the codec
   */
  public static JsonCodec codec() {
    return CODEC;
  }

  /**
   * Returns a codec reading and writing under other limits, indented output with explanations.
   *
   * @param limits  the limits, such as {@code JsonLimits.ofDocumentLength(100_000_000)}
   * @return the codec
   * @throws InvalidInputException if the limits are null
   */
  public static JsonCodec codec(JsonLimits limits) {
    Args.notNull(limits, "limits");
    return limits.equals(LIMITS) ? CODEC : new JsonCodec(limits, JsonOutput.INDENTED);
  }

  /**
   * Creates a new hardened mapper with the library's module, Java time and {@code Optional} support, reading under
   * the limits in force ({@link #limits()}; the response length is the library's own bound, not the mapper's).
   * <p>
   * The returned mapper is the host's to configure further; the library's own reads use a private instance.
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    return newMapper(LIMITS, true);
  }

  /** A new hardened mapper under limits, writing explanations or leaving them out. */
  static ObjectMapper newMapper(JsonLimits limits, boolean explanations) {
    JsonMapper.Builder builder = hardenedBuilder(limits);
    if (!explanations) {
      builder.addModule(new WithoutExplanationModule());
    }
    return configure(builder.build());
  }

  /**
   * Writes a value as canonical JSON ({@code huiqi-canonical-json/1}), the text an audit receipt hashes: the library's
   * JSON of the value, compact, every object's members in alphabetical order, map entries by key, decimals plain and
   * without trailing zeros ({@code 120.0} and {@code 1.2E+2} are both {@code 120}; {@code 0.00} is {@code 0}).
   * Equal values give equal text, whatever member order or number notation they were read from.
   *
   * @param value  the value, not null
   * @return the canonical JSON text
   * @throws InvalidInputException if the value is null
   */
  public static String writeCanonical(Object value) {
    Args.notNull(value, "value");
    StringWriter text = new StringWriter();
    writeCanonical(value, text);
    return text.toString();
  }

  /**
   * Writes a value as canonical JSON ({@link #writeCanonical(Object)}'s text) to a writer, without holding the whole
   * text: the same characters, for a hash or a file. The writer is flushed, not closed.
   * <pre>{@code
   * try (Writer out = Files.newBufferedWriter(path)) {
   *   HuiqiJson.writeCanonical(report, out);
   * }
   * }</pre>
   *
   * @param value  the value, not null
   * @param out  the writer, not null
   * @throws InvalidInputException if an argument is null
   * @throws UncheckedIOException if the writer fails
   */
  public static void writeCanonical(Object value, Writer out) {
    Args.notNull(value, "value");
    Args.notNull(out, "out");
    try {
      JsonGenerator json = Canonical.MAPPER.getFactory().createGenerator(out)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      try (JsonGenerator generator = new CanonicalNumbers(json)) {
        Canonical.MAPPER.writeValue(generator, value);
      }
      out.flush();
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", ex);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static JsonMapper.Builder hardenedBuilder(JsonLimits limits) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(JacksonSupport.readConstraints(limits))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(new HuiqiModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        // A tree keeps every number as written, so that 0e1000000000 is still seen as a scale bomb, not as 0.
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // Only declared properties: record components and annotated accessors, never derived isX() helpers.
        .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
        .enable(SerializationFeature.INDENT_OUTPUT)
        // Indented text ends its lines with \n on every host: Jackson's default takes the JVM's line.separator
        // (\r\n on Windows), and a report saved on one machine must diff clean against another's.
        .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
        .serializationInclusion(JsonInclude.Include.NON_ABSENT);
  }

  private static ObjectMapper configure(ObjectMapper mapper) {
    mapper.coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    // An id or a name is a JSON string: no number or boolean is turned into one.
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }

  //-------------------------------------------------------------------------
  /**
   * Reads a value of a type from JSON text, under the limits in force.
   *
   * @param <T>  the type
   * @param json  the JSON text
   * @param type  the type to read
   * @return the value, not null
   * @throws InvalidInputException if the JSON is malformed, too large, or does not describe a valid value; the field
   *     is the JSON Pointer of the culprit
   */
  public static <T> T read(String json, Class<T> type) {
    return CODEC.read(json, type);
  }

  /**
   * Reads a value of a generic type from JSON text, under the limits in force.
   *
   * @param <T>  the type
   * @param json  the JSON text
   * @param type  the type to read
   * @return the value, not null
   * @throws InvalidInputException if the JSON is malformed or invalid, naming the JSON Pointer
   */
  public static <T> T read(String json, TypeReference<T> type) {
    return CODEC.read(json, type);
  }

  /**
   * Reads a value of a type from a UTF-8 JSON stream, under the limits in force; the stream is not closed. Its length
   * is counted in bytes, and reading stops once it passes the limit.
   *
   * @param <T>  the type
   * @param json  the JSON stream, UTF-8
   * @param type  the type to read
   * @return the value, not null
   * @throws InvalidInputException if the JSON is malformed or invalid, naming the JSON Pointer
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static <T> T read(InputStream json, Class<T> type) {
    return CODEC.read(json, type);
  }

  /**
   * Reads a value of a type from a JSON character stream, under the limits in force; the reader is not closed.
   * Reading stops once the text passes the limit.
   *
   * @param <T>  the type
   * @param json  the JSON characters
   * @param type  the type to read
   * @return the value, not null
   * @throws InvalidInputException if the JSON is malformed or invalid, naming the JSON Pointer
   * @throws UncheckedIOException if the characters cannot be read
   */
  public static <T> T read(Reader json, Class<T> type) {
    return CODEC.read(json, type);
  }

  /**
   * Writes a value as indented JSON text, explanations included, of at most {@link #MAX_RESPONSE_LENGTH} characters
   * (the response length in force).
   *
   * @param value  the value, not null
   * @return the JSON text
   * @throws ResponseTooLargeException if the text would be longer than the limit
   */
  public static String write(Object value) {
    return CODEC.write(value);
  }

  /**
   * Writes a value as JSON text in a given form (compact, without explanations), of at most the response length in
   * force.
   *
   * @param value  the value, not null
   * @param form  the output form, such as {@code JsonOutput.COMPACT.withoutExplanation()}
   * @return the JSON text
   * @throws ResponseTooLargeException if the text would be longer than the limit
   * @throws InvalidInputException if an argument is null
   */
  public static String write(Object value, JsonOutput form) {
    return CODEC.write(value, form);
  }

  /**
   * Writes a value as indented JSON text of at most a given length.
   *
   * @param value  the value, not null
   * @param maxLength  the most characters to write, positive
   * @return the JSON text
   * @throws ResponseTooLargeException if the text would be longer than {@code maxLength}
   * @throws InvalidInputException if the value is null or the limit not positive
   */
  public static String write(Object value, long maxLength) {
    Args.notNull(value, "value");
    if (maxLength <= 0) {
      throw new InvalidInputException("maxLength", maxLength, "must be positive");
    }
    return codec(LIMITS.withMaxResponseLength(maxLength)).write(value);
  }

  //-------------------------------------------------------------------------
  /** The limits in force: the defaults, each changed by its system property if that is a positive whole number. */
  static JsonLimits limitsFrom(java.util.function.UnaryOperator<String> properties) {
    JsonLimits d = JsonLimits.DEFAULTS;
    long nesting = longProperty(properties, "maxNestingDepth", d.maxNestingDepth());
    return new JsonLimits(
        longProperty(properties, "maxDocumentLength", d.maxDocumentLength()),
        longProperty(properties, "maxTokens", d.maxTokens()),
        nesting <= JsonLimits.NESTING_CEILING ? (int) nesting : d.maxNestingDepth(),
        intProperty(properties, "maxNumberLength", d.maxNumberLength()),
        intProperty(properties, "maxStringLength", d.maxStringLength()),
        intProperty(properties, "maxNameLength", d.maxNameLength()),
        responseLimit(properties.apply(MAX_RESPONSE_PROPERTY)));
  }

  private static long longProperty(java.util.function.UnaryOperator<String> properties, String name, long otherwise) {
    String text = properties.apply(LIMIT_PROPERTY_PREFIX + name);
    return text != null && text.matches("[1-9][0-9]{0,17}") ? Long.parseLong(text) : otherwise;
  }

  private static int intProperty(java.util.function.UnaryOperator<String> properties, String name, int otherwise) {
    long value = longProperty(properties, name, otherwise);
    return value <= Integer.MAX_VALUE ? (int) value : otherwise;
  }

  static long responseLimit(String property) {
    if (property != null && property.matches("[1-9][0-9]{0,17}")) {
      return Long.parseLong(property);
    }
    return DEFAULT_MAX_RESPONSE_LENGTH;
  }

  /** Writes every decimal without trailing zeros, so that numerically equal decimals give the same text. */
  private static final class CanonicalNumbers extends JsonGeneratorDelegate {
    CanonicalNumbers(JsonGenerator generator) {
      super(generator, false);
    }

    @Override
    public void writeNumber(BigDecimal number) throws IOException {
      if (number == null) {
        super.writeNull();
      } else {
        super.writeNumber(plain(number));
      }
    }

    /** The library's serializers write decimals as text ({@code 100.00}): normalised the same way. */
    @Override
    public void writeNumber(String encoded) throws IOException {
      if (encoded == null) {
        super.writeNull();
        return;
      }
      BigDecimal number;
      try {
        number = new BigDecimal(encoded);
      } catch (NumberFormatException ex) {
        super.writeNumber(encoded);
        return;
      }
      super.writeNumber(plain(number));
    }

    private static String plain(BigDecimal number) {
      return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
  }

  /** The canonical writer, built the first time a receipt needs it. */
  private static final class Canonical {
    static final ObjectMapper MAPPER = configure(hardenedBuilder(JsonLimits.DEFAULTS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build());
  }
}
