package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.JurisdictionLevel;
import io.github.huiqi.core.rates.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds {@link BookFen}'s integer arithmetic to the library's reference arithmetic: a division rounded as
 * {@link BigDecimal#setScale(int, RoundingMode)} rounds it, months added as {@link LocalDate#plusMonths} adds them,
 * and the conversions of rates, amounts, roundings and place codes that the columnar paths refuse or accept; and the
 * branch-free pieces of the block loops: a bias that makes a truncating division round, the lesser of two longs and
 * the flags of a yes/no fact.
 */
class BookFenTest {

  private static final List<RoundingMode> MODES = List.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
      RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void divide_asBigDecimalRoundsIt(long seed) {
    Random random = new Random(seed);
    // small denominators make exact halves and exact quotients common
    long den = 1 + (random.nextBoolean() ? random.nextInt(8) : random.nextInt(1_000_000_000));
    long num = random.nextBoolean() ? random.nextInt(100) : random.nextLong() >>> 2;
    for (RoundingMode mode : MODES) {
      long expected = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 0, mode).longValueExact();
      assertThat(BookFen.divide(num, den, mode)).as("%d / %d %s", num, den, mode).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void truncatingBias_addedThenTruncated_roundsAsBigDecimal_exceptHalfEven(long seed) {
    Random random = new Random(seed);
    // the even denominators of the block loops (10^6, 360 × 10^6, 365 × 10^6) and small ones, with exact halves
    long den = 2 * (1 + (random.nextBoolean() ? random.nextInt(4) : random.nextInt(500_000_000)));
    long num = random.nextBoolean() ? den * random.nextInt(100) + den / 2 + random.nextInt(3) - 1
        : random.nextLong() >>> 3;
    num = Math.max(num, 0);
    for (RoundingMode mode : MODES) {
      long bias = BookFen.truncatingBias(mode, den);
      if (mode == RoundingMode.HALF_EVEN) {
        assertThat(bias).isEqualTo(-1);
        continue;
      }
      long expected = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 0, mode).longValueExact();
      assertThat((num + bias) / den).as("(%d + %d) / %d %s", num, bias, den, mode).isEqualTo(expected);
    }
    assertThat(BookFen.truncatingBias(RoundingMode.UNNECESSARY, den)).isEqualTo(-1);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void lesser_isMathMin(long seed) {
    Random random = new Random(seed);
    // from -2^62 to 2^62, so that the difference fits a long and is often beyond ±2^62
    long a = random.nextLong() >> 1;
    long b = random.nextBoolean() ? a + random.nextInt(3) - 1 : random.nextLong() >> 1;
    assertThat(BookFen.lesser(a, b)).as("%d, %d", a, b).isEqualTo(Math.min(a, b));
    assertThat(BookFen.lesser(b, a)).as("%d, %d", b, a).isEqualTo(Math.min(a, b));
  }

  @Test
  void factFlags_failOnTheWrongAnswer_unknownOnUnknown_negativeForEveryOtherByte() {
    for (int value = Byte.MIN_VALUE; value <= Byte.MAX_VALUE; value++) {
      int yes = BookFen.MUST_BE_YES[value & 0xFF];
      int no = BookFen.MUST_BE_NO[value & 0xFF];
      switch (value) {
        case BookColumnCodes.YES -> assertThat(new int[] {yes, no}).containsExactly(0, BookFen.FACT_FAILS);
        case BookColumnCodes.NO -> assertThat(new int[] {yes, no}).containsExactly(BookFen.FACT_FAILS, 0);
        case BookColumnCodes.UNKNOWN -> assertThat(new int[] {yes, no})
            .containsExactly(BookFen.FACT_UNKNOWN, BookFen.FACT_UNKNOWN);
        default -> {
          assertThat(yes).as("byte %d", value).isNegative();
          assertThat(no).as("byte %d", value).isNegative();
        }
      }
    }
  }

  @Test
  void divide_halvesByMode() {
    // 5 / 2 = 2.5; 7 / 2 = 3.5; 1 / 4 = 0.25; 3 / 4 = 0.75
    assertThat(BookFen.divide(5, 2, RoundingMode.HALF_UP)).isEqualTo(3);
    assertThat(BookFen.divide(5, 2, RoundingMode.HALF_DOWN)).isEqualTo(2);
    assertThat(BookFen.divide(5, 2, RoundingMode.HALF_EVEN)).isEqualTo(2);
    assertThat(BookFen.divide(7, 2, RoundingMode.HALF_EVEN)).isEqualTo(4);
    assertThat(BookFen.divide(1, 4, RoundingMode.HALF_UP)).isZero();
    assertThat(BookFen.divide(3, 4, RoundingMode.HALF_DOWN)).isEqualTo(1);
    assertThat(BookFen.divide(1, 4, RoundingMode.UP)).isEqualTo(1);
    assertThat(BookFen.divide(3, 4, RoundingMode.FLOOR)).isZero();
    assertThat(BookFen.divide(8, 4, RoundingMode.UP)).isEqualTo(2);
    assertThatThrownBy(() -> BookFen.divide(1, 4, RoundingMode.UNNECESSARY)).isInstanceOf(
        IllegalStateException.class);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void plusMonths_asLocalDateAddsThem(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 50; i++) {
      // 1600-01-01 .. 2399-12-31, month ends and leap days included by chance and below
      LocalDate date = LocalDate.of(1600 + random.nextInt(800), 1 + random.nextInt(12), 1)
          .plusDays(random.nextInt(31));
      int months = random.nextInt(i % 2 == 0 ? 13 : 1200);
      assertThat(BookFen.plusMonths(date.toEpochDay(), months)).as("%s + %d months", date, months)
          .isEqualTo(date.plusMonths(months).toEpochDay());
    }
  }

  @Test
  void plusMonths_monthEndsAndLeapYears() {
    // 2024-01-31 + 1 month = 2024-02-29 (leap); 2023-01-31 + 1 = 2023-02-28; 1900 is no leap year, 2000 is
    for (String[] c : new String[][] {{"2024-01-31", "1", "2024-02-29"}, {"2023-01-31", "1", "2023-02-28"},
        {"1900-01-31", "1", "1900-02-28"}, {"2000-01-31", "1", "2000-02-29"}, {"2023-03-31", "1", "2023-04-30"},
        {"2023-05-31", "1", "2023-06-30"}, {"2023-08-31", "1", "2023-09-30"}, {"2023-10-31", "1", "2023-11-30"},
        {"2023-11-30", "1", "2023-12-30"}, {"2023-12-31", "2", "2024-02-29"}, {"2023-02-15", "6", "2023-08-15"},
        {"1970-01-01", "0", "1970-01-01"}, {"1969-12-31", "12", "1970-12-31"},
        // the last day of a 400-year cycle of the civil calendar, and the day after
        {"2000-02-29", "1", "2000-03-29"}, {"2000-02-29", "12", "2001-02-28"}, {"2000-03-01", "1", "2000-04-01"}}) {
      assertThat(LocalDate.ofEpochDay(BookFen.plusMonths(LocalDate.parse(c[0]).toEpochDay(),
          Integer.parseInt(c[1])))).as(c[0] + " + " + c[1]).isEqualTo(LocalDate.parse(c[2]));
    }
  }

  @Test
  void ppm_heldToAMillionth() {
    // 30% = 300,000 ppm; 2% = 20,000; 0.0001% = 1
    assertThat(BookFen.ppm(Rate.ofPercent("30"), "r")).isEqualTo(300_000);
    assertThat(BookFen.ppm(Rate.ofPercent("2"), "r")).isEqualTo(20_000);
    assertThat(BookFen.ppm(Rate.ofPercent("0.0001"), "r")).isEqualTo(1);
    assertThat(BookFen.ppm(Rate.ZERO, "r")).isZero();
    // a ten-millionth is finer than the columnar path holds
    assertThatThrownBy(() -> BookFen.ppm(Rate.ofPercent("0.00001"), "annualSubsidyRate"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(ex -> ((InvalidInputException) ex).field()).isEqualTo("annualSubsidyRate");
    // 2,147.483647 as a fraction is Integer.MAX_VALUE ppm, one more is out of range
    assertThat(BookFen.ppm(Rate.ofFraction(new BigDecimal("2147.483647")), "r")).isEqualTo(Integer.MAX_VALUE);
    assertThatThrownBy(() -> BookFen.ppm(Rate.ofFraction(new BigDecimal("2147.483648")), "r"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void fen_wholeFenOnly() {
    assertThat(BookFen.fen(Cny.of("10055.56"), "a")).isEqualTo(1_005_556L);
    assertThat(BookFen.fen(Cny.of("200000"), "a")).isEqualTo(20_000_000L);
    assertThat(BookFen.fen(Cny.of("0"), "a")).isZero();
    assertThatThrownBy(() -> BookFen.fen(Cny.of("0.005"), "principal")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must be a whole number of fen")
        .extracting(ex -> ((InvalidInputException) ex).field()).isEqualTo("principal");
  }

  @Test
  void unitFen_byScale() {
    assertThat(BookFen.unitFen(MoneyRounding.FEN_HALF_UP)).isEqualTo(1);
    assertThat(BookFen.unitFen(new MoneyRounding(1, RoundingMode.HALF_UP))).isEqualTo(10);
    assertThat(BookFen.unitFen(MoneyRounding.YUAN_HALF_UP)).isEqualTo(100);
    assertThatThrownBy(() -> BookFen.unitFen(new MoneyRounding(3, RoundingMode.HALF_UP)))
        .isInstanceOf(InvalidInputException.class)
        .extracting(ex -> ((InvalidInputException) ex).field()).isEqualTo("rounding/scale");
  }

  @Test
  void regionDivisor_asJurisdictionComparesPlaceCodes() {
    // national: every place; 310000 (Shanghai) compares the first two digits; 440300 (Shenzhen) four; a district
    // all six
    assertThat(BookFen.regionDivisor(Jurisdiction.CHINA)).isZero();
    assertThat(BookFen.regionDivisor(Jurisdiction.SHANGHAI)).isEqualTo(10_000);
    assertThat(BookFen.regionDivisor(Jurisdiction.SHENZHEN)).isEqualTo(100);
    assertThat(BookFen.regionDivisor(new Jurisdiction(JurisdictionLevel.DISTRICT, "440305", "南山区")))
        .isEqualTo(1);
    for (Jurisdiction region : List.of(Jurisdiction.SHANGHAI, Jurisdiction.SHENZHEN)) {
      int divisor = BookFen.regionDivisor(region);
      for (String place : List.of("440305", "440300", "441900", "310115", "310000", "320100")) {
        assertThat(Integer.parseInt(place) / divisor == Integer.parseInt(region.code()) / divisor)
            .as("%s in %s", place, region.code()).isEqualTo(region.contains(place));
      }
    }
  }

  @Test
  void place_sixDigitsOnly() {
    assertThat(BookFen.place("440305")).isEqualTo(440_305);
    assertThat(BookFen.place("010101")).isEqualTo(10_101);
    assertThat(BookFen.place("999999")).isEqualTo(999_999);
    assertThat(BookFen.place("000000")).isZero();
    assertThat(BookFen.place(null)).isEqualTo(BookColumnCodes.UNKNOWN_PLACE);
    assertThat(BookFen.place("44030")).isEqualTo(BookColumnCodes.NOT_A_PLACE);
    assertThat(BookFen.place("4403055")).isEqualTo(BookColumnCodes.NOT_A_PLACE);
    assertThat(BookFen.place("44030a")).isEqualTo(BookColumnCodes.NOT_A_PLACE);
    assertThat(BookFen.place("/40305")).isEqualTo(BookColumnCodes.NOT_A_PLACE);
    assertThat(BookFen.place(":40305")).isEqualTo(BookColumnCodes.NOT_A_PLACE);
  }
}
