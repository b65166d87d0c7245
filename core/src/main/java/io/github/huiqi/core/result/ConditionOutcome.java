package io.github.huiqi.core.result;

/**
 * The outcome of checking one condition.
 */
public enum ConditionOutcome {
  /** The condition is met. */
  MET,
  /** The condition is known not to be met. */
  NOT_MET,
  /** The condition depends on a fact that is not known. */
  UNKNOWN
}
