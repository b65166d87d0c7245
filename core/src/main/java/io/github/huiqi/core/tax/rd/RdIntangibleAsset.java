package io.github.huiqi.core.tax.rd;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * An intangible asset formed by R&amp;D (形成无形资产的研发费用), amortised in the tax year.
 * <p>
 * In JSON: {@code {"cost": {"amount": 1200000, "currency": "CNY"}, "amortisationMonths": 120, "monthsInYear": 12,
 * "yearFormed": 2022}}; {@code cost} and {@code monthsInYear} are required, {@code amortisationMonths} may be left out
 * for the measure's default (10 years, 企业所得税法实施条例 第六十七条), and {@code yearFormed} unless the calculators'
 * option {@code RdIntangibleRateYear.YEAR_FORMED} is chosen.
 * <p>
 * Obtain one amortised over the default period for a whole year with {@link #wholeYear}, else build it with
 * {@link #builder()} (an unset period is the default, an unset year formed not given):
 * <pre>
 * RdIntangibleAsset patent = RdIntangibleAsset.wholeYear(Cny.of("1200000")).withYearFormed(2020);
 * RdIntangibleAsset software = RdIntangibleAsset.builder()
 *     .cost(Cny.of("800000"))
 *     .amortisationMonths(60)
 *     .monthsInYear(7)
 *     .yearFormed(2023)
 *     .build();
 * </pre>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableRdIntangibleAsset.class)
@JsonDeserialize(as = ImmutableRdIntangibleAsset.class)
public abstract class RdIntangibleAsset {

  RdIntangibleAsset() {
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
   * Obtains an intangible amortised over the measure's default period for a whole tax year.
   *
   * @param cost  the cost, CNY
   * @return the intangible
   * @throws InvalidInputException if the cost is null, negative or not CNY, naming {@code cost}
   */
  public static RdIntangibleAsset wholeYear(MonetaryAmount cost) {
    return builder().cost(cost).monthsInYear(12).build();
  }

  /**
   * Returns the intangible's cost: its qualifying R&amp;D cost, the 10% other-costs cap applied when it was formed;
   * required.
   *
   * @return the cost, CNY, not negative
   */
  public abstract MonetaryAmount cost();

  /**
   * Returns the straight-line amortisation period in months. 第六十七条 sets at least 10 years, less only where a law
   * or contract sets the period.
   *
   * @return the period, at least 1 month; empty for the measure's default
   */
  public abstract Optional<Integer> amortisationMonths();

  /**
   * Returns the months of the tax year it is amortised in: 12 for a whole year, fewer in the year it is ready for use
   * or the year amortisation ends; required.
   *
   * @return the months, 1 to 12
   */
  public abstract int monthsInYear();

  /**
   * Returns the tax year it was formed (ready for use) in; needed only with the calculators' option
   * {@code RdIntangibleRateYear.YEAR_FORMED}. When given it must not be after the tax year it is amortised in: the
   * R&amp;D calculator refuses one formed later, naming it (decisions register §4.6 item 108).
   *
   * @return the year, 1900 to 9999, if given
   */
  public abstract Optional<Integer> yearFormed();

  /**
   * Returns this intangible with the tax year it was formed in.
   *
   * @param year  the year, such as 2020
   * @return the intangible with {@code yearFormed} set
   * @throws InvalidInputException if the year is outside 1900..9999, naming {@code yearFormed}
   */
  public RdIntangibleAsset withYearFormed(int year) {
    return builder().from(this).yearFormed(year).build();
  }

  @Value.Check
  void check() {
    Cny.notNegativeYuan(cost(), "cost");
    amortisationMonths().ifPresent(months -> {
      if (months < 1) {
        throw new InvalidInputException("amortisationMonths", months, "must be at least 1");
      }
    });
    if (monthsInYear() == 0) {
      // what the builder and the JSON reader hold when the months are not given
      throw new InvalidInputException("monthsInYear");
    }
    if (monthsInYear() < 1 || monthsInYear() > 12) {
      throw new InvalidInputException("monthsInYear", monthsInYear(), "must be from 1 to 12");
    }
    yearFormed().ifPresent(year -> {
      if (year < 1900 || year > 9999) {
        throw new InvalidInputException("yearFormed", year, "must be from 1900 to 9999");
      }
    });
  }

  /**
   * Builds a {@link RdIntangibleAsset}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if the cost or the months in the year are not set (months of 0 are read as not
   * set), the cost is negative or not CNY, the period below 1 month, the months in the year outside 1 to 12, or the
   * year formed outside 1900 to 9999, naming the field.
   */
  public static class Builder extends ImmutableRdIntangibleAsset.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
