package io.github.huiqi.calculators.financing.riskpool;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;

/**
 * STUB: evaluates the {@link RiskPoolMeasure} for an enterprise profile. To be replaced by the family's evaluator.
 */
public final class RiskPoolEvaluator implements MeasureEvaluator<RiskPoolMeasure> {

  /** The evaluator. */
  public static final RiskPoolEvaluator DEFAULT = new RiskPoolEvaluator();

  private RiskPoolEvaluator() {
  }

  @Override
  public Class<RiskPoolMeasure> measureType() {
    return RiskPoolMeasure.class;
  }

  @Override
  public MeasureOutcome evaluate(RiskPoolMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return explain(measure, profile, context);
  }

  @Override
  public MeasureOutcome explain(RiskPoolMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return context.finish(context.startOutcome(AmountKind.PAYMENT_TO_LENDER)
        .verdict(Verdict.UNDETERMINED)
        .amount(OutcomeAmount.ZERO.plus(OutcomeAmount.atLeast(io.github.huiqi.core.money.Cny.ZERO)))
        .addMissingFacts("/name"));
  }
}
