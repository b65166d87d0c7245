package io.github.huiqi.calculators.financing.renovation;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;

/**
 * STUB: evaluates the {@link RenovationInterestMeasure} for an enterprise profile. To be replaced by the family's evaluator.
 */
public final class RenovationInterestEvaluator implements MeasureEvaluator<RenovationInterestMeasure> {

  /** The evaluator. */
  public static final RenovationInterestEvaluator DEFAULT = new RenovationInterestEvaluator();

  private RenovationInterestEvaluator() {
  }

  @Override
  public Class<RenovationInterestMeasure> measureType() {
    return RenovationInterestMeasure.class;
  }

  @Override
  public MeasureOutcome evaluate(RenovationInterestMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return explain(measure, profile, context);
  }

  @Override
  public MeasureOutcome explain(RenovationInterestMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return context.finish(context.startOutcome(AmountKind.PAYMENT_TO_FIRM)
        .verdict(Verdict.UNDETERMINED)
        .amount(OutcomeAmount.ZERO.plus(OutcomeAmount.atLeast(io.github.huiqi.core.money.Cny.ZERO)))
        .addMissingFacts("/name"));
  }
}
