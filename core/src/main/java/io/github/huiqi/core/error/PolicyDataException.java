package io.github.huiqi.core.error;

/**
 * A policy pack that cannot be loaded: malformed JSON, a missing or invalid field, an unknown measure type.
 * <p>
 * The message names the resource (file) and the field as a JSON Pointer, for example
 * {@code policy pack 'sz-gxj-2023-26.json', field '/measures/0/parameters/cap/value': must be positive but was '-1'}.
 */
public class PolicyDataException extends HuiqiException {

  private static final long serialVersionUID = 1L;

  private final String resource;
  private final String field;

  /**
   * Creates an exception naming the resource and the field.
   *
   * @param resource  the pack's resource or file name, not null
   * @param field  the JSON Pointer of the bad field, empty for the whole document
   * @param problem  what is wrong
   * @param cause  the cause, may be null
   */
  public PolicyDataException(String resource, String field, String problem, Throwable cause) {
    super("Invalid policy pack '" + resource + "', field '" + field + "': " + problem, cause);
    this.resource = resource;
    this.field = field;
  }

  /**
   * Returns the pack's resource or file name.
   *
   * @return the resource, not null
   */
  public String resource() {
    return resource;
  }

  /**
   * Returns the JSON Pointer of the bad field; empty when the document as a whole is malformed.
   *
   * @return the field, not null
   */
  public String field() {
    return field;
  }
}
