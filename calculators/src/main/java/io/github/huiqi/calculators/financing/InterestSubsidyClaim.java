package io.github.huiqi.calculators.financing;

import io.github.huiqi.core.internal.Args;

/**
 * A record that one of the municipal interest subsidies has already been claimed (first) on a loan.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param loanId  the loan
 * @param subsidy  the subsidy claimed first on it
 */
public record InterestSubsidyClaim(String loanId, MunicipalInterestSubsidy subsidy) {

  /**
   * Creates a claim record.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is missing
   */
  public InterestSubsidyClaim {
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
  public static InterestSubsidyClaim of(String loanId, MunicipalInterestSubsidy subsidy) {
    return new InterestSubsidyClaim(loanId, subsidy);
  }
}
