package io.github.huiqi.calculators.tax.vat;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.vat.VatMeasure;

/**
 * STUB: evaluates the {@link VatMeasure} for an enterprise profile. To be replaced by the family's evaluator.
 */
public final class VatEvaluator implements MeasureEvaluator<VatMeasure> {

  /** The evaluator. */
  public static final VatEvaluator DEFAULT = new VatEvaluator();

  private VatEvaluator() {
  }

  @Override
  public Class<VatMeasure> measureType() {
    return VatMeasure.class;
  }

  @Override
  public MeasureOutcome evaluate(VatMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return explain(measure, profile, context);
  }

  @Override
  public MeasureOutcome explain(VatMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return context.finish(context.startOutcome(AmountKind.TAX_SAVED)
        .verdict(Verdict.UNDETERMINED)
        .amount(OutcomeAmount.ZERO.plus(OutcomeAmount.atLeast(io.github.huiqi.core.money.Cny.ZERO)))
        .addMissingFacts("/name"));
  }
}
