package io.github.huiqi.core.classification.techrating;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.error.InvalidInputException;

/**
 * One band of a scored count: a count at or above {@code minimum} scores {@code score}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param minimum  the least count of the band, inclusive, positive
 * @param score  the points it scores, positive
 */
public record TechRatingCountBand(@JsonProperty(value = "minimum", required = true) int minimum,
    @JsonProperty(value = "score", required = true) int score) {

  /**
   * Creates a band.
   *
   * @throws InvalidInputException if the count or the score is not positive
   */
  public TechRatingCountBand {
    if (minimum <= 0) {
      throw new InvalidInputException("minimum", minimum, "must be positive");
    }
    if (score <= 0) {
      throw new InvalidInputException("score", score, "must be positive");
    }
  }
}
