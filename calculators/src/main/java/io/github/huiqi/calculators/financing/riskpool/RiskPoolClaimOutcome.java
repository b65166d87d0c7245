package io.github.huiqi.calculators.financing.riskpool;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.util.Optional;

/**
 * The outcome of one claim in a batch: its compensation, or the failure that stopped it.
 * <p>
 * Exactly one of {@code compensation} and {@code failure} is present. A failed claim does not fail the batch.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param index  the claim's position in the request, from 0
 * @param loanId  the claim's loan id, if it could be read
 * @param compensation  the explained compensation, if the claim was evaluated
 * @param failure  the failure, if the claim was bad input
 */
public record RiskPoolClaimOutcome(
    int index,
    Optional<String> loanId,
    Optional<RiskPoolLoanCompensation> compensation,
    Optional<RiskPoolClaimFailure> failure) {

  /**
   * Creates an outcome.
   *
   * @throws InvalidInputException if a field is null, the index negative, or not exactly one of compensation and
   *     failure is present
   */
  public RiskPoolClaimOutcome {
    Args.notNegative(index, "index");
    Args.notNullOptional(loanId, "loanId");
    Args.notNullOptional(compensation, "compensation");
    Args.notNullOptional(failure, "failure");
    if (compensation.isPresent() == failure.isPresent()) {
      throw new InvalidInputException("failure", failure.isPresent() ? "present" : "absent",
          "must be present exactly when compensation is absent");
    }
  }

  /**
   * Obtains the outcome of an evaluated claim.
   *
   * @param index  the position
   * @param compensation  the compensation
   * @return the outcome
   */
  public static RiskPoolClaimOutcome of(int index, RiskPoolLoanCompensation compensation) {
    return new RiskPoolClaimOutcome(index, Optional.of(compensation.loanId()), Optional.of(compensation),
        Optional.empty());
  }

  /**
   * Obtains the outcome of a failed claim.
   *
   * @param index  the position
   * @param loanId  the loan id, if known
   * @param failure  the failure
   * @return the outcome
   */
  public static RiskPoolClaimOutcome failed(int index, Optional<String> loanId, RiskPoolClaimFailure failure) {
    return new RiskPoolClaimOutcome(index, loanId, Optional.empty(), Optional.of(failure));
  }
}
