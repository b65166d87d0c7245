package io.github.huiqi.core.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.huiqi.core.error.InvalidInputException;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * Translates what the JSON reader finds wrong into {@link InvalidInputException}s: the JSON Pointer of the culprit,
 * the rejected value as the caller wrote it (its JSON text for a value of the wrong type: {@code "100"} in quotes,
 * {@code []}), a stable code, and messages in English and Chinese in the library's own words, never Jackson's.
 */
final class JsonErrors {

  private static final int MAX_VALUE_TEXT = 200;

  /** The most members a small record's error lists ({@code {"scale": …, "mode": …}}); a larger one lists none. */
  private static final int MOST_FIELDS_NAMED = 4;

  /** Writes a rejected array or object back as compact JSON text. */
  private static final JsonFactory COPIER = JsonFactory.builder().build();

  private JsonErrors() {
  }

  //-------------------------------------------------------------------------
  /**
   * Returns the error for a value of the wrong JSON type at the parser's current token.
   *
   * @param parser  the parser, at the offending token
   * @param field  the field relative to the value being read, usually empty
   * @param expected  what was expected, in English, such as "a JSON number"
   * @param expectedZh  the same in Chinese
   * @return the error
   */
  static InvalidInputException wrongType(JsonParser parser, String field, String expected, String expectedZh) {
    return new InvalidInputException(InvalidInputException.WRONG_TYPE, field, text(parser), "must be " + expected,
        mustBeZh("必须为", expectedZh), null);
  }

