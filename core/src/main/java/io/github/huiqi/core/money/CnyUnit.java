package io.github.huiqi.core.money;

import java.io.Serializable;
import javax.money.CurrencyContext;
import javax.money.CurrencyContextBuilder;
import javax.money.CurrencyUnit;

/**
 * The library's own {@code CNY} {@link CurrencyUnit}, so that using an amount does not start Moneta's service loading
 * (its currency providers, configuration and logging: a large part of a cold start).
 * <p>
 * It equals any currency unit whose code is {@code CNY}, as Moneta's own units compare, so
 * {@code Monetary.getCurrency("CNY").equals(Cny.CNY)} and {@code Cny.CNY.equals(Monetary.getCurrency("CNY"))} both
 * hold, and an amount in Moneta's CNY is accepted wherever the library's is. Two decimal places (the fen), ISO 4217
 * numeric code 156.
 * <p>
 * This class is immutable and thread-safe.
 */
final class CnyUnit implements CurrencyUnit, Serializable {

  /** The one instance. */
  static final CnyUnit INSTANCE = new CnyUnit();

  private static final long serialVersionUID = 1L;
  private static final CurrencyContext CONTEXT = CurrencyContextBuilder.of("huiqi").build();

  private CnyUnit() {
  }

  @Override
  public String getCurrencyCode() {
    return Cny.CODE;
  }

  @Override
  public int getNumericCode() {
    return 156;
  }

  @Override
  public int getDefaultFractionDigits() {
    return 2;
  }

  @Override
  public CurrencyContext getContext() {
    return CONTEXT;
  }

  @Override
  public int compareTo(CurrencyUnit other) {
    return Cny.CODE.compareTo(other.getCurrencyCode());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CurrencyUnit unit && Cny.CODE.equals(unit.getCurrencyCode());
  }

  @Override
  public int hashCode() {
    return Cny.CODE.hashCode();
  }

  @Override
  public String toString() {
    return Cny.CODE;
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
