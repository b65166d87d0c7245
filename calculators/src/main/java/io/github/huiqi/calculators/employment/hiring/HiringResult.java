package io.github.huiqi.calculators.employment.hiring;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.util.List;

/**
 * A hiring subsidy with its verdict, counts, per-hire decisions and explanation.
 * <p>
 * {@code subsidy} is exact when every hire is decided: the amount per hire times the eligible hires. While a hire's
 * facts are missing it is the range from the eligible hires' amount to what it would be were the undetermined hires
 * eligible; {@code missingFacts} names them. The verdict is eligible when a hire is, undetermined when none is but one
 * may be, ineligible otherwise.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param eligibility  the employer's verdict
 * @param eligibleHires  the number of eligible hires
 * @param undeterminedHires  the number of hires whose facts are missing
 * @param subsidy  the subsidy, CNY at the fen's scale
 * @param missingFacts  the facts the undetermined hires need, such as {@code /hires/1/contractEnd}
 * @param decisions  each hire's decision, in request order
 * @param explanation  the steps, citing their clauses
 */
public record HiringResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    int eligibleHires,
    int undeterminedHires,
    AmountRange subsidy,
    List<String> missingFacts,
    List<HiringDecision> decisions,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or a count negative
   */
  public HiringResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNegative(eligibleHires, "eligibleHires");
    Args.notNegative(undeterminedHires, "undeterminedHires");
    Args.notNull(subsidy, "subsidy");
    missingFacts = Args.listCopy(missingFacts, "missingFacts");
    decisions = Args.listCopy(decisions, "decisions");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public HiringResult withReceipt(Receipt receipt) {
    return new HiringResult(measure, documentStatus, eligibility, eligibleHires, undeterminedHires, subsidy,
        missingFacts, decisions, explanation.withReceipt(receipt));
  }
}
