package io.github.huiqi.calculators.tax.rd;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdMeasure;

/**
 * STUB: evaluates the {@link RdMeasure} for an enterprise profile. To be replaced by the family's evaluator.
 */
public final class RdEvaluator implements MeasureEvaluator<RdMeasure> {

  /** The evaluator. */
  public static final RdEvaluator DEFAULT = new RdEvaluator();

  private RdEvaluator() {
  }

  @Override
  public Class<RdMeasure> measureType() {
    return RdMeasure.class;
  }

  @Override
  public MeasureOutcome evaluate(RdMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return explain(measure, profile, context);
  }

  @Override
  public MeasureOutcome explain(RdMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return context.finish(context.startOutcome(AmountKind.TAX_SAVED)
        .verdict(Verdict.UNDETERMINED)
        .amount(OutcomeAmount.ZERO.plus(OutcomeAmount.atLeast(io.github.huiqi.core.money.Cny.ZERO)))
        .addMissingFacts("/name"));
  }
}
