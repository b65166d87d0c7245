package io.github.huiqi.core.internal;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;

/**
 * Invariant checks shared by the financing models. Not part of the public API.
 */
public final class FinancingChecks {

  private FinancingChecks() {
  }

  /**
   * Checks that a rate is a ratio from 0% to 100%, both included.
   *
   * @param rate  the rate, not null
   * @param field  the field name used in an error
   * @throws InvalidInputException if outside 0%..100%
   */
  public static void requireRatio(Rate rate, String field) {
    if (rate.compareTo(Rate.ZERO) < 0 || rate.isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
      throw new InvalidInputException(field, rate, "must be from 0% to 100%");
    }
  }

  /**
   * Checks that a dated window parameter is present and closed, as every window of the financing measures is
   * ("2023年1-3月", "2022年第四季度").
   *
   * @param window  the parameter, possibly null
   * @param field  the parameter's field name used in an error, such as {@code firstLoanWindow}
   * @throws InvalidInputException if the parameter is null (naming the field) or its range has no end (naming
   *     {@code <field>/value/end})
   */
  public static void requireClosedWindow(Parameter<DateRange> window, String field) {
    Args.notNull(window, field);
    if (window.value().isOpenEnded()) {
      throw new InvalidInputException(field + "/value/end", null, "must be set: the window is closed");
    }
  }

  /**
   * Checks that a rate is above 0% and at most 100%.
   *
   * @param rate  the rate, not null
   * @param field  the field name used in an error
   * @throws InvalidInputException if zero, negative or above 100%
   */
  public static void requirePositiveRatio(Rate rate, String field) {
    requireRatio(rate, field);
    if (rate.compareTo(Rate.ZERO) == 0) {
      throw new InvalidInputException(field, rate, "must be above 0%");
    }
  }
}
