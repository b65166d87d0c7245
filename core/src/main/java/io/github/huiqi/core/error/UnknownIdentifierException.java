package io.github.huiqi.core.error;

/**
 * A lookup by identifier found nothing: an unknown measure, document, rate series, or a date before a series starts.
 */
public class UnknownIdentifierException extends HuiqiException {

  private static final long serialVersionUID = 1L;

  private final String identifier;

  /**
   * Creates an exception naming the identifier that was not found.
   *
   * @param kind  what was looked up, such as "measure"
   * @param identifier  the identifier, not null
   */
  public UnknownIdentifierException(String kind, String identifier) {
    this(kind, identifier, "not found");
  }

  /**
   * Creates an exception naming the identifier with a detail.
   *
   * @param kind  what was looked up, such as "rate series"
   * @param identifier  the identifier, not null
   * @param detail  why it was not found
   */
  public UnknownIdentifierException(String kind, String identifier, String detail) {
    super("Unknown " + kind + " '" + identifier + "': " + detail);
    this.identifier = identifier;
  }

  /**
   * Returns the identifier that was not found.
   *
   * @return the identifier
   */
  public String identifier() {
    return identifier;
  }
}
