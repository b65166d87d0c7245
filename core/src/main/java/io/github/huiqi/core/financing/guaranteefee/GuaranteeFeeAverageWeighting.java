package io.github.huiqi.core.financing.guaranteefee;

/**
 * How a guarantor's average guarantee fee rate weights its guarantees (decisions register §4.3 item 22).
 * <p>
 * No source defines the average in "平均担保费率保持1%（含）以下"; the library default is {@link #AMOUNT_TIME}.
 */
public enum GuaranteeFeeAverageWeighting {
  /**
   * Each guarantee weighs its guaranteed amount times the time it was in force (days under a day count): the
   * average is total fee income over total annualised guaranteed amount,
   * {@code Σ(amount × rate × t) ÷ Σ(amount × t)}. The library default.
   */
  AMOUNT_TIME,
  /** Each guarantee in force weighs the same: the plain mean of the annual fee rates, {@code Σ rate ÷ n}. */
  COUNT
}
