package io.github.huiqi.core.error;

/**
 * A lookup by identifier found nothing: an unknown measure, document or rate series.
 * <p>
 * Code {@value #CODE}. The {@linkplain #value() value} is the identifier; the field is empty unless the caller
 * relocated the error onto an input field.
 */
public class UnknownIdentifierException extends HuiqiException {

  /** The code of every unknown-identifier error. */
  public static final String CODE = "lookup.unknown-identifier";

  private static final long serialVersionUID = 2L;

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
    super(CODE, "", identifier, "Unknown " + kind + " '" + identifier + "': " + detail,
        "未知的" + ErrorTexts.kindZh(kind) + "“" + identifier + "”：" + ErrorTexts.problemZh(detail), null);
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
