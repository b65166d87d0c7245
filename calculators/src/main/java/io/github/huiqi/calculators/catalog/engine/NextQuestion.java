package io.github.huiqi.calculators.catalog.engine;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.MeasureId;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * A fact the enterprise has not given, with the money it decides: the next question to ask it.
 * <p>
 * {@code amountDecided} is the fact's share of the total in reach still open: each counted outcome's width
 * (maximum − minimum) shared equally among the facts it names, summed over the outcomes that name this one. Outcomes
 * with no upper bound add no amount but are counted in {@code unboundedMeasures}. Outcomes the report counts as one
 * group of alternatives ({@link EntitlementReport#jointLimits()}) share the group's width instead, among the union of
 * their facts less those the group lists as deciding nothing (its amount the same whichever way they fall).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param fact  the fact, a JSON Pointer into the profile such as {@code /loans}
 * @param amountDecided  its share of the money still open, CNY, to the fen
 * @param unboundedMeasures  how many measures with no upper bound it could settle
 * @param measures  the measures that need it, in catalogue order
 */
public record NextQuestion(String fact, MonetaryAmount amountDecided, int unboundedMeasures,
    List<MeasureId> measures) {

  /**
   * Creates a question.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null, the amount negative or not CNY,
   *     the count negative or the measures empty
   */
  public NextQuestion {
    Args.notBlank(fact, "fact");
    Cny.notNegativeComputed(amountDecided, "amountDecided");
    Args.notNegative(unboundedMeasures, "unboundedMeasures");
    measures = Args.listCopy(measures, "measures");
    if (measures.isEmpty()) {
      throw new InvalidInputException("measures", "[]", "must name a measure");
    }
  }
}
