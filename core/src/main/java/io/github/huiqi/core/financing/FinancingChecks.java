package io.github.huiqi.core.financing;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.rates.Rate;

/**
 * Invariant checks shared by the financing models. Not part of the public API.
 */
final class FinancingChecks {

  private FinancingChecks() {
  }

  /**
   * Checks that a rate is a ratio from 0% to 100%, both included.
   *
   * @param rate  the rate, not null
   * @param field  the field name used in an error
   * @throws InvalidInputException if outside 0%..100%
   */
  static void requireRatio(Rate rate, String field) {
    if (rate.compareTo(Rate.ZERO) < 0 || rate.isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
      throw new InvalidInputException(field, rate, "must be from 0% to 100%");
    }
  }

  /**
   * Checks that a rate is above 0% and at most 100%.
   *
   * @param rate  the rate, not null
   * @param field  the field name used in an error
   * @throws InvalidInputException if zero, negative or above 100%
   */
  static void requirePositiveRatio(Rate rate, String field) {
    requireRatio(rate, field);
    if (rate.compareTo(Rate.ZERO) == 0) {
      throw new InvalidInputException(field, rate, "must be above 0%");
    }
  }
}
