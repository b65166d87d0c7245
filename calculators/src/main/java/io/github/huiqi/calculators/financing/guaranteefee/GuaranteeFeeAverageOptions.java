package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageWeighting;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.time.DayCount;
import java.util.Optional;

/**
 * Choices the caller may make where no source defines a guarantor's average fee rate.
 * <p>
 * An empty option uses the measure's documented default, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param weighting  how guarantees are weighted; default the measure's ({@code AMOUNT_TIME} built in)
 * @param dayCount  the day count of each guarantee's time in force; default the measure's ({@code ACT/360})
 */
public record GuaranteeFeeAverageOptions(Optional<GuaranteeFeeAverageWeighting> weighting, Optional<DayCount> dayCount) {

  /** No overrides: every documented default applies. */
  public static final GuaranteeFeeAverageOptions DEFAULTS = new GuaranteeFeeAverageOptions(Optional.empty(), Optional.empty());

  /**
   * Creates options.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if an option is null rather than empty
   */
  public GuaranteeFeeAverageOptions {
    Args.notNullOptional(weighting, "weighting");
    Args.notNullOptional(dayCount, "dayCount");
  }

  /**
   * Returns a copy with a weighting chosen.
   *
   * @param chosen  the weighting
   * @return the copy
   */
  public GuaranteeFeeAverageOptions withWeighting(GuaranteeFeeAverageWeighting chosen) {
    return new GuaranteeFeeAverageOptions(Optional.of(Args.notNull(chosen, "weighting")), dayCount);
  }

  /**
   * Returns a copy with a day count chosen.
   *
   * @param chosen  the day count
   * @return the copy
   */
  public GuaranteeFeeAverageOptions withDayCount(DayCount chosen) {
    return new GuaranteeFeeAverageOptions(weighting, Optional.of(Args.notNull(chosen, "dayCount")));
  }
}
