package io.github.huiqi.core.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bad input: a value that is missing, out of range, of the wrong currency or type, in the wrong order, contradicting
 * another value, or malformed.
 * <p>
 * The exception names the {@linkplain #field() field} and the {@linkplain #value() offending value}, so that a caller
 * can point at the culprit without parsing the message. On the JSON path the field is a JSON Pointer such as
 * {@code /loans/0/principal}; on the Java path it is the parameter or attribute name such as {@code principal}.
 * When two facts contradict each other, {@link #relatedFields()} names the other one(s).
 * <p>
 * {@link #code()} is one of the constants of this class: {@value #INVALID} unless a more precise one applies.
 */
public class InvalidInputException extends HuiqiException {

  /** A value that is not acceptable, when no more precise code applies. */
  public static final String INVALID = "input.invalid";
  /** A required value is missing or null. */
  public static final String REQUIRED = "input.required";
  /** A text is empty or blank. */
  public static final String BLANK = "input.blank";
  /** A number must be positive (more than zero). */
  public static final String NOT_POSITIVE = "input.not-positive";
  /** A number must not be negative. */
  public static final String NEGATIVE = "input.negative";
  /** A number has too many digits, decimals or too large an exponent. */
  public static final String NUMBER_BOUNDS = "input.number-out-of-bounds";
  /** An amount has a part below the fen (more than two decimals). */
  public static final String BELOW_FEN = "input.below-fen";
  /** An amount or currency code is not CNY. */
  public static final String NOT_CNY = "input.not-cny";
  /** A date is outside the accepted range. */
  public static final String DATE_RANGE = "input.date-out-of-range";
  /** A date is not written as an ISO {@code yyyy-MM-dd} string. */
  public static final String DATE_FORMAT = "input.date-format";
  /** A rate is outside its accepted range. */
  public static final String RATE_RANGE = "input.rate-out-of-range";
  /** Two dates are in the wrong order. */
  public static final String OUT_OF_ORDER = "input.out-of-order";
  /** Two or more facts contradict each other; {@link #relatedFields()} names the others. */
  public static final String CONFLICT = "input.conflict";
  /** A value has the wrong type or format (a string for a number, an array for a date, a misspelt enum name). */
  public static final String WRONG_TYPE = "input.wrong-type";
  /** A value names something that does not exist (an enum constant, a type name, a measure). */
  public static final String UNKNOWN_VALUE = "input.unknown-value";
  /** A property that the type does not have. */
  public static final String UNKNOWN_PROPERTY = "input.unknown-property";
  /** A key that appears twice in one JSON object. */
  public static final String DUPLICATE_KEY = "input.duplicate-key";
  /** Text that is not well-formed JSON. */
  public static final String MALFORMED_JSON = "input.malformed-json";
  /** A document, string, number or nesting beyond the parser's limits; or too many items. */
  public static final String TOO_LARGE = "input.too-large";
  /** A value that must be unique appears twice. */
  public static final String DUPLICATE = "input.duplicate";

  private static final long serialVersionUID = 2L;

  private final String field;
  private final String value;
  /** Whether the value was missing (given as Java {@code null}), so that a copy describes it the same way. */
  private final boolean missing;
  private final String problem;
  private final String problemZh;
  private final List<String> relatedFields;

  /**
   * Creates an exception for a field, with the code {@value #INVALID} (or a more precise one recognised from the
   * problem, such as {@value #REQUIRED} for "is required").
   *
   * @param field  the field that is wrong, not null; empty on the JSON path for the value being read
   * @param value  the offending value as text, {@code "null"} when missing
   * @param problem  what is wrong with it, a phrase such as "must be positive"
   */
  public InvalidInputException(String field, Object value, String problem) {
    this(field, value, problem, null);
  }

  /**
   * Creates an exception for a field with a cause, with the code {@value #INVALID} (or a more precise one recognised
   * from the problem).
   *
   * @param field  the field that is wrong, not null
   * @param value  the offending value as text, {@code "null"} when missing
   * @param problem  what is wrong with it
   * @param cause  the cause, may be null
   */
  public InvalidInputException(String field, Object value, String problem, Throwable cause) {
    this(ErrorTexts.codeOf(problem), field, value, problem, ErrorTexts.problemZh(problem), cause);
  }

  /**
   * Creates an exception for a required value that is null, with the code {@value #REQUIRED}. This is the
   * constructor the library's generated builders call when a setter is given null.
   *
   * @param field  the field, not null
   */
  public InvalidInputException(String field) {
    this(REQUIRED, field, null, "is required", "为必填项", null);
  }

  /**
   * Creates an exception with a code and the problem in English and Chinese.
   *
   * @param code  the code, one of the constants of this class
   * @param field  the field that is wrong, not null
   * @param value  the offending value as text, {@code "null"} when missing
   * @param problem  what is wrong with it, in English, such as "must be positive"
   * @param problemZh  the same in Chinese, such as "必须大于零"
   * @param cause  the cause, may be null
   */
  public InvalidInputException(String code, String field, Object value, String problem, String problemZh,
      Throwable cause) {
    this(code, field, value, problem, problemZh, List.of(), cause);
  }

  private InvalidInputException(String code, String field, Object value, String problem, String problemZh,
      List<String> relatedFields, Throwable cause) {
    super(code, field, String.valueOf(value),
        "Invalid input '" + field + "': " + problem + " but was " + ErrorTexts.describe(value),
        "输入字段“" + field + "”无效：" + problemZh + "，实际为" + ErrorTexts.describeZh(value), cause);
    this.field = Objects.requireNonNull(field, "field");
    this.value = String.valueOf(value);
    this.missing = value == null;
    this.problem = problem;
    this.problemZh = problemZh;
    this.relatedFields = List.copyOf(relatedFields);
  }

  /**
   * Creates an exception for facts that contradict each other, with the code {@value #CONFLICT}: the field reported
   * is the first, and {@link #relatedFields()} names the other.
   *
   * @param field  the field reported, such as {@code extensionDate}
   * @param value  its value
   * @param otherField  the field it contradicts, such as {@code nonPerforming/since}
   * @param otherValue  that field's value
   * @param problem  what is wrong, in English, such as "must not be after"; the other field and value are appended
   * @param problemZh  the same in Chinese, such as "不得晚于"
   * @return the exception
   */
  public static InvalidInputException conflict(String field, Object value, String otherField, Object otherValue,
      String problem, String problemZh) {
    return new InvalidInputException(CONFLICT, field, value, problem + " " + otherField + " '" + otherValue + "'",
        problemZh + "“" + otherField + "”（" + otherValue + "）", List.of(otherField), null);
  }

  /**
   * Creates an exception for a date before the date it must follow, with the code {@value #OUT_OF_ORDER}: the field
   * reported is the later one, and {@link #relatedFields()} names the earlier one.
   *
   * @param field  the field reported, such as {@code repaymentDate}
   * @param value  its value
   * @param earlierField  the field it must not precede, such as {@code drawdownDate}
   * @param earlierValue  that field's value
   * @return the exception
   */
  public static InvalidInputException outOfOrder(String field, Object value, String earlierField,
      Object earlierValue) {
    return new InvalidInputException(OUT_OF_ORDER, field, value,
        "must not be before " + earlierField + " '" + earlierValue + "'",
        "不得早于“" + earlierField + "”（" + earlierValue + "）", List.of(earlierField), null);
  }

  /**
   * Creates an exception for a date on or before the date it must strictly follow, with the code
   * {@value #OUT_OF_ORDER}: the field reported is the later one, and {@link #relatedFields()} names the earlier one,
   * so that on the JSON path both carry their JSON Pointer (a changed start names the start, a changed end the end).
   *
   * @param field  the field reported, such as {@code accrualEnd}
   * @param value  its value
   * @param earlierField  the field it must be after, such as {@code accrualStart}
   * @param earlierValue  that field's value
   * @return the exception
   */
  public static InvalidInputException notAfter(String field, Object value, String earlierField,
      Object earlierValue) {
    return new InvalidInputException(OUT_OF_ORDER, field, value,
        "must be after " + earlierField + " '" + earlierValue + "'",
        "必须晚于“" + earlierField + "”（" + earlierValue + "）", List.of(earlierField), null);
  }

  /**
   * Returns the field that is wrong: a Java attribute name, or a JSON Pointer on the JSON path.
   *
   * @return the field, not null
   */
  @Override
  public String field() {
    return field;
  }

  /**
   * Returns the offending value as text, as the caller wrote it; {@code "null"} when the value was missing.
   *
   * @return the value, not null
   */
  @Override
  public String value() {
    return value;
  }

  /**
   * Returns what is wrong with the value, a phrase in English such as "must be positive".
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns what is wrong with the value in Chinese, such as "必须大于零".
   *
   * @return the problem
   */
  public String problemZh() {
    return problemZh;
  }

  /**
   * Returns the other fields that this field contradicts; empty unless the code is {@value #CONFLICT}.
   *
   * @return the fields, in the same form as {@link #field()}
   */
  public List<String> relatedFields() {
    return relatedFields;
  }

  /**
   * Returns a copy of this exception whose field (and related fields) are relative to a JSON Pointer: the pointer
   * followed by the field, or the pointer alone when this exception's field is empty or {@code /} (a value that is
   * wrong as a whole, such as a {@code null} claim: {@code /claims/0}, never {@code /claims/0/}).
   *
   * @param pointer  the JSON Pointer of the enclosing value, such as {@code /loans/0}; empty for the root
   * @return the relocated exception
   */
  public InvalidInputException at(String pointer) {
    List<String> related = new ArrayList<>(relatedFields.size());
    for (String other : relatedFields) {
      related.add(relocate(pointer, other));
    }
    return new InvalidInputException(code(), relocate(pointer, field), copiedValue(), problemWith(related),
        problemZhWith(related), related, this);
  }

  /**
   * Returns a copy of this exception naming another field, keeping the code, value, problem and related fields.
   *
   * @param newField  the field to name; empty for "the value being read" on the JSON path
   * @return the copy
   */
  public InvalidInputException withField(String newField) {
    return new InvalidInputException(code(), newField, copiedValue(), problem, problemZh, relatedFields, this);
  }

  /** The value a copy is given: null again when this one's was missing, so that its message still says "missing". */
  private Object copiedValue() {
    return missing ? null : value;
  }

  private String problemWith(List<String> related) {
    String text = problem;
    for (int i = 0; i < related.size(); i++) {
      text = text.replace(" " + relatedFields.get(i) + " '", " " + related.get(i) + " '");
    }
    return text;
  }

  private String problemZhWith(List<String> related) {
    String text = problemZh;
    for (int i = 0; i < related.size(); i++) {
      text = text.replace("“" + relatedFields.get(i) + "”", "“" + related.get(i) + "”");
    }
    return text;
  }

  private static String relocate(String pointer, String field) {
    if (field.isEmpty() || field.equals("/")) {
      // the value being read, or the whole document: the pointer itself, never with a trailing slash
      return pointer.isEmpty() ? "/" : pointer;
    }
    return field.startsWith("/") ? pointer + field : pointer + "/" + field;
  }
}
