package io.github.huiqi.calculators.financing.techsme;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;

/**
 * STUB: evaluates the {@link TechSmeMeasure} for an enterprise profile. To be replaced by the family's evaluator.
 */
public final class TechSmeEvaluator implements MeasureEvaluator<TechSmeMeasure> {

  /** The evaluator. */
  public static final TechSmeEvaluator DEFAULT = new TechSmeEvaluator();

  private TechSmeEvaluator() {
  }

  @Override
  public Class<TechSmeMeasure> measureType() {
    return TechSmeMeasure.class;
  }

  @Override
  public MeasureOutcome evaluate(TechSmeMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return explain(measure, profile, context);
  }

  @Override
  public MeasureOutcome explain(TechSmeMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return context.finish(context.startOutcome(AmountKind.PAYMENT_TO_FIRM)
        .verdict(Verdict.UNDETERMINED)
        .amount(OutcomeAmount.ZERO.plus(OutcomeAmount.atLeast(io.github.huiqi.core.money.Cny.ZERO)))
        .addMissingFacts("/name"));
  }
}
