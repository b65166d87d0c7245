package io.github.huiqi.core.space.rent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests {@link RentLease#runsWithin(DateRange)}: a lease counts for a monthly figure when it runs at least one day
 * within the figure's validity (decisions register §4.4 item 28), here 2023-01-01..2023-12-31, both ends counted.
 */
class RentLeaseRunsWithinTest {

  private static final DateRange YEAR_2023 = DateRange.of(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-12-31"));

  private static RentLease lease(String start, String end) {
    RentLease.Builder builder = RentLease.builder().leaseId("L-1").area(new BigDecimal("100"))
        .start(LocalDate.parse(start));
    if (!end.isEmpty()) {
      builder.end(LocalDate.parse(end));
    }
    return builder.build();
  }

  @ParameterizedTest(name = "{0}..{1}: {2}")
  @CsvSource({
      // ends the day before the validity starts: no day within
      "2020-01-01, 2022-12-31, false",
      // ends on its first day: one day within
      "2020-01-01, 2023-01-01, true",
      // starts on its last day: one day within
      "2023-12-31, 2025-12-31, true",
      // starts the day after it ends: no day within
      "2024-01-01, 2025-12-31, false",
      // wholly inside, and straddling both ends
      "2023-03-01, 2023-04-30, true",
      "2022-06-01, 2024-05-31, true",
      // no end date: starting within or after decides; starting before may have ended before 2023
      "2023-06-01, '', true",
      "2024-01-01, '', false",
      "2022-12-31, '', unknown"})
  void test_runsWithin(String start, String end, String expected) {
    Optional<Boolean> within = lease(start, end).runsWithin(YEAR_2023);
    assertThat(within).isEqualTo(expected.equals("unknown") ? Optional.empty()
        : Optional.of(Boolean.parseBoolean(expected)));
  }

  @Test
  void test_openEndedPeriod_aLeaseEndingBeforeItsStart_isOutside() {
    DateRange from2023 = DateRange.startingOn(LocalDate.parse("2023-01-01"));
    assertThat(lease("2030-01-01", "").runsWithin(from2023)).contains(true);
    assertThat(lease("2021-01-01", "2022-12-31").runsWithin(from2023)).contains(false);
  }

  @Test
  void test_nullPeriod_namesIt() {
    assertThatThrownBy(() -> lease("2023-01-01", "").runsWithin(null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("period");
  }
}
