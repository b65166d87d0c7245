package io.github.huiqi.calculators.tax.firmyear;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Eligibility;

/**
 * One relief of a firm-year view: its verdict with the facts that decided it, and the tax it saves.
 * <p>
 * The verdict's reasons are the binding facts (such as "sales within the exemption threshold", "taxable income at
 * most 3,000,000"); an undetermined verdict names its missing facts as JSON Pointers into the firm-year request,
 * such as {@code /rd/industryCode}. The three outcomes' savings add up to the firm-year total (see
 * {@link FirmYearResult}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param relief  which relief
 * @param measure  the measure applied
 * @param eligibility  the verdict, its reasons and any missing facts
 * @param saved  the tax this relief saves, exact or a range when undetermined, CNY, whole fen, never negative
 */
public record FirmYearReliefOutcome(
    FirmYearRelief relief,
    MeasureId measure,
    Eligibility eligibility,
    AmountRange saved) {

  /**
   * Creates an outcome.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or the saving negative
   */
  public FirmYearReliefOutcome {
    Args.notNull(relief, "relief");
    Args.notNull(measure, "measure");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(saved, "saved");
    Cny.notNegativeComputed(saved.minimum(), "saved/minimum");
  }
}
