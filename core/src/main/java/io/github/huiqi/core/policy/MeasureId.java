package io.github.huiqi.core.policy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;

/**
 * The stable identifier of a measure, such as {@code sz-gxj-2023-26.first-loan-interest-subsidy}.
 * <p>
 * By convention the document id, a dot, and a name for the measure. Identifiers never change once published, so a
 * host can store them. This class is immutable and thread-safe.
 *
 * @param value  the identifier
 */
public record MeasureId(String value) {

  /**
   * Creates an identifier.
   *
   * @throws InvalidInputException if null or not of the form {@code [a-z0-9][a-z0-9.-]*}
   */
  public MeasureId {
    Args.notNull(value, "measureId");
    if (!isWellFormed(value)) {
      // said in Chinese too: a request's malformed id (/measures/0) is named in a Chinese error line as well
      throw new InvalidInputException(InvalidInputException.INVALID, "measureId", value,
          "must be lower-case letters, digits, dots and hyphens", "必须由小写字母、数字、点和连字符组成", null);
    }
  }

  /**
   * Obtains an identifier.
   *
   * @param value  the identifier text
   * @return the identifier
   */
  public static MeasureId of(String value) {
    return new MeasureId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  /**
   * Compares ids by their text. Written out (rather than the record's generated form) because the engine looks ids
   * up several times per measure per evaluation.
   *
   * @param other  the object to compare
   * @return true if it is a measure id with the same text
   */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof MeasureId id && value.equals(id.value);
  }

  /**
   * Returns the hash of the id's text.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The id's grammar, {@code [a-z0-9][a-z0-9.-]{0,127}}, checked without a regular expression. */
  private static boolean isWellFormed(String text) {
    if (text.isEmpty() || text.length() > 128) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && (i == 0 || (c != '.' && c != '-'))) {
        return false;
      }
    }
    return true;
  }
}
