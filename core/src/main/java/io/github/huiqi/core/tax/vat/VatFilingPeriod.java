package io.github.huiqi.core.tax.vat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A VAT filing period: one calendar month or one calendar quarter of a year.
 * <p>
 * Exactly one of {@code month} and {@code quarter} is given; which one fixes the {@linkplain #frequency() filing
 * frequency}. In JSON: {@code {"year": 2023, "month": 4}} or {@code {"year": 2023, "quarter": 2}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param year  the calendar year, 1900 to 9999
 * @param month  the month, 1 to 12, for a monthly filer; empty for a quarterly filer
 * @param quarter  the quarter, 1 to 4, for a quarterly filer; empty for a monthly filer
 */
public record VatFilingPeriod(
    @JsonProperty(value = "year", required = true) int year,
    Optional<Integer> month,
    Optional<Integer> quarter) {

  /**
   * Creates a period.
   *
   * @throws InvalidInputException if the year is outside 1900..9999, the month outside 1..12, the quarter outside
   *     1..4, or not exactly one of month and quarter is given; the field is {@code year}, {@code month} or
   *     {@code quarter}
   */
  public VatFilingPeriod {
    if (year < 1900 || year > 9999) {
      throw new InvalidInputException("year", year, "must be from 1900 to 9999");
    }
    Args.notNullOptional(month, "month");
    Args.notNullOptional(quarter, "quarter");
    if (month.isPresent() == quarter.isPresent()) {
      throw new InvalidInputException(month.isPresent() ? "quarter" : "month", month.orElse(null),
          "exactly one of month (monthly filer) and quarter (quarterly filer) must be given");
    }
    month.ifPresent(m -> {
      if (m < 1 || m > 12) {
        throw new InvalidInputException("month", m, "must be from 1 to 12");
      }
    });
    quarter.ifPresent(q -> {
      if (q < 1 || q > 4) {
        throw new InvalidInputException("quarter", q, "must be from 1 to 4");
      }
    });
  }

  /**
   * Obtains a monthly filer's period.
   *
   * @param year  the year, 1900 to 9999
   * @param month  the month, 1 to 12
   * @return the period
   * @throws InvalidInputException if the year or month is out of range, naming it
   */
  public static VatFilingPeriod ofMonth(int year, int month) {
    return new VatFilingPeriod(year, Optional.of(month), Optional.empty());
  }

  /**
   * Obtains a quarterly filer's period.
   *
   * @param year  the year, 1900 to 9999
   * @param quarter  the quarter, 1 to 4
   * @return the period
   * @throws InvalidInputException if the year or quarter is out of range, naming it
   */
  public static VatFilingPeriod ofQuarter(int year, int quarter) {
    return new VatFilingPeriod(year, Optional.empty(), Optional.of(quarter));
  }

  /**
   * Returns the filing frequency: monthly when a month is given, quarterly when a quarter is.
   *
   * @return the frequency
   */
  public VatFilingFrequency frequency() {
    return month.isPresent() ? VatFilingFrequency.MONTHLY : VatFilingFrequency.QUARTERLY;
  }

  /**
   * Checks that a period of a tax year is filed as often as the year's first period: a small-scale taxpayer elects a
   * month or a quarter and keeps it for the year ("按固定期限纳税的小规模纳税人可以选择以1个月或1个季度为纳税期限，一经选择，
   * 一个会计年度内不得变更", 国家税务总局公告2019年第4号 第三条), so a year's periods are all months or all quarters.
   *
   * @param first  the year's first period
   * @param firstField  the name of the first period's field, such as {@code vatPeriods/0/period}
   * @param other  another period of the year
   * @param otherField  the name of the other period's field, such as {@code vatPeriods/2/period}
   * @throws InvalidInputException if the two are filed at different frequencies, naming {@code otherField}
   */
  public static void requireSameFrequency(VatFilingPeriod first, String firstField, VatFilingPeriod other,
      String otherField) {
    Args.notNull(first, "first");
    Args.notNull(other, "other");
    if (other.frequency() != first.frequency()) {
      throw new InvalidInputException(otherField, other, "must be a " + (first.frequency()
          == VatFilingFrequency.MONTHLY ? "month" : "quarter") + " like " + firstField + " (" + first + "): a "
          + "small-scale taxpayer files monthly or quarterly for the whole year (国家税务总局公告2019年第4号 第三条: "
          + "一经选择，一个会计年度内不得变更)");
    }
  }

  /**
   * Returns the period's days, from the first to the last, inclusive.
   *
   * @return the dates, such as 2023-04-01..2023-06-30 for the second quarter of 2023
   */
  public DateRange dates() {
    if (month.isPresent()) {
      LocalDate first = LocalDate.of(year, month.get(), 1);
      return DateRange.of(first, first.plusMonths(1).minusDays(1));
    }
    return DateRange.quarter(year, quarter.get());
  }

  /**
   * Returns the period as text: {@code 2023-04} for a month, {@code 2023-Q2} for a quarter.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return month.map(m -> String.format("%04d-%02d", year, m)).orElseGet(() -> year + "-Q" + quarter.get());
  }
}
