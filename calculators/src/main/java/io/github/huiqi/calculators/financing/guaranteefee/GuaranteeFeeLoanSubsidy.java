package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Eligibility;
import javax.money.MonetaryAmount;

/**
 * One loan's part of a guarantee-fee subsidy.
 * <p>
 * {@code computed} is the subsidy ratio times the fee actually paid, rounded to the fen; zero if the loan is
 * ineligible, whose {@code eligibility} then names the reasons. {@code paid} is what the loan receives after the
 * per-enterprise annual cap, allocated to loans in drawdown order (then request order); zero for an undetermined
 * loan, whose {@code computed} is what it would earn if the missing facts were favourable.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param loanId  the loan's id
 * @param eligibility  the loan's verdict with its reasons
 * @param computed  the loan's own subsidy before the cap
 * @param paid  the subsidy paid on the loan after the cap
 */
public record GuaranteeFeeLoanSubsidy(
    String loanId,
    Eligibility eligibility,
    MonetaryAmount computed,
    MonetaryAmount paid) {

  /**
   * Creates a loan's part.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or an amount negative or not CNY
   */
  public GuaranteeFeeLoanSubsidy {
    Args.notBlank(loanId, "loanId");
    Args.notNull(eligibility, "eligibility");
    Cny.notNegativeComputed(computed, "computed");
    Cny.notNegativeComputed(paid, "paid");
  }
}
