package io.github.huiqi.calculators.financing.firstloan;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Eligibility;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One loan's part of a first-loan subsidy.
 * <p>
 * {@code computed} is the loan's own subsidy, rounded to the fen, zero if the loan is ineligible. {@code paid} is what
 * the loan receives after the per-enterprise cap, which is allocated to loans in drawdown order (then request
 * order). For an undetermined loan, {@code computed} is what it would earn if the missing facts were favourable, and
 * {@code paid} is zero.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param loanId  the loan's id
 * @param eligibility  the loan's verdict
 * @param subsidisedFrom  the first day subsidised (the drawdown date), if the period was computed
 * @param subsidisedUntil  the end of the subsidised period, not counted, if the period was computed
 * @param computed  the loan's own subsidy before the enterprise cap
 * @param paid  the subsidy paid on the loan after the enterprise cap
 */
public record FirstLoanLoanSubsidy(
    String loanId,
    Eligibility eligibility,
    Optional<LocalDate> subsidisedFrom,
    Optional<LocalDate> subsidisedUntil,
    MonetaryAmount computed,
    MonetaryAmount paid) {

  /**
   * Creates a loan's part.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or an amount not CNY
   */
  public FirstLoanLoanSubsidy {
    Args.notBlank(loanId, "loanId");
    Args.notNull(eligibility, "eligibility");
    Args.notNullOptional(subsidisedFrom, "subsidisedFrom");
    Args.notNullOptional(subsidisedUntil, "subsidisedUntil");
    Cny.notNegativeComputed(computed, "computed");
    Cny.notNegativeComputed(paid, "paid");
  }
}
