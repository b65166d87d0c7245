package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;

/**
 * STUB: evaluates the {@link GuaranteeFeeAverageMeasure} for an enterprise profile. To be replaced by the family's evaluator.
 */
public final class GuaranteeFeeAverageEvaluator implements MeasureEvaluator<GuaranteeFeeAverageMeasure> {

  /** The evaluator. */
  public static final GuaranteeFeeAverageEvaluator DEFAULT = new GuaranteeFeeAverageEvaluator();

  private GuaranteeFeeAverageEvaluator() {
  }

  @Override
  public Class<GuaranteeFeeAverageMeasure> measureType() {
    return GuaranteeFeeAverageMeasure.class;
  }

  @Override
  public MeasureOutcome evaluate(GuaranteeFeeAverageMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return explain(measure, profile, context);
  }

  @Override
  public MeasureOutcome explain(GuaranteeFeeAverageMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return context.finish(context.startOutcome(AmountKind.COUNTERPARTY_CEILING)
        .verdict(Verdict.UNDETERMINED)
        .amount(OutcomeAmount.ZERO.plus(OutcomeAmount.atLeast(io.github.huiqi.core.money.Cny.ZERO)))
        .addMissingFacts("/name"));
  }
}
