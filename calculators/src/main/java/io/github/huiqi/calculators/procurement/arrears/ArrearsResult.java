package io.github.huiqi.calculators.procurement.arrears;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Explanation;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * The classes of an SME's overdue claims, with the total classed for full clearance.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param claims  each claim's class, in request order
 * @param fullClearanceTotal  the claims classed for full clearance together, CNY
 * @param missingFacts  the facts still needed, such as {@code /arrearsClaims/1/disputed}
 * @param explanation  the steps, citing their clauses
 */
public record ArrearsResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    List<ArrearsClassing> claims,
    MonetaryAmount fullClearanceTotal,
    List<String> missingFacts,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public ArrearsResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    claims = Args.listCopy(claims, "claims");
    Args.notNull(fullClearanceTotal, "fullClearanceTotal");
    missingFacts = Args.listCopy(missingFacts, "missingFacts");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public ArrearsResult withReceipt(Receipt receipt) {
    return new ArrearsResult(measure, documentStatus, claims, fullClearanceTotal, missingFacts,
        explanation.withReceipt(receipt));
  }
}
