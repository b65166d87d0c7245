package io.github.huiqi.core.time;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests {@link DateRange}: inclusive at both ends, open-ended, quarters and years.
 */
class DateRangeTest {

  // 深工信〔2023〕26号 第5条 "2023年1-3月" = 2023-01-01..2023-03-31, both ends included
  private static final DateRange Q1_2023 = DateRange.of(of(2023, 1, 1), of(2023, 3, 31));

  @Test
  void test_contains_inclusiveEnds() {
    assertThat(Q1_2023.contains(of(2023, 1, 1))).as("first day").isTrue();
    assertThat(Q1_2023.contains(of(2023, 3, 31))).as("last day").isTrue();
    assertThat(Q1_2023.contains(of(2023, 2, 15))).as("inside").isTrue();
    assertThat(Q1_2023.contains(of(2022, 12, 31))).as("day before").isFalse();
    assertThat(Q1_2023.contains(of(2023, 4, 1))).as("day after").isFalse();
  }

  @ParameterizedTest(name = "{0}..{1} contains the year {2}: {3}")
  @CsvSource({
      // a tax year is the calendar year (企业所得税法 第五十三条): both 1 January and 31 December must be inside
      "2023-01-01, 2023-12-31, 2023, true",
      "2023-01-02, 2023-12-31, 2023, false",
      "2023-01-01, 2023-12-30, 2023, false",
      "2021-01-01, 2027-12-31, 2023, true",
      "2021-01-01, 2027-12-31, 2020, false",
      "2021-01-01, 2027-12-31, 2028, false",
      "2022-12-31, 2024-01-01, 2023, true",
      "2023-06-01,           , 2023, false",
      "2023-06-01,           , 2024, true",
      "2023-06-01,           , 2022, false"})
  void test_containsYear_wholeCalendarYearOnly(LocalDate start, LocalDate end, int year, boolean expected) {
    DateRange range = end == null ? DateRange.startingOn(start) : DateRange.of(start, end);
    assertThat(range.containsYear(year)).isEqualTo(expected);
    assertThat(range.containsYear(year)).as("the same as testing both days")
        .isEqualTo(range.contains(of(year, 1, 1)) && range.contains(of(year, 12, 31)));
  }

  @Test
  void test_singleDay() {
    DateRange day = DateRange.of(of(2023, 5, 17), of(2023, 5, 17));
    assertThat(day.contains(of(2023, 5, 17))).isTrue();
    assertThat(day.contains(of(2023, 5, 16))).isFalse();
    assertThat(day.contains(of(2023, 5, 18))).isFalse();
  }

  @Test
  void test_openEnded() {
    // the PBoC benchmark "from 2015-10-24 until changed" (domain.md §2.9)
    DateRange open = DateRange.startingOn(of(2015, 10, 24));
    assertThat(open.isOpenEnded()).isTrue();
    assertThat(open.end()).isEmpty();
    assertThat(open.contains(of(2015, 10, 24))).isTrue();
    assertThat(open.contains(of(2015, 10, 23))).isFalse();
    assertThat(open.contains(LocalDate.MAX)).isTrue();
    assertThat(open.toString()).isEqualTo("2015-10-24..");
    assertThat(Q1_2023.isOpenEnded()).isFalse();
    assertThat(Q1_2023.toString()).isEqualTo("2023-01-01..2023-03-31");
    assertThat(new DateRange(of(2015, 10, 24), Optional.empty())).isEqualTo(open);
  }

  @ParameterizedTest(name = "{0} Q{1} = {2}..{3}")
  @CsvSource({
      "2022, 4, 2022-10-01, 2022-12-31",  // 沪企服办〔2023〕1号 "2022年第四季度"
      "2023, 1, 2023-01-01, 2023-03-31",
      "2024, 1, 2024-01-01, 2024-03-31",
      "2023, 2, 2023-04-01, 2023-06-30",
      "2023, 3, 2023-07-01, 2023-09-30"})
  void test_quarter(int year, int quarter, LocalDate start, LocalDate end) {
    assertThat(DateRange.quarter(year, quarter)).isEqualTo(DateRange.of(start, end));
  }

  @Test
  void test_quarter_rejects() {
    for (int quarter : new int[] {0, 5, -1}) {
      assertThatThrownBy(() -> DateRange.quarter(2023, quarter))
          .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("quarter"));
    }
  }

  @Test
  void test_yearsAndMonthsBeyondJavaTime_areTypedErrorsNamingThem() {
    // before: java.time.DateTimeException from each (a year past 999,999,999 or before -999,999,999)
    for (int year : new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, 1_000_000_000}) {
      assertDateRange(() -> DateRange.year(year), "year");
      assertDateRange(() -> DateRange.quarter(year, 1), "year");
    }
    // the last quarter of the last year java.time holds would end past it
    assertDateRange(() -> DateRange.quarter(999_999_999, 4), "year");
    assertDateRange(() -> DateRange.ofMonths(LocalDate.MAX, 1), "first");
    assertThat(DateRange.quarter(999_999_999, 3).end()).contains(of(999_999_999, 9, 30));
  }

  private static void assertDateRange(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
      assertThat(ex.field()).isEqualTo(field);
      assertThat(ex.code()).isEqualTo(InvalidInputException.DATE_RANGE);
    });
  }

  @Test
  void test_year() {
    // 2024 is a leap year; the range still ends on 12-31
    assertThat(DateRange.year(2024)).isEqualTo(DateRange.of(of(2024, 1, 1), of(2024, 12, 31)));
  }

  // 《民法典》第二百零二条: a period in months or years ends on the day before the corresponding day, or, with no
  // corresponding day, on the month's last day
  @ParameterizedTest
  @CsvSource({
      "2023-07-01, 12, 2024-06-30",   // 深工信〔2023〕26号 第2条 housing fund, 12 months from the first day deferred
      "2023-03-01, 12, 2024-02-29",   // the day before 2024-03-01, a leap February whole
      "2023-01-31, 12, 2024-01-30",   // 2024-01-31 exists: the day before it
      "2024-02-29, 12, 2025-02-28",   // no 2025-02-29: to February's end (plusMonths less a day gave 2025-02-27)
      "2020-02-29, 36, 2023-02-28",   // three years from a leap day
      "2023-01-31, 1, 2023-02-28",    // no 2023-02-31: to February's end
      "2023-01-30, 1, 2023-02-28",    // no 2023-02-30 either
      "2023-01-28, 1, 2023-02-27"})   // 2023-02-28 exists: the day before it
  void test_ofMonths(LocalDate first, int months, LocalDate last) {
    assertThat(DateRange.ofMonths(first, months)).isEqualTo(DateRange.of(first, last));
  }

  @Test
  void test_ofMonths_rejects() {
    assertThatThrownBy(() -> DateRange.ofMonths(of(2023, 1, 1), 0))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("months"));
    assertThatThrownBy(() -> DateRange.ofMonths(null, 12))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("first"));
  }

  @Test
  void test_endBeforeStart() {
    assertThatThrownBy(() -> DateRange.of(of(2023, 3, 31), of(2023, 3, 30)))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("end");
          assertThat(ex.value()).isEqualTo("2023-03-30");
        });
  }

  @Test
  void test_nulls() {
    assertThatThrownBy(() -> DateRange.of(null, of(2023, 1, 1)))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("start"));
    assertThatThrownBy(() -> DateRange.of(of(2023, 1, 1), null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("end"));
    assertThatThrownBy(() -> new DateRange(of(2023, 1, 1), null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("end"));
    assertThatThrownBy(() -> Q1_2023.contains(null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("date"));
  }
}
