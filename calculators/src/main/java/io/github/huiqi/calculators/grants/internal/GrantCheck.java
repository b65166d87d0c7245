package io.github.huiqi.calculators.grants.internal;

import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The conditions and steps of one grant evaluation, where the verdict comes from several matches (events, tiers)
 * rather than one set of conditions: each condition is recorded with its outcome, and the caller decides the
 * verdict, collects the missing facts from the matches that stay open, and asks for the {@link Eligibility} that
 * reports them. Reason codes follow {@link io.github.huiqi.calculators.internal.TracedCondition}'s
 * convention. Texts are suppliers, built only when explaining. Not part of the public API.
 */
public final class GrantCheck {

  private final StepTrace steps;
  private final List<Reason> met = new ArrayList<>();
  private final List<Reason> failed = new ArrayList<>();
  private final List<Reason> unknown = new ArrayList<>();

  /**
   * Creates a check.
   *
   * @param explain  whether to build reasons and steps
   */
  public GrantCheck(boolean explain) {
    this.steps = new StepTrace(explain);
  }

  /**
   * Returns whether reasons and steps are built.
   *
   * @return true when explaining
   */
  public boolean explaining() {
    return steps.enabled();
  }

  /**
   * Adds a step, built only when explaining.
   *
   * @param step  the step
   */
  public void step(Supplier<ExplanationStep> step) {
    steps.add(step);
  }

  /**
   * Records a condition's outcome.
   *
   * @param outcome  met, not met or unknown
   * @param code  the reason code when met or unknown; {@code not-} is prefixed when not met
   * @param text  the condition
   * @param detail  the facts compared
   * @param citation  the clause behind it
   */
  public void record(ConditionOutcome outcome, String code, Supplier<LocalizedText> text, Supplier<String> detail,
      Citation citation) {
    if (!steps.enabled()) {
      return;
    }
    switch (outcome) {
      case MET:
        met.add(new Reason(code, text.get(), citation));
        break;
      case NOT_MET:
        failed.add(new Reason("not-" + code, text.get(), citation));
        break;
      default:
        unknown.add(new Reason(code, text.get(), citation));
        break;
    }
    steps.add(() -> new ConditionStep(text.get(), outcome, detail.get(), citation));
  }

  /**
   * Returns the eligibility reporting a verdict the caller decided: its reasons are the conditions met (eligible),
   * not met (ineligible) or unknown (undetermined). Null when not explaining.
   *
   * @param verdict  the verdict
   * @param missingFacts  the facts left open, non-empty when undetermined
   * @param noneText  the reason when ineligible and no condition failed (nothing matched at all)
   * @return the eligibility, or null in the plain form
   */
  public Eligibility eligibility(Verdict verdict, List<String> missingFacts, Supplier<Reason> noneText) {
    if (!steps.enabled()) {
      return null;
    }
    switch (verdict) {
      case ELIGIBLE:
        return new Eligibility(verdict, met, List.of());
      case INELIGIBLE:
        return new Eligibility(verdict, failed.isEmpty() ? List.of(noneText.get()) : failed, List.of());
      default:
        return new Eligibility(verdict, unknown, missingFacts);
    }
  }

  /**
   * Returns the steps recorded.
   *
   * @return the steps, empty when not explaining
   */
  public List<ExplanationStep> steps() {
    return steps.list();
  }
}
