package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.JurisdictionLevel;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateBounds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import javax.money.MonetaryAmount;

/**
 * The exact integer arithmetic of the columnar paths: amounts in fen, rates in millionths (ppm), dates in epoch
 * days, one rounding of a non-negative rational per rule by the measure's {@link MoneyRounding}. Not public API.
 */
final class BookFen {

  /** Millionths in one: a rate of 30% is 300,000 ppm. */
  static final long PPM = 1_000_000L;
  /** The first day a request can hold, {@link DateBounds#EARLIEST}, in epoch days. */
  static final long EARLIEST_DAY = DateBounds.EARLIEST.toEpochDay();
  /** The last day a request can hold, {@link DateBounds#LATEST}, in epoch days. */
  static final long LATEST_DAY = DateBounds.LATEST.toEpochDay();
  /** A fact flag: the fact fails its condition. */
  static final int FACT_FAILS = 1;
  /** A fact flag: the fact is unknown. */
  static final int FACT_UNKNOWN = 2;
  /**
   * The flags of a fact that must be yes, by its byte as unsigned ({@code fact & 0xFF}): 0 for yes,
   * {@link #FACT_FAILS} for no, {@link #FACT_UNKNOWN} for unknown, and -128 (negative) for a byte that is no fact.
   * The block loops OR a row's flags together: one load a fact instead of a check, a test and a bit each.
   */
  static final byte[] MUST_BE_YES = factFlags(BookColumnCodes.NO);
  /** The flags of a fact that must be no, as {@link #MUST_BE_YES}: {@link #FACT_FAILS} for yes. */
  static final byte[] MUST_BE_NO = factFlags(BookColumnCodes.YES);

  private BookFen() {
  }

  private static byte[] factFlags(byte failing) {
    byte[] flags = new byte[256];
    Arrays.fill(flags, Byte.MIN_VALUE);
    flags[BookColumnCodes.YES & 0xFF] = 0;
    flags[BookColumnCodes.NO & 0xFF] = 0;
    flags[failing & 0xFF] = FACT_FAILS;
    flags[BookColumnCodes.UNKNOWN & 0xFF] = FACT_UNKNOWN;
    return flags;
  }

  /**
   * Converts a measure's rate to millionths, refusing one finer than a millionth.
   *
   * @param rate  the rate
   * @param field  the parameter's name, for the error
   * @return the rate in ppm
   * @throws InvalidInputException if the rate is finer than a millionth or out of int range
   */
  static int ppm(Rate rate, String field) {
    BigDecimal value = rate.fraction().movePointRight(6).stripTrailingZeros();
    if (value.scale() > 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
        || value.signum() < 0) {
      throw new InvalidInputException(field, rate, "must be held to a millionth for the columnar path");
    }
    return value.intValueExact();
  }

  /**
   * Converts an amount to fen, refusing one below the fen.
   *
   * @param amount  the amount in CNY
   * @param field  the field, for the error
   * @return the amount in fen
   * @throws InvalidInputException if the amount has a part below the fen or exceeds a long
   */
  static long fen(MonetaryAmount amount, String field) {
    BigDecimal yuan = Cny.yuan(amount, field);
    BigDecimal fen = yuan.movePointRight(2).stripTrailingZeros();
    if (fen.scale() > 0) {
      throw new InvalidInputException(field, yuan.toPlainString(), "must be a whole number of fen");
    }
    try {
      return fen.longValueExact();
    } catch (ArithmeticException ex) {
      throw new InvalidInputException(field, yuan.toPlainString(), "must fit in 64-bit fen", ex);
    }
  }

  /**
   * Returns the unit of a rounding in fen: 1 for the fen, 100 for the yuan.
   *
   * @param rounding  the rounding, scale 0..2
   * @return the unit
   * @throws InvalidInputException if the rounding keeps decimals below the fen
   */
  static long unitFen(MoneyRounding rounding) {
    return switch (rounding.scale()) {
      case 2 -> 1L;
      case 1 -> 10L;
      case 0 -> 100L;
      default -> throw new InvalidInputException("rounding/scale", rounding.scale(),
          "must be 0, 1 or 2 for the columnar path");
    };
  }

  /**
   * Returns what to add to a non-negative numerator so that dividing it by {@code den} and truncating rounds the
   * quotient by the mode, as {@link #divide} does: the rounding of the columnar block loops without a branch.
   *
   * @param mode  the mode
   * @param den  the denominator, positive and even
   * @return the bias, from 0 to den - 1; -1 for a mode no constant gives (HALF_EVEN looks at the quotient's parity,
   *     UNNECESSARY throws)
   */
  static long truncatingBias(RoundingMode mode, long den) {
    return switch (mode) {
      case DOWN, FLOOR -> 0;
      case UP, CEILING -> den - 1;
      case HALF_UP -> den / 2;
      case HALF_DOWN -> den / 2 - 1;
      default -> -1;
    };
  }

  /**
   * Returns the lesser of two longs whose difference fits a long, by arithmetic: C2 of Java 17 compiles
   * {@code Math.min(long, long)} to a compare and branch (it has no intrinsic for it), which costs the block loops
   * several nanoseconds a row.
   *
   * @param a  a value
   * @param b  another, a - b within a long
   * @return the lesser
   */
  static long lesser(long a, long b) {
    long difference = a - b;
    return b + (difference & (difference >> 63));
  }

