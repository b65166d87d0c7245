package io.github.huiqi.calculators.financing;

import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.Reason;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One eligibility condition's outcome, with the reason (for an {@link Eligibility.Collector}) and the explanation
 * step that report it; used by any calculator of this package. A condition on a fact that is absent is
 * {@link ConditionOutcome#UNKNOWN} and names the fact as a JSON Pointer into the request. Its reason code is the given
 * code when met or unknown, and {@code not-} + code when not met. Not part of the public API.
 */
final class TracedCondition {

  private final ConditionOutcome outcome;
  private final String code;
  private final LocalizedText text;
  private final String detail;
  private final String fact;
  private final Citation citation;

  private TracedCondition(ConditionOutcome outcome, String code, LocalizedText text, String detail, String fact,
      Citation citation) {
    this.outcome = outcome;
    this.code = code;
    this.text = text;
    this.detail = detail;
    this.fact = fact;
    this.citation = citation;
  }

  /**
   * A condition on an optional fact.
   *
   * @param <T>  the fact's type
   * @param value  the fact, empty if not known
   * @param test  the condition on a known fact
   * @param fact  the fact's JSON Pointer in the request, such as {@code /borrowerSize}
   * @param code  the reason code when met; {@code not-} is prefixed when not met
   * @param text  the condition
   * @param citation  the clause behind it
   * @return the outcome
   */
  static <T> TracedCondition of(Optional<T> value, Predicate<T> test, String fact, String code,
      LocalizedText text, Citation citation) {
    String name = fact.substring(fact.lastIndexOf('/') + 1);
    if (value.isEmpty()) {
      return new TracedCondition(ConditionOutcome.UNKNOWN, code, text, name + " not given", fact, citation);
    }
    ConditionOutcome outcome = test.test(value.get()) ? ConditionOutcome.MET : ConditionOutcome.NOT_MET;
    return new TracedCondition(outcome, code, text, name + " = " + value.get(), fact, citation);
  }

  /**
   * A condition on known facts.
   *
   * @param met  whether it is met
   * @param code  the reason code when met
   * @param text  the condition
   * @param detail  the facts compared
   * @param citation  the clause behind it
   * @return the outcome
   */
  static TracedCondition known(boolean met, String code, LocalizedText text, String detail, Citation citation) {
    return new TracedCondition(met ? ConditionOutcome.MET : ConditionOutcome.NOT_MET, code, text, detail, null,
        citation);
  }

  /**
   * Records the outcome in a collector.
   *
   * @param collector  the collector
   */
  void record(Eligibility.Collector collector) {
    Reason reason = new Reason(outcome == ConditionOutcome.NOT_MET ? "not-" + code : code, text, citation);
    collector.record(outcome, fact, reason);
  }

  /**
   * Returns the explanation step.
   *
   * @return the step
   */
  ExplanationStep step() {
    return new ConditionStep(text, outcome, detail, citation);
  }
}
