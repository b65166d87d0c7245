package io.github.huiqi.core.time;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.testing.Generators;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@link DayCount}: 算头不算尾 day counting, ACT/360, ACT/365F and whole months (domain.md §2.10).
 */
class DayCountTest {

  @Test
  void test_days_startCountedEndNot() {
    // 2023-01-15 → 2023-04-15: 17 (Jan 15..31) + 28 (Feb) + 31 (Mar) + 14 (Apr 1..14) = 90 days
    assertThat(DayCount.days(of(2023, 1, 15), of(2023, 4, 15))).isEqualTo(90);
    assertThat(DayCount.days(of(2023, 1, 15), of(2023, 1, 15))).isZero();
    assertThat(DayCount.days(of(2023, 1, 15), of(2023, 1, 16))).isEqualTo(1);
  }

  @Test
  void test_act360() {
    // 90 days ÷ 360 (银发〔2005〕129号: 日利率 = 年利率 ÷ 360)
    assertThat(DayCount.ACT_360.yearFraction(of(2023, 1, 15), of(2023, 4, 15))).isEqualTo(new YearFraction(90, 360));
    // a leap year does not change the basis: 2024-01-01 → 2025-01-01 = 366/360
    assertThat(DayCount.ACT_360.yearFraction(of(2024, 1, 1), of(2025, 1, 1))).isEqualTo(new YearFraction(366, 360));
  }

  @Test
  void test_act365F() {
    // 2023-01-15 → 2023-04-15 = 90/365
    assertThat(DayCount.ACT_365F.yearFraction(of(2023, 1, 15), of(2023, 4, 15)))
        .isEqualTo(new YearFraction(90, 365));
    // fixed 365 even in a leap year: 2024-01-01 → 2025-01-01 = 366/365
    assertThat(DayCount.ACT_365F.yearFraction(of(2024, 1, 1), of(2025, 1, 1)))
        .isEqualTo(new YearFraction(366, 365));
  }

  @ParameterizedTest(name = "{0} → {1}: {2} months + {3} days = {4}/360")
  @CsvSource({
      // 01-31 plus one month rolls back to 02-28: one whole month, 0 odd days = 30/360
      "2023-01-31, 2023-02-28, 1, 0, 30",
      // 01-15 → 03-15 is 2 months; 03-15 → 03-20 is 5 days: 2 × 30 + 5 = 65
      "2023-01-15, 2023-03-20, 2, 5, 65",
      // 01-15 → 04-15: exactly 3 months = 90
      "2023-01-15, 2023-04-15, 3, 0, 90",
      // 01-15 → 02-14: not yet a month: 30 odd days (Jan 15..Feb 13) = 30
      "2023-01-15, 2023-02-14, 0, 30, 30",
      // 2024 leap year: 01-31 + 1 month = 02-29; 02-29 → 03-01 is 1 day: 30 + 1 = 31
      "2024-01-31, 2024-03-01, 1, 1, 31",
      // same day: nothing
      "2023-06-01, 2023-06-01, 0, 0, 0",
      // 6 months (the first-loan maximum): 2023-01-15 → 2023-07-15 = 180/360
      "2023-01-15, 2023-07-15, 6, 0, 180"})
  void test_wholeMonths(LocalDate start, LocalDate end, long months, long oddDays, long days360) {
    assertThat(DayCount.wholeMonths(start, end)).isEqualTo(months);
    assertThat(DayCount.days(start.plusMonths(months), end)).isEqualTo(oddDays);
    assertThat(DayCount.WHOLE_MONTHS.yearFraction(start, end)).isEqualTo(new YearFraction(days360, 360));
  }

