package io.github.huiqi.calculators.batch.screening;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.policy.MeasureId;
import javax.money.MonetaryAmount;

/**
 * One measure's totals over a screened population: what the measure costs.
 * <p>
 * The verdict counts ({@code eligible}, {@code undetermined}, {@code ineligible}) describe the verdicts, every firm
 * screened for the measure in one of them; {@code failed} counts the firms the measure could not be evaluated for
 * (the engine refused the measure for the firm, or the firm is not a profile), so that the four counts add up to the
 * firms screened. The amounts add each eligible or undetermined firm's amount once, except
 * an outcome a stacking rule set aside ({@link ScreeningOutcome#setAside()}, such as the Shanghai restatement of a
 * national tax relief for a firm whose region is not known, whose Shenzhen restatement holds the relief): its firm is
 * counted in {@code setAside} and its amount is left out, so that a population's cost counts one relief once, as the
 * firm's own total does. The amounts are otherwise summed whatever the engine's firm total does with the outcome: a
 * counterparty's fee ceiling or a lender's compensation (not money to the firm, summed under its own kind), an
 * expired window or a draft's indicative figure all add their amounts here, since the question is what the measure
 * costs.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure
 * @param kind  what its amount is
 * @param eligible  firms eligible
 * @param undetermined  firms undetermined (a fact missing)
 * @param ineligible  firms ineligible
 * @param certain  the sum of the eligible firms' least amounts, CNY, those set aside left out: what the measure
 *     certainly costs
 * @param inReach  the sum of the eligible and undetermined firms' most amounts, CNY (a firm without an upper bound
 *     adds its least), those set aside left out: what the measure would cost if every missing fact went the firms' way
 * @param unbounded  firms whose amount has no upper bound (a floor), counted in {@code inReach} at their least; a
 *     firm whose outcome was set aside is not among them
 * @param setAside  firms eligible or undetermined whose outcome a stacking rule set aside, counted in the verdict
 *     counts but in neither amount
 * @param failed  firms for which the measure could not be evaluated: those whose evaluation of this measure failed
 *     (a {@link ScreeningFailure} naming the measure among {@link ScreeningFirm#failureDetails()}; its text
 *     {@code "measure: code at field"} among {@link ScreeningFirm#failures()}), and every firm that is not a profile
 *     or whose profile the engine rejected (a failure of the {@link ScreeningFailure#wholeProfile() whole profile};
 *     {@code "profile: code at field"}), failed for every measure reported; in no verdict count and no amount
 */
public record ScreeningMeasureTotals(MeasureId measure, AmountKind kind, long eligible, long undetermined,
    long ineligible, MonetaryAmount certain, MonetaryAmount inReach, long unbounded, long setAside,
    long failed) {

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
