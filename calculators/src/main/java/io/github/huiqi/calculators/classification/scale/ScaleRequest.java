package io.github.huiqi.calculators.classification.scale;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A request to test whether a unit is above designated size ("四上") in a year: its industry, the year's revenue
 * (主营业务收入 where the category uses it, else 营业收入), and the facts some categories need instead.
 * <p>
 * In JSON: {@code {"industryCode": "C3484", "year": 2023, "revenue": {"amount": 20000000, "currency": "CNY"}}}, with
 * {@code "qualificationHeld": true} for construction and real-estate development and {@code "stateOwned": true} for
 * an industrial firm before 2007.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param industryCode  the GB/T 4754-2017 code, such as {@code C3484}
 * @param year  the year, 1990 to 2100
 * @param revenue  the year's revenue, CNY, zero or more; empty if not known
 * @param qualificationHeld  whether the unit holds the qualification its category needs (建筑业资质, 房地产开发资质 with
 *     development activity); empty if not known
 * @param stateOwned  whether the unit is a state-owned industrial enterprise (the 1998-2006 rule); empty if not known
 */
public record ScaleRequest(
    String industryCode,
    @JsonProperty(value = "year", required = true) int year,
    Optional<MonetaryAmount> revenue,
    Optional<Boolean> qualificationHeld,
    Optional<Boolean> stateOwned) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if a field is null, the code malformed, the year out of range or the revenue
   *     negative, naming it
   */
  public ScaleRequest {
    Args.notNull(industryCode, "industryCode");
    if (!Args.isIndustryCode(industryCode)) {
      throw new InvalidInputException("industryCode", industryCode,
          "must be a GB/T 4754-2017 code: a section letter A..T with 0, 2, 3 or 4 digits, such as C3484");
    }
    if (year < 1990 || year > 2100) {
      throw new InvalidInputException("year", year, "must be from 1990 to 2100");
    }
    Args.notNullOptional(revenue, "revenue").ifPresent(amount -> Cny.notNegativeYuan(amount, "revenue"));
    Args.notNullOptional(qualificationHeld, "qualificationHeld");
    Args.notNullOptional(stateOwned, "stateOwned");
  }

  /**
   * Obtains a request with the revenue known and no other fact.
   *
   * @param industryCode  the code
   * @param year  the year
   * @param revenue  the revenue
   * @return the request
   */
  public static ScaleRequest of(String industryCode, int year, MonetaryAmount revenue) {
    return new ScaleRequest(industryCode, year, Optional.of(Args.notNull(revenue, "revenue")), Optional.empty(),
        Optional.empty());
  }
}
