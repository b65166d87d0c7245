package io.github.huiqi.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
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
import java.io.UncheckedIOException;

/**
 * JSON in and out for the library's types, hardened for untrusted input.
 * <p>
 * The mapper rejects what Jackson's defaults would silently accept: duplicate keys, unknown properties, trailing
 * tokens, floats into integers, numbers into enums, strings into numbers or booleans, numbers or booleans into strings
 * (an id is a string: {@code "loanId": 12345} is rejected), enum names with spaces or in another case, dates other than
 * {@code "yyyy-MM-dd"} strings (see {@link io.github.huiqi.core.time.DateBounds} for their range), empty strings as
 * null, and polymorphic default typing (off; measure types use explicit names). Stream limits: numbers of at most
 * {@value #MAX_NUMBER_LENGTH} characters, nesting {@value #MAX_NESTING_DEPTH} deep, strings of
 * {@value #MAX_STRING_LENGTH} characters, names of {@value #MAX_NAME_LENGTH}, documents of
 * {@value #MAX_DOCUMENT_LENGTH} characters, {@value #MAX_TOKENS} tokens. Decimals are bounded after parsing, in
 * trees too (see {@link HuiqiModule}).
 * <p>
 * Jackson 2.15 or a newer 2.x is required; the name, document and token limits apply from the Jackson version that
 * offers them (2.16, 2.16 and 2.18), the document length of a text always (see {@code JacksonSupport}). An older
 * Jackson makes this class fail to load with one message naming the minimum.
 * <p>
 * Every failure is an {@link InvalidInputException} whose field is the JSON Pointer of the culprit, such as
 * {@code /loans/0/principal/amount}, whose value is the rejected value as written, with a stable code and messages in
 * English and Chinese; no Jackson exception or Jackson wording leaks out.
 * <p>
 * Output is bounded too: {@link #write(Object)} writes at most {@link #MAX_RESPONSE_LENGTH} characters (by default
 * {@value #DEFAULT_MAX_RESPONSE_LENGTH}, set at start-up with the system property {@value #MAX_RESPONSE_PROPERTY}), and
 * {@link #write(Object, long)} takes a limit per call; a longer response is a {@link ResponseTooLargeException}, so
 * that a large request (thousands of explained loans) cannot make the library build an unbounded string.
 * <pre>{@code
 * EnterpriseProfile profile = HuiqiJson.read(profileJson, EnterpriseProfile.class);   // or InvalidInputException
 * String json = HuiqiJson.write(result);                                             // any result type
 * ObjectMapper mapper = HuiqiJson.newMapper();   // the same hardened settings, for a host's own use
 * }</pre>
 * <p>
 * This class is thread-safe.
 */
public final class HuiqiJson {

  /** The largest document read, in characters. */
  public static final int MAX_DOCUMENT_LENGTH = 1_000_000;
  /** The most tokens in a document. */
  public static final int MAX_TOKENS = 100_000;
  /** The longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 40;
  /** The longest string, in characters. */
  public static final int MAX_STRING_LENGTH = 10_000;
  /** The longest property name, in characters. */
  public static final int MAX_NAME_LENGTH = 256;
  /** The deepest nesting of arrays and objects. */
  public static final int MAX_NESTING_DEPTH = 32;
  /** The default of {@link #MAX_RESPONSE_LENGTH}: ten million characters. */
  public static final long DEFAULT_MAX_RESPONSE_LENGTH = 10_000_000L;
  /** The system property that sets {@link #MAX_RESPONSE_LENGTH} when this class is loaded. */
  public static final String MAX_RESPONSE_PROPERTY = "io.github.huiqi.json.maxResponseLength";
  /**
   * The longest JSON text {@link #write(Object)} produces, in characters: the system property
   * {@value #MAX_RESPONSE_PROPERTY} if set to a positive whole number when this class is loaded, otherwise
   * {@value #DEFAULT_MAX_RESPONSE_LENGTH}. Every calculator's JSON entry point writes its result with it.
   */
  public static final long MAX_RESPONSE_LENGTH = responseLimit(System.getProperty(MAX_RESPONSE_PROPERTY));

  static {
    JacksonSupport.requireSupported();
  }

  private static final ObjectMapper MAPPER = newMapper();

  private HuiqiJson() {
  }

