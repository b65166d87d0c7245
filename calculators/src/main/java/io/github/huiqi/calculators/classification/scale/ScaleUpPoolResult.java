package io.github.huiqi.calculators.classification.scale;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;

/**
 * The explained membership of the 小升规 cultivation pool: eligible means a member. No money.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of its document
 * @param eligibility  the verdict with its reasons and missing facts (request pointers)
 * @param explanation  the steps, citing their clauses
 */
public record ScaleUpPoolResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public ScaleUpPoolResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public ScaleUpPoolResult withReceipt(Receipt receipt) {
    return new ScaleUpPoolResult(measure, documentStatus, eligibility, explanation.withReceipt(receipt));
  }
}
