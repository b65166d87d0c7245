package io.github.huiqi.core.time;

import io.github.huiqi.core.money.MoneyRounding;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An exact fraction of a year: a number of days over a year basis, such as 181/360.
 * <p>
 * Kept as a fraction so that an amount is multiplied first and divided last, with the one rounding of its rule:
 * {@code 1,000,000 × 2% × 181/360 = 10,055.555…} rounds half-up to {@code 10,055.56}, never through a truncated
 * decimal such as {@code 0.5027777}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param days  the numerator in days, zero or positive
 * @param basis  the days in a year for this fraction, 360 or 365
 */
public record YearFraction(long days, int basis) {

  /**
   * Creates a fraction.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if days is negative or the basis not positive
   */
  public YearFraction {
    if (days < 0) {
      throw new io.github.huiqi.core.error.InvalidInputException("days", days, "must not be negative");
    }
    if (basis <= 0) {
      throw new io.github.huiqi.core.error.InvalidInputException("basis", basis, "must be positive");
    }
  }

  /**
   * Multiplies an amount by this fraction and rounds once: {@code amount × days ÷ basis}.
   *
   * @param amount  the annual amount, exact
   * @param rounding  the rounding rule
   * @return the rounded amount
   */
  public BigDecimal applyTo(BigDecimal amount, MoneyRounding rounding) {
    return amount.multiply(BigDecimal.valueOf(days))
        .divide(BigDecimal.valueOf(basis), rounding.scale(), rounding.mode());
  }

  /**
   * Returns the fraction as a decimal to 34 significant digits, for display and comparison only.
   *
   * @return the approximate decimal value
   */
  public BigDecimal toDecimal() {
    return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(basis), MathContext.DECIMAL128).stripTrailingZeros();
  }

  /**
   * Returns the fraction as {@code 181/360}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return days + "/" + basis;
  }
}
