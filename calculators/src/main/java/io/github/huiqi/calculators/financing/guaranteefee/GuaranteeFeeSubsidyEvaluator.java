package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;

/**
 * STUB: evaluates the {@link GuaranteeFeeSubsidyMeasure} for an enterprise profile. To be replaced by the family's evaluator.
 */
public final class GuaranteeFeeSubsidyEvaluator implements MeasureEvaluator<GuaranteeFeeSubsidyMeasure> {

  /** The evaluator. */
  public static final GuaranteeFeeSubsidyEvaluator DEFAULT = new GuaranteeFeeSubsidyEvaluator();

  private GuaranteeFeeSubsidyEvaluator() {
  }

  @Override
  public Class<GuaranteeFeeSubsidyMeasure> measureType() {
    return GuaranteeFeeSubsidyMeasure.class;
  }

  @Override
  public MeasureOutcome evaluate(GuaranteeFeeSubsidyMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return explain(measure, profile, context);
  }

  @Override
  public MeasureOutcome explain(GuaranteeFeeSubsidyMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return context.finish(context.startOutcome(AmountKind.PAYMENT_TO_FIRM)
        .verdict(Verdict.UNDETERMINED)
        .amount(OutcomeAmount.ZERO.plus(OutcomeAmount.atLeast(io.github.huiqi.core.money.Cny.ZERO)))
        .addMissingFacts("/name"));
  }
}
