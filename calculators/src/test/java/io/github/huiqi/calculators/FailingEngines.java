package io.github.huiqi.calculators;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.catalog.MeasureRegistry;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.PolicyData;

/**
 * Engines for the tests of how a failing measure is reported: the built-in catalogue with one evaluator that always
 * throws a typed error, so that a test can check the failure is named and the other measures still computed.
 */
public final class FailingEngines {

  /** The field the failing first-loan evaluator names. */
  public static final String FAILED_FIELD = "/loans/0/drawdownDate";

  private FailingEngines() {
  }

  /**
   * The built-in catalogue whose first-loan evaluator throws {@link InvalidInputException} naming
   * {@link #FAILED_FIELD} and the value {@code +999999999-12-29}.
   *
   * @return the engine
   */
  public static EntitlementEngine firstLoanFailing() {
    MeasureEvaluator<FirstLoanMeasure> broken = new MeasureEvaluator<>() {
      @Override
      public Class<FirstLoanMeasure> measureType() {
        return FirstLoanMeasure.class;
      }

      @Override
      public AmountKind amountKind() {
        return AmountKind.PAYMENT_TO_FIRM;
      }

      @Override
      public MeasureOutcome evaluate(FirstLoanMeasure measure, EnterpriseProfile profile, EvaluationContext context,
          boolean explain) {
        throw new InvalidInputException(FAILED_FIELD, "+999999999-12-29", "is beyond the day count");
      }
    };
    return EntitlementEngine.of(Catalog.of(PolicyData.builtIn(), MeasureRegistry.BUILT_IN.withEvaluator(broken)));
  }
}
