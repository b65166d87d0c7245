package io.github.huiqi.calculators.tax.smalllowprofit;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;

/**
 * STUB: evaluates the {@link SmallLowProfitMeasure} for an enterprise profile. To be replaced by the family's evaluator.
 */
public final class SmallLowProfitEvaluator implements MeasureEvaluator<SmallLowProfitMeasure> {

  /** The evaluator. */
  public static final SmallLowProfitEvaluator DEFAULT = new SmallLowProfitEvaluator();

  private SmallLowProfitEvaluator() {
  }

  @Override
  public Class<SmallLowProfitMeasure> measureType() {
    return SmallLowProfitMeasure.class;
  }

  @Override
  public MeasureOutcome evaluate(SmallLowProfitMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return explain(measure, profile, context);
  }

  @Override
  public MeasureOutcome explain(SmallLowProfitMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return context.finish(context.startOutcome(AmountKind.TAX_SAVED)
        .verdict(Verdict.UNDETERMINED)
        .amount(OutcomeAmount.ZERO.plus(OutcomeAmount.atLeast(io.github.huiqi.core.money.Cny.ZERO)))
        .addMissingFacts("/name"));
  }
}
