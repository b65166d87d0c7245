package io.github.huiqi.core.grants.share;

/**
 * How a share binds the authority: exactly the share ("给予…5%…的奖励") or at most it ("不超过合同金额30%").
 */
public enum ShareBound {
  /** Exactly the share, after the ceiling: the firm receives it. */
  EXACTLY,
  /** At most the share ("不超过"): the authority fixes the amount from zero to it. */
  UP_TO
}
