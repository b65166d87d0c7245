package io.github.huiqi.core.error;

/**
 * A policy pack that cannot be loaded: malformed JSON, a missing or invalid field, an unknown measure type.
 * <p>
 * Code {@value #CODE}. The message names the resource (file) and the field as a JSON Pointer, for example
 * {@code policy pack 'sz-gxj-2023-26.json', field '/measures/0/parameters/cap/value': must be positive but was '-1'}.
 */
public class PolicyDataException extends HuiqiException {

  /** The code of every policy-data error. */
  public static final String CODE = "policy.invalid-pack";

  private static final long serialVersionUID = 2L;

  private final String resource;

  /**
   * Creates an exception naming the resource and the field.
   *
   * @param resource  the pack's resource or file name, not null
   * @param field  the JSON Pointer of the bad field, empty for the whole document
   * @param problem  what is wrong
   * @param cause  the cause, may be null
   */
  public PolicyDataException(String resource, String field, String problem, Throwable cause) {
    super(CODE, field, cause instanceof HuiqiException huiqi ? huiqi.value() : "",
        "Invalid policy pack '" + resource + "', field '" + field + "': " + problem,
        "政策包“" + resource + "”的字段“" + field + "”无效："
            + (cause instanceof InvalidInputException invalid ? invalid.problemZh() : ErrorTexts.problemZh(problem)),
        cause);
    this.resource = resource;
  }

  /**
   * Returns the pack's resource or file name.
   *
   * @return the resource, not null
   */
  public String resource() {
    return resource;
  }
}
