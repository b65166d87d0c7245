package io.github.huiqi.calculators.financing.deferral;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;

/**
 * STUB: evaluates the {@link DeferralMeasure} for an enterprise profile. To be replaced by the family's evaluator.
 */
public final class DeferralEvaluator implements MeasureEvaluator<DeferralMeasure> {

  /** The evaluator. */
  public static final DeferralEvaluator DEFAULT = new DeferralEvaluator();

  private DeferralEvaluator() {
  }

  @Override
  public Class<DeferralMeasure> measureType() {
    return DeferralMeasure.class;
  }

  @Override
  public MeasureOutcome evaluate(DeferralMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return explain(measure, profile, context);
  }

  @Override
  public MeasureOutcome explain(DeferralMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return context.finish(context.startOutcome(AmountKind.NON_MONETARY)
        .verdict(Verdict.UNDETERMINED)
        .amount(OutcomeAmount.ZERO.plus(OutcomeAmount.atLeast(io.github.huiqi.core.money.Cny.ZERO)))
        .addMissingFacts("/name"));
  }
}
