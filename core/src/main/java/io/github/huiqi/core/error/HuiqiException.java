package io.github.huiqi.core.error;

import java.util.Locale;
import java.util.Objects;

/**
 * The root of every exception the library throws on purpose.
 * <p>
 * Unchecked, so that a host can catch one type at its boundary. Subclasses say what kind of thing went wrong, and
 * every instance carries, for a program to read without parsing text:
 * <ul>
 *   <li>{@link #code()}: a stable, machine-readable code such as {@code input.not-positive} or
 *       {@code lookup.no-rate-on-date} (the codes are listed on each subclass and never change meaning);</li>
 *   <li>{@link #field()}: the field concerned, a JSON Pointer on the JSON path (such as {@code /loans/0/principal})
 *       or an attribute name on the Java path; empty when the error concerns no one field;</li>
 *   <li>{@link #value()}: the rejected value as the caller wrote it, empty when there is none;</li>
 *   <li>{@link #message(Locale)}: the message in English ({@link #getMessage()}) or in Chinese
 *       ({@link Locale#CHINESE}, {@link Locale#SIMPLIFIED_CHINESE}, any {@code zh} locale).</li>
 * </ul>
 * Messages never name a Jackson or Moneta class or method.
 */
public abstract class HuiqiException extends RuntimeException {

  private static final long serialVersionUID = 2L;

  private final String code;
  private final String field;
  private final String value;
  private final String messageZh;

  /**
   * Creates an exception.
   *
   * @param code  the stable machine-readable code, not null, such as {@code input.not-positive}
   * @param field  the field concerned, a JSON Pointer or attribute name; empty when none; null is read as empty
   * @param value  the rejected value as written; empty when none; null is read as empty
   * @param message  the message in English, not null
   * @param messageZh  the message in Chinese, not null
   * @param cause  the cause, may be null
   */
  protected HuiqiException(String code, String field, String value, String message, String messageZh,
      Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.code = Objects.requireNonNull(code, "code");
    this.field = field == null ? "" : field;
    this.value = value == null ? "" : value;
    this.messageZh = Objects.requireNonNull(messageZh, "messageZh");
  }

  /**
   * Returns the stable machine-readable code of the error, such as {@code input.not-positive}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the field concerned: a JSON Pointer on the JSON path, an attribute name on the Java path.
   *
   * @return the field, empty when the error concerns no one field
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rejected value as the caller wrote it (for a JSON value, its JSON text, such as {@code "100"} with
   * quotes for a string or {@code []} for an empty array).
   *
   * @return the value, empty when there is none
   */
  public String value() {
    return value;
  }

  /**
   * Returns the message in a language: Chinese for a {@code zh} locale, English otherwise.
   *
   * @param locale  the locale, not null
   * @return the message
   */
  public String message(Locale locale) {
    return "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? messageZh : getMessage();
  }
}
