package io.github.huiqi.calculators.classification.scale;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Explanation;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates membership of the 小升规 cultivation pool ({@link ScaleUpPoolMeasure}, 小升规方案 第四条) for an enterprise
 * profile: no money ({@link AmountKind#NON_MONETARY}, amount zero); eligible means a member.
 * <p>
 * The request is {@link ScaleUpPoolRequest#from}: the profile's {@code industryCode}, {@code size} and the revenue of
 * the year before the evaluation date's ("上一年度"). Missing facts are profile pointers: {@code /industryCode},
 * {@code /size}, {@code /years/i/revenue} (or {@code /years} when the profile has no prior year). A profile that gives
 * the figures instead of the size is classified by the entitlement engine first (工信部联企业〔2011〕300号).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ScaleUpPoolEvaluator implements MeasureEvaluator<ScaleUpPoolMeasure> {

  /** The evaluator. */
  public static final ScaleUpPoolEvaluator DEFAULT = new ScaleUpPoolEvaluator();

  private ScaleUpPoolEvaluator() {
  }

  @Override
  public Class<ScaleUpPoolMeasure> measureType() {
    return ScaleUpPoolMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.NON_MONETARY;
  }

  @Override
  public MeasureOutcome evaluate(ScaleUpPoolMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    int priorYear = context.asOf().getYear() - 1;
    ScaleUpPoolRequest request = ScaleUpPoolRequest.from(profile, priorYear);
    StepTrace steps = new StepTrace(explain);
    TracedCondition.Decision decision = ScaleUpPoolCalculator.DEFAULT.evaluate(measure, request, steps);
    List<String> missing = new ArrayList<>(decision.missingFacts().size());
    for (String fact : decision.missingFacts()) {
      String pointer = fact.equals("/priorYearRevenue") ? ScaleUpPoolRequest.revenuePointer(profile, priorYear)
          : fact;
      if (!missing.contains(pointer)) {
        missing.add(pointer);
      }
    }
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.NON_MONETARY).verdict(decision.verdict())
        .amount(OutcomeAmount.ZERO).addAllMissingFacts(missing);
    if (explain) {
      builder.addAllReasons(decision.eligibility().reasons()).explanation(new Explanation(steps.list()));
    }
    return context.finish(builder);
  }
}
