package io.github.huiqi.core.tax.rd;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.MoneyRounding;
import java.math.BigDecimal;

/**
 * An exact fraction that no finite decimal holds, such as the two thirds of 财税〔2018〕64号 第一条 ("不超过境内符合条件的
 * 研发费用三分之二的部分").
 * <p>
 * In JSON: {@code {"numerator": 2, "denominator": 3}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param numerator  the numerator, at least 0
 * @param denominator  the denominator, at least 1 and not below the numerator (a share of at most the whole)
 */
public record RdFraction(
    @JsonProperty(value = "numerator", required = true) int numerator,
    @JsonProperty(value = "denominator", required = true) int denominator) {

  /**
   * Creates a fraction.
   *
   * @throws InvalidInputException if the numerator is negative, the denominator below 1, or the fraction above 1,
   *     naming the field
   */
  public RdFraction {
    if (numerator < 0) {
      throw new InvalidInputException("numerator", numerator, "must not be negative");
    }
    if (denominator < 1) {
      throw new InvalidInputException("denominator", denominator, "must be at least 1");
    }
    if (numerator > denominator) {
      throw new InvalidInputException("numerator", numerator, "must not exceed the denominator " + denominator);
    }
  }

  /**
   * Applies the fraction to an amount with one division, rounded once.
   *
   * @param amount  the amount in yuan, exact
   * @param rounding  the rounding of the result
   * @return {@code amount × numerator ÷ denominator}, rounded
   */
  public BigDecimal applyTo(BigDecimal amount, MoneyRounding rounding) {
    return amount.multiply(BigDecimal.valueOf(numerator))
        .divide(BigDecimal.valueOf(denominator), rounding.scale(), rounding.mode());
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
