package io.github.huiqi.calculators.classification.scale;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One year of a firm's 规上 history: whether it was in the 规模以上工业 statistics database and its revenue (the figure
 * the authority compares for growth: 产值 or 营业收入).
 * <p>
 * In JSON: {@code {"year": 2022, "aboveScale": true, "revenue": {"amount": 23000000, "currency": "CNY"}}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param year  the year, 1990 to 2100
 * @param aboveScale  whether the firm was in the database that year, empty if not known
 * @param revenue  the year's figure for growth, CNY, zero or more; empty if not known
 */
public record ScaleUpYear(@JsonProperty(value = "year", required = true) int year, Optional<Boolean> aboveScale,
    Optional<MonetaryAmount> revenue) {

  /**
   * Creates a year.
   *
   * @throws InvalidInputException if the year is out of range, a field null or the revenue negative, naming it
   */
  public ScaleUpYear {
    if (year < 1990 || year > 2100) {
      throw new InvalidInputException("year", year, "must be from 1990 to 2100");
    }
    Args.notNullOptional(aboveScale, "aboveScale");
    Args.notNullOptional(revenue, "revenue").ifPresent(amount -> Cny.notNegativeYuan(amount, "revenue"));
  }
}
