package io.github.huiqi.calculators.grants.referral;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.util.List;

/**
 * A referral's explained result: whether the measure applies, the measures that carry its figures, and the statement
 * that the source gives no number of its own.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure's id
 * @param documentStatus  the status of the measure's document
 * @param eligibility  the verdict, reasons and missing facts
 * @param refersTo  the measures that carry the figures
 * @param detail  what the outcome says in words
 * @param explanation  the cited steps
 */
public record ReferralResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    List<MeasureId> refersTo,
    LocalizedText detail,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public ReferralResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    refersTo = Args.listCopy(refersTo, "refersTo");
    Args.notNull(detail, "detail");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public ReferralResult withReceipt(Receipt receipt) {
    return new ReferralResult(measure, documentStatus, eligibility, refersTo, detail, explanation.withReceipt(receipt));
  }
}
