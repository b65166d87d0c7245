package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;

/**
 * STUB: evaluates the {@link GuaranteeFeeBenchmarkCapMeasure} for an enterprise profile. To be replaced by the family's evaluator.
 */
public final class GuaranteeFeeBenchmarkCapEvaluator implements MeasureEvaluator<GuaranteeFeeBenchmarkCapMeasure> {

  /** The evaluator. */
  public static final GuaranteeFeeBenchmarkCapEvaluator DEFAULT = new GuaranteeFeeBenchmarkCapEvaluator();

  private GuaranteeFeeBenchmarkCapEvaluator() {
  }

  @Override
  public Class<GuaranteeFeeBenchmarkCapMeasure> measureType() {
    return GuaranteeFeeBenchmarkCapMeasure.class;
  }

  @Override
  public MeasureOutcome evaluate(GuaranteeFeeBenchmarkCapMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return explain(measure, profile, context);
  }

  @Override
  public MeasureOutcome explain(GuaranteeFeeBenchmarkCapMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return context.finish(context.startOutcome(AmountKind.COUNTERPARTY_CEILING)
        .verdict(Verdict.UNDETERMINED)
        .amount(OutcomeAmount.ZERO.plus(OutcomeAmount.atLeast(io.github.huiqi.core.money.Cny.ZERO)))
        .addMissingFacts("/name"));
  }
}
