package io.github.huiqi.core.space.purchase;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import javax.money.MonetaryAmount;

/**
 * An enterprise's gross output value (产值) of a calendar year, as a profile holds it (in its
 * {@code industrialOutputs}); not its revenue (营业收入), which {@code years} holds.
 * <p>
 * In JSON: {@code {"year": 2022, "grossOutput": {"amount": 320000000, "currency": "CNY"}}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param year  the calendar year, 1900 to 2200
 * @param grossOutput  the output value of the year, CNY, not negative
 */
public record PurchaseOutput(@JsonProperty(value = "year", required = true) int year,
    MonetaryAmount grossOutput) {

  /**
   * Creates a year's output.
   *
   * @throws InvalidInputException if the year is out of range or the output null or negative, naming the field
   */
  public PurchaseOutput {
    if (year < 1900 || year > 2200) {
      throw new InvalidInputException("year", year, "must be a year from 1900 to 2200");
    }
    Args.notNull(grossOutput, "grossOutput");
    Cny.notNegativeYuan(grossOutput, "grossOutput");
  }
}