  /**
   * Creates a new hardened mapper with the library's module, Java time and {@code Optional} support.
   * <p>
   * The returned mapper is the host's to configure further; the library's own reads use a private instance.
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    return configure(hardenedBuilder().build());
  }

  /**
   * Writes a value as canonical JSON ({@code huiqi-canonical-json/1}), the text an audit receipt hashes: the library's
   * JSON of the value, compact, every object's members in alphabetical order, map entries by key, decimals plain.
   * Equal values give equal text, whatever member order or number notation they were read from.
   *
   * @param value  the value, not null
   * @return the canonical JSON text
   * @throws InvalidInputException if the value is null
   */
  public static String writeCanonical(Object value) {
    Args.notNull(value, "value");
    try {
      return Canonical.MAPPER.writeValueAsString(value);
    } catch (IOException ex) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", ex);
    }
  }

  private static JsonMapper.Builder hardenedBuilder() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(JacksonSupport.readConstraints())
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
   * Reads a value of a type from JSON text.
   *
   * @param <T>  the type
   * @param json  the JSON text
   * @param type  the type to read
   * @return the value, not null
   * @throws InvalidInputException if the JSON is malformed, too large, or does not describe a valid value; the field
   *     is the JSON Pointer of the culprit
   */
  public static <T> T read(String json, Class<T> type) {
    Args.notNull(type, "type");
    return read(json, MAPPER.constructType(type));
  }

  /**
   * Reads a value of a generic type from JSON text.
   *
   * @param <T>  the type
   * @param json  the JSON text
   * @param type  the type to read
   * @return the value, not null
   * @throws InvalidInputException if the JSON is malformed or invalid, naming the JSON Pointer
   */
  public static <T> T read(String json, TypeReference<T> type) {
    Args.notNull(type, "type");
    return read(json, MAPPER.constructType(type));
  }

  /**
   * Reads a value of a type from a JSON stream; the stream is not closed.
   *
   * @param <T>  the type
   * @param json  the JSON stream, UTF-8
   * @param type  the type to read
   * @return the value, not null
   * @throws InvalidInputException if the JSON is malformed or invalid, naming the JSON Pointer
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static <T> T read(InputStream json, Class<T> type) {
    Args.notNull(json, "json");
    Args.notNull(type, "type");
    JsonParser parser = null;
    try {
      parser = MAPPER.createParser(json);
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return readFrom(parser, MAPPER.constructType(type));
    } catch (JacksonException ex) {
      throw JsonErrors.translate(ex, parser);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } finally {
      close(parser);
    }
  }

  /**
   * Writes a value as indented JSON text of at most {@link #MAX_RESPONSE_LENGTH} characters.
   *
   * @param value  the value, not null
   * @return the JSON text
   * @throws ResponseTooLargeException if the text would be longer than {@link #MAX_RESPONSE_LENGTH}
   */
  public static String write(Object value) {
    return write(value, MAX_RESPONSE_LENGTH);
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
    BoundedWriter out = new BoundedWriter(maxLength);
    try {
      MAPPER.writeValue(out, value);
      return out.toString();
    } catch (IOException ex) {
      if (out.exceeded()) {
        throw new ResponseTooLargeException(maxLength);
      }
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", ex);
    } catch (RuntimeException ex) {
      if (out.exceeded()) {
        throw new ResponseTooLargeException(maxLength);
      }
      throw ex;
    }
  }

  //-------------------------------------------------------------------------
  private static <T> T read(String json, JavaType type) {
    Args.notNull(json, "json");
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      throw new InvalidInputException(InvalidInputException.TOO_LARGE, "/", "",
          "is a document longer than " + MAX_DOCUMENT_LENGTH + " characters (" + json.length() + ")",
          "文档长度超过 " + MAX_DOCUMENT_LENGTH + " 个字符（" + json.length() + "）", null);
    }
    JsonParser parser = null;
    try {
      parser = MAPPER.createParser(json);
      return readFrom(parser, type);
    } catch (JacksonException ex) {
      throw JsonErrors.translate(ex, parser);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } finally {
      close(parser);
    }
  }

  private static <T> T readFrom(JsonParser parser, JavaType type) throws IOException {
    T value;
    try {
      value = MAPPER.readValue(parser, type);
    } catch (InvalidInputException ex) {
      // thrown by one of the library's deserializers for the whole document (a date or an amount read on its own):
      // its field is relative to the root
      throw ex.at("");
    }
    if (value == null) {
      throw new InvalidInputException(InvalidInputException.REQUIRED, "/", null, "must be a JSON value, not null",
          "必须为 JSON 值，不得为 null", null);
    }
    return value;
  }

  private static void close(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException ignored) {
        // nothing was written, and the source is the caller's
      }
    }
  }

  static long responseLimit(String property) {
    if (property != null && property.matches("[1-9][0-9]{0,17}")) {
      return Long.parseLong(property);
    }
    return DEFAULT_MAX_RESPONSE_LENGTH;
  }

  /** The canonical writer, built the first time a receipt needs it. */
  private static final class Canonical {
    static final ObjectMapper MAPPER = configure(hardenedBuilder()
        .disable(SerializationFeature.INDENT_OUTPUT)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build());
  }
}
