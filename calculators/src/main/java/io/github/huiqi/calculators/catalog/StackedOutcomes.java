package io.github.huiqi.calculators.catalog;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.MeasureOutcome;
import java.util.List;

/**
 * What a stacking rule returns when asked for its joint limits too ({@link StackingRule#applyJointly}): the outcomes
 * after the rule, and the groups of alternative outcomes whose joint most it declares.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param outcomes  the outcomes after the rule, the same size and order as those given
 * @param jointLimits  the groups the rule declares, empty when none
 */
public record StackedOutcomes(List<MeasureOutcome> outcomes, List<JointLimit> jointLimits) {

  /**
   * Creates the result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field or an element is null
   */
  public StackedOutcomes {
    outcomes = Args.listCopy(outcomes, "outcomes");
    jointLimits = Args.listCopy(jointLimits, "jointLimits");
  }
}
