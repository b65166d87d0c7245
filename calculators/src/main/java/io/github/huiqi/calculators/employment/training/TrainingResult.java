package io.github.huiqi.calculators.employment.training;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.util.List;
import java.util.Optional;

/**
 * The organiser subsidy's range, verdict and explanation.
 * <p>
 * {@code subsidy} runs from zero to Σ trainees × min(cap, cost): "最高" leaves the figure to the authority. While a
 * session's programme is not known its maximum is counted as possible and {@code missingFacts} names the session's
 * programme, also when another session already makes the organiser eligible (the verdict names missing facts only
 * while it is undetermined; decisions register §4.6 item 76), as {@code HiringResult} names an undetermined hire's.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document (a draft for the built-in one)
 * @param eligibility  the verdict
 * @param subsidy  the range, CNY at the fen's scale
 * @param missingFacts  the facts the undetermined sessions need, such as
 *     {@code /trainingSessions/2/specialisedProgramme}; the fast form's {@code MissingFactsException} names the same
 * @param bindingLimit  the cap per trainee per session, when it bound
 * @param explanation  the steps, citing their clauses
 */
public record TrainingResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    AmountRange subsidy,
    List<String> missingFacts,
    Optional<BindingLimit> bindingLimit,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public TrainingResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(subsidy, "subsidy");
    missingFacts = Args.listCopy(missingFacts, "missingFacts");
    Args.notNullOptional(bindingLimit, "bindingLimit");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public TrainingResult withReceipt(Receipt receipt) {
    return new TrainingResult(measure, documentStatus, eligibility, subsidy, missingFacts, bindingLimit,
        explanation.withReceipt(receipt));
  }
}
