package io.github.huiqi.core.result;

import java.math.BigDecimal;

/** How the steps write their numbers: a plain decimal, or a rate held as a fraction written as a percentage. */
final class StepFormat {

  private StepFormat() {
  }

  /**
   * Writes a number as its step shows it.
   *
   * @param value  the value, exact
   * @param rate  true if the value is a rate held as a fraction: {@code 0.012} is written {@code 1.2%}
   * @return the text, with no exponent
   */
  static String number(BigDecimal value, boolean rate) {
    if (!rate) {
      return value.toPlainString();
    }
    BigDecimal percent = value.movePointRight(2).stripTrailingZeros();
    return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + "%";
  }
}
