package io.github.huiqi.core.result;

/**
 * Whether an enterprise or loan qualifies for a measure.
 * <p>
 * The verdict answers "does the firm qualify?"; the amount, exact or a range, answers "what is it worth?". A fact
 * that decides a condition (one whose failure leaves the firm nothing under the measure) leaves the verdict
 * undetermined while it is not known; a fact that only changes the amount once every condition is met (a ratio, a
 * base, what a cap has already paid) leaves it eligible, the amount a range and the fact among the missing facts. A
 * list of the items the amount is made of, not known when no known item qualifies, decides a condition (the firm may
 * have none). So an undetermined outcome may always be worth nothing: its least amount is zero (decisions register
 * §4.6 item 42).
 */
public enum Verdict {
  /**
   * Every condition is met. The amount may still be a range, when a fact that changes only the amount is not known.
   */
  ELIGIBLE,
  /** At least one condition is known not to be met. */
  INELIGIBLE,
  /**
   * No condition is known to fail, but at least one depends on a fact that is not known: the firm may yet get
   * nothing.
   */
  UNDETERMINED
}
