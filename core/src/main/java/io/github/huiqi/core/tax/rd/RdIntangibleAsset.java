package io.github.huiqi.core.tax.rd;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * An intangible asset formed by R&amp;D (形成无形资产的研发费用), amortised in the tax year.
 * <p>
 * In JSON: {@code {"cost": {"amount": 1200000, "currency": "CNY"}, "amortisationMonths": 120, "monthsInYear": 12,
 * "yearFormed": 2022}}; {@code amortisationMonths} may be left out for the measure's default (10 years,
 * 企业所得税法实施条例 第六十七条), and {@code yearFormed} unless the calculators' option
 * {@code RdIntangibleRateYear.YEAR_FORMED} is chosen.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param cost  the intangible's cost (its qualifying R&amp;D cost, the 10% other-costs cap applied when it was formed),
 *     CNY, not negative
 * @param amortisationMonths  the straight-line amortisation period in months, at least 1; empty for the measure's
 *     default. 第六十七条 sets at least 10 years, less only where a law or contract sets the period
 * @param monthsInYear  the months of the tax year it is amortised in, 1 to 12 (12 for a whole year; fewer in the year
 *     it is ready for use or the year amortisation ends)
 * @param yearFormed  the tax year it was formed (ready for use) in, 1900..9999, if given; needed only with the
 *     calculators' option {@code RdIntangibleRateYear.YEAR_FORMED}
 */
public record RdIntangibleAsset(
    MonetaryAmount cost,
    Optional<Integer> amortisationMonths,
    @JsonProperty(value = "monthsInYear", required = true) int monthsInYear,
    Optional<Integer> yearFormed) {

  /**
   * Creates an intangible.
   *
   * @throws InvalidInputException if the cost is null, negative or not CNY, the period is below 1 month, the
   *     months in the year are outside 1..12, or the year formed is outside 1900..9999; naming the field
   */
  public RdIntangibleAsset {
    Cny.notNegativeYuan(cost, "cost");
    Args.notNullOptional(amortisationMonths, "amortisationMonths").ifPresent(months -> {
      if (months < 1) {
        throw new InvalidInputException("amortisationMonths", months, "must be at least 1");
      }
    });
    if (monthsInYear < 1 || monthsInYear > 12) {
      throw new InvalidInputException("monthsInYear", monthsInYear, "must be from 1 to 12");
    }
    Args.notNullOptional(yearFormed, "yearFormed").ifPresent(year -> {
      if (year < 1900 || year > 9999) {
        throw new InvalidInputException("yearFormed", year, "must be from 1900 to 9999");
      }
    });
  }

  /**
   * Obtains an intangible amortised over the measure's default period for a whole tax year.
   *
   * @param cost  the cost, CNY
   * @return the intangible
   * @throws InvalidInputException if the cost is invalid, naming {@code cost}
   */
  public static RdIntangibleAsset wholeYear(MonetaryAmount cost) {
    return new RdIntangibleAsset(cost, Optional.empty(), 12, Optional.empty());
  }

  /**
   * Returns a copy with the tax year it was formed in.
   *
   * @param year  the year, such as 2020
   * @return the copy
   * @throws InvalidInputException if the year is outside 1900..9999, naming {@code yearFormed}
   */
  public RdIntangibleAsset withYearFormed(int year) {
    return new RdIntangibleAsset(cost, amortisationMonths, monthsInYear, Optional.of(year));
  }
}
