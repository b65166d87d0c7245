package io.github.huiqi.core.policy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;

/**
 * The stable identifier of a policy document, such as {@code sz-gxj-2023-26} for 深工信〔2023〕26号.
 * <p>
 * Lower-case ASCII letters, digits and hyphens. This class is immutable and thread-safe.
 *
 * @param value  the identifier
 */
public record DocumentId(String value) {

  /**
   * Creates an identifier.
   *
   * @throws InvalidInputException if null or not of the form {@code [a-z0-9][a-z0-9-]*}
   */
  public DocumentId {
    Args.notNull(value, "documentId");
    if (!Args.isHyphenatedId(value, false)) {
      throw new InvalidInputException("documentId", value, "must be lower-case letters, digits and hyphens");
    }
  }

  /**
   * Obtains an identifier.
   *
   * @param value  the identifier text
   * @return the identifier
   */
  public static DocumentId of(String value) {
    return new DocumentId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  // equals and hashCode as the record's own, written out: the generated ones are bootstrapped on first use, which a
  // cold start of the built-in data pays for
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof DocumentId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
