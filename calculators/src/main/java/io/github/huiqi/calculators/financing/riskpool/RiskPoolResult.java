package io.github.huiqi.calculators.financing.riskpool;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.AmountRange;
import java.util.List;

/**
 * The explained risk compensation of a bank's batch of claims: each claim's outcome and the totals.
 * <p>
 * The totals add the evaluated claims' amounts (ranges add end by end, so they are exact when every evaluated claim
 * is decided); failed claims add nothing and are listed with their failures.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param claims  each claim's outcome, in request order
 * @param totalCompensation  the total compensation, CNY
 * @param totalRecoveryReturn  the total recoveries returned to the pool, CNY
 * @param totalNetCompensation  the total compensation less returns, CNY
 * @param failedClaims  the number of claims that failed as bad input
 */
public record RiskPoolResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    List<RiskPoolClaimOutcome> claims,
    AmountRange totalCompensation,
    AmountRange totalRecoveryReturn,
    AmountRange totalNetCompensation,
    int failedClaims) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or the count negative
   */
  public RiskPoolResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    claims = Args.listCopy(claims, "claims");
    Args.notNull(totalCompensation, "totalCompensation");
    Args.notNull(totalRecoveryReturn, "totalRecoveryReturn");
    Args.notNull(totalNetCompensation, "totalNetCompensation");
    Args.notNegative(failedClaims, "failedClaims");
  }
}
