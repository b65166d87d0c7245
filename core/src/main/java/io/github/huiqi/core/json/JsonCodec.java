package io.github.huiqi.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.ResponseTooLargeException;
import io.github.huiqi.core.internal.Args;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Function;

/**
 * The library's hardened JSON reading and writing under given {@link JsonLimits}, in a given {@link JsonOutput}
 * form: what {@link HuiqiJson}'s static methods do under the host's limits, for a caller that needs others.
 * <p>
 * Every failure to read is an {@link InvalidInputException} naming the JSON Pointer of the culprit; a document
 * longer than {@link JsonLimits#maxDocumentLength()}, or with more tokens than {@link JsonLimits#maxTokens()}, is
 * reported as such (code {@value InvalidInputException#TOO_LARGE}, field {@code /}, the value its length or token
 * count), never blamed on the element being read when the limit was reached. A text written longer than
 * {@link JsonLimits#maxResponseLength()} is a {@link ResponseTooLargeException}. A byte-order mark opening a document
 * (which editors on Windows write) is not part of the JSON and is skipped, as the command line and the book readers
 * skip it; it counts toward the length.
 * <pre>{@code
 * JsonCodec codec = HuiqiJson.codec(JsonLimits.ofDocumentLength(200_000_000)).with(JsonOutput.COMPACT);
 * RiskPoolResult result = RiskPoolCalculator.DEFAULT.explainClaims(measure, codec.read(json, RiskPoolRequest.class));
 * String out = codec.write(result);                       // compact, at most 200,000,000 characters
 * RiskPoolResult back = codec.read(out, RiskPoolResult.class);   // equal to result
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class JsonCodec {

  /** The byte-order mark, as the first character of a text. */
  static final String BYTE_ORDER_MARK = "\uFEFF";

  private final JsonLimits limits;
  private final JsonOutput output;
  private final JsonFactory factory;

  JsonCodec(JsonLimits limits, JsonOutput output) {
    this.limits = Args.notNull(limits, "limits");
    this.output = Args.notNull(output, "output");
    this.factory = JsonFactory.builder()
        .streamReadConstraints(JacksonSupport.readConstraints(limits))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  private JsonCodec(JsonCodec codec, JsonOutput output) {
    this.limits = codec.limits;
    this.output = Args.notNull(output, "output");
    this.factory = codec.factory;
  }

  /**
   * Returns the limits.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Returns the form of the text {@link #write(Object)} writes.
   *
   * @return the output form
   */
  public JsonOutput output() {
    return output;
  }

  /**
   * Returns a codec with the same limits that writes in another form.
   *
   * @param form  the output form, such as {@link JsonOutput#COMPACT}
   * @return the codec
   * @throws InvalidInputException if the form is null
   */
  public JsonCodec with(JsonOutput form) {
    return new JsonCodec(this, form);
  }

  //-------------------------------------------------------------------------
  /**
   * Reads a value of a type from JSON text.
   *
   * @param <T>  the type
   * @param json  the JSON text
   * @param type  the type to read
   * @return the value, not null
   * @throws InvalidInputException if the JSON is malformed, beyond the limits, or does not describe a valid value;
   *     the field is the JSON Pointer of the culprit
   */
  public <T> T read(String json, Class<T> type) {
    Args.notNull(type, "type");
    return read(json, Mappers.FULL.constructType(type));
  }

  /**
   * Reads a value of a generic type from JSON text.
   *
   * @param <T>  the type
   * @param json  the JSON text
   * @param type  the type to read
   * @return the value, not null
   * @throws InvalidInputException if the JSON is malformed, beyond the limits or invalid, naming the JSON Pointer
   */
  public <T> T read(String json, TypeReference<T> type) {
    Args.notNull(type, "type");
    return read(json, Mappers.FULL.constructType(type));
  }

  /**
   * Reads a value of a type from a UTF-8 JSON stream, whose length is counted in bytes; the stream is not closed.
   * <p>
   * Reading stops once the stream is longer than the limit: a longer document is reported as too long, its value
   * the number of bytes read when reading stopped.
   *
   * @param <T>  the type
   * @param json  the JSON stream, UTF-8
   * @param type  the type to read
   * @return the value, not null
   * @throws InvalidInputException if the JSON is malformed, beyond the limits or invalid, naming the JSON Pointer
   * @throws UncheckedIOException if the stream cannot be read
   */
  public <T> T read(InputStream json, Class<T> type) {
    Args.notNull(json, "json");
    Args.notNull(type, "type");
    BoundedInput.Bytes bounded = new BoundedInput.Bytes(json, limits.maxDocumentLength());
    return readBounded(() -> factory.createParser(bounded), bounded.count(), type);
  }

  /**
   * Reads a value of a type from a JSON character stream; the reader is not closed.
   * <p>
   * Reading stops once the text is longer than the limit: a longer document is reported as too long, its value the
   * number of characters read when reading stopped.
   *
   * @param <T>  the type
   * @param json  the JSON characters
   * @param type  the type to read
   * @return the value, not null
   * @throws InvalidInputException if the JSON is malformed, beyond the limits or invalid, naming the JSON Pointer
   * @throws UncheckedIOException if the characters cannot be read
   */
  public <T> T read(Reader json, Class<T> type) {
    Args.notNull(json, "json");
    Args.notNull(type, "type");
    BoundedInput.Chars bounded = new BoundedInput.Chars(json, limits.maxDocumentLength());
    return readBounded(() -> factory.createParser(bounded), bounded.count(), type);
  }

  /** Reads from a bounded stream: a document passing the limit is too long, whatever Jackson was doing then. */
  private <T> T readBounded(ParserSource source, BoundedInput.Count count, Class<T> type) {
    JsonParser parser = null;
    try {
      parser = source.open();
      return parse(parser, Mappers.FULL.constructType(type));
    } catch (BoundedInput.TooLong ex) {
      throw tooLong(ex.length(), true);
    } catch (BoundedInput.NotUtf8 ex) {
      throw notUtf8(ex.offset());
    } catch (JacksonException ex) {
      throw count.notUtf8() >= 0 ? notUtf8(count.notUtf8()) : translate(ex, parser, count.tooLong());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } finally {
      close(parser);
    }
  }

  /** Opens a parser over a bounded stream. */
  @FunctionalInterface
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  /**
   * Reads a request, applies a calculation to it and writes the result: any calculator's {@code explain…Json} entry
   * point under this codec's limits and in its output form.
   * <pre>{@code
   * JsonCodec codec = HuiqiJson.codec().with(JsonOutput.COMPACT.withoutExplanation());
   * String json = codec.apply(requestJson, FirstLoanRequest.class,
   *     request -> FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request));
   * }</pre>
   *
   * @param <R>  the request type
   * @param requestJson  the request as JSON
   * @param requestType  the request type
   * @param calculation  the calculation, such as a calculator's explaining form
   * @return the result as JSON
   * @throws InvalidInputException if the request is malformed, beyond the limits or invalid, naming the JSON Pointer
   *     of the culprit, or the calculation rejects it or returns null
   * @throws ResponseTooLargeException if the result is longer than the response limit
   */
  public <R> String apply(String requestJson, Class<R> requestType, Function<? super R, ?> calculation) {
    Args.notNull(calculation, "calculation");
    return write(calculation.apply(read(requestJson, requestType)));
  }

  //-------------------------------------------------------------------------
  /**
   * Writes a value in this codec's form, as text of at most {@link JsonLimits#maxResponseLength()} characters.
   *
   * @param value  the value, not null
   * @return the JSON text
   * @throws ResponseTooLargeException if the text would be longer than the limit
   * @throws InvalidInputException if the value is null
   */
  public String write(Object value) {
    return write(value, output);
  }

  /**
   * Writes a value in a given form, as text of at most {@link JsonLimits#maxResponseLength()} characters.
   *
   * @param value  the value, not null
   * @param form  the output form
   * @return the JSON text
   * @throws ResponseTooLargeException if the text would be longer than the limit
   * @throws InvalidInputException if an argument is null
   */
  public String write(Object value, JsonOutput form) {
    Args.notNull(value, "value");
    Args.notNull(form, "form");
    BoundedWriter out = new BoundedWriter(limits.maxResponseLength());
    writeBounded(value, form, out);
    return out.toString();
  }

  /**
   * Writes a value in this codec's form to a writer, at most {@link JsonLimits#maxResponseLength()} characters of it,
   * without building the whole text first; the writer is not closed. A longer text is cut off where the limit is
   * reached and a {@link ResponseTooLargeException} thrown.
   *
   * @param value  the value, not null
   * @param out  the writer
   * @throws ResponseTooLargeException if the text would be longer than the limit
   * @throws InvalidInputException if an argument is null
   * @throws UncheckedIOException if the writer fails
   */
  public void writeTo(Object value, Writer out) {
    Args.notNull(value, "value");
    Args.notNull(out, "out");
    writeBounded(value, output, new BoundedWriter(limits.maxResponseLength(), out));
  }

  private void writeBounded(Object value, JsonOutput form, BoundedWriter out) {
    ObjectWriter writer = Mappers.writer(form);
    try {
      writer.writeValue(out, value);
    } catch (IOException ex) {
      if (out.exceeded()) {
        throw new ResponseTooLargeException(limits.maxResponseLength());
      }
      if (out.failure() != null) {
        throw new UncheckedIOException(out.failure());
      }
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", ex);
    } catch (RuntimeException ex) {
      if (out.exceeded()) {
        throw new ResponseTooLargeException(limits.maxResponseLength());
      }
      throw ex;
    }
  }

  //-------------------------------------------------------------------------
  private <T> T read(String json, JavaType type) {
    Args.notNull(json, "json");
    if (json.length() > limits.maxDocumentLength()) {
      throw tooLong(json.length(), false);
    }
    JsonParser parser = null;
    try {
      // a byte-order mark opening the text is not part of the JSON (RFC 8259 §8.1 lets a parser ignore it)
      parser = json.startsWith(BYTE_ORDER_MARK) ? factory.createParser(json.substring(1))
          : factory.createParser(json);
      return parse(parser, type);
    } catch (JacksonException ex) {
      throw translate(ex, parser, -1);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } finally {
      close(parser);
    }
  }

  private static <T> T parse(JsonParser parser, JavaType type) throws IOException {
    parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    T value;
    try {
      value = Mappers.FULL.readValue(parser, type);
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

  /** Translates a Jackson failure; a stream cut off at the limit is a document too long, whatever Jackson saw. */
  private InvalidInputException translate(JacksonException ex, JsonParser parser, long cutOffAt) {
    if (cutOffAt >= 0) {
      return tooLong(cutOffAt, true);
    }
    return JsonErrors.translate(ex, parser, limits);
  }

  /**
   * The error for a byte stream that is not UTF-8 text: the document as a whole (field {@code /}, as a byte's place
   * in the JSON is not known when the stream is read ahead), the offset of the first bad byte as its value.
   */
  private static InvalidInputException notUtf8(long offset) {
    String at = "byte " + offset;
    return new InvalidInputException(InvalidInputException.MALFORMED_JSON, "/", at,
        "must be UTF-8 text (" + at + ")", "必须为 UTF-8 文本（第 " + offset + " 字节）", null);
  }

  /**
   * The error for a document beyond the length limit.
   *
   * @param length  its length, or for a stream the length read when reading stopped
   * @param stream  whether it is a stream, of which the rest was not read
   */
  private InvalidInputException tooLong(long length, boolean stream) {
    return JsonErrors.documentTooLong(length, stream, limits);
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

  /** The shared mappers: their configuration does not depend on the limits, which live in each codec's factory. */
  static final class Mappers {
    static final ObjectMapper FULL = HuiqiJson.newMapper(JsonLimits.DEFAULTS, true);
    private static final ObjectWriter INDENTED = FULL.writer().with(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectWriter COMPACT = FULL.writer().without(SerializationFeature.INDENT_OUTPUT);

    private Mappers() {
    }

    static ObjectWriter writer(JsonOutput form) {
      if (!form.explanation()) {
        return form.indented() ? WithoutExplanation.INDENTED : WithoutExplanation.COMPACT;
      }
      return form.indented() ? INDENTED : COMPACT;
    }
  }

  /** The writers that leave out explanations, built the first time one is asked for. */
  private static final class WithoutExplanation {
    static final ObjectMapper MAPPER = HuiqiJson.newMapper(JsonLimits.DEFAULTS, false);
    static final ObjectWriter INDENTED = MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);
    static final ObjectWriter COMPACT = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
  }
}
