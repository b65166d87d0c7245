package io.github.huiqi.core.money;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import org.javamoney.moneta.Money;

/**
 * Renminbi amounts: the {@code CNY} currency unit and checked conversions to and from {@link MonetaryAmount}.
 * <p>
 * Amounts are in yuan (元). An amount in 万元 must be converted by the caller with {@link #ofWan(BigDecimal)};
 * nothing converts silently.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Cny {

  /** The CNY currency unit, looked up once. */
  public static final CurrencyUnit CNY = Monetary.getCurrency("CNY");
  /** Zero yuan. */
  public static final MonetaryAmount ZERO = Money.of(BigDecimal.ZERO, CNY);

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private Cny() {
  }

  /**
   * Obtains an amount in yuan.
   *
   * @param yuan  the amount in yuan, not null, bounded (see {@link Args#bounded})
   * @return the amount in CNY
   * @throws InvalidInputException if null or out of bounds
   */
  public static MonetaryAmount of(BigDecimal yuan) {
    return Money.of(Args.bounded(yuan, "amount"), CNY);
  }

  /**
   * Obtains an amount in yuan from its decimal text, such as {@code "200000"} or {@code "1234.56"}.
   *
   * @param yuan  the amount in yuan as decimal text
   * @return the amount in CNY
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
   * Returns the yuan value of an amount, after checking that it is in CNY and bounded.
   *
   * @param amount  the amount, not null
   * @param field  the field name used in an error
   * @return the value in yuan
   * @throws InvalidInputException if null, not CNY, or out of bounds
   */
  public static BigDecimal yuan(MonetaryAmount amount, String field) {
    Args.notNull(amount, field);
    if (!CNY.equals(amount.getCurrency())) {
      throw new InvalidInputException(field, amount, "must be in CNY");
    }
    BigDecimal value;
    try {
      value = amount.getNumber().numberValueExact(BigDecimal.class);
    } catch (ArithmeticException ex) {
      throw new InvalidInputException(field, amount, "must be an exact decimal", ex);
    }
    return Args.bounded(value, field);
  }

  /**
   * Returns the yuan value of an amount that must be strictly positive.
   *
   * @param amount  the amount
   * @param field  the field name used in an error
   * @return the value in yuan
   * @throws InvalidInputException if null, not CNY, out of bounds, zero or negative
   */
  public static BigDecimal positiveYuan(MonetaryAmount amount, String field) {
    return Args.positive(yuan(amount, field), field);
  }

  /**
   * Returns the yuan value of an amount that must be zero or positive.
   *
   * @param amount  the amount
   * @param field  the field name used in an error
   * @return the value in yuan
   * @throws InvalidInputException if null, not CNY, out of bounds or negative
   */
  public static BigDecimal notNegativeYuan(MonetaryAmount amount, String field) {
    return Args.notNegative(yuan(amount, field), field);
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
    if (text.length() > 40 || !text.matches("-?[0-9]+(\\.[0-9]+)?")) {
      throw new InvalidInputException(field, text, "must be a plain decimal such as 1234.56");
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
    if (!"CNY".equals(code)) {
      throw new InvalidInputException(InvalidInputException.NOT_CNY, field, code,
          "must be CNY", "必须为 CNY", null);
    }
    return CNY;
  }
}
