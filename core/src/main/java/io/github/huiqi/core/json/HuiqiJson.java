package io.github.huiqi.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * JSON in and out for the library's types, hardened for untrusted input.
 * <p>
 * The mapper rejects what Jackson's defaults would silently accept: duplicate keys, unknown properties, trailing
 * tokens, floats into integers, numbers into enums, strings into numbers or booleans, empty strings as null, and
 * polymorphic default typing (off; measure types use explicit names). Stream limits: numbers of at most 40 characters,
 * nesting 32 deep, strings of 10,000 characters, names of 256, documents of {@value #MAX_DOCUMENT_LENGTH}
 * characters, 100,000 tokens. Decimals are bounded after parsing (see {@link HuiqiModule}).
 * <p>
 * Every failure is an {@link InvalidInputException} whose field is the JSON Pointer of the culprit, such as
 * {@code /loans/0/principal/amount}; no Jackson exception leaks out.
 * <pre>{@code
 * EnterpriseProfile profile = HuiqiJson.read(profileJson, EnterpriseProfile.class);   // or InvalidInputException
 * String json = HuiqiJson.write(result);                                             // any result type
 * ObjectMapper mapper = HuiqiJson.newMapper();   // the same hardened settings, for a host's own use
 * }</pre>
 * <p>
 * This class is thread-safe.
 */
public final class HuiqiJson {

  /** The largest document read, in bytes (chars). */
  public static final int MAX_DOCUMENT_LENGTH = 1_000_000;

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
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNumberLength(40)
            .maxNestingDepth(32)
            .maxStringLength(10_000)
            .maxNameLength(256)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxTokenCount(100_000)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
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
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // Only declared properties: record components and annotated accessors, never derived isX() helpers.
        .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .build();
    mapper.coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
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
    Args.notNull(json, "json");
    try {
      return requireValue(MAPPER.readValue(json, type));
    } catch (JacksonException ex) {
      throw translate(ex);
    }
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
    Args.notNull(json, "json");
    try {
      return requireValue(MAPPER.readValue(json, type));
    } catch (JacksonException ex) {
      throw translate(ex);
    }
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
    try {
      return requireValue(MAPPER.readValue(json, type));
    } catch (JacksonException ex) {
      throw translate(ex);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Writes a value as indented JSON text.
   *
   * @param value  the value, not null
   * @return the JSON text
   */
  public static String write(Object value) {
    Args.notNull(value, "value");
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", ex);
    }
  }

  //-------------------------------------------------------------------------
  private static <T> T requireValue(T value) {
    if (value == null) {
      throw new InvalidInputException("/", "null", "must be a JSON value, not null");
    }
    return value;
  }

  /**
   * Translates a Jackson exception into an {@link InvalidInputException} naming the JSON Pointer of the culprit.
   *
   * @param ex  the Jackson exception
   * @return the translated exception
   */
  static InvalidInputException translate(JacksonException ex) {
    String pointer = pointerOf(ex);
    for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return invalid.at(pointer);
      }
    }
    if (ex instanceof UnrecognizedPropertyException unknown) {
      return new InvalidInputException(pointer, unknown.getPropertyName(), "is not a known property", ex);
    }
    if (ex instanceof InvalidTypeIdException typeId) {
      return new InvalidInputException(pointer + "/type", typeId.getTypeId(), "must be a known type name", ex);
    }
    if (ex instanceof InvalidFormatException format) {
      return new InvalidInputException(pointer, format.getValue(), "has the wrong format: " + firstLine(ex), ex);
    }
    return new InvalidInputException(pointer.isEmpty() ? "/" : pointer, excerpt(ex), "must be valid JSON of the "
        + "expected shape: " + firstLine(ex), ex);
  }

  private static String pointerOf(JacksonException ex) {
    // A syntax error or a duplicate key is found by the parser, whose context points at the member being read
    // (/document/issuer); a databind wrapper around it only knows the enclosing object (/document).
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamReadException read && read.getProcessor() != null
          && read.getProcessor().getParsingContext() != null) {
        return read.getProcessor().getParsingContext().pathAsPointer().toString();
      }
    }
    if (ex instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      StringBuilder pointer = new StringBuilder();
      for (JsonMappingException.Reference ref : mapping.getPath()) {
        pointer.append('/');
        if (ref.getFieldName() != null) {
          pointer.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
        } else if (ref.getIndex() >= 0) {
          pointer.append(ref.getIndex());
        }
      }
      return pointer.toString();
    }
    if (ex.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
      String pointer = parser.getParsingContext().pathAsPointer().toString();
      return pointer;
    }
    return "";
  }

  private static String excerpt(JacksonException ex) {
    if (ex.getProcessor() instanceof JsonParser parser) {
      try {
        String text = parser.getText();
        return text == null ? "" : text;
      } catch (IOException | RuntimeException ignored) {
        return "";
      }
    }
    return "";
  }

  private static String firstLine(Exception ex) {
    String message = ex instanceof JacksonException jackson ? jackson.getOriginalMessage() : ex.getMessage();
    if (message == null) {
      return ex.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
