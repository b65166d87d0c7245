package io.github.huiqi.calculators.catalog;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Explanation;
import java.time.LocalDate;
import java.util.List;

/**
 * What an evaluator is given besides the measure and the profile: the evaluation date, the policy data (for rate
 * series), the engine's options, and the measure's catalogue entry (its window, clause label and responsible
 * departments).
 * <p>
 * {@link #startOutcome(AmountKind)} returns an outcome builder with every field the catalogue knows already set;
 * {@link #finish(MeasureOutcome.Builder)} builds it and decides {@link MeasureOutcome#countedInTotal()} by the rule
 * stated there.
 * <p>
 * {@link #run()} holds what the measures of one engine run share (see {@link EvaluationRun}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param asOf  the evaluation date
 * @param data  the policy data the catalogue was built from
 * @param options  the engine's options
 * @param entry  the measure's catalogue entry
 * @param run  the values shared by the measures of the engine run; {@link EvaluationRun#UNSHARED} outside one
 */
public record EvaluationContext(LocalDate asOf, PolicyData data, EngineOptions options, Catalog.Entry entry,
    EvaluationRun run) {

  /** The plain form's explanation: no steps. */
  private static final Explanation NO_STEPS = new Explanation(List.of());

  /**
   * Creates a context.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null, or the date is outside the accepted
   *     range of input dates ({@link io.github.huiqi.core.time.DateBounds})
   */
  public EvaluationContext {
    Args.date(asOf, "asOf");
    Args.notNull(data, "data");
    Args.notNull(options, "options");
    Args.notNull(entry, "entry");
    Args.notNull(run, "run");
  }

  /**
   * Creates a context that shares nothing with other measures' ({@link EvaluationRun#UNSHARED}): what a caller
   * evaluating one measure outside the engine needs.
   *
   * @param asOf  the evaluation date
   * @param data  the policy data the catalogue was built from
   * @param options  the engine's options
   * @param entry  the measure's catalogue entry
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null, or the date is out of range
   */
  public EvaluationContext(LocalDate asOf, PolicyData data, EngineOptions options, Catalog.Entry entry) {
    this(asOf, data, options, entry, EvaluationRun.UNSHARED);
  }

  /**
   * Returns the measure's window status on the evaluation date.
   *
   * @return the status
   */
  public WindowStatus windowStatus() {
    if (asOf.isBefore(entry.window().start())) {
      return WindowStatus.NOT_YET_OPEN;
    }
    return entry.window().contains(asOf) ? WindowStatus.OPEN : WindowStatus.CLOSED;
  }

  /**
   * Returns an outcome builder with the measure's id, title, clause, document status, window, window status and
   * responsible departments set, an empty explanation, and the amount kind given.
   *
   * @param kind  what the amount is
   * @return the builder; the evaluator sets the verdict, the amount and the rest
   */
  public MeasureOutcome.Builder startOutcome(AmountKind kind) {
    Measure measure = entry.measure();
    MeasureOutcome.Builder builder = MeasureOutcome.builder();
    builder.measure(measure.id())
        .title(measure.title())
        .clause(measure.clause())
        .clauseLabel(entry.clauseLabel())
        .documentStatus(measure.documentStatus())
        .window(entry.window())
        .windowStatus(windowStatus())
        .amountKind(Args.notNull(kind, "kind"))
        .addAllResponsibleDepartments(entry.responsibleDepartments())
        .explanation(NO_STEPS);
    return builder;
  }

  /**
   * Builds an outcome, deciding whether it counts toward the firm's total in reach: it does when the amount is a
   * benefit to the firm, the verdict is not ineligible, the window is open on the evaluation date and the document is
   * not a draft ({@link MeasureOutcome#countedInTotal()}'s rule, which applies when the builder leaves it unset, as a
   * builder from {@link #startOutcome} does). The engine's stacking rules may set an outcome aside afterwards.
   *
   * @param builder  the builder from {@link #startOutcome}, with every field but {@code countedInTotal} set
   * @return the outcome
   * @throws io.github.huiqi.core.error.InvalidInputException if the builder is null or its fields are inconsistent
   */
  public MeasureOutcome finish(MeasureOutcome.Builder builder) {
    return Args.notNull(builder, "builder").build();
  }
}
