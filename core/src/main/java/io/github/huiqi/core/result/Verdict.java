package io.github.huiqi.core.result;

/**
 * Whether an enterprise or loan qualifies for a measure.
 */
public enum Verdict {
  /** Every condition is met. */
  ELIGIBLE,
  /** At least one condition is known not to be met. */
  INELIGIBLE,
  /** No condition is known to fail, but at least one depends on a fact that is not known. */
  UNDETERMINED
}