  /**
   * Returns the JSON text of the parser's current value as the caller wrote it: a string in quotes, a number or
   * literal as written, an array or object as compact JSON (abbreviated). Reading an array or object consumes it.
   *
   * @param parser  the parser
   * @return the text
   */
  static String text(JsonParser parser) {
    JsonToken token = parser.currentToken();
    try {
      if (token == null) {
        return "";
      }
      if (token == JsonToken.VALUE_STRING) {
        return "\"" + String.valueOf(JsonStringEncoder.getInstance().quoteAsString(abbreviate(parser.getText())))
            + "\"";
      }
      if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
        StringWriter copy = new StringWriter();
        try (JsonGenerator generator = COPIER.createGenerator(copy)) {
          generator.copyCurrentStructure(parser);
        }
        return abbreviate(copy.toString());
      }
      return abbreviate(parser.getText());
    } catch (IOException | RuntimeException unreadable) {
      return token == JsonToken.START_ARRAY ? "[…]" : token == JsonToken.START_OBJECT ? "{…}" : "";
    }
  }

  //-------------------------------------------------------------------------
  /**
   * Translates a Jackson exception.
   *
   * @param ex  the exception
   * @param parser  the parser that read the document, or null
   * @param limits  the limits the document was read under, named in the message of a limit reached
   * @return the translated exception
   */
  static InvalidInputException translate(JacksonException ex, JsonParser parser, JsonLimits limits) {
    StreamConstraintsException limit = find(ex, StreamConstraintsException.class);
    if (limit != null) {
      return limit(limit, parserPointer(parser), objectPointer(parser), limits);
    }
    String pointer = pointerOf(ex, parser);
    for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return invalid.at(pointer);
      }
    }
    if (ex instanceof UnrecognizedPropertyException unknown) {
      return new InvalidInputException(InvalidInputException.UNKNOWN_PROPERTY, pointer, unknown.getPropertyName(),
          "is not a known property", "不是已知的字段", ex);
    }
    if (ex instanceof InvalidTypeIdException typeId && typeId.getTypeId() == null && parser != null
        && parser.currentToken() != null && parser.currentToken().isScalarValue()) {
      // a number, string or boolean where an object with a type name stands (a step written as 12345): of the wrong
      // type, not an object without its type name
      return new InvalidInputException(InvalidInputException.WRONG_TYPE, root(pointer), text(parser),
          "must be a JSON object", "必须为 JSON 对象", ex);
    }
    if (ex instanceof InvalidTypeIdException typeId && typeId.getTypeId() == null) {
      // the object leaves out its type name (such as a saved step's "step")
      return new InvalidInputException(InvalidInputException.REQUIRED, typePointer(pointer, typeId), null,
          "is required", "为必填项", ex);
    }
    if (ex instanceof InvalidTypeIdException typeId) {
      return new InvalidInputException(InvalidInputException.UNKNOWN_VALUE, typePointer(pointer, typeId),
          typeId.getTypeId(), "must be a known type name", "必须为已知的类型名称", ex);
    }
    if (ex instanceof InvalidFormatException format) {
      return new InvalidInputException(InvalidInputException.WRONG_TYPE, root(pointer), format.getValue(),
          "must be " + expected(format.getTargetType()), mustBeZh("必须为", expectedZh(format.getTargetType())), ex);
    }
    if (ex instanceof MismatchedInputException mismatch) {
      return mismatch(mismatch, pointer, parser);
    }
    InputCoercionException coercion = find(ex, InputCoercionException.class);
    if (coercion != null) {
      // a number beyond its type's range (3000000000 for an int), which the reader wraps in a mapping error
      Class<?> type = coercion.getTargetType();
      return new InvalidInputException(InvalidInputException.NUMBER_BOUNDS, root(pointer),
          parser != null ? text(parser) : "", "must be " + expected(type) + " within the range of its type",
          mustBeZh("必须为取值范围内的", expectedZh(type)), ex);
    }
    // a duplicate key or an early end inside a nested object comes wrapped in a mapping error: the same as at the top
    StreamReadException read = find(ex, StreamReadException.class);
    if (read != null) {
      return syntax(read, pointer);
    }
    return new InvalidInputException(InvalidInputException.INVALID, root(pointer), "",
        "does not describe a valid value", "不是有效的值", ex);
  }

  private static InvalidInputException mismatch(MismatchedInputException ex, String pointer, JsonParser parser) {
    String original = ex.getOriginalMessage() == null ? "" : ex.getOriginalMessage();
    if (original.startsWith("Trailing token")) {
      return new InvalidInputException(InvalidInputException.MALFORMED_JSON, "/", "",
          "must hold one JSON value only, with nothing after it", "只能包含一个 JSON 值，其后不得有其他内容", ex);
    }
    if (original.startsWith("No content to map")) {
      return new InvalidInputException(InvalidInputException.MALFORMED_JSON, "/", "",
          "must be a JSON document, not empty", "必须为 JSON 文档，不得为空", ex);
    }
    if (original.startsWith("Missing required creator property")) {
      int start = original.indexOf('\'');
      int end = start < 0 ? -1 : original.indexOf('\'', start + 1);
      String name = end > start ? original.substring(start + 1, end) : "";
      String field = name.isEmpty() || pointer.endsWith("/" + name) ? root(pointer) : pointer + "/" + name;
      return new InvalidInputException(InvalidInputException.REQUIRED, field, null, "is required", "为必填项", ex);
    }
    if (original.startsWith("Cannot map `null` into type") && parser != null
        && parser.currentToken() == JsonToken.END_OBJECT) {
      // a whole number or a boolean left out of its object (FAIL_ON_NULL_FOR_PRIMITIVES, found at the object's end):
      // missing, not of the wrong type; an explicit null stays a wrong type
      return new InvalidInputException(InvalidInputException.REQUIRED, root(pointer), null, "is required", "为必填项",
          ex);
    }
    String value = parser != null ? text(parser) : "";
    return new InvalidInputException(InvalidInputException.WRONG_TYPE, root(pointer), value,
        "must be " + expected(ex.getTargetType()), mustBeZh("必须为", expectedZh(ex.getTargetType())), ex);
  }

  private static InvalidInputException syntax(StreamReadException ex, String pointer) {
    String original = ex.getOriginalMessage() == null ? "" : ex.getOriginalMessage();
    if (original.startsWith("Duplicate field")) {
      int start = original.indexOf('\'');
      int end = start < 0 ? -1 : original.indexOf('\'', start + 1);
      String name = end > start ? original.substring(start + 1, end) : "";
      return new InvalidInputException(InvalidInputException.DUPLICATE_KEY, root(pointer), name,
          "is a key that appears twice in the object", "在同一对象中出现了两次", ex);
    }
    JsonLocation at = ex.getLocation();
    String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    String whereZh = at == null ? "" : "（第 " + at.getLineNr() + " 行，第 " + at.getColumnNr() + " 列）";
    boolean ended = original.startsWith("Unexpected end-of-input");
    return new InvalidInputException(InvalidInputException.MALFORMED_JSON, root(pointer), "",
        (ended ? "ends before the JSON is complete" : "is not well-formed JSON") + where,
        (ended ? "在 JSON 完整之前结束" : "不是格式正确的 JSON") + whereZh, ex);
  }

  /**
   * Returns the error for a document longer than the limit: the document as a whole (field {@code /}), its length as
   * the value.
   *
   * @param length  the document's length, or for a stream the length read when reading stopped
   * @param stream  whether the document is a stream, of which the rest was not read
   * @param limits  the limits
   * @return the error
   */
  static InvalidInputException documentTooLong(long length, boolean stream, JsonLimits limits) {
    long max = limits.maxDocumentLength();
    return new InvalidInputException(InvalidInputException.TOO_LARGE, "/", length,
        stream ? "is a document longer than " + max + " characters (reading stopped after " + length + ")"
            : "is a document longer than " + max + " characters (" + length + ")",
        stream ? "文档长度超过 " + max + " 个字符（读取到第 " + length + " 个时停止）"
            : "文档长度超过 " + max + " 个字符（" + length + "）", null);
  }

  private static InvalidInputException limit(StreamConstraintsException ex, String pointer, String object,
      JsonLimits limits) {
    String original = ex.getOriginalMessage() == null ? "" : ex.getOriginalMessage();
    String en;
    String zh;
    String field = root(pointer);
    String value = "";
    if (original.startsWith("Document length")) {
      // a stream's length as Jackson counted it when it stopped reading
      return documentTooLong(firstNumber(original, limits.maxDocumentLength() + 1), true, limits);
    } else if (original.startsWith("Token count")) {
      en = "is a document of more than " + limits.maxTokens() + " JSON tokens";
      zh = "文档超过 " + limits.maxTokens() + " 个 JSON 记号";
      field = "/";
      value = String.valueOf(firstNumber(original, limits.maxTokens() + 1));
    } else if (original.startsWith("Number value length") || original.startsWith("Number length")) {
      // "Number length" and "String length" are Jackson 2.15's wording
      en = "must be a number of at most " + limits.maxNumberLength() + " characters";
      zh = "数字不得超过 " + limits.maxNumberLength() + " 个字符";
      value = lengthRead(original);
    } else if (original.startsWith("String value length") || original.startsWith("String length")) {
      en = "must be a string of at most " + limits.maxStringLength() + " characters";
      zh = "字符串不得超过 " + limits.maxStringLength() + " 个字符";
      value = lengthRead(original);
    } else if (original.startsWith("Name length")) {
      // the name being read is not yet the parser's: its position still names the property before it, if any
      field = root(object);
      en = "must be a property name of at most " + limits.maxNameLength() + " characters";
      zh = "字段名不得超过 " + limits.maxNameLength() + " 个字符";
    } else if (original.contains("nesting depth")) {
      en = "must be nested at most " + limits.maxNestingDepth() + " levels deep";
      zh = "嵌套不得超过 " + limits.maxNestingDepth() + " 层";
    } else {
      en = "is beyond the reader's limits";
      zh = "超出读取限制";
    }
    return new InvalidInputException(InvalidInputException.TOO_LARGE, field, value, en, zh, ex);
  }

  /**
   * The length Jackson read of a number or string too long, such as "46 characters" from "Number value length (46)
   * exceeds": the value is not held, so its length stands for it; empty when the message gives none.
   */
  private static String lengthRead(String message) {
    long length = firstNumber(message, -1);
    return length < 0 ? "" : length + " characters";
  }

  /** The first whole number in parentheses in a message, such as the count in "Token count (100001) exceeds". */
  private static long firstNumber(String message, long otherwise) {
    int open = message.indexOf('(');
    int end = open + 1;
    while (end < message.length() && Character.isDigit(message.charAt(end))) {
      end++;
    }
    if (open < 0 || end == open + 1 || end - open > 19) {
      return otherwise;
    }
    return Long.parseLong(message.substring(open + 1, end));
  }

  //-------------------------------------------------------------------------
  private static String pointerOf(JacksonException ex, JsonParser parser) {
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
    return parserPointer(parser != null ? parser
        : ex.getProcessor() instanceof JsonParser own ? own : null);
  }

  /**
   * The JSON Pointer of the object the parser is in, without the property it last read (empty for the root); the
   * current position elsewhere.
   */
  private static String objectPointer(JsonParser parser) {
    JsonStreamContext context = parser == null ? null : parser.getParsingContext();
    if (context == null || !context.inObject() || context.getParent() == null) {
      return parserPointer(parser);
    }
    return context.getParent().pathAsPointer().toString();
  }

  /** The JSON Pointer of the parser's current position, empty for the root. */
  static String parserPointer(JsonParser parser) {
    if (parser == null || parser.getParsingContext() == null) {
      return "";
    }
    return parser.getParsingContext().pathAsPointer().toString();
  }

  private static String root(String pointer) {
    return pointer.isEmpty() ? "/" : pointer;
  }

  private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  private static String abbreviate(String text) {
    return text.length() > MAX_VALUE_TEXT ? text.substring(0, MAX_VALUE_TEXT - 1) + "…" : text;
  }

  //-------------------------------------------------------------------------
  private static String expected(Class<?> type) {
    if (type == null) {
      return "a value of another JSON type";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "a JSON string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return isWhole(type) ? "a whole JSON number" : "a JSON number";
    }
    if (type == LocalDate.class) {
      return "a date string \"yyyy-MM-dd\"";
    }
    if (MonetaryAmount.class.isAssignableFrom(type)) {
      return "an amount object {\"amount\": 1234.56, \"currency\": \"CNY\"}";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a JSON array";
    }
    if (type.isEnum()) {
      return "a JSON string naming a constant";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a JSON object";
    }
    String fields = fieldsOf(type);
    return fields.isEmpty() ? "a JSON object of the expected fields" : "a JSON object " + fields;
  }

  /**
   * The members of a small record as a JSON object's shape, such as {@code {"scale": …, "mode": …}} for
   * {@code MoneyRounding}, each named as its JSON property; empty for any other type or a record of more members.
   */
  private static String fieldsOf(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    if (components == null || components.length == 0 || components.length > MOST_FIELDS_NAMED) {
      return "";
    }
    StringBuilder shape = new StringBuilder("{");
    for (RecordComponent component : components) {
      JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
      String name = property == null || property.value().isEmpty() ? component.getName() : property.value();
      shape.append(shape.length() == 1 ? "" : ", ").append('"').append(name).append("\": …");
    }
    return shape.append('}').toString();
  }

  /**
   * A Chinese "must be" text: the lead-in, then what was expected, with a space between them where the expected text
   * opens with Latin text ({@code 必须为 JSON 整数}, {@code 必须为 true 或 false}), as the library's other Chinese texts
   * set Latin words apart; none before Chinese ({@code 必须为日期字符串 "yyyy-MM-dd"}).
   */
  private static String mustBeZh(String leadIn, String expectedZh) {
    boolean latin = !expectedZh.isEmpty() && expectedZh.charAt(0) < 0x80;
    return latin ? leadIn + " " + expectedZh : leadIn + expectedZh;
  }

  private static String expectedZh(Class<?> type) {
    if (type == null) {
      return "其他 JSON 类型的值";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "JSON 字符串";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true 或 false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return isWhole(type) ? "JSON 整数" : "JSON 数字";
    }
    if (type == LocalDate.class) {
      return "日期字符串 \"yyyy-MM-dd\"";
    }
    if (MonetaryAmount.class.isAssignableFrom(type)) {
      return "金额对象 {\"amount\": 1234.56, \"currency\": \"CNY\"}";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "JSON 数组";
    }
    if (type.isEnum()) {
      return "表示常量名称的 JSON 字符串";
    }
    String fields = fieldsOf(type);
    return fields.isEmpty() ? "包含所需字段的 JSON 对象" : "JSON 对象 " + fields;
  }

  /** Whether a number type holds whole numbers only (int, long, BigInteger and the like). */
  private static boolean isWhole(Class<?> type) {
    return type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class || type == Byte.class || type == byte.class
        || type == java.math.BigInteger.class;
  }

  /** The member naming a value's type: {@code type} for a measure, {@code step} for an explanation step. */
  /** The pointer of an object's type name: the reader's path ends at it when it read one, at the object if not. */
  private static String typePointer(String pointer, InvalidTypeIdException ex) {
    String member = "/" + typeProperty(ex);
    return pointer.endsWith(member) ? pointer : pointer + member;
  }

  private static String typeProperty(InvalidTypeIdException ex) {
    JsonTypeInfo info = ex.getBaseType() == null ? null : ex.getBaseType().getRawClass()
        .getAnnotation(JsonTypeInfo.class);
    return info == null || info.property().isEmpty() ? "type" : info.property();
  }
}
