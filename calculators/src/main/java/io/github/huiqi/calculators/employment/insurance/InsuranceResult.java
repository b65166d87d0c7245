package io.github.huiqi.calculators.employment.insurance;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.util.List;

/**
 * The late fee waived on an enterprise's deferred social-insurance contributions, with each deferral's fee and the
 * explanation.
 * <p>
 * {@code waived} is exact when every deferral is decided; while a repayment date is missing it ranges up to the fee
 * were the contribution repaid on the deadline. The verdict is eligible when a deferral's fee is waived.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param eligibility  the enterprise's verdict
 * @param waived  the late fee waived, CNY at the fen's scale
 * @param missingFacts  the facts the undetermined deferrals need
 * @param waivers  each deferral's fee, in request order
 * @param explanation  the steps, citing their clauses
 */
public record InsuranceResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    AmountRange waived,
    List<String> missingFacts,
    List<InsuranceWaiver> waivers,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public InsuranceResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(waived, "waived");
    missingFacts = Args.listCopy(missingFacts, "missingFacts");
    waivers = Args.listCopy(waivers, "waivers");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public InsuranceResult withReceipt(Receipt receipt) {
    return new InsuranceResult(measure, documentStatus, eligibility, waived, missingFacts, waivers,
        explanation.withReceipt(receipt));
  }
}
