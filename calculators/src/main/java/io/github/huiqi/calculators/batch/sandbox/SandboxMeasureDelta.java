package io.github.huiqi.calculators.batch.sandbox;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.policy.MeasureId;
import javax.money.MonetaryAmount;

/**
 * One measure's cost before and after a policy change over a population.
 * <p>
 * "Certain" sums the eligible firms' least amounts; "in reach" adds the undetermined firms' most amounts (as
 * {@code ScreeningMeasureTotals} does; an outcome a stacking rule set aside adds nothing and is counted in
 * {@code setAsideBefore} and {@code setAsideAfter}). A firm gains when its amount in reach rises, loses when it falls;
 * a set-aside outcome's amount is zero in reach.
 * <p>
 * {@code failedBefore} and {@code failedAfter} count the firms the measure could not be evaluated for under each
 * engine, as {@code ScreeningMeasureTotals.failed} counts them over one engine's screening: a firm whose evaluation of
 * the measure failed, and every firm that is not a profile (a line that does not read, a profile the engine refused),
 * failed for every measure reported, here every measure either engine has an outcome for. Such a firm is in no
 * verdict count and no amount under the engine where it failed, so {@code failedAfter} above {@code failedBefore}
 * says that part of the change in cost is firms the changed packs could not evaluate, not firms that lost.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure
 * @param kind  what its amount is
 * @param certainBefore  the certain cost under the baseline packs, CNY
 * @param certainAfter  the certain cost under the changed packs, CNY
 * @param inReachBefore  the cost in reach under the baseline packs, CNY
 * @param inReachAfter  the cost in reach under the changed packs, CNY
 * @param gainers  firms whose amount in reach rose
 * @param losers  firms whose amount in reach fell
 * @param eligibleBefore  firms eligible under the baseline
 * @param eligibleAfter  firms eligible under the change
 * @param setAsideBefore  firms whose outcome a stacking rule set aside under the baseline, in no amount
 * @param setAsideAfter  firms whose outcome a stacking rule set aside under the change, in no amount
 * @param failedBefore  firms the measure could not be evaluated for under the baseline (its own failure, or not a
 *     profile), in no verdict count and no amount
 * @param failedAfter  firms the measure could not be evaluated for under the change, likewise
 */
public record SandboxMeasureDelta(MeasureId measure, AmountKind kind, MonetaryAmount certainBefore,
    MonetaryAmount certainAfter, MonetaryAmount inReachBefore, MonetaryAmount inReachAfter, long gainers,
    long losers, long eligibleBefore, long eligibleAfter, long setAsideBefore, long setAsideAfter, long failedBefore,
    long failedAfter) {

  /**
   * Creates a delta.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public SandboxMeasureDelta {
    Args.notNull(measure, "measure");
    Args.notNull(kind, "kind");
    Args.notNull(certainBefore, "certainBefore");
    Args.notNull(certainAfter, "certainAfter");
    Args.notNull(inReachBefore, "inReachBefore");
    Args.notNull(inReachAfter, "inReachAfter");
  }

  /**
   * Returns the change in certain cost: after − before.
   *
   * @return the change, CNY
   */
  public MonetaryAmount certainChange() {
    return certainAfter.subtract(certainBefore);
  }

  /**
   * Returns the change in cost in reach: after − before.
   *
   * @return the change, CNY
   */
  public MonetaryAmount inReachChange() {
    return inReachAfter.subtract(inReachBefore);
  }
}
