package io.github.huiqi.calculators.catalog;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Measure;

/**
 * The one contract every measure meets: given the measure, an enterprise profile and an evaluation context, return
 * one {@link MeasureOutcome}.
 * <p>
 * An evaluator builds its family calculator's own request from the profile, runs the calculator, and reports the
 * verdict, the amount (exact, a range, or unbounded when nothing caps it), the binding limit, and every missing fact
 * as a JSON Pointer into the profile. {@link #evaluate} is the plain form: no reasons and no explanation steps, for
 * the engine's speed. {@link #explain} adds the reasons and the cited steps. Both agree on the verdict, the amount,
 * the binding limit and the missing facts.
 * <p>
 * Implementations are pure and thread-safe: no clock, no I/O, no mutable state. A fact a measure cannot use (such as
 * a loan whose dates the calculator rejects) throws {@link io.github.huiqi.core.error.InvalidInputException} naming
 * the profile's field; the engine reports it as that measure's failure and evaluates the rest.
 *
 * @param <M>  the measure's model type
 */
public interface MeasureEvaluator<M extends Measure> {

  /**
   * Returns the model type this evaluator takes.
   *
   * @return the type
   */
  Class<M> measureType();

  /**
   * Returns what kind of money this measure's amount is; every outcome of this evaluator has it.
   *
   * @return the kind
   */
  AmountKind amountKind();

  /**
   * Evaluates the measure for the enterprise, in either form: the one method an evaluator implements.
   * <p>
   * With {@code explain} false it builds no texts, reasons or steps; with it true it adds them. Both forms give the
   * same verdict, amount, binding limit and missing facts.
   *
   * @param measure  the measure
   * @param profile  the enterprise
   * @param context  the evaluation date, the policy data and the options, with the measure's listing
   * @param explain  whether to add the reasons and the cited explanation steps
   * @return the outcome
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null, or a profile fact is invalid for
   *     this measure, naming it as a JSON Pointer into the profile
   */
  MeasureOutcome evaluate(M measure, EnterpriseProfile profile, EvaluationContext context, boolean explain);

  /**
   * Evaluates the measure for the enterprise, in the plain form.
   *
   * @param measure  the measure
   * @param profile  the enterprise
   * @param context  the evaluation date, the policy data and the options, with the measure's listing
   * @return the outcome, with no reasons and no explanation steps
   * @throws io.github.huiqi.core.error.InvalidInputException if a profile fact is invalid for this measure, naming
   *     it as a JSON Pointer into the profile
   */
  default MeasureOutcome evaluate(M measure, EnterpriseProfile profile, EvaluationContext context) {
    return evaluate(measure, profile, context, false);
  }

  /**
   * Evaluates the measure for the enterprise, with its reasons and cited explanation.
   *
   * @param measure  the measure
   * @param profile  the enterprise
   * @param context  the evaluation date, the policy data and the options, with the measure's listing
   * @return the outcome
   * @throws io.github.huiqi.core.error.InvalidInputException if a profile fact is invalid for this measure, naming
   *     it as a JSON Pointer into the profile
   */
  default MeasureOutcome explain(M measure, EnterpriseProfile profile, EvaluationContext context) {
    return evaluate(measure, profile, context, true);
  }
}
