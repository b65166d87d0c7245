package io.github.huiqi.calculators.internal;

import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One eligibility condition's outcome, with the reason (for an {@link Eligibility.Collector}) and the explanation
 * step that report it: the shared way every measure family decides and explains a condition. A condition on a fact
 * that is absent is {@link ConditionOutcome#UNKNOWN} and names the fact as a JSON Pointer into the request.
 * <p>
 * <b>The reason-code convention</b>, used by every family (financing, tax and grants): a condition has one code that
 * names it as met, in lower-case words joined by hyphens ({@code first-time-borrower},
 * {@code taxable-income-within-limit}); the same code when its fact is unknown (the missing fact says what is
 * unknown; there is no {@code -unknown} suffix); and when it is not met, {@code not-} + the code, or for an
 * exclusion an explicit code naming the excluded case ({@code re-guaranteed}, {@code negative-list-industry},
 * {@code industry-restricted-or-prohibited}). Texts are suppliers, built only when a reason or a step is asked for,
 * so that a plain form deciding through {@link #decide} builds none. Not part of the public API.
 */
public final class TracedCondition {

  private final ConditionOutcome outcome;
  private final String code;
  private final String failedCode;
  private final Supplier<LocalizedText> text;
  /** The facts compared, for a condition on known facts; null for a condition on an optional fact. */
  private final Supplier<String> detail;
  /** The optional fact a condition is on ({@link #detail} is null then); null for a condition on known facts. */
  private final Optional<?> value;
  private final String fact;
  private final Citation citation;

  private TracedCondition(ConditionOutcome outcome, String code, String failedCode, Supplier<LocalizedText> text,
      Supplier<String> detail, Optional<?> value, String fact, Citation citation) {
    this.outcome = outcome;
    this.code = code;
    this.failedCode = failedCode;
    this.text = text;
    this.detail = detail;
    this.value = value;
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
   * @param text  the condition, built only when asked for
   * @param citation  the clause behind it
   * @return the outcome
   */
  public static <T> TracedCondition of(Optional<T> value, Predicate<T> test, String fact, String code,
      Supplier<LocalizedText> text, Citation citation) {
    return of(value, test, fact, code, null, text, citation);
  }

  /**
   * A condition whose fact is not given: {@link ConditionOutcome#UNKNOWN}, naming the fact, such as a year missing
   * from a history or a fact a condition on several facts still needs.
   *
   * @param fact  the missing fact's JSON Pointer in the request, such as {@code /history}
   * @param code  the reason code (the condition's, as when met)
   * @param text  the condition, built only when asked for
   * @param citation  the clause behind it
   * @return the outcome
   */
  public static TracedCondition unknown(String fact, String code, Supplier<LocalizedText> text, Citation citation) {
    return new TracedCondition(ConditionOutcome.UNKNOWN, code, null, text, null, Optional.empty(), fact, citation);
  }

  /**
   * A condition whose fact is given but does not decide it: {@link ConditionOutcome#UNKNOWN}, naming the fact, with
   * what was given, such as a region code of a wider area that holds the measure's region (decisions register §0.6).
   *
   * @param fact  the fact's JSON Pointer in the request, such as {@code /enterprise/registrationRegionCode}
   * @param code  the reason code (the condition's, as when met)
   * @param text  the condition, built only when asked for
   * @param detail  what was given, built only when asked for
   * @param citation  the clause behind it
   * @return the outcome
   */
  public static TracedCondition unknown(String fact, String code, Supplier<LocalizedText> text,
      Supplier<String> detail, Citation citation) {
    return new TracedCondition(ConditionOutcome.UNKNOWN, code, null, text, detail, null, fact, citation);
  }

  /**
   * The condition that an enterprise is registered in a measure's region, on its region code: met for a code within
   * the region, not met for one outside it, and {@link ConditionOutcome#UNKNOWN} (naming the fact) for a code not
   * given or a code of a wider area that holds the region, such as 广东省 {@code 440000} for 深圳市, where the firm may
   * or may not lie within it (decisions register §0.6 and §4.6 item 64).
   *
   * @param place  the enterprise's region code, empty if not known
   * @param region  the measure's region
   * @param fact  the fact's JSON Pointer in the request, such as {@code /registrationRegionCode}
   * @param text  the condition, built only when asked for
   * @param citation  the clause behind it
   * @return the outcome, with the reason code {@code enterprise-in-region} (or {@code not-enterprise-in-region})
   */
  public static TracedCondition enterpriseInRegion(Optional<String> place, Jurisdiction region, String fact,
      Supplier<LocalizedText> text, Citation citation) {
    if (place.isPresent() && region.isHeldBy(place.get())) {
      return unknown(fact, "enterprise-in-region", text,
          () -> "registrationRegionCode = " + place.get() + ", a wider area than " + region.code(), citation);
    }
    return of(place, region::contains, fact, "enterprise-in-region", text, citation);
  }

  /**
   * A condition on an optional fact whose reason code when not met is given, not {@code not-} + code: such as an
   * exclusion, met when the loan is not excluded ({@code not-re-guaranteed}) and failed when it is
   * ({@code re-guaranteed}).
   *
   * @param <T>  the fact's type
   * @param value  the fact, empty if not known
   * @param test  the condition on a known fact
   * @param fact  the fact's JSON Pointer in the request, such as {@code /reGuaranteed}
   * @param code  the reason code when met or unknown
   * @param failedCode  the reason code when not met; null for {@code not-} + code
   * @param text  the condition, built only when asked for
   * @param citation  the clause behind it
   * @return the outcome
   */
  public static <T> TracedCondition of(Optional<T> value, Predicate<T> test, String fact, String code,
      String failedCode, Supplier<LocalizedText> text, Citation citation) {
    if (value.isEmpty()) {
      return new TracedCondition(ConditionOutcome.UNKNOWN, code, failedCode, text, null, value, fact, citation);
    }
    ConditionOutcome outcome = test.test(value.get()) ? ConditionOutcome.MET : ConditionOutcome.NOT_MET;
    return new TracedCondition(outcome, code, failedCode, text, null, value, fact, citation);
  }

  /**
   * A condition on known facts.
   *
   * @param met  whether it is met
   * @param code  the reason code when met
   * @param text  the condition, built only when asked for
   * @param detail  the facts compared, built only when asked for
   * @param citation  the clause behind it
   * @return the outcome
   */
  public static TracedCondition known(boolean met, String code, Supplier<LocalizedText> text, Supplier<String> detail,
      Citation citation) {
    return new TracedCondition(met ? ConditionOutcome.MET : ConditionOutcome.NOT_MET, code, null, text, detail,
        null, null, citation);
  }

  /**
   * Returns this condition with the reason code it gives when not met, such as {@code event-outside-validity}
   * rather than {@code not-} + its code.
   *
   * @param failed  the reason code when not met
   * @return the condition
   */
  public TracedCondition withFailedCode(String failed) {
    return new TracedCondition(outcome, code, failed, text, detail, value, fact, citation);
  }

  /**
   * Returns the condition's reason code (its code when met).
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the optional fact's JSON Pointer the condition is on, null for a condition on known facts.
   *
   * @return the pointer, or null
   */
  public String fact() {
    return fact;
  }

  /**
   * Returns whether the condition is not decided, its fact not given.
   *
   * @return whether it is {@link ConditionOutcome#UNKNOWN}
   */
  public boolean unknown() {
    return outcome == ConditionOutcome.UNKNOWN;
  }

  /**
   * Records the outcome in a collector, building the condition's text.
   *
   * @param collector  the collector
   */
  public void record(Eligibility.Collector collector) {
    String reasonCode = outcome != ConditionOutcome.NOT_MET ? code : failedCode != null ? failedCode : "not-" + code;
    Reason reason = new Reason(reasonCode, text.get(), citation);
    collector.record(outcome, fact, reason);
  }

  /**
   * Returns the reason of the condition as not met, building its text: for a caller that leaves one item out of a
   * claim the condition does not fail as a whole, such as an item paid outside a parameter's validity.
   *
   * @return the reason with the failed code
   */
  public Reason failedReason() {
    return new Reason(failedCode != null ? failedCode : "not-" + code, text.get(), citation);
  }

  /**
   * Returns the explanation step, building its texts.
   *
   * @return the step
   */
  public ExplanationStep step() {
    return new ConditionStep(text.get(), outcome, detail != null ? detail.get() : factDetail(), citation);
  }

  /**
   * The detail of a condition on an optional fact: the fact's last name and its value, or "not given". A
   * qualification reads as its fields ({@code specialisedAndInnovative.held = true, specialisedAndInnovative.since =
   * 2022-09-01}), never as the value type's {@code toString}.
   */
  private String factDetail() {
    String name = fact.substring(fact.lastIndexOf('/') + 1);
    if (value.isEmpty()) {
      return name + " not given";
    }
    if (value.get() instanceof Qualification qualification) {
      return name + ".held = " + qualification.held()
          + qualification.since().map(since -> ", " + name + ".since = " + since).orElse("")
          + qualification.until().map(until -> ", " + name + ".until = " + until).orElse("");
    }
    return name + " = " + value.get();
  }

  /**
   * Decides a set of conditions: ineligible if any is not met, otherwise undetermined if any is unknown, otherwise
   * eligible. When the trace is enabled (the explaining form) it also adds each condition's step and builds the
   * {@link Eligibility}; otherwise it builds no text.
   *
   * @param conditions  the conditions, in the order they are reported
   * @param steps  the trace
   * @return the decision
   */
  public static Decision decide(List<TracedCondition> conditions, StepTrace steps) {
    boolean failed = false;
    // made only when a fact is missing: most decisions have none, and the rest a few, each named once in the order
    // first met (a list searched is lighter than a linked hash set for so few); indexed, with no iterator made
    List<String> missing = null;
    int size = conditions.size();
    for (int i = 0; i < size; i++) {
      TracedCondition condition = conditions.get(i);
      failed |= condition.outcome == ConditionOutcome.NOT_MET;
      if (condition.outcome == ConditionOutcome.UNKNOWN) {
        missing = missing == null ? new ArrayList<>(4) : missing;
        if (!missing.contains(condition.fact)) {
          missing.add(condition.fact);
        }
      }
    }
    Verdict verdict = failed ? Verdict.INELIGIBLE : missing == null ? Verdict.ELIGIBLE : Verdict.UNDETERMINED;
    Eligibility eligibility = null;
    if (steps.enabled()) {
      Eligibility.Collector collector = new Eligibility.Collector();
      for (TracedCondition condition : conditions) {
        condition.record(collector);
        steps.add(condition::step);
      }
      eligibility = collector.verdict();
    }
    return new Decision(verdict, failed || missing == null ? List.of() : List.copyOf(missing), eligibility);
  }

  /**
   * The verdict of a set of conditions.
   *
   * @param verdict  the verdict
   * @param missingFacts  the facts whose absence leaves it undetermined, as JSON Pointers; empty unless undetermined
   * @param eligibility  the full verdict with its reasons, in the explaining form only; null in the plain form
   */
  public record Decision(Verdict verdict, List<String> missingFacts, Eligibility eligibility) {
  }
}
