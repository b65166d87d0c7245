package io.github.huiqi.core.json;

import io.github.huiqi.core.error.InvalidInputException;

/**
 * The limits on the library's JSON reading and writing: how long a document may be, how many tokens it may hold, how
 * deep it may nest, how long one number, string or property name may be, and how long a response may be.
 * <p>
 * {@link #DEFAULTS} holds the library's built-in values, the constants of {@link HuiqiJson}:
 * <table>
 *   <caption>The limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>applies to</th></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>{@value HuiqiJson#MAX_DOCUMENT_LENGTH}</td>
 *       <td>a document read, in characters (bytes for a byte stream); one line of an NDJSON book</td></tr>
 *   <tr><td>{@link #maxTokens()}</td><td>{@value HuiqiJson#MAX_TOKENS}</td>
 *       <td>the JSON tokens of a document read (Jackson 2.18 or newer)</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>{@value HuiqiJson#MAX_NESTING_DEPTH}</td>
 *       <td>arrays and objects inside one another</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>{@value HuiqiJson#MAX_NUMBER_LENGTH}</td>
 *       <td>one number, in characters</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>{@value HuiqiJson#MAX_STRING_LENGTH}</td>
 *       <td>one string, in characters</td></tr>
 *   <tr><td>{@link #maxNameLength()}</td><td>{@value HuiqiJson#MAX_NAME_LENGTH}</td>
 *       <td>one property name, in characters (Jackson 2.16 or newer)</td></tr>
 *   <tr><td>{@link #maxResponseLength()}</td><td>{@value HuiqiJson#DEFAULT_MAX_RESPONSE_LENGTH}</td>
 *       <td>a JSON text written, in characters; one line of an NDJSON output</td></tr>
 * </table>
 * A host changes them for every JSON entry point with system properties read once when {@link HuiqiJson} is loaded
 * (see {@link HuiqiJson#limits()}), or for one use with {@link HuiqiJson#codec(JsonLimits)}. The defaults let a
 * document be written ten times longer than it may be read; {@link #ofDocumentLength(long)} gives limits under which
 * whatever is written reads back: only the document length binds.
 * <pre>{@code
 * JsonLimits limits = JsonLimits.DEFAULTS.withMaxDocumentLength(50_000_000).withMaxTokens(10_000_000);
 * JsonCodec codec = HuiqiJson.codec(limits);
 * RiskPoolRequest request = codec.read(json, RiskPoolRequest.class);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param maxDocumentLength  the longest document read, in characters, positive
 * @param maxTokens  the most JSON tokens in a document read, positive
 * @param maxNestingDepth  the deepest nesting of arrays and objects, positive
 * @param maxNumberLength  the longest number, in characters, positive
 * @param maxStringLength  the longest string, in characters, positive
 * @param maxNameLength  the longest property name, in characters, positive
 * @param maxResponseLength  the longest JSON text written, in characters, positive
 */
