package io.github.huiqi.calculators.classification.scale;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.util.Optional;

/**
 * The explained 小升规 reward: the verdict, the entry year found and the amount, a range from zero to the ceiling (the
 * authority fixes the figure) unless the firm is ineligible.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of its document
 * @param eligibility  the verdict with its reasons and missing facts (request pointers)
 * @param entryYear  the year of the first entry into the database, if the history shows one (the year before it
 *     given and not in the database)
 * @param amount  the reward range, CNY: [0, 200,000] when eligible or undetermined, [0, 0] when ineligible
 * @param explanation  the steps, citing their clauses
 */
public record ScaleUpRewardResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    Optional<Integer> entryYear,
    AmountRange amount,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public ScaleUpRewardResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNullOptional(entryYear, "entryYear");
    Args.notNull(amount, "amount");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public ScaleUpRewardResult withReceipt(Receipt receipt) {
    return new ScaleUpRewardResult(measure, documentStatus, eligibility, entryYear, amount,
        explanation.withReceipt(receipt));
  }
}
