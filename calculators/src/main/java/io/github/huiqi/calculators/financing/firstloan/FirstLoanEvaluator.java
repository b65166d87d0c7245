package io.github.huiqi.calculators.financing.firstloan;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;

/**
 * STUB: evaluates the {@link FirstLoanMeasure} for an enterprise profile. To be replaced by the family's evaluator.
 */
public final class FirstLoanEvaluator implements MeasureEvaluator<FirstLoanMeasure> {

  /** The evaluator. */
  public static final FirstLoanEvaluator DEFAULT = new FirstLoanEvaluator();

  private FirstLoanEvaluator() {
  }

  @Override
  public Class<FirstLoanMeasure> measureType() {
    return FirstLoanMeasure.class;
  }

  @Override
  public MeasureOutcome evaluate(FirstLoanMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return explain(measure, profile, context);
  }

  @Override
  public MeasureOutcome explain(FirstLoanMeasure measure, EnterpriseProfile profile, EvaluationContext context) {
    return context.finish(context.startOutcome(AmountKind.PAYMENT_TO_FIRM)
        .verdict(Verdict.UNDETERMINED)
        .amount(OutcomeAmount.ZERO.plus(OutcomeAmount.atLeast(io.github.huiqi.core.money.Cny.ZERO)))
        .addMissingFacts("/name"));
  }
}
