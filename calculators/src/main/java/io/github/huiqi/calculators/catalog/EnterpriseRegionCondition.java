package io.github.huiqi.calculators.catalog;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The condition a catalogue tests before a local measure's own: the enterprise is registered in the measure's region
 * (a Shenzhen measure for Shenzhen enterprises), from the measure's listing
 * ({@link io.github.huiqi.core.policy.MeasureListing#enterpriseRegion()}).
 * <p>
 * Registered elsewhere: ineligible, without running the measure. Registered within: the measure's own outcome,
 * unchanged (a measure that tests the region itself, such as the first-loan subsidy, reports it among its reasons).
 * Region not known, or given only as a wider area that holds the region (深圳市 for a 光明区 measure): the measure's
 * own outcome, at most undetermined, its amount from zero, and {@code /registrationRegionCode} a missing fact (the
 * first, unless the measure already names it). Its reason code is {@code enterprise-in-region}
 * ({@code not-enterprise-in-region} when it fails). Not part of the public API.
 */
final class EnterpriseRegionCondition {

  static final String CODE = "enterprise-in-region";
  static final String FACT = "/registrationRegionCode";

  private final Parameter<Jurisdiction> region;

  EnterpriseRegionCondition(Parameter<Jurisdiction> region) {
    this.region = region;
  }

  /** Whether the profile's region is known and outside: the measure need not run. */
  boolean excludes(EnterpriseProfile profile) {
    Optional<String> code = profile.registrationRegionCode();
    return code.isPresent() && !region.value().contains(code.get()) && !region.value().isHeldBy(code.get());
  }

  /** The outcome of an enterprise registered outside the region. */
  MeasureOutcome outside(EnterpriseProfile profile, EvaluationContext context, MeasureEvaluator<?> evaluator,
      boolean explain) {
    MeasureOutcome.Builder builder = context.startOutcome(evaluator.amountKind())
        .verdict(Verdict.INELIGIBLE)
        .amount(OutcomeAmount.ZERO);
    if (explain) {
      String code = profile.registrationRegionCode().orElseThrow();
      builder.addReasons(new Reason("not-" + CODE, text(), region.citation()))
          .explanation(new Explanation(List.of(new ConditionStep(text(), ConditionOutcome.NOT_MET,
              "registrationRegionCode = " + code, region.citation()))));
    }
    return context.finish(builder);
  }

  /** The measure's own outcome with the condition applied: met, or unknown. */
  MeasureOutcome apply(MeasureOutcome outcome, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Optional<String> code = profile.registrationRegionCode();
    if (code.isPresent() && !region.value().isHeldBy(code.get())) {
      return outcome;
    }
    if (outcome.verdict() == Verdict.INELIGIBLE) {
      return outcome;
    }
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    if (!outcome.missingFacts().contains(FACT)) {
      missing.add(FACT);
    }
    missing.addAll(outcome.missingFacts());
    OutcomeAmount amount = outcome.amount().maximum().map(OutcomeAmount::upTo)
        .orElse(OutcomeAmount.atLeast(OutcomeAmount.ZERO.minimum()));
    MeasureOutcome.Builder builder = outcome.toBuilder()
        .verdict(Verdict.UNDETERMINED)
        .amount(amount)
        .missingFacts(List.copyOf(missing));
    if (explain) {
      prepend(builder, outcome, new Reason(CODE, text(), region.citation()),
          new ConditionStep(text(), ConditionOutcome.UNKNOWN, code.map(c -> "registrationRegionCode = " + c
              + ", a wider area than " + region.value().code()).orElse("registrationRegionCode not given"),
              region.citation()));
    }
    return builder.build();
  }

  /**
   * Puts the condition's reason and step before the measure's own (the outcome is never ineligible here), unless the
   * measure already reports them: a measure that tests the region itself (the first-loan subsidy's "在深圳市注册经营")
   * has a reason of the same code, and a condition step on {@code registrationRegionCode}, which the reader is not
   * shown twice.
   */
  private static void prepend(MeasureOutcome.Builder builder, MeasureOutcome outcome, Reason reason,
      ExplanationStep step) {
    List<Reason> reasons = new ArrayList<>();
    if (outcome.reasons().stream().noneMatch(own -> own.code().equals(CODE))) {
      reasons.add(reason);
    }
    reasons.addAll(outcome.reasons());
    List<ExplanationStep> steps = new ArrayList<>();
    if (outcome.explanation().stepsOf(ConditionStep.class).stream()
        .noneMatch(own -> own.detail().startsWith("registrationRegionCode"))) {
      steps.add(step);
    }
    steps.addAll(outcome.explanation().steps());
    builder.reasons(reasons).explanation(new Explanation(steps));
  }

  private LocalizedText text() {
    Jurisdiction place = region.value();
    return LocalizedText.of("企业在" + place.name() + "（" + place.code() + "）注册",
        "enterprise registered in " + place.name() + " (" + place.code() + ")");
  }
}
