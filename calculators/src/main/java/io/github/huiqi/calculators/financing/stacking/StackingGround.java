package io.github.huiqi.calculators.financing.stacking;

/**
 * Why a loan's interest subsidy was decided the way it was.
 */
public enum StackingGround {
  /** Only one of the two subsidies qualifies on the loan. */
  ONLY_CANDIDATE,
  /** Both qualify; the one already claimed on the loan stands ({@link StackingPrecedence#FIRST_CLAIMED}). */
  FIRST_CLAIMED,
  /** Both qualify and neither has been claimed: the larger applies (the default's fallback). */
  NO_CLAIM_LARGER,
  /** Both qualify; the larger applies ({@link StackingPrecedence#LARGER}). */
  LARGER,
  /** Neither qualifies on the loan. */
  NO_CANDIDATE,
  /** The choice depends on facts that were not given. */
  UNDETERMINED
}
