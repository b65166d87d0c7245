package io.github.huiqi.calculators.financing.firstloan;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;

/**
 * STUB: evaluates the {@link FirstLoanGuaranteedMeasure} for an enterprise profile. To be replaced by the family's evaluator.
 */
public final class FirstLoanGuaranteedEvaluator implements MeasureEvaluator<FirstLoanGuaranteedMeasure> {

  /** The evaluator. */
  public static final FirstLoanGuaranteedEvaluator DEFAULT = new FirstLoanGuaranteedEvaluator();

  private FirstLoanGuaranteedEvaluator() {
  }

  @Override
  public Class<FirstLoanGuaranteedMeasure> measureType() {
    return FirstLoanGuaranteedMeasure.class;
  }

  @Override
  public MeasureOutcome evaluate(FirstLoanGuaranteedMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return explain(measure, profile, context);
  }

  @Override
  public MeasureOutcome explain(FirstLoanGuaranteedMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return context.finish(context.startOutcome(AmountKind.PAYMENT_TO_FIRM)
        .verdict(Verdict.UNDETERMINED)
        .amount(OutcomeAmount.ZERO.plus(OutcomeAmount.atLeast(io.github.huiqi.core.money.Cny.ZERO)))
        .addMissingFacts("/name"));
  }
}
