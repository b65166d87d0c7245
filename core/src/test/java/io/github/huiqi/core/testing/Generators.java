package io.github.huiqi.core.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

/**
 * Value generators for property tests, all driven by a seeded {@link Random}.
 */
public final class Generators {

  private Generators() {
  }

  /**
   * Returns an amount in yuan with two decimals, uniformly in [minFen, maxFen] fen.
   *
   * @param random  the generator
   * @param minYuan  the least amount in yuan, inclusive
   * @param maxYuan  the most amount in yuan, inclusive
   * @return the amount, scale 2
   */
  public static BigDecimal yuan(Random random, long minYuan, long maxYuan) {
    long minFen = minYuan * 100;
    long maxFen = maxYuan * 100;
    long fen = minFen + (long) Math.floor(random.nextDouble() * (maxFen - minFen + 1));
    return BigDecimal.valueOf(Math.min(fen, maxFen), 2);
  }

  /**
   * Returns a date uniformly between two dates, inclusive.
   *
   * @param random  the generator
   * @param first  the earliest date
   * @param last  the latest date
   * @return the date
   */
  public static LocalDate date(Random random, LocalDate first, LocalDate last) {
    long span = last.toEpochDay() - first.toEpochDay();
    return first.plusDays((long) Math.floor(random.nextDouble() * (span + 1)));
  }

  /**
   * Returns a rate in percent with up to two decimals, uniformly in [minBasisPoints, maxBasisPoints] basis points.
   *
   * @param random  the generator
   * @param minBasisPoints  the least rate in basis points (1% = 100)
   * @param maxBasisPoints  the most rate in basis points
   * @return the rate as a percentage string, such as "3.65%"
   */
  public static String percent(Random random, int minBasisPoints, int maxBasisPoints) {
    int bp = minBasisPoints + random.nextInt(maxBasisPoints - minBasisPoints + 1);
    return BigDecimal.valueOf(bp, 2).toPlainString() + "%";
  }
}
