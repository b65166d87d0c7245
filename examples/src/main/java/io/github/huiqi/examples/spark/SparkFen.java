package io.github.huiqi.examples.spark;

import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * Amounts as Spark carries them: {@code long} fen, which Spark sums exactly (and, in its default ANSI mode, fails
 * rather than wraps on overflow). The library's amounts are at the fen already, so no rounding happens either way.
 */
public final class SparkFen {

  private SparkFen() {
  }

  /**
   * Returns an amount in fen.
   *
   * @param amount  an amount in CNY at the fen
   * @return the fen
   * @throws ArithmeticException if the amount has a part of a fen or does not fit a {@code long}
   */
  public static long of(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount").movePointRight(2).longValueExact();
  }

  /**
   * Returns fen as an amount in CNY, at scale 2.
   *
   * @param fen  the fen
   * @return the amount
   */
  public static MonetaryAmount yuan(long fen) {
    return Cny.of(BigDecimal.valueOf(fen, 2));
  }
}