public record JsonLimits(
    long maxDocumentLength,
    long maxTokens,
    int maxNestingDepth,
    int maxNumberLength,
    int maxStringLength,
    int maxNameLength,
    long maxResponseLength) {

  /**
   * The library's built-in limits: {@value HuiqiJson#MAX_DOCUMENT_LENGTH} characters, {@value HuiqiJson#MAX_TOKENS}
   * tokens, nesting {@value HuiqiJson#MAX_NESTING_DEPTH}, numbers of {@value HuiqiJson#MAX_NUMBER_LENGTH} characters,
   * strings of {@value HuiqiJson#MAX_STRING_LENGTH}, names of {@value HuiqiJson#MAX_NAME_LENGTH}, responses of
   * {@value HuiqiJson#DEFAULT_MAX_RESPONSE_LENGTH} characters.
   */
  public static final JsonLimits DEFAULTS = new JsonLimits(HuiqiJson.MAX_DOCUMENT_LENGTH, HuiqiJson.MAX_TOKENS,
      HuiqiJson.MAX_NESTING_DEPTH, HuiqiJson.MAX_NUMBER_LENGTH, HuiqiJson.MAX_STRING_LENGTH,
      HuiqiJson.MAX_NAME_LENGTH, HuiqiJson.DEFAULT_MAX_RESPONSE_LENGTH);

  /** The most nesting allowed: deeper would let a hostile document exhaust the stack. */
  public static final int NESTING_CEILING = 1_000;

  /**
   * Creates limits.
   *
   * @throws InvalidInputException if a limit is not positive, or the nesting is deeper than {@value #NESTING_CEILING}
   */
  public JsonLimits {
    positive(maxDocumentLength, "maxDocumentLength");
    positive(maxTokens, "maxTokens");
    positive(maxNestingDepth, "maxNestingDepth");
    positive(maxNumberLength, "maxNumberLength");
    positive(maxStringLength, "maxStringLength");
    positive(maxNameLength, "maxNameLength");
    positive(maxResponseLength, "maxResponseLength");
    if (maxNestingDepth > NESTING_CEILING) {
      throw new InvalidInputException("maxNestingDepth", maxNestingDepth, "must be at most " + NESTING_CEILING);
    }
  }

  /**
   * Obtains limits under which every JSON text the library writes reads back: the default nesting, number, string
   * and name limits, documents read and written of up to {@code length} characters, and as many tokens as a document
   * of that length can hold (a token takes at least one character), so that only the length binds.
   *
   * @param length  the longest document, in characters, positive
   * @return the limits
   * @throws InvalidInputException if the length is not positive
   */
  public static JsonLimits ofDocumentLength(long length) {
    positive(length, "length");
    return DEFAULTS.withMaxDocumentLength(length).withMaxResponseLength(length)
        .withMaxTokens(length);
  }

  /**
   * Returns a copy with another document length.
   *
   * @param length  the longest document read, in characters, positive
   * @return the limits
   */
  public JsonLimits withMaxDocumentLength(long length) {
    return new JsonLimits(length, maxTokens, maxNestingDepth, maxNumberLength, maxStringLength, maxNameLength,
        maxResponseLength);
  }

  /**
   * Returns a copy with another token count.
   *
   * @param tokens  the most tokens in a document read, positive
   * @return the limits
   */
  public JsonLimits withMaxTokens(long tokens) {
    return new JsonLimits(maxDocumentLength, tokens, maxNestingDepth, maxNumberLength, maxStringLength,
        maxNameLength, maxResponseLength);
  }

  /**
   * Returns a copy with another nesting depth.
   *
   * @param depth  the deepest nesting, from 1 to {@value #NESTING_CEILING}
   * @return the limits
   */
  public JsonLimits withMaxNestingDepth(int depth) {
    return new JsonLimits(maxDocumentLength, maxTokens, depth, maxNumberLength, maxStringLength, maxNameLength,
        maxResponseLength);
  }

  /**
   * Returns a copy with another number length.
   *
   * @param length  the longest number, in characters, positive
   * @return the limits
   */
  public JsonLimits withMaxNumberLength(int length) {
    return new JsonLimits(maxDocumentLength, maxTokens, maxNestingDepth, length, maxStringLength, maxNameLength,
        maxResponseLength);
  }

  /**
   * Returns a copy with another string length.
   *
   * @param length  the longest string, in characters, positive
   * @return the limits
   */
  public JsonLimits withMaxStringLength(int length) {
    return new JsonLimits(maxDocumentLength, maxTokens, maxNestingDepth, maxNumberLength, length, maxNameLength,
        maxResponseLength);
  }

  /**
   * Returns a copy with another property-name length.
   *
   * @param length  the longest property name, in characters, positive
   * @return the limits
   */
  public JsonLimits withMaxNameLength(int length) {
    return new JsonLimits(maxDocumentLength, maxTokens, maxNestingDepth, maxNumberLength, maxStringLength, length,
        maxResponseLength);
  }

  /**
   * Returns a copy with another response length.
   *
   * @param length  the longest JSON text written, in characters, positive
   * @return the limits
   */
  public JsonLimits withMaxResponseLength(long length) {
    return new JsonLimits(maxDocumentLength, maxTokens, maxNestingDepth, maxNumberLength, maxStringLength,
        maxNameLength, length);
  }

  private static void positive(long value, String field) {
    if (value <= 0) {
      throw new InvalidInputException(InvalidInputException.NOT_POSITIVE, field, value, "must be positive",
          "必须为正数", null);
    }
  }
}
