package io.github.huiqi.calculators.financing.riskpool;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.AmountRange;
import java.util.List;
import java.util.Optional;

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
 * @param receipt  the audit receipt of the batch (its input the request); absent when a claim of a JSON request
 *     could not be read, since then no request exists to hash, and in JSON when absent
 */
public record RiskPoolResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    List<RiskPoolClaimOutcome> claims,
    AmountRange totalCompensation,
    AmountRange totalRecoveryReturn,
    AmountRange totalNetCompensation,
    int failedClaims,
    Optional<Receipt> receipt) {

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
    receipt = receipt == null ? Optional.empty() : receipt;
  }

  /**
   * Creates a result with no receipt.
   *
   * @param measure  the measure applied
   * @param documentStatus  the legal status of the measure's document
   * @param claims  each claim's outcome, in request order
   * @param totalCompensation  the total compensation, CNY
   * @param totalRecoveryReturn  the total recoveries returned to the pool, CNY
   * @param totalNetCompensation  the total compensation less returns, CNY
   * @param failedClaims  the number of claims that failed as bad input
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or the count negative
   */
  public RiskPoolResult(MeasureId measure, DocumentStatus documentStatus, List<RiskPoolClaimOutcome> claims,
      AmountRange totalCompensation, AmountRange totalRecoveryReturn, AmountRange totalNetCompensation,
      int failedClaims) {
    this(measure, documentStatus, claims, totalCompensation, totalRecoveryReturn, totalNetCompensation, failedClaims,
        Optional.empty());
  }

  /**
   * Returns a copy of this result with its audit receipt.
   *
   * @param issued  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public RiskPoolResult withReceipt(Receipt issued) {
    return new RiskPoolResult(measure, documentStatus, claims, totalCompensation, totalRecoveryReturn,
        totalNetCompensation, failedClaims, Optional.of(Args.notNull(issued, "receipt")));
  }
}
