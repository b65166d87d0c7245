package io.github.huiqi.core.money;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Renminbi amounts: the {@code CNY} currency unit and checked conversions to and from {@link MonetaryAmount}.
 * <p>
 * Amounts are in yuan (元). An amount in 万元 must be converted by the caller with {@link #ofWan(BigDecimal)};
 * nothing converts silently. Every amount this class creates, and so every amount the library returns, is exact and
 * at the fen's scale: {@code Cny.of("200000")} and {@code Cny.of(new BigDecimal("2E+5"))} both have the number
 * {@code 200000.00}, scale 2 (more decimals only for a value with non-zero digits below the fen, which a rule may
 * declare). The amounts do not depend on Moneta's global configuration: a {@code javamoney.properties} on the host's
 * class path changes nothing.
 * <p>
 * Input amounts are checked by {@link #inputYuan}, {@link #positiveYuan} and {@link #notNegativeYuan}: CNY, at most
 * {@value Args#MAX_INTEGER_DIGITS} integer digits and at most two decimals (no part of a fen).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Cny {

  /** The CNY currency code, the only one accepted. */
  public static final String CODE = "CNY";
  /**
   * The CNY currency unit: the library's own, which equals Moneta's {@code Monetary.getCurrency("CNY")} (and any unit
   * with the code CNY) both ways, without starting Moneta's service loading.
   */
  public static final CurrencyUnit CNY = CnyUnit.INSTANCE;
  /** Zero yuan, {@code 0.00}. */
  public static final MonetaryAmount ZERO = CnyAmount.of(BigDecimal.ZERO);
  /** The most integer digits of an amount the library computes, such as a total over many loans. */
  public static final int MAX_COMPUTED_INTEGER_DIGITS = 32;

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private Cny() {
  }

  /**
   * Obtains an amount in yuan, at the fen's scale.
   *
   * @param yuan  the amount in yuan, not null, with at most {@value Args#MAX_SCALE} decimals and
   *     {@value #MAX_COMPUTED_INTEGER_DIGITS} integer digits
   * @return the amount in CNY, its number at scale 2 (or finer when the value has digits below the fen)
   * @throws InvalidInputException if null or out of bounds
   */
  public static MonetaryAmount of(BigDecimal yuan) {
    return CnyAmount.of(computed(yuan, "amount"));
  }

  /**
   * Obtains an amount in yuan from its decimal text, such as {@code "200000"} or {@code "1234.56"}.
   *
   * @param yuan  the amount in yuan as decimal text
   * @return the amount in CNY, its number at scale 2
   * @throws InvalidInputException if null, not a decimal or out of bounds
   */
  public static MonetaryAmount of(String yuan) {
    return of(parseDecimal(yuan, "amount"));
  }

  /**
   * Obtains an amount from a figure in 万元 (ten thousand yuan), as the policy texts often state caps.
   *
   * @param wan  the amount in 万元, not null
   * @return the amount in yuan, CNY
   * @throws InvalidInputException if null or out of bounds
   */
  public static MonetaryAmount ofWan(BigDecimal wan) {
    return of(Args.bounded(wan, "amount").multiply(TEN_THOUSAND));
  }

  /**
   * Returns the exact yuan value of an amount, after checking that it is in CNY. For an amount the library created,
   * the value is at the fen's scale. This reads any amount, computed ones included; an input is checked with
   * {@link #inputYuan} instead.
   *
   * @param amount  the amount, not null
   * @param field  the field name used in an error
   * @return the value in yuan
   * @throws InvalidInputException if null, not CNY, or out of bounds
   */
  public static BigDecimal yuan(MonetaryAmount amount, String field) {
    Args.notNull(amount, field);
    if (amount instanceof CnyAmount own) {
      return own.yuan();
    }
    return computed(exact(amount, field), field);
  }

  /**
   * Returns the yuan value of an input amount: in CNY, at most {@value Args#MAX_INTEGER_DIGITS} integer digits and at
   * most two decimals, since no payment or balance has a part of a fen.
   *
   * @param amount  the amount, not null
   * @param field  the field name used in an error
   * @return the value in yuan
   * @throws InvalidInputException if null, not CNY, out of bounds ({@value InvalidInputException#NUMBER_BOUNDS}) or
   *     with a part below the fen ({@value InvalidInputException#BELOW_FEN})
   */
  public static BigDecimal inputYuan(MonetaryAmount amount, String field) {
    Args.notNull(amount, field);
    BigDecimal value = Args.bounded(amount instanceof CnyAmount own ? own.yuan() : exact(amount, field), field);
    if (value.scale() > 2 && value.signum() != 0 && value.stripTrailingZeros().scale() > 2) {
      throw new InvalidInputException(InvalidInputException.BELOW_FEN, field, amount,
          "must have at most two decimals (no part of a fen)", "至多两位小数（不得有分以下的部分）", null);
    }
    return value;
  }

  /**
   * Returns the yuan value of an input amount that must be strictly positive (see {@link #inputYuan}).
   *
   * @param amount  the amount
   * @param field  the field name used in an error
   * @return the value in yuan
   * @throws InvalidInputException if null, not CNY, out of bounds, below the fen, zero or negative
   */
  public static BigDecimal positiveYuan(MonetaryAmount amount, String field) {
    return Args.positive(inputYuan(amount, field), field);
  }

  /**
   * Returns the yuan value of an input amount that must be zero or positive (see {@link #inputYuan}).
   *
   * @param amount  the amount
   * @param field  the field name used in an error
   * @return the value in yuan
   * @throws InvalidInputException if null, not CNY, out of bounds, below the fen or negative
   */
  public static BigDecimal notNegativeYuan(MonetaryAmount amount, String field) {
    return Args.notNegative(inputYuan(amount, field), field);
  }

  /**
   * Returns the yuan value of a computed amount that must be zero or positive: a result's own check, which reads any
   * amount the library computes (a total beyond an input's {@value Args#MAX_INTEGER_DIGITS} integer digits, or a
   * rule's finer scale), unlike {@link #notNegativeYuan} for inputs.
   *
   * @param amount  the amount
   * @param field  the field name used in an error
   * @return the value in yuan
   * @throws InvalidInputException if null, not CNY, beyond {@value #MAX_COMPUTED_INTEGER_DIGITS} integer digits or
   *     negative
   */
  public static BigDecimal notNegativeComputed(MonetaryAmount amount, String field) {
    BigDecimal value = yuan(amount, field);
    if (value.signum() < 0) {
      throw new InvalidInputException(field, value.toPlainString(), "must not be negative");
    }
    return value;
  }

  /**
   * Parses decimal text strictly: an optional minus sign, digits, an optional fraction. No exponent, no spaces,
   * no grouping, no non-ASCII digits.
   *
   * @param text  the text
   * @param field  the field name used in an error
   * @return the decimal
   * @throws InvalidInputException if the text is not such a decimal or out of bounds
   */
  public static BigDecimal parseDecimal(String text, String field) {
    Args.notNull(text, field);
    if (text.length() > 40 || !isPlainDecimal(text)) {
      throw new InvalidInputException(InvalidInputException.WRONG_TYPE, field, text,
          "must be a plain decimal such as 1234.56", "必须为普通小数，例如 1234.56", null);
    }
    return Args.bounded(new BigDecimal(text), field);
  }

  /**
   * Checks that a currency code is exactly {@code CNY}; used where an input carries a currency separately. The code
   * is compared as text before any lookup, so no pattern or alias of CNY is accepted.
   *
   * @param code  the ISO 4217 code
   * @param field  the field name used in an error
   * @return the CNY unit
   * @throws InvalidInputException if not exactly {@code CNY} ({@value InvalidInputException#NOT_CNY})
   */
  public static CurrencyUnit requireCny(String code, String field) {
    if (!CODE.equals(code)) {
      throw new InvalidInputException(InvalidInputException.NOT_CNY, field, code,
          "must be CNY", "必须为 CNY", null);
    }
    return CNY;
  }

  //-------------------------------------------------------------------------
  private static BigDecimal exact(MonetaryAmount amount, String field) {
    if (!CNY.equals(amount.getCurrency())) {
      throw new InvalidInputException(InvalidInputException.NOT_CNY, field, amount, "must be in CNY",
          "必须以人民币（CNY）计", null);
    }
    try {
      return amount.getNumber().numberValueExact(BigDecimal.class);
    } catch (ArithmeticException ex) {
      throw new InvalidInputException(field, amount, "must be an exact decimal", ex);
    }
  }

  /** Bounds a computed value: a moderate scale, and room for totals beyond an input's 16 integer digits. */
  private static BigDecimal computed(BigDecimal value, String field) {
    Args.notNull(value, field);
    if (value.scale() > Args.MAX_SCALE || value.scale() < -Args.MAX_SCALE
        || value.precision() - value.scale() > MAX_COMPUTED_INTEGER_DIGITS) {
      throw new InvalidInputException(InvalidInputException.NUMBER_BOUNDS, field, value.toString(),
          "must have at most " + Args.MAX_SCALE + " decimals and " + MAX_COMPUTED_INTEGER_DIGITS + " integer digits",
          "位数过多：至多 " + Args.MAX_SCALE + " 位小数、" + MAX_COMPUTED_INTEGER_DIGITS + " 位整数", null);
    }
    return value;
  }

  private static boolean isPlainDecimal(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    int digits = 0;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i == text.length()) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    int fraction = 0;
    for (i++; i < text.length(); i++, fraction++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return fraction > 0;
  }
}