  /**
   * Divides a non-negative numerator by a positive denominator and rounds the quotient to a whole number by a mode,
   * as {@link BigDecimal#setScale(int, RoundingMode)} does for a non-negative value.
   *
   * @param num  the numerator, zero or positive
   * @param den  the denominator, positive
   * @param mode  the mode, not UNNECESSARY
   * @return the rounded quotient
   */
  static long divide(long num, long den, RoundingMode mode) {
    long q = num / den;
    return round(q, num - q * den, den, mode);
  }

  /**
   * Rounds a quotient by its remainder: the second half of {@link #divide}, for callers that divide by a constant
   * the compiler turns into a multiplication.
   *
   * @param q  the truncated quotient, zero or positive
   * @param r  the remainder, from 0 to den - 1
   * @param den  the denominator, positive
   * @param mode  the mode, not UNNECESSARY
   * @return the rounded quotient
   */
  static long round(long q, long r, long den, RoundingMode mode) {
    if (r == 0) {
      return q;
    }
    // 2r compared with den without overflow: r < den, so den - r > 0.
    int half = Long.compare(r, den - r);
    boolean up = switch (mode) {
      case UP, CEILING -> true;
      case DOWN, FLOOR -> false;
      case HALF_UP -> half >= 0;
      case HALF_DOWN -> half > 0;
      case HALF_EVEN -> half > 0 || half == 0 && (q & 1) == 1;
      default -> throw new IllegalStateException("rounding mode " + mode);
    };
    return up ? q + 1 : q;
  }

  /**
   * Adds months to an epoch day as {@link java.time.LocalDate#plusMonths} does (the day of month rolls back to the
   * month's last day), without allocating.
   *
   * @param epochDay  the date
   * @param months  the months, zero or positive
   * @return the date months later
   */
  static long plusMonths(long epochDay, int months) {
    // Civil from days (H. Hinnant's algorithm), proleptic Gregorian as java.time.
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long day = doy - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    long monthIndex = year * 12 + (month - 1) + months;
    long newYear = Math.floorDiv(monthIndex, 12);
    long newMonth = Math.floorMod(monthIndex, 12) + 1;
    long length = monthLength(newYear, newMonth);
    return daysFromCivil(newYear, newMonth, Math.min(day, length));
  }

  private static long monthLength(long year, long month) {
    if (month == 2) {
      boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  private static long daysFromCivil(long year, long month, long day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long mp = month > 2 ? month - 3 : month + 9;
    long doy = (153 * mp + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  /**
   * Returns the divisor that reduces a six-digit place code to a jurisdiction's significant prefix, as
   * {@link Jurisdiction#contains} compares them: 100 for 440300 (prefix 4403), 10,000 for 310000; 0 for national.
   *
   * @param region  the jurisdiction
   * @return the divisor, 0 when every place code is contained
   */
  static int regionDivisor(Jurisdiction region) {
    if (region.level() == JurisdictionLevel.NATIONAL) {
      return 0;
    }
    String code = region.code();
    int end = code.length();
    int divisor = 1;
    while (end >= 2 && code.charAt(end - 1) == '0' && code.charAt(end - 2) == '0') {
      end -= 2;
      divisor *= 100;
    }
    return divisor;
  }

  /**
   * Encodes a place code for a region column: the six digits as an int (leading zeros kept by value),
   * {@link BookColumnCodes#UNKNOWN_PLACE} when absent, {@link BookColumnCodes#NOT_A_PLACE} when not six digits.
   *
   * @param code  the code, null when absent
   * @return the column value
   */
  static int place(String code) {
    if (code == null) {
      return BookColumnCodes.UNKNOWN_PLACE;
    }
    if (code.length() != 6) {
      return BookColumnCodes.NOT_A_PLACE;
    }
    int value = 0;
    for (int i = 0; i < 6; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return BookColumnCodes.NOT_A_PLACE;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Writes an amount in fen as yuan, as a request would hold it (-5 fen is {@code -0.05}), for a failure's value.
   *
   * @param fen  the amount in fen
   * @return the text
   */
  static String yuanText(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }

  /**
   * Writes a rate in millionths as a percentage, as a request would hold it (800,001 ppm is {@code 80.0001%}), for a
   * failure's value.
   *
   * @param ppm  the rate in millionths
   * @return the text
   */
  static String percentText(long ppm) {
    return BigDecimal.valueOf(ppm, 4).stripTrailingZeros().toPlainString() + "%";
  }

  /**
   * Returns the failure of a day outside {@link DateBounds}, as a request holding that date fails.
   *
   * @param field  the field, a JSON Pointer into the request
   * @param day  the day, in epoch days
   * @return the failure
   */
  static InvalidInputException dateOutOfRange(String field, long day) {
    try {
      DateBounds.check(java.time.LocalDate.ofEpochDay(day), field);
    } catch (InvalidInputException ex) {
      return ex;
    }
    throw new IllegalArgumentException("a day within the bounds: " + day);
  }

  /** Whether a day is within {@link DateBounds}. */
  static boolean inBounds(long day) {
    return day >= EARLIEST_DAY && day <= LATEST_DAY;
  }
}
