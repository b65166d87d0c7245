package io.github.huiqi.core.tax.smalllowprofit;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;
import java.util.Optional;

/**
 * One row of the 小型微利企业 income-tax table: the effective rates on the two slices of annual taxable income for the
 * tax years within some dates.
 * <p>
 * The instruments state each rate as a share of income counted (计入应纳税所得额) times the 20% rate; the row holds the
 * product. For example tax years 2023–2027: 25% × 20% = 5% on the part up to 1,000,000 and 5% on the part from
 * 1,000,000 to 3,000,000 (财政部 税务总局公告2023年第6号 and 2022年第13号, extended by 2023年第12号).
 * <p>
 * A row may name the instrument that defines a 小型微利企业 for its years, where that is not the one the measure names
 * for all of them: the four conditions are the same words in every instrument from 财税〔2019〕13号 第二条 on, but a
 * tax year is governed by the instrument in force in it (财税〔2019〕13号 for 2019–2021, 2023年第12号 for 2025–2027,
 * where the built-in measure names 2022年第13号, in force 2022–2024; decisions register §4.6 item 113).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param taxYears  the tax years the row governs: from 1 January of the first to 31 December of the last, closed
 * @param lowerSliceRate  the effective rate on the part of taxable income up to the slice boundary (1,000,000),
 *     greater than 0%, valid for the whole row
 * @param upperSliceRate  the effective rate on the part above the slice boundary up to the income limit (3,000,000),
 *     greater than 0%, valid for the whole row
 * @param definition  the instrument defining a 小型微利企业 (the conditions and the averaging) for the row's tax years,
 *     if not the measure's {@link SmallLowProfitMeasure#definition()}
 */
public record SmallLowProfitRates(
    DateRange taxYears,
    Parameter<Rate> lowerSliceRate,
    Parameter<Rate> upperSliceRate,
    Optional<Citation> definition) {

  /**
   * Creates a row whose years the measure's own definition governs.
   *
   * @param taxYears  the tax years the row governs
   * @param lowerSliceRate  the effective rate on the part up to the slice boundary
   * @param upperSliceRate  the effective rate on the part above the slice boundary up to the income limit
   * @throws InvalidInputException as the canonical constructor
   */
  public SmallLowProfitRates(DateRange taxYears, Parameter<Rate> lowerSliceRate, Parameter<Rate> upperSliceRate) {
    this(taxYears, lowerSliceRate, upperSliceRate, Optional.empty());
  }

  /**
   * Creates a row, checking its invariants.
   *
   * @throws InvalidInputException if a field is null (the definition may be empty), the dates are open-ended or not
   *     whole calendar years, a rate is not above 0% or above 100%, or a rate is not valid for the whole row; naming
   *     the field
   */
  public SmallLowProfitRates {
    Args.notNull(taxYears, "taxYears");
    if (taxYears.isOpenEnded()) {
      throw new InvalidInputException("taxYears/end", null, "must be set: each row of the table is closed");
    }
    // month and day compared as numbers: MonthDay's class initialisation builds a date formatter, which the cold start
    // of the built-in data would pay for
    if (taxYears.start().getMonthValue() != 1 || taxYears.start().getDayOfMonth() != 1) {
      throw new InvalidInputException("taxYears/start", taxYears.start(), "must be the 1 January of a tax year");
    }
    if (taxYears.end().get().getMonthValue() != 12 || taxYears.end().get().getDayOfMonth() != 31) {
      throw new InvalidInputException("taxYears/end", taxYears.end().get(), "must be the 31 December of a tax year");
    }
    checkRate(lowerSliceRate, taxYears, "lowerSliceRate");
    checkRate(upperSliceRate, taxYears, "upperSliceRate");
    Args.notNullOptional(definition, "definition");
  }

  private static void checkRate(Parameter<Rate> rate, DateRange taxYears, String field) {
    Args.notNull(rate, field);
    Rate value = rate.value();
    if (value.compareTo(Rate.ZERO) <= 0 || value.isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
      throw new InvalidInputException(field + "/value", value, "must be above 0% and at most 100%");
    }
    if (!rate.isValidOn(taxYears.start()) || !rate.isValidOn(taxYears.end().get())) {
      throw new InvalidInputException(field + "/validity", rate.validity(), "must cover the row's tax years "
          + taxYears);
    }
  }

  /**
   * Checks whether this row governs a tax year.
   *
   * @param taxYear  the tax year, such as 2023; any int (a year far outside the row is simply not governed)
   * @return true if the year is from the row's first to its last (the row covers whole calendar years)
   */
  public boolean governs(int taxYear) {
    return taxYear >= firstYear() && taxYear <= lastYear();
  }

  /**
   * Returns the first tax year of the row.
   *
   * @return the year
   */
  public int firstYear() {
    return taxYears.start().getYear();
  }

  /**
   * Returns the last tax year of the row.
   *
   * @return the year
   */
  public int lastYear() {
    return taxYears.end().get().getYear();
  }
}