  @Test
  void test_endBeforeStart() {
    for (DayCount dayCount : DayCount.values()) {
      assertThatThrownBy(() -> dayCount.yearFraction(of(2023, 4, 15), of(2023, 4, 14)))
          .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
            assertThat(ex.field()).isEqualTo("end");
            assertThat(ex.value()).isEqualTo("2023-04-14");
          });
    }
    assertThatThrownBy(() -> DayCount.days(of(2023, 4, 15), of(2023, 1, 15)))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("end"));
    assertThatThrownBy(() -> DayCount.wholeMonths(of(2023, 4, 15), of(2023, 1, 15)))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("end"));
    assertThatThrownBy(() -> DayCount.ACT_360.yearFraction(null, of(2023, 1, 15)))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("start"));
  }

  @Test
  void test_wholeMonths_toTheLastDateJavaHolds_isATypedErrorNamingIt() {
    // before: java.time.DateTimeException (a year past 999,999,999) from wholeMonths and the WHOLE-MONTHS fraction
    for (LocalDate start : new LocalDate[] {of(2023, 6, 30), LocalDate.MIN}) {
      assertThatThrownBy(() -> DayCount.wholeMonths(start, LocalDate.MAX))
          .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
            assertThat(ex.code()).isEqualTo(InvalidInputException.DATE_RANGE);
            assertThat(ex.field()).isEqualTo(start.equals(LocalDate.MIN) ? "start" : "end");
          });
    }
    assertThatThrownBy(() -> DayCount.WHOLE_MONTHS.yearFraction(of(2023, 6, 30), LocalDate.MAX))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("end"));
    // dates beyond DateBounds that java.time computes with are counted as before
    assertThat(DayCount.wholeMonths(of(2199, 12, 31), of(2300, 12, 31))).isEqualTo(1212);
  }

  @Test
  void test_codes() {
    assertThat(DayCount.of("ACT/360")).isEqualTo(DayCount.ACT_360);
    assertThat(DayCount.of("ACT/365F")).isEqualTo(DayCount.ACT_365F);
    assertThat(DayCount.of("WHOLE-MONTHS")).isEqualTo(DayCount.WHOLE_MONTHS);
    assertThat(DayCount.of("ACT_360")).isEqualTo(DayCount.ACT_360);
    for (DayCount dayCount : DayCount.values()) {
      assertThat(DayCount.of(dayCount.toString())).isEqualTo(dayCount);
      assertThat(dayCount.chineseName()).isNotBlank();
    }
    assertThat(DayCount.ACT_360.chineseName()).isEqualTo("实际天数/360");
    for (String bad : new String[] {"act/360", "ACT/365", "30/360", ""}) {
      assertThatThrownBy(() -> DayCount.of(bad))
          .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("dayCount"));
    }
    assertThatThrownBy(() -> DayCount.of(null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("dayCount"));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_wholeMonths(long seed) {
    Random random = new Random(seed);
    LocalDate start = Generators.date(random, of(2019, 1, 1), of(2025, 12, 31));
    LocalDate end = Generators.date(random, start, start.plusDays(800));
    long months = DayCount.wholeMonths(start, end);
    // n is the largest count of months with start + n months not after end
    assertThat(start.plusMonths(months)).isBeforeOrEqualTo(end);
    assertThat(start.plusMonths(months + 1)).isAfter(end);
    YearFraction whole = DayCount.WHOLE_MONTHS.yearFraction(start, end);
    long oddDays = DayCount.days(start.plusMonths(months), end);
    // odd days are fewer than a month has
    assertThat(oddDays).isLessThan(31);
    assertThat(whole).isEqualTo(new YearFraction(30 * months + oddDays, 360));
    // ACT/360 and ACT/365F count the same days
    long days = DayCount.days(start, end);
    assertThat(DayCount.ACT_360.yearFraction(start, end).days()).isEqualTo(days);
    assertThat(DayCount.ACT_365F.yearFraction(start, end).days()).isEqualTo(days);
    // a month counts 28 to 31 actual days and 30 in WHOLE-MONTHS: the difference is bounded by 2 days a month
    assertThat(Math.abs(whole.days() - days)).isLessThanOrEqualTo(2 * months + 2);
    // adding a day never lowers any fraction (monotone)
    for (DayCount dayCount : DayCount.values()) {
      assertThat(dayCount.yearFraction(start, end.plusDays(1)).toDecimal())
          .isGreaterThanOrEqualTo(dayCount.yearFraction(start, end).toDecimal());
    }
  }
}
