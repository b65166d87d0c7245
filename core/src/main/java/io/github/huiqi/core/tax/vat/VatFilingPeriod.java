package io.github.huiqi.core.tax.vat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A VAT filing period: one calendar month or one calendar quarter of a year.
 * <p>
 * Exactly one of {@code month} and {@code quarter} is given; which one fixes the {@linkplain #frequency() filing
 * frequency}. In JSON: {@code {"year": 2023, "month": 4}} or {@code {"year": 2023, "quarter": 2}}; {@code year} is
 * required.
 * <p>
 * Obtain one with {@link #ofMonth} or {@link #ofQuarter}; {@link #builder()} builds the same from the three facts
 * (as the JSON reader does):
 * <pre>
 * VatFilingPeriod april = VatFilingPeriod.ofMonth(2023, 4);
 * VatFilingPeriod secondQuarter = VatFilingPeriod.ofQuarter(2023, 2);
 * VatFilingPeriod built = VatFilingPeriod.builder()
 *     .year(2023)
 *     .quarter(2)
 *     .build();
 * </pre>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableVatFilingPeriod.class)
@JsonDeserialize(as = ImmutableVatFilingPeriod.class)
public abstract class VatFilingPeriod {

  VatFilingPeriod() {
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
   * Obtains a monthly filer's period.
   *
   * @param year  the year, 1900 to 9999
   * @param month  the month, 1 to 12
   * @return the period
   * @throws InvalidInputException if the year or month is out of range, naming it
   */
  public static VatFilingPeriod ofMonth(int year, int month) {
    return builder().year(given(year)).month(month).build();
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
    return builder().year(given(year)).quarter(quarter).build();
  }

  /**
   * A year a factory is given, checked here: the builder reads 0 as not set (what the JSON reader holds for a
   * document without {@code year}, "is required"), but a factory's year is always given, so 0 is out of range.
   */
  private static int given(int year) {
    if (year < 1900 || year > 9999) {
      throw new InvalidInputException("year", year, "must be from 1900 to 9999");
    }
    return year;
  }

  /**
   * Returns the calendar year, 1900 to 9999; required.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns the month, 1 to 12, of a monthly filer's period.
   *
   * @return the month; empty for a quarterly filer's period
   */
  public abstract Optional<Integer> month();

  /**
   * Returns the quarter, 1 to 4, of a quarterly filer's period.
   *
   * @return the quarter; empty for a monthly filer's period
   */
  public abstract Optional<Integer> quarter();

  /**
   * Returns the filing frequency: monthly when a month is given, quarterly when a quarter is.
   *
   * @return the frequency
   */
  public VatFilingFrequency frequency() {
    return month().isPresent() ? VatFilingFrequency.MONTHLY : VatFilingFrequency.QUARTERLY;
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
    Optional<Integer> month = month();
    if (month.isPresent()) {
      LocalDate first = LocalDate.of(year(), month.get(), 1);
      return DateRange.of(first, first.plusMonths(1).minusDays(1));
    }
    return DateRange.quarter(year(), quarter().get());
  }

  /**
   * Returns the period as text: {@code 2023-04} for a month, {@code 2023-Q2} for a quarter.
   *
   * @return the text
   */
  @Override
  public String toString() {
    // Locale.ROOT: ASCII digits whatever the host's locale (ar-SA would write ٢٠٢٣-٠٤)
    return month().map(m -> String.format(Locale.ROOT, "%04d-%02d", year(), m))
        .orElseGet(() -> year() + "-Q" + quarter().get());
  }

  @Value.Check
  void check() {
    if (year() == 0) {
      // no year 0 in the calendar: what the builder and the JSON reader hold when the year is not given
      throw new InvalidInputException("year");
    }
    if (year() < 1900 || year() > 9999) {
      throw new InvalidInputException("year", year(), "must be from 1900 to 9999");
    }
    Optional<Integer> month = month();
    Optional<Integer> quarter = quarter();
    if (month.isPresent() == quarter.isPresent()) {
      // both given: the quarter is named, with its own value; neither: the month, not given
      throw new InvalidInputException(month.isPresent() ? "quarter" : "month", quarter.orElse(null),
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
   * Builds a {@link VatFilingPeriod}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if the year is not set (a year of 0 is read as not set) or outside 1900 to 9999,
   * not exactly one of month and quarter is set, or the month is outside 1 to 12 or the quarter outside 1 to 4,
   * naming the field ({@code year}, {@code month} or {@code quarter}).
   */
  public static class Builder extends ImmutableVatFilingPeriod.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
