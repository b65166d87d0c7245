package io.github.huiqi.core.grants.award;

/**
 * How an award's figure binds the authority: exactly the figure, at most it ("最高/不超过"), or at least it ("不低于").
 */
public enum AwardBound {
  /** Exactly the figure: the firm receives it. */
  EXACTLY,
  /** At most the figure ("最高/不超过"): the authority fixes the amount from zero to it. */
  UP_TO,
  /** At least the figure ("不低于"): the authority fixes the amount from it, with no upper bound. */
  AT_LEAST
}
