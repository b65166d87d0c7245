package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.rates.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An average fee rate held exactly as a fraction, {@code numerator ÷ denominator}, with its value rounded for display.
 * <p>
 * For an amount-and-time weighted average the numerator is {@code Σ(amount × annual rate × days)} and the denominator
 * {@code Σ(amount × days)}; the quotient is often non-terminating (1.5% and 0.5% weighted 2 : 1 average 1.1666…%), so
 * comparisons such as "at most 1%" are made exactly by cross-multiplication, never on the rounded value.
 * {@link #rounded()} is the quotient rounded half-up to {@value #DISPLAY_SCALE} decimals of the fraction (six decimals
 * of a percent), for display only.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param numerator  the numerator, zero or positive
 * @param denominator  the denominator, positive
 * @param rounded  the quotient rounded half-up to {@value #DISPLAY_SCALE} decimals, for display
 */
public record GuaranteeFeeAverageRate(BigDecimal numerator, BigDecimal denominator, Rate rounded) {

  /** The decimals of the fraction kept in {@link #rounded()}: 8, that is six decimals of a percent. */
  public static final int DISPLAY_SCALE = 8;

  /**
   * Creates the value, checking that {@code rounded} is the rounded quotient.
   *
   * @throws InvalidInputException if a field is null, the denominator is not positive, the numerator is negative,
   *     or {@code rounded} is not the quotient rounded half-up to {@value #DISPLAY_SCALE} decimals
   */
  public GuaranteeFeeAverageRate {
    Args.notNegativeComputed(numerator, "numerator");
    Args.positiveComputed(denominator, "denominator");
    Args.notNull(rounded, "rounded");
    Rate expected = Rate.ofFraction(numerator.divide(denominator, DISPLAY_SCALE, RoundingMode.HALF_UP));
    if (!expected.equals(rounded)) {
      throw new InvalidInputException("rounded", rounded, "must be numerator ÷ denominator rounded half-up to "
          + DISPLAY_SCALE + " decimals, " + expected);
    }
  }

  /**
   * Obtains the exact average {@code numerator ÷ denominator}.
   *
   * @param numerator  the numerator, zero or positive
   * @param denominator  the denominator, positive
   * @return the average
   * @throws InvalidInputException if the numerator is negative or the denominator not positive
   */
  public static GuaranteeFeeAverageRate of(BigDecimal numerator, BigDecimal denominator) {
    Args.notNegativeComputed(numerator, "numerator");
    Args.positiveComputed(denominator, "denominator");
    return new GuaranteeFeeAverageRate(numerator, denominator,
        Rate.ofFraction(numerator.divide(denominator, DISPLAY_SCALE, RoundingMode.HALF_UP)));
  }

  /**
   * Checks, exactly, whether this average is at most a rate: {@code numerator ≤ rate × denominator}.
   *
   * @param rate  the rate, not null
   * @return true if the average does not exceed the rate
   */
  public boolean isAtMost(Rate rate) {
    Args.notNull(rate, "rate");
    return numerator.compareTo(rate.applyTo(denominator)) <= 0;
  }

  /**
   * Compares this average exactly with a rate.
   *
   * @param rate  the rate, not null
   * @return negative, zero or positive as this average is below, equal to or above the rate
   */
  public int compareTo(Rate rate) {
    Args.notNull(rate, "rate");
    return numerator.compareTo(rate.applyTo(denominator));
  }

  @Override
  public String toString() {
    return "≈" + rounded + " (" + numerator.toPlainString() + " ÷ " + denominator.toPlainString() + ")";
  }
}
