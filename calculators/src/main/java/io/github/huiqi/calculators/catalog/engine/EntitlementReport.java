package io.github.huiqi.calculators.catalog.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the entitlement engine says of one enterprise on one date: every measure's outcome, the totals, and the
 * questions worth asking next.
 * <p>
 * {@code jointLimits} lists the groups of alternative outcomes whose joint most a stacking rule declared (the
 * first-loan and the tech-SME subsidies on one loan whose choice is open: only one pays on it, decisions register
 * §4.6 item 49); the totals and the next questions count each as one. The JSON leaves the list out when it is empty,
 * and reads a report without it as having none.
 * <p>
 * Outcomes are in catalogue order. A measure that could not be evaluated is a {@link EvaluationFailure}, never a
 * silent omission: {@link #complete()} is false when there is one, and the totals leave it out. The next questions are
 * the missing facts ranked by the money they decide ({@link NextQuestion}); the first is worth the most.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param asOf  the evaluation date
 * @param options  the options used
 * @param complete  whether every requested measure was evaluated
 * @param outcomes  the outcomes, in catalogue order
 * @param failures  the measures that could not be evaluated
 * @param totals  the totals
 * @param jointLimits  the groups of alternative outcomes counted once in the totals, empty when none
 * @param nextQuestions  the missing facts, the most valuable first
 * @param receipt  the audit receipt of an explained report (library version, packs used, date, input and result
 *     hashes), which {@link EntitlementEngine#replay} checks; empty in the plain form
 */
public record EntitlementReport(
    LocalDate asOf,
    EngineOptions options,
    boolean complete,
    List<MeasureOutcome> outcomes,
    List<EvaluationFailure> failures,
    EntitlementTotals totals,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<JointLimit> jointLimits,
    List<NextQuestion> nextQuestions,
    Optional<Receipt> receipt) {

  /**
   * Creates a report.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field other than {@code jointLimits} is null (a null
   *     {@code jointLimits}, as read from JSON without the member, is none), an element is null, or {@code complete}
   *     disagrees with the failures
   */
  public EntitlementReport {
    Args.notNull(asOf, "asOf");
    Args.notNull(options, "options");
    outcomes = Args.listCopy(outcomes, "outcomes");
    failures = Args.listCopy(failures, "failures");
    Args.notNull(totals, "totals");
    jointLimits = jointLimits == null ? List.of() : Args.listCopy(jointLimits, "jointLimits");
    nextQuestions = Args.listCopy(nextQuestions, "nextQuestions");
    Args.notNull(receipt, "receipt");
    if (complete != failures.isEmpty()) {
      throw new InvalidInputException("complete", complete,
          "must be true exactly when there is no failure");
    }
  }

  /**
   * Creates a report with no group of alternative outcomes.
   *
   * @param asOf  the evaluation date
   * @param options  the options used
   * @param complete  whether every requested measure was evaluated
   * @param outcomes  the outcomes, in catalogue order
   * @param failures  the measures that could not be evaluated
   * @param totals  the totals
   * @param nextQuestions  the missing facts, the most valuable first
   * @param receipt  the audit receipt, empty in the plain form
   * @throws io.github.huiqi.core.error.InvalidInputException as the canonical constructor does
   */
  public EntitlementReport(LocalDate asOf, EngineOptions options, boolean complete, List<MeasureOutcome> outcomes,
      List<EvaluationFailure> failures, EntitlementTotals totals, List<NextQuestion> nextQuestions,
      Optional<Receipt> receipt) {
    this(asOf, options, complete, outcomes, failures, totals, List.of(), nextQuestions, receipt);
  }

  /**
   * Returns a copy of this report with its audit receipt.
   *
   * @param issued  the receipt
   * @return the copy
   */
  public EntitlementReport withReceipt(Receipt issued) {
    return new EntitlementReport(asOf, options, complete, outcomes, failures, totals, jointLimits, nextQuestions,
        Optional.of(Args.notNull(issued, "receipt")));
  }

  /**
   * Finds the outcome of a measure.
   *
   * @param measure  the measure's id
   * @return the outcome, empty if the report has none for it
   */
  public Optional<MeasureOutcome> outcome(MeasureId measure) {
    return outcomes.stream().filter(outcome -> outcome.measure().equals(measure)).findFirst();
  }

  /**
   * Returns the first question: the missing fact that decides the most money.
   *
   * @return the question, empty when nothing is missing
   */
  @JsonIgnore
  public Optional<NextQuestion> firstQuestion() {
    return nextQuestions.isEmpty() ? Optional.empty() : Optional.of(nextQuestions.get(0));
  }
}
