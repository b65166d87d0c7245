package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;

/**
 * Why one loan of a book could not be evaluated: the bad field, its value, the error code and the problem, as an
 * {@link InvalidInputException} reports them.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param field  the bad field: a JSON Pointer into the loan's request such as {@code /principalOutstanding}, or a
 *     column name of a file or columnar book
 * @param value  the offending value as text, {@code "null"} when missing
 * @param code  the error code, such as {@code input.negative}
 * @param problem  what is wrong, in English
 */
public record BookFailure(String field, String value, String code, String problem) {

  /**
   * Creates a failure.
   *
   * @throws InvalidInputException if a field is null
   */
  public BookFailure {
    Args.notNull(field, "field");
    Args.notNull(value, "value");
    Args.notNull(code, "code");
    Args.notNull(problem, "problem");
  }

  /**
   * Obtains the failure an exception reports.
   *
   * @param ex  the exception
   * @return the failure
   */
  public static BookFailure from(HuiqiException ex) {
    Args.notNull(ex, "ex");
    String problem = ex instanceof InvalidInputException invalid ? invalid.problem() : ex.getMessage();
    return new BookFailure(ex.field(), ex.value(), ex.code(), String.valueOf(problem));
  }

  /**
   * Obtains the failure of an NDJSON line longer than the longest document read, as
   * {@link BookSource#ndjson(java.io.Reader, Class, java.util.function.Function, io.github.huiqi.core.json.JsonCodec)}
   * reports it: code {@value InvalidInputException#TOO_LARGE}, field {@code /} (the line as a whole), the line's
   * length as the value. A host that splits a book into lines itself (a Spark job, say) reports its long lines alike.
   *
   * @param length  the line's length, in characters
   * @param limit  the longest line read, in characters
   * @return the failure
   */
  public static BookFailure lineTooLong(long length, long limit) {
    return from(lineTooLongError(length, limit));
  }

  /** The error of an NDJSON line longer than the limit: the one text of it. */
  static InvalidInputException lineTooLongError(long length, long limit) {
    return new InvalidInputException(InvalidInputException.TOO_LARGE, "/", length,
        "is a line longer than " + limit + " characters (" + length + ")",
        "该行长度超过 " + limit + " 个字符（" + length + "）", null);
  }

  /**
   * Returns this failure with its field as a JSON Pointer into the request: a calculator names a field of the request
   * it rejects by its name ({@code baseRatio}), which an NDJSON book reports as {@code /baseRatio}, as it reports the
   * fields its reading rejects; an empty field (the request as a whole) is {@code /}.
   *
   * @return the failure, itself when its field is already a pointer
   */
  BookFailure asPointer() {
    return field.startsWith("/") ? this : new BookFailure("/" + field, value, code, problem);
  }
}
