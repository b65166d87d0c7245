package io.github.huiqi.calculators.catalog;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Measure;
import java.util.List;

/**
 * A rule on how measures combine for one enterprise, which the entitlement engine applies after evaluating each
 * measure on its own: one municipal interest subsidy per loan, explicitly stackable pairs, and the combinations no
 * source settles.
 * <p>
 * A rule returns the outcomes with its changes: an amount reduced, a note added, an outcome set aside from the total
 * ({@link MeasureOutcome#countedInTotal()} false), each change citing its source or the option used. It never adds
 * or removes an outcome, and never reorders them.
 * <p>
 * Implementations are pure and thread-safe.
 */
public interface StackingRule {

  /**
   * Returns a stable code for the rule, such as {@code one-interest-subsidy-per-loan}.
   *
   * @return the code
   */
  String code();

  /**
   * Applies the rule.
   *
   * @param outcomes  every outcome so far, in catalogue order
   * @param profile  the enterprise
   * @param context  the evaluation date, data and options (its entry is the first measure the run evaluated, the
   *     catalogue's first in a whole run and another when some measures are asked: a rule reads only the date,
   *     the data and the options, so that a measure asked gets the whole run's outcome)
   * @param catalog  the catalogue, to find the measures the rule concerns
   * @param explain  whether the outcomes are explained (add explanation steps and reasons only then)
   * @return the outcomes after the rule, the same size and order
   */
  List<MeasureOutcome> apply(List<MeasureOutcome> outcomes, EnterpriseProfile profile, EvaluationContext context,
      Catalog catalog, boolean explain);

  /**
   * Applies the rule and returns, besides the outcomes, the groups of alternative outcomes whose joint most it
   * declares ({@link JointLimit}): the engine's totals and next questions count such a group once. The default
   * declares none: the outcomes of {@link #apply}, with no group.
   *
   * @param outcomes  every outcome so far, in catalogue order
   * @param profile  the enterprise
   * @param context  the evaluation date, data and options (its entry is the first measure the run evaluated, the
   *     catalogue's first in a whole run and another when some measures are asked: a rule reads only the date,
   *     the data and the options, so that a measure asked gets the whole run's outcome)
   * @param catalog  the catalogue, to find the measures the rule concerns
   * @param explain  whether the outcomes are explained (add explanation steps and reasons only then)
   * @return the outcomes after the rule, the same size and order, and the joint limits declared
   */
  default StackedOutcomes applyJointly(List<MeasureOutcome> outcomes, EnterpriseProfile profile,
      EvaluationContext context, Catalog catalog, boolean explain) {
    return new StackedOutcomes(apply(outcomes, profile, context, catalog, explain), List.of());
  }

  /**
   * Returns the classes of the measures whose outcomes the rule reads or changes. When a request asks for some
   * measures only and one of them is of these classes, the engine also evaluates every measure of the catalogue of
   * these classes (and so on, for the rules those concern), applies the rules to them all and reports the outcomes
   * asked: a measure asked alone gets the outcome the whole catalogue's run gives it.
   *
   * @return the classes (a measure of a subclass is of its class); empty, the default, for a rule that works on the
   *     outcomes asked only
   */
  default List<Class<? extends Measure>> measureClasses() {
    return List.of();
  }
}
