package io.github.huiqi.calculators.financing.stacking;

/**
 * Which subsidy applies when a loan qualifies for both municipal interest subsidies (decisions register §4.1 item 10).
 * <p>
 * No source says. {@link #FIRST_CLAIMED} is the documented default: the rule forbids a second subsidy on a loan, so
 * the one already claimed stands.
 */
public enum StackingPrecedence {
  /**
   * The subsidy already claimed (first claimed) on the loan applies; where neither has been claimed, the larger of
   * what the two can pay on the loan within their caps (the enterprise would choose it). The default.
   */
  FIRST_CLAIMED,
  /**
   * The larger of what the two can pay on the loan within their caps applies, whichever was claimed first; on a tie
   * the first-loan subsidy.
   */
  LARGER
}
