package io.github.huiqi.core.classification.techrating;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.rates.Rate;

/**
 * One band of a scored ratio: a ratio at or above {@code minimum} scores {@code score}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param minimum  the least ratio of the band, inclusive, such as 30%
 * @param score  the points it scores, positive
 */
public record TechRatingBand(Rate minimum, @JsonProperty(value = "score", required = true) int score) {

  /**
   * Creates a band.
   *
   * @throws InvalidInputException if the ratio is null or not positive, or the score not positive
   */
  public TechRatingBand {
    Args.notNull(minimum, "minimum");
    if (minimum.compareTo(Rate.ZERO) <= 0) {
      throw new InvalidInputException("minimum", minimum, "must be positive");
    }
    if (score <= 0) {
      throw new InvalidInputException("score", score, "must be positive");
    }
  }
}
