package io.github.huiqi.core.error;

/**
 * Bad input: a value that is missing, out of range, of the wrong currency, in the wrong order or malformed.
 * <p>
 * The exception names the {@linkplain #field() field} and the {@linkplain #value() offending value}, so that a caller
 * can point at the culprit without parsing the message. On the JSON path the field is a JSON Pointer such as
 * {@code /loans/0/principal}; on the Java path it is the parameter or attribute name such as {@code principal}.
 */
public class InvalidInputException extends HuiqiException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String problem;

  /**
   * Creates an exception for a field.
   *
   * @param field  the field that is wrong, not null; empty on the JSON path for the value being read
   * @param value  the offending value as text, {@code "null"} when missing
   * @param problem  what is wrong with it, a phrase such as "must be positive"
   */
  public InvalidInputException(String field, Object value, String problem) {
    this(field, value, problem, null);
  }

  /**
   * Creates an exception for a field with a cause.
   *
   * @param field  the field that is wrong, not null
   * @param value  the offending value as text, {@code "null"} when missing
   * @param problem  what is wrong with it
   * @param cause  the cause, may be null
   */
  public InvalidInputException(String field, Object value, String problem, Throwable cause) {
    super("Invalid input '" + field + "': " + problem + " but was " + describe(value), cause);
    this.field = field;
    this.value = String.valueOf(value);
    this.problem = problem;
  }

  /**
   * Returns the field that is wrong: a Java attribute name, or a JSON Pointer on the JSON path.
   *
   * @return the field, not null
   */
  public String field() {
    return field;
  }

  /**
   * Returns the offending value as text; {@code "null"} when the value was missing.
   *
   * @return the value, not null
   */
  public String value() {
    return value;
  }

  /**
   * Returns what is wrong with the value, a phrase such as "must be positive".
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns a copy of this exception whose field is relative to a JSON Pointer: the pointer followed by the field,
   * or the pointer alone when this exception's field is empty (a scalar value that is wrong as a whole).
   *
   * @param pointer  the JSON Pointer of the enclosing value, such as {@code /loans/0}; empty for the root
   * @return the relocated exception
   */
  public InvalidInputException at(String pointer) {
    String relocated;
    if (field.isEmpty()) {
      relocated = pointer.isEmpty() ? "/" : pointer;
    } else {
      relocated = field.startsWith("/") ? pointer + field : pointer + "/" + field;
    }
    InvalidInputException copy = new InvalidInputException(relocated, value, problem, this);
    return copy;
  }

  /**
   * Returns a copy of this exception naming another field, keeping the value and the problem.
   *
   * @param newField  the field to name; empty for "the value being read" on the JSON path
   * @return the copy
   */
  public InvalidInputException withField(String newField) {
    return new InvalidInputException(newField, value, problem, this);
  }

  private static String describe(Object value) {
    if (value == null) {
      return "missing";
    }
    String text = String.valueOf(value);
    if (text.length() > 80) {
      text = text.substring(0, 77) + "...";
    }
    return "'" + text + "'";
  }
}
