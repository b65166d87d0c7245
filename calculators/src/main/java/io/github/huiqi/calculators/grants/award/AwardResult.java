package io.github.huiqi.calculators.grants.award;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import java.util.List;

/**
 * An award's explained result: the verdict with its reasons, the amount (exact, from zero to a ceiling, or from a
 * floor with no upper bound), the tiers earned, the notes (how the figure is fixed, the combination rule used, the
 * non-monetary consequences, a draft's status) and the cited steps.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure's id
 * @param documentStatus  the status of the measure's document; a draft's figure is indicative only
 * @param eligibility  the verdict, reasons and missing facts
 * @param amount  the amount, CNY; zero when ineligible
 * @param tiersEarned  the codes of the tiers whose every condition is met
 * @param missingFacts  every fact whose absence leaves part of the amount open, even when eligible
 * @param notes  the notes, each cited
 * @param explanation  the cited steps
 */
public record AwardResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    OutcomeAmount amount,
    List<String> tiersEarned,
    List<String> missingFacts,
    List<Reason> notes,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public AwardResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(amount, "amount");
    tiersEarned = Args.listCopy(tiersEarned, "tiersEarned");
    missingFacts = Args.listCopy(missingFacts, "missingFacts");
    notes = Args.listCopy(notes, "notes");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public AwardResult withReceipt(Receipt receipt) {
    return new AwardResult(measure, documentStatus, eligibility, amount, tiersEarned, missingFacts, notes,
        explanation.withReceipt(receipt));
  }
}
