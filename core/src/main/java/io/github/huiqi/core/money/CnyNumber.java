package io.github.huiqi.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.money.NumberValue;

/**
 * The number of a {@link CnyAmount}: a {@link BigDecimal} returned with its scale, never stripped of trailing zeros
 * (Moneta's own number value, {@code DefaultNumberValue}, returns 200000.00 as {@code 2E+5}, and its exact
 * conversion to a {@code Double} gives 0.10 as 0.1 rather than refusing, measured on 2026-12-03 with moneta-core
 * 1.4.5: so this class stays, {@code double} signatures and all).
 * <p>
 * The {@code double} and {@code float} conversions are those {@link Number} and JSR 354's {@code NumberValue} require:
 * a caller's explicit request for an approximation (the exact forms refuse a value they cannot hold), never used by
 * the library's own arithmetic, which reads {@link #numberValue(Class)} as a {@code BigDecimal}. A test
 * ({@code NoBinaryFloatingPointTest}) reads the compiled library and holds every other method free of binary
 * floating point.
 * <p>
 * This class is immutable and thread-safe.
 */
final class CnyNumber extends NumberValue {

  private static final long serialVersionUID = 1L;

  private final BigDecimal number;

  CnyNumber(BigDecimal number) {
    this.number = number;
  }

  @Override
  public Class<?> getNumberType() {
    return BigDecimal.class;
  }

  @Override
  public int getPrecision() {
    return number.precision();
  }

  @Override
  public int getScale() {
    return number.scale();
  }

  @Override
  public int intValueExact() {
    return number.intValueExact();
  }

  @Override
  public long longValueExact() {
    return number.longValueExact();
  }

  @Override
  public double doubleValueExact() {
    double value = number.doubleValue();
    if (Double.isInfinite(value) || new BigDecimal(value).compareTo(number) != 0) {
      throw new ArithmeticException("the amount " + number.toPlainString() + " is not exactly a double");
    }
    return value;
  }

  @Override
  public <T extends Number> T numberValue(Class<T> numberType) {
    return convert(numberType, false);
  }

  @Override
  public <T extends Number> T numberValueExact(Class<T> numberType) {
    return convert(numberType, true);
  }

  @Override
  public NumberValue round(MathContext mathContext) {
    return new CnyNumber(number.round(mathContext));
  }

  @Override
  public long getAmountFractionNumerator() {
    return number.remainder(BigDecimal.ONE).movePointRight(number.scale()).longValueExact();
  }

  @Override
  public long getAmountFractionDenominator() {
    return BigDecimal.ONE.movePointRight(number.scale()).longValueExact();
  }

  @Override
  public int intValue() {
    return number.intValue();
  }

  @Override
  public long longValue() {
    return number.longValue();
  }

  @Override
  public float floatValue() {
    return number.floatValue();
  }

  @Override
  public double doubleValue() {
    return number.doubleValue();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CnyNumber other && number.equals(other.number);
  }

  @Override
  public int hashCode() {
    return number.hashCode();
  }

  @Override
  public String toString() {
    return number.toPlainString();
  }

  private <T extends Number> T convert(Class<T> type, boolean exact) {
    Object value;
    if (type == BigDecimal.class || type == Number.class) {
      value = number;
    } else if (type == BigInteger.class) {
      value = exact ? number.toBigIntegerExact() : number.toBigInteger();
    } else if (type == Long.class || type == long.class) {
      value = exact ? number.longValueExact() : number.longValue();
    } else if (type == Integer.class || type == int.class) {
      value = exact ? number.intValueExact() : number.intValue();
    } else if (type == Short.class || type == short.class) {
      value = exact ? number.shortValueExact() : number.shortValue();
    } else if (type == Byte.class || type == byte.class) {
      value = exact ? number.byteValueExact() : number.byteValue();
    } else if (type == Double.class || type == double.class) {
      value = exact ? doubleValueExact() : number.doubleValue();
    } else if (type == Float.class || type == float.class) {
      float single = number.floatValue();
      if (exact && (Float.isInfinite(single) || new BigDecimal(single).compareTo(number) != 0)) {
        throw new ArithmeticException("the amount " + number.toPlainString() + " is not exactly a float");
      }
      value = single;
    } else if (type == AtomicLong.class) {
      value = new AtomicLong(exact ? number.longValueExact() : number.longValue());
    } else if (type == AtomicInteger.class) {
      value = new AtomicInteger(exact ? number.intValueExact() : number.intValue());
    } else {
      throw new IllegalArgumentException("Unsupported number type: " + type.getName());
    }
    @SuppressWarnings("unchecked")
    T result = (T) value;
    return result;
  }
}
