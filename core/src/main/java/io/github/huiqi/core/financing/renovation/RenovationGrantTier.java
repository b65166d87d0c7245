package io.github.huiqi.core.financing.renovation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.rates.Rate;

/**
 * One tier of the intelligent-renovation grant: the lowest GB/T 39116 maturity level that earns it and its rate.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param minimumLevel  the lowest maturity level (1 to 5) that earns the tier, inclusive
 * @param rate  the grant rate on eligible investment, above 0% and at most 100%
 */
public record RenovationGrantTier(@JsonProperty(value = "minimumLevel", required = true) int minimumLevel, Rate rate) {

  /** The highest GB/T 39116-2020 maturity level (五级 引领级). */
  public static final int MAX_LEVEL = 5;

  /**
   * Creates a tier.
   *
   * @throws InvalidInputException if the level is outside 1..5 or the rate outside (0%, 100%]
   */
  public RenovationGrantTier {
    if (minimumLevel < 1 || minimumLevel > MAX_LEVEL) {
      throw new InvalidInputException("minimumLevel", minimumLevel, "must be from 1 to " + MAX_LEVEL);
    }
    Args.notNull(rate, "rate");
    if (rate.compareTo(Rate.ZERO) <= 0 || rate.isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
      throw new InvalidInputException("rate", rate, "must be above 0% and at most 100%");
    }
  }
}
