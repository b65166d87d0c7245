package io.github.huiqi.calculators.testkit;

import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;

/** Amounts as the kit shows and compares them: yuan at the fen's scale, compared by value whatever their scale. */
final class Fen {

  private Fen() {
  }

  /** The yuan of a written amount such as {@code "5000.00"} or {@code "5000"}. */
  static BigDecimal parse(String yuan, String field) {
    return Cny.parseDecimal(yuan, field);
  }

  /** The yuan of an amount. */
  static BigDecimal of(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  /** An amount shown to the fen, {@code 5000.00}; a finer amount is shown as it is, never rounded away. */
  static String show(BigDecimal yuan) {
    BigDecimal stripped = yuan.stripTrailingZeros();
    return stripped.scale() <= 2 ? yuan.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
        : stripped.toPlainString();
  }

  /** An amount shown to the fen. */
  static String show(MonetaryAmount amount) {
    return show(of(amount));
  }
}
