package io.github.huiqi.calculators.classification.scale;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A request to test whether a unit is above designated size ("四上") in a year: its industry, the year's revenue
 * (主营业务收入 where the category uses it, else 营业收入), and the facts some categories need instead.
 * <p>
 * In JSON: {@code {"industryCode": "C3484", "year": 2023, "revenue": {"amount": 20000000, "currency": "CNY"}}}, with
 * {@code "qualificationHeld": true} for construction and real-estate development and {@code "stateOwned": true} for
 * an industrial firm before 2007. {@code industryCode} and {@code year} are required; an absent fact is not known.
 * <p>
 * Build with {@link #of} when the revenue is known and nothing else is needed, else with {@link #builder()} (an unset
 * fact is not known):
 * <pre>
 * ScaleRequest request = ScaleRequest.of("C3484", 2023, Cny.of("20000000"));
 * ScaleRequest builder = ScaleRequest.builder()
 *     .industryCode("E4710")
 *     .year(2023)
 *     .qualificationHeld(true)
 *     .build();
 * </pre>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableScaleRequest.class)
@JsonDeserialize(as = ImmutableScaleRequest.class)
public abstract class ScaleRequest {

  ScaleRequest() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the GB/T 4754-2017 code, such as {@code C3484}: a section letter A..T with 0, 2, 3 or 4 digits; required.
   *
   * @return the industry code
   */
  public abstract String industryCode();

  /**
   * Returns the year tested, 1990 to 2100; required.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns the year's revenue, CNY, zero or more.
   *
   * @return the revenue, if known
   */
  public abstract Optional<MonetaryAmount> revenue();

  /**
   * Returns whether the unit holds the qualification its category needs (建筑业资质, 房地产开发资质 with development
   * activity).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> qualificationHeld();

  /**
   * Returns whether the unit is a state-owned industrial enterprise (the 1998-2006 rule).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> stateOwned();

  /**
   * Obtains a request with the revenue known and no other fact.
   *
   * @param industryCode  the GB/T 4754-2017 code, such as {@code C3484}
   * @param year  the year, 1990 to 2100
   * @param revenue  the revenue, CNY, zero or more
   * @return the request
   * @throws InvalidInputException if an argument is null, the code malformed, the year out of range or the revenue
   *     negative, naming it
   */
  public static ScaleRequest of(String industryCode, int year, MonetaryAmount revenue) {
    return builder().industryCode(Args.notNull(industryCode, "industryCode")).year(year)
        .revenue(Args.notNull(revenue, "revenue")).build();
  }

  @Value.Check
  void check() {
    if (year() == 0) {
      // no year 0 in the calendar: what the builder and the JSON reader hold when the year is not given
      throw new InvalidInputException("year");
    }
    String code = Args.notNull(industryCode(), "industryCode");
    Args.industryCode(code, "industryCode");
    if (year() < 1990 || year() > 2100) {
      throw new InvalidInputException("year", year(), "must be from 1990 to 2100");
    }
    revenue().ifPresent(amount -> Cny.notNegativeYuan(amount, "revenue"));
  }

  /**
   * Builds a {@link ScaleRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if the industry code or the year is not set (a year of 0 is read as not set), the
   * code is malformed, the year outside 1990 to 2100, or the revenue negative or not CNY, naming the field.
   */
  public static class Builder extends ImmutableScaleRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
