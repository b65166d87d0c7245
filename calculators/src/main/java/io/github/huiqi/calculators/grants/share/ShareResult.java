package io.github.huiqi.calculators.grants.share;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import java.util.List;
import java.util.Optional;

/**
 * A share's explained result: the verdict with its reasons, the amount (exact, or from zero to the share when the
 * authority fixes the figure), the cap when it bound, the notes and the cited steps.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure's id
 * @param documentStatus  the status of the measure's document; a draft's figure is indicative only
 * @param eligibility  the verdict, reasons and missing facts
 * @param amount  the amount, CNY, at the fen; zero when ineligible
 * @param bindingLimit  the per-event cap, when it reduced a share
 * @param missingFacts  every fact whose absence leaves part of the amount open, even when eligible
 * @param notes  the notes, each cited
 * @param explanation  the cited steps
 */
public record ShareResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    OutcomeAmount amount,
    Optional<BindingLimit> bindingLimit,
    List<String> missingFacts,
    List<Reason> notes,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public ShareResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(amount, "amount");
    Args.notNullOptional(bindingLimit, "bindingLimit");
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
  public ShareResult withReceipt(Receipt receipt) {
    return new ShareResult(measure, documentStatus, eligibility, amount, bindingLimit, missingFacts, notes,
        explanation.withReceipt(receipt));
  }
}
