package io.github.huiqi.calculators.catalog;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.MeasureOutcome;
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
   * @param context  the evaluation date, data and options (its entry is the catalogue's first)
   * @param catalog  the catalogue, to find the measures the rule concerns
   * @param explain  whether the outcomes are explained (add explanation steps and reasons only then)
   * @return the outcomes after the rule, the same size and order
   */
  List<MeasureOutcome> apply(List<MeasureOutcome> outcomes, EnterpriseProfile profile, EvaluationContext context,
      Catalog catalog, boolean explain);
}
