package io.github.huiqi.calculators.batch.screening;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.policy.MeasureId;
import javax.money.MonetaryAmount;

/**
 * One measure's totals over a screened population.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure
 * @param kind  what its amount is
 * @param eligible  firms eligible
 * @param undetermined  firms undetermined (a fact missing)
 * @param ineligible  firms ineligible
 * @param certain  the sum of the eligible firms' least amounts, CNY: what the measure certainly costs
 * @param inReach  the sum of the eligible and undetermined firms' most amounts, CNY (a firm without an upper bound
 *     adds its least): what the measure would cost if every missing fact went the firms' way
 * @param unbounded  firms whose amount has no upper bound (a floor), counted in {@code inReach} at their least
 */
public record ScreeningMeasureTotals(MeasureId measure, AmountKind kind, long eligible, long undetermined,
    long ineligible, MonetaryAmount certain, MonetaryAmount inReach, long unbounded) {

  /**
   * Creates totals.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public ScreeningMeasureTotals {
    Args.notNull(measure, "measure");
    Args.notNull(kind, "kind");
    Args.notNull(certain, "certain");
    Args.notNull(inReach, "inReach");
  }
}
