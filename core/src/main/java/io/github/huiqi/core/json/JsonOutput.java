package io.github.huiqi.core.json;

/**
 * How a result is written as JSON: indented or compact, with or without its explanations.
 * <p>
 * {@link #INDENTED} is what {@link HuiqiJson#write(Object)} and every {@code explain…Json} entry point write by
 * default: indented, each explanation in full (about 12.9 KB for one explained risk-compensation claim).
 * {@link #COMPACT} leaves out the white space (9.1 KB); {@link #withoutExplanation()} also leaves out every
 * {@code explanation} member, the cited steps, which are most of a result's size (2.4 KB a claim is left: the
 * verdict with its reasons and their citations, the ratio and the amounts).
 * A result written without its explanation reads back with an empty one, so every result type reads back whatever
 * form it was written in.
 * <pre>{@code
 * String json = HuiqiJson.write(result, JsonOutput.COMPACT.withoutExplanation());
 * RiskPoolResult back = HuiqiJson.read(json, RiskPoolResult.class);   // explanations empty, all else equal
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param indented  whether to indent, one member a line
 * @param explanation  whether to write explanations (the {@code explanation} members of results)
 */
public record JsonOutput(boolean indented, boolean explanation) {

  /** Indented, with explanations: the default form. */
  public static final JsonOutput INDENTED = new JsonOutput(true, true);
  /** Compact (no white space), with explanations. */
  public static final JsonOutput COMPACT = new JsonOutput(false, true);

  /**
   * Returns a copy that leaves out explanations.
   *
   * @return the output form
   */
  public JsonOutput withoutExplanation() {
    return new JsonOutput(indented, false);
  }

  /**
   * Returns a copy that writes explanations.
   *
   * @return the output form
   */
  public JsonOutput withExplanation() {
    return new JsonOutput(indented, true);
  }

  /**
   * Returns a compact copy.
   *
   * @return the output form
   */
  public JsonOutput compact() {
    return new JsonOutput(false, explanation);
  }

  /**
   * Returns an indented copy.
   *
   * @return the output form
   */
  public JsonOutput indent() {
    return new JsonOutput(true, explanation);
  }
}
