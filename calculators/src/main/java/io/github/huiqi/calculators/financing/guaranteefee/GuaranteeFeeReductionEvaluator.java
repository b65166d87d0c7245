package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;

/**
 * STUB: evaluates the {@link GuaranteeFeeReductionMeasure} for an enterprise profile. To be replaced by the family's evaluator.
 */
public final class GuaranteeFeeReductionEvaluator implements MeasureEvaluator<GuaranteeFeeReductionMeasure> {

  /** The evaluator. */
  public static final GuaranteeFeeReductionEvaluator DEFAULT = new GuaranteeFeeReductionEvaluator();

  private GuaranteeFeeReductionEvaluator() {
  }

  @Override
  public Class<GuaranteeFeeReductionMeasure> measureType() {
    return GuaranteeFeeReductionMeasure.class;
  }

  @Override
  public MeasureOutcome evaluate(GuaranteeFeeReductionMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return explain(measure, profile, context);
  }

  @Override
  public MeasureOutcome explain(GuaranteeFeeReductionMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return context.finish(context.startOutcome(AmountKind.FEE_SAVED)
        .verdict(Verdict.UNDETERMINED)
        .amount(OutcomeAmount.ZERO.plus(OutcomeAmount.atLeast(io.github.huiqi.core.money.Cny.ZERO)))
        .addMissingFacts("/name"));
  }
}
