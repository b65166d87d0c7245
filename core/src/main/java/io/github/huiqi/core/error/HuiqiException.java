package io.github.huiqi.core.error;

/**
 * The root of every exception the library throws on purpose.
 * <p>
 * Unchecked, so that a host can catch one type at its boundary. Subclasses say what kind of thing went wrong.
 */
public abstract class HuiqiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message  the message, not null
   */
  protected HuiqiException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message  the message, not null
   * @param cause  the cause, may be null
   */
  protected HuiqiException(String message, Throwable cause) {
    super(message, cause);
  }
}
