package io.github.huiqi.calculators.financing.renovation;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;

/**
 * STUB: evaluates the {@link RenovationGrantMeasure} for an enterprise profile. To be replaced by the family's evaluator.
 */
public final class RenovationGrantEvaluator implements MeasureEvaluator<RenovationGrantMeasure> {

  /** The evaluator. */
  public static final RenovationGrantEvaluator DEFAULT = new RenovationGrantEvaluator();

  private RenovationGrantEvaluator() {
  }

  @Override
  public Class<RenovationGrantMeasure> measureType() {
    return RenovationGrantMeasure.class;
  }

  @Override
  public MeasureOutcome evaluate(RenovationGrantMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return explain(measure, profile, context);
  }

  @Override
  public MeasureOutcome explain(RenovationGrantMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return context.finish(context.startOutcome(AmountKind.PAYMENT_TO_FIRM)
        .verdict(Verdict.UNDETERMINED)
        .amount(OutcomeAmount.ZERO.plus(OutcomeAmount.atLeast(io.github.huiqi.core.money.Cny.ZERO)))
        .addMissingFacts("/name"));
  }
}
