package io.github.huiqi.calculators.internal;

import io.github.huiqi.core.internal.Args;
import java.math.BigDecimal;

/**
 * Writes a figure of a measure in an outcome's words with thousands separators and without trailing zeros, as
 * {@code "#,##0.##"} would with {@link java.util.Locale#ROOT} (4,000,000 for 4000000.00, 1,234.5 for 1234.50), but
 * without building a {@link java.text.DecimalFormat} on each call: an outcome's detail is written on the engine's
 * every evaluation. Every digit of the figure is written; nothing is rounded.
 * <p>
 * This class holds no state.
 */
public final class GroupedFigure {

  private GroupedFigure() {
  }

  /**
   * Writes the figure.
   *
   * @param figure  the figure, such as an amount in yuan
   * @return the figure with a comma every three integer digits and no trailing zeros
   * @throws io.github.huiqi.core.error.InvalidInputException if the figure is null
   */
  public static String of(BigDecimal figure) {
    Args.notNull(figure, "figure");
    BigDecimal stripped = figure.stripTrailingZeros();
    return grouped(figure.signum(), (stripped.scale() < 0 ? stripped.setScale(0) : stripped).abs().toPlainString());
  }

  /**
   * Writes an amount of yuan as the command line's table writes money: with thousands separators and at least the two
   * decimals of the fen (500,000.00 for 500000, 0.01, 1,234.567 for a part of a fen), every digit kept.
   *
   * @param yuan  the amount in yuan
   * @return the amount with a comma every three integer digits and at least two decimals
   * @throws io.github.huiqi.core.error.InvalidInputException if the amount is null
   */
  public static String ofYuan(BigDecimal yuan) {
    Args.notNull(yuan, "yuan");
    BigDecimal fen = yuan.scale() < 2 ? yuan.setScale(2) : yuan;
    return grouped(yuan.signum(), fen.abs().toPlainString());
  }

  /** Groups the integer digits of a plain, unsigned decimal text, with its sign. */
  private static String grouped(int signum, String plain) {
    int point = plain.indexOf('.');
    String digits = point < 0 ? plain : plain.substring(0, point);
    StringBuilder text = new StringBuilder(plain.length() + digits.length() / 3 + 1);
    if (signum < 0) {
      text.append('-');
    }
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        text.append(',');
      }
      text.append(digits.charAt(i));
    }
    return point < 0 ? text.toString() : text.append(plain, point, plain.length()).toString();
  }
}
