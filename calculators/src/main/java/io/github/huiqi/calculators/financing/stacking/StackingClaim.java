package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.internal.Args;

/**
 * A record that one of the municipal interest subsidies has already been claimed (first) on a loan.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param loanId  the loan
 * @param subsidy  the subsidy claimed first on it
 */
public record StackingClaim(String loanId, StackingScheme subsidy) {

  /**
   * Creates a claim record.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is missing
   */
  public StackingClaim {
    Args.notBlank(loanId, "loanId");
    Args.notNull(subsidy, "subsidy");
  }

  /**
   * Obtains a claim record.
   *
   * @param loanId  the loan
   * @param subsidy  the subsidy claimed first
   * @return the record
   */
  public static StackingClaim of(String loanId, StackingScheme subsidy) {
    return new StackingClaim(loanId, subsidy);
  }
}
