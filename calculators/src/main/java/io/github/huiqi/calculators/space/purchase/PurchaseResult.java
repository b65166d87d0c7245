package io.github.huiqi.calculators.space.purchase;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;

/**
 * Whether a firm may buy the state-owned industrial space it leases, and why.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document (a draft for the built-in one)
 * @param eligibility  the verdict, with each condition's reason and the missing facts
 * @param explanation  the steps, citing their clauses
 */
public record PurchaseResult(MeasureId measure, DocumentStatus documentStatus, Eligibility eligibility,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public PurchaseResult {
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
  public PurchaseResult withReceipt(Receipt receipt) {
    return new PurchaseResult(measure, documentStatus, eligibility, explanation.withReceipt(receipt));
  }
}
