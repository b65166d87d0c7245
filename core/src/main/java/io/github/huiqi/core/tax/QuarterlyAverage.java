package io.github.huiqi.core.tax;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure averaged the tax bureau's way, kept exact: the sum of the quarters' averages ((start + end) ÷ 2 each)
 * and the number of quarters it is averaged over.
 * <p>
 * The average itself, sum ÷ quarters, need not be a terminating decimal (three quarters), so comparisons with a limit
 * are made exactly as sum ≤ limit × quarters, and {@link #average(int)} rounds only for display.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param sumOfQuarterAverages  the sum of the quarters' averages, not negative
 * @param quarters  the number of quarters averaged over, 1 to 4
 */
public record QuarterlyAverage(BigDecimal sumOfQuarterAverages, int quarters) {

  private static final int MAX_DISPLAY_SCALE = 16;

  /**
   * Creates an average.
   *
   * @throws InvalidInputException if the sum is null, negative or out of bounds, or the quarters outside 1..4
   */
  public QuarterlyAverage {
    Args.notNegative(sumOfQuarterAverages, "sumOfQuarterAverages");
    if (quarters < 1 || quarters > 4) {
      throw new InvalidInputException("quarters", quarters, "must be from 1 to 4");
    }
  }

  /**
   * Obtains an average already worked out, as a firm reports it on its return (one value, weight one).
   *
   * @param average  the average, not negative
   * @return the average
   * @throws InvalidInputException if the value is null, negative or out of bounds, naming {@code average}
   */
  public static QuarterlyAverage of(BigDecimal average) {
    return new QuarterlyAverage(Args.notNegative(average, "average"), 1);
  }

  /**
   * Checks whether the average is at most a limit, exactly.
   *
   * @param limit  the limit, inclusive
   * @return true if sum ÷ quarters ≤ limit
   */
  public boolean isAtMost(BigDecimal limit) {
    Args.notNull(limit, "limit");
    return sumOfQuarterAverages.compareTo(limit.multiply(BigDecimal.valueOf(quarters))) <= 0;
  }

  /**
   * Returns the average rounded half-up for display; comparisons use {@link #isAtMost} instead.
   *
   * @param scale  the decimals kept, 0 to 16
   * @return sum ÷ quarters, rounded half-up
   * @throws InvalidInputException if the scale is outside 0..16, naming {@code scale}
   */
  @JsonIgnore
  public BigDecimal average(int scale) {
    if (scale < 0 || scale > MAX_DISPLAY_SCALE) {
      throw new InvalidInputException("scale", scale, "must be from 0 to " + MAX_DISPLAY_SCALE);
    }
    return sumOfQuarterAverages.divide(BigDecimal.valueOf(quarters), scale, RoundingMode.HALF_UP);
  }

  /**
   * Returns the average as text: {@code 301} or {@code 903/3 ≈ 301.0000}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    BigDecimal plain = sumOfQuarterAverages.stripTrailingZeros();
    String sum = plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    return quarters == 1 ? sum : sum + "/" + quarters + " ≈ " + average(4).toPlainString();
  }
}
