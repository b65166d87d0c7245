package io.github.huiqi.core.error;

/**
 * A response would be longer than the limit on JSON output: the request asked for too much at once (thousands of
 * explained loans in one call). Split the request, ask for the plain form, or raise the limit.
 * <p>
 * Code {@value #CODE}. The {@linkplain #value() value} is the limit, in characters; the field is {@code /}, the
 * request as a whole.
 */
public class ResponseTooLargeException extends HuiqiException {

  /** The code of every response-too-large error. */
  public static final String CODE = "output.too-large";

  private static final long serialVersionUID = 1L;

  private final long limit;

  /**
   * Creates an exception.
   *
   * @param limit  the limit that would be exceeded, in characters
   */
  public ResponseTooLargeException(long limit) {
    super(CODE, "/", String.valueOf(limit),
        "The response would be longer than the limit of " + limit + " characters: split the request into smaller "
            + "ones, or raise the limit",
        "响应将超过 " + limit + " 个字符的上限：请将请求拆分为较小的请求，或提高上限", null);
    this.limit = limit;
  }

  /**
   * Returns the limit that would be exceeded.
   *
   * @return the limit, in characters
   */
  public long limit() {
    return limit;
  }
}
