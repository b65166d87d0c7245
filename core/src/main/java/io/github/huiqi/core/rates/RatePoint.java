package io.github.huiqi.core.rates;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import java.time.LocalDate;

/**
 * One published value of a rate series: the rate, the date it is valid from, and its source.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param validFrom  the first date the rate applies (the publication date for the LPR)
 * @param rate  the rate
 * @param citation  the announcement or source that publishes it
 */
public record RatePoint(LocalDate validFrom, Rate rate, Citation citation) {

  /**
   * Creates a point.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public RatePoint {
    Args.notNull(validFrom, "validFrom");
    Args.notNull(rate, "rate");
    Args.notNull(citation, "citation");
  }
}
