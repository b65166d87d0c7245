package io.github.huiqi.core.rates;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.math.BigDecimal;

/**
 * A rate or ratio, such as an annual interest rate of 4.35%, a subsidy ratio of 50% or a fee cap of 1%.
 * <p>
 * Held exactly as a decimal fraction: 2% is {@code 0.02}. Written and parsed as a percentage, {@code "2%"}, so that
 * "2" and "2%" can never be confused. Two kinds of change are kept apart:
 * {@link #plusPercentagePoints(BigDecimal)} adds percentage points ("提高30个百分点": 50% becomes 80%), while
 * {@link #reducedBy(Rate)} applies a relative reduction ("减免40%": 2% becomes 1.2%).
 * <p>
 * Equality is numeric: {@code 2%} equals {@code 2.0%}. Negative rates are allowed for differences; the checks that a
 * rate is a ratio within 0..100% belong to the models that need them.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Rate implements Comparable<Rate> {

  /** Zero. */
  public static final Rate ZERO = new Rate(BigDecimal.ZERO);
  /** One hundred percent. */
  public static final Rate ONE_HUNDRED_PERCENT = new Rate(BigDecimal.ONE);

  // parse reads -?[0-9]{1,18}(\.[0-9]{1,16})?% (Args.isPercent), wide enough for every rate the factories accept, so
  // that toString always parses back: ofFraction takes up to 16 integer digits and 16 decimals (18 and 14 as a
  // percentage), ofPercent up to 16 and 16.
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal fraction;

  private Rate(BigDecimal fraction) {
    BigDecimal stripped = fraction.signum() == 0 ? BigDecimal.ZERO : fraction.stripTrailingZeros();
    this.fraction = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Obtains a rate from a decimal fraction: {@code 0.02} is 2%.
   *
   * @param fraction  the fraction, not null, bounded
   * @return the rate
   * @throws InvalidInputException if null or out of bounds
   */
  public static Rate ofFraction(BigDecimal fraction) {
    return new Rate(Args.bounded(fraction, "rate"));
  }

  /**
   * Obtains a rate from a number of percent: {@code 2} is 2%.
   *
   * @param percent  the percentage, not null, bounded
   * @return the rate
   * @throws InvalidInputException if null or out of bounds
   */
  public static Rate ofPercent(BigDecimal percent) {
    return new Rate(Args.bounded(percent, "rate").movePointLeft(2));
  }

  /**
   * Obtains a rate from a number of percent given as text: {@code "4.35"} is 4.35%.
   *
   * @param percent  the percentage as decimal text, without the percent sign
   * @return the rate
   * @throws InvalidInputException if null ({@value InvalidInputException#REQUIRED}) or not a plain decimal
   *     ({@value InvalidInputException#WRONG_TYPE}), naming {@code rate} and the text as given
   */
  public static Rate ofPercent(String percent) {
    Args.notNull(percent, "rate");
    if (!Args.isPercent(percent + "%")) {
      // the caller's own text, not the text with a sign appended ("4.35%" given is not "4.35%%")
      throw new InvalidInputException(InvalidInputException.WRONG_TYPE, "rate", percent,
          "must be a number of percent such as \"2\" or \"4.35\", without the percent sign",
          "必须为百分数的数值（不带百分号），例如 \"2\" 或 \"4.35\"", null);
    }
    return parse(percent + "%");
  }

  /**
   * Parses a percentage such as {@code "2%"}, {@code "4.35%"} or {@code "-0.25%"}: an optional minus sign, ASCII
   * digits (at most 18), an optional fraction (at most 16 decimals) and the percent sign; no exponent, no spaces.
   * Reads back every rate's {@link #toString()} made by {@link #ofFraction} or {@link #ofPercent}.
   *
   * @param text  the text, with the percent sign
   * @return the rate
   * @throws InvalidInputException if the text is not a percentage
   */
  public static Rate parse(String text) {
    Args.notNull(text, "rate");
    if (!Args.isPercent(text)) {
      throw new InvalidInputException("rate", text, "must be a percentage such as \"2%\" or \"4.35%\"");
    }
    return new Rate(new BigDecimal(text.substring(0, text.length() - 1)).movePointLeft(2));
  }

  //-------------------------------------------------------------------------
  /**
   * Returns the rate as a decimal fraction: 2% gives {@code 0.02}.
   *
   * @return the fraction, trailing zeros stripped
   */
  public BigDecimal fraction() {
    return fraction;
  }

  /**
   * Returns the rate in percent: 2% gives {@code 2}.
   *
   * @return the percentage
   */
  public BigDecimal percent() {
    BigDecimal percent = fraction.multiply(HUNDRED).stripTrailingZeros();
    return percent.scale() < 0 ? percent.setScale(0) : percent;
  }

  /**
   * Returns a copy of this rate with percentage points added: 50% plus 30 points is 80%.
   *
   * @param points  the percentage points to add, may be negative
   * @return the new rate
   */
  public Rate plusPercentagePoints(BigDecimal points) {
    return new Rate(fraction.add(Args.bounded(points, "points").movePointLeft(2)));
  }

  /**
   * Returns a copy of this rate with another rate added (as percentage points).
   *
   * @param other  the rate to add, not null
   * @return the sum
   */
  public Rate plus(Rate other) {
    return new Rate(fraction.add(Args.notNull(other, "other").fraction));
  }

  /**
   * Returns a copy of this rate after a relative reduction: 2% reduced by 40% is 1.2%.
   *
   * @param reduction  the relative reduction, 40% for "减免40%", not null
   * @return the reduced rate
   */
  public Rate reducedBy(Rate reduction) {
    return new Rate(fraction.multiply(BigDecimal.ONE.subtract(Args.notNull(reduction, "reduction").fraction)));
  }

  /**
   * Returns this rate multiplied by a ratio: 4.35% times 50% is 2.175%.
   *
   * @param ratio  the ratio, not null
   * @return the product
   */
  public Rate multipliedBy(Rate ratio) {
    return new Rate(fraction.multiply(Args.notNull(ratio, "ratio").fraction));
  }

  /**
   * Applies this rate to a base: {@code base × fraction}, exact, not rounded.
   *
   * @param base  the base, not null
   * @return the exact product
   */
  public BigDecimal applyTo(BigDecimal base) {
    return Args.notNull(base, "base").multiply(fraction);
  }

  /**
   * Returns the smaller of this rate and another.
   *
   * @param other  the other rate, not null
   * @return the smaller, this one when equal
   */
  public Rate min(Rate other) {
    return compareTo(Args.notNull(other, "other")) <= 0 ? this : other;
  }

  /**
   * Checks whether this rate is above another.
   *
   * @param other  the other rate, not null
   * @return true if strictly greater
   */
  public boolean isGreaterThan(Rate other) {
    return compareTo(Args.notNull(other, "other")) > 0;
  }

  /**
   * Checks whether this rate is below another.
   *
   * @param other  the other rate, not null
   * @return true if strictly less
   */
  public boolean isLessThan(Rate other) {
    return compareTo(Args.notNull(other, "other")) < 0;
  }

  @Override
  public int compareTo(Rate other) {
    return fraction.compareTo(other.fraction);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rate other && fraction.compareTo(other.fraction) == 0;
  }

  @Override
  public int hashCode() {
    return fraction.hashCode();
  }

  /**
   * Returns the rate as a percentage, such as {@code "4.35%"}; {@link #parse(String)} reads it back.
   *
   * @return the percentage text
   */
  @Override
  public String toString() {
    return percent().toPlainString() + "%";
  }
}
