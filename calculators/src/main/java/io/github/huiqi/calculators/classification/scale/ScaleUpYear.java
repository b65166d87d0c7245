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
 * One year of a firm's 规上 history: whether it was in the 规模以上工业 statistics database and its revenue (the figure
 * the authority compares for growth: 产值 or 营业收入).
 * <p>
 * In JSON, as an element of {@link ScaleUpRewardRequest#history()}: {@code {"year": 2022, "aboveScale": true,
 * "revenue": {"amount": 23000000, "currency": "CNY"}}}. {@code year} is required; an absent fact is not known.
 * <p>
 * Build with {@link #of} when both facts are known, else with {@link #builder()} (an unset fact is not known):
 * <pre>
 * ScaleUpYear known = ScaleUpYear.of(2022, true, Cny.of("23000000"));
 * ScaleUpYear partly = ScaleUpYear.builder()
 *     .year(2023)
 *     .aboveScale(true)
 *     .build();
 * </pre>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableScaleUpYear.class)
@JsonDeserialize(as = ImmutableScaleUpYear.class)
public abstract class ScaleUpYear {

  ScaleUpYear() {
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
   * Obtains a year whose facts are both known.
   *
   * @param year  the year, 1990 to 2100
   * @param aboveScale  whether the firm was in the database that year
   * @param revenue  the year's figure for growth, CNY, zero or more
   * @return the year
   * @throws InvalidInputException if the year is out of range, or the revenue null, negative or not CNY, naming it
   */
  public static ScaleUpYear of(int year, boolean aboveScale, MonetaryAmount revenue) {
    return builder().year(year).aboveScale(aboveScale).revenue(Args.notNull(revenue, "revenue")).build();
  }

  /**
   * Returns the year, 1990 to 2100; required.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns whether the firm was in the 规模以上工业 statistics database that year.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> aboveScale();

  /**
   * Returns the year's figure for growth (产值 or 营业收入), CNY, zero or more.
   *
   * @return the revenue, if known
   */
  public abstract Optional<MonetaryAmount> revenue();

  @Value.Check
  void check() {
    if (year() == 0) {
      // no year 0 in the calendar: what the builder and the JSON reader hold when the year is not given
      throw new InvalidInputException("year");
    }
    if (year() < 1990 || year() > 2100) {
      throw new InvalidInputException("year", year(), "must be from 1990 to 2100");
    }
    revenue().ifPresent(amount -> Cny.notNegativeYuan(amount, "revenue"));
  }

  /**
   * Builds a {@link ScaleUpYear}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if the year is not set (a year of 0 is read as not set) or outside 1990 to 2100, or
   * the revenue negative or not CNY, naming the field.
   */
  public static class Builder extends ImmutableScaleUpYear.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
