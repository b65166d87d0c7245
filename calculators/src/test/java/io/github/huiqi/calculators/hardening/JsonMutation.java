package io.github.huiqi.calculators.hardening;

/**
 * One bad (or equivalent) document made from a valid sample: what was done, where, the text, and what the entry point
 * must answer.
 *
 * @param kind  the kind of change, such as {@code wrong-type} or {@code reordered}
 * @param pointer  the JSON Pointer of the place changed ({@code ""} for the whole document)
 * @param document  the changed document's text
 * @param expect  what the answer must be
 */
public record JsonMutation(String kind, String pointer, String document, Expect expect) {

  /** What the entry point must answer to a changed document. */
  public enum Expect {
    /** A typed error naming the place: no reading of the JSON makes this document valid. */
    REJECTED,
    /** The valid sample's result, to the character: the change does not alter the meaning (order, whitespace). */
    SAME_RESULT,
    /** A typed error naming the place, or the valid sample's result: an equivalent notation of the same value. */
    SAME_OR_REJECTED,
    /** A typed error naming the place, or any result (an optional fact dropped, a value in range changed). */
    EITHER
  }

  @Override
  public String toString() {
    return kind + " at '" + pointer + "' (" + expect + ")";
  }
}
