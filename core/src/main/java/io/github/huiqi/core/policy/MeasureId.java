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
    if (!value.matches("[a-z0-9][a-z0-9.-]{0,127}")) {
      throw new InvalidInputException("measureId", value, "must be lower-case letters, digits, dots and hyphens");
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
}
