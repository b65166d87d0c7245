package io.github.huiqi.core.space.rent;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import javax.money.MonetaryAmount;

/**
 * The rent paid on a lease in one calendar year (场地租金支出).
 * <p>
 * In JSON: {@code {"year": 2022, "amount": {"amount": 360000, "currency": "CNY"}}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param year  the calendar year, 1900 to 2200
 * @param amount  the rent paid in it, CNY, not negative
 */
public record RentPayment(@JsonProperty(value = "year", required = true) int year, MonetaryAmount amount) {

  /**
   * Creates a payment.
   *
   * @throws InvalidInputException if the year is out of range or the amount null or negative, naming the field
   */
  public RentPayment {
    if (year < 1900 || year > 2200) {
      throw new InvalidInputException("year", year, "must be a year from 1900 to 2200");
    }
    Args.notNull(amount, "amount");
    Cny.notNegativeYuan(amount, "amount");
  }
}
