package io.github.huiqi.core.rates;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.NoRateOnDateException;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.testing.Generators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@link RateSeries} lookups on the built-in LPR and PBoC benchmark series against domain.md §2.9.
 */
class RateSeriesTest {

  private static RateSeries series(RateSeriesId id) {
    return PolicyData.builtIn().getRateSeries(id);
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "1Y LPR on {0} = {1}")
  @CsvSource({
      "2019-08-20, 4.25%",  // §2.9: first reformed LPR, valid from 2019-08-20: 4.25%
      "2019-09-19, 4.25%",  // §2.9: the day before the 2019-09-20 publication: still 4.25%
      "2019-09-20, 4.20%",  // §2.9: 2019-09-20 row: 4.20%
      "2020-04-19, 4.05%",  // §2.9: day before 2020-04-20: the 2020-02-20 row, 4.05%
      "2020-04-20, 3.85%",  // §2.9: 2020-04-20 row: 3.85%
      "2021-12-19, 3.85%",  // §2.9: unchanged from 2020-04-20 to 2021-12-20
      "2022-08-20, 3.70%",  // §2.9: 2022-08-22 is not the 20th; on the 20th the 2022-05-20 row (3.70%) holds
      "2022-08-21, 3.70%",  // §2.9: still the previous value the day before the postponed publication
      "2022-08-22, 3.65%",  // §2.9: 2022-08-22 row: 3.65%
      "2023-01-01, 3.65%",  // §2.9: "unchanged 2023-02-20 and 2023-05-22"
      "2023-06-20, 3.55%",  // §2.9: 2023-06-20 row: 3.55%
      "2023-08-20, 3.55%",  // §2.9: 2023-08-21 is not the 20th; previous value
      "2023-08-21, 3.45%",  // §2.9: 2023-08-21 row: 3.45%
      "2024-07-22, 3.35%",  // §2.9: 2024-07-22 row: 3.35%
      "2024-10-20, 3.35%",  // §2.9: day before 2024-10-21
      "2024-10-21, 3.10%",  // §2.9: 2024-10-21 row: 3.10%
      "2025-05-19, 3.10%",  // §2.9: "unchanged 2025-01-20"; day before 2025-05-20
      "2025-05-20, 3.00%",  // §2.9: 2025-05-20 row, the last: 3.00%
      "2099-12-31, 3.00%"}) // §2.9: "以上LPR在下一次发布LPR之前有效": after the last point, the last value
  void test_lpr1y(LocalDate date, String expected) {
    assertThat(series(RateSeriesId.LPR_1Y).rateOn(date)).isEqualTo(Rate.parse(expected));
  }

  @ParameterizedTest(name = "5Y LPR on {0} = {1}")
  @CsvSource({
      "2019-08-20, 4.85%",  // §2.9: 2019-08-20 row: 4.85%
      "2019-11-19, 4.85%",  // §2.9: day before 2019-11-20
      "2019-11-20, 4.80%",  // §2.9: 2019-11-20 row: 4.80%
      "2022-05-20, 4.45%",  // §2.9: 2022-05-20 row: 4.45%
      "2022-08-20, 4.45%",  // §2.9: the 20th of August 2022 is before the 22nd's publication
      "2022-08-22, 4.30%",  // §2.9: 2022-08-22 row: 4.30%
      "2024-02-19, 4.20%",  // §2.9: day before 2024-02-20
      "2024-02-20, 3.95%",  // §2.9: 2024-02-20 row: 3.95%
      "2025-05-20, 3.50%",  // §2.9: 2025-05-20 row: 3.50%
      "2099-12-31, 3.50%"}) // §2.9: after the last point, the last value
  void test_lpr5y(LocalDate date, String expected) {
    assertThat(series(RateSeriesId.LPR_5Y).rateOn(date)).isEqualTo(Rate.parse(expected));
  }

  @Test
  void test_lpr_beforeTheFirstPublication_isUnknown() {
    // §2.9: the reformed LPR starts 2019-08-20; 2019-08-19 has no rate, an error, never a guess
    for (RateSeriesId id : List.of(RateSeriesId.LPR_1Y, RateSeriesId.LPR_5Y)) {
      assertThatThrownBy(() -> series(id).rateOn(of(2019, 8, 19)))
          .isInstanceOfSatisfying(NoRateOnDateException.class, ex -> {
            assertThat(ex.seriesId()).isEqualTo(id.value());
            assertThat(ex.code()).isEqualTo("lookup.no-rate-on-date");
            assertThat(ex.value()).isEqualTo("2019-08-19");
            assertThat(ex.firstDate()).isEqualTo(of(2019, 8, 20));
            assertThat(ex.getMessage()).contains("2019-08-19").contains("2019-08-20");
            assertThat(ex.message(Locale.SIMPLIFIED_CHINESE)).contains("没有利率").contains("2019-08-20");
          });
    }
  }

  @ParameterizedTest(name = "PBoC benchmark on {0}: ≤1y {1}, 1-5y {2}, >5y {3}")
  @CsvSource({
      "2015-06-28, 4.85%, 5.25%, 5.40%",  // §2.9: "From 2015-06-28" column
      "2015-08-25, 4.85%, 5.25%, 5.40%",  // §2.9: the day before the 2015-08-26 cut
      "2015-08-26, 4.60%, 5.00%, 5.15%",  // §2.9: "From 2015-08-26" column
      "2015-10-23, 4.60%, 5.00%, 5.15%",  // §2.9: the day before the 2015-10-24 cut: still 4.60%
      "2015-10-24, 4.35%, 4.75%, 4.90%",  // §2.9: "From 2015-10-24 (current)" column (银发〔2015〕325号)
      "2023-01-01, 4.35%, 4.75%, 4.90%",  // §2.9: "last changed 2015-10-24", so still 4.35% in 2023
      "2099-12-31, 4.35%, 4.75%, 4.90%"}) // §2.9: current, no later change
  void test_pbocBenchmark(LocalDate date, String upTo1y, String from1yTo5y, String over5y) {
    assertThat(series(RateSeriesId.PBOC_BENCHMARK_UP_TO_1Y).rateOn(date)).isEqualTo(Rate.parse(upTo1y));
    assertThat(series(RateSeriesId.PBOC_BENCHMARK_1Y_TO_5Y).rateOn(date)).isEqualTo(Rate.parse(from1yTo5y));
    assertThat(series(RateSeriesId.PBOC_BENCHMARK_OVER_5Y).rateOn(date)).isEqualTo(Rate.parse(over5y));
  }

  @Test
  void test_pbocBenchmark_beforeTheTable_isUnknown() {
    // §2.9 tabulates from 2015-06-28; earlier dates are not in the built-in series
    assertThatThrownBy(() -> series(RateSeriesId.PBOC_BENCHMARK_UP_TO_1Y).rateOn(of(2015, 6, 27)))
        .isInstanceOf(NoRateOnDateException.class);
  }

  @Test
  void test_pointOn_citesThePublication() {
    RatePoint point = series(RateSeriesId.LPR_1Y).pointOn(of(2022, 8, 22));
    assertThat(point.validFrom()).isEqualTo(of(2022, 8, 22));
    assertThat(point.citation().document()).isNotBlank();
    assertThat(point.citation().article()).contains("2022-08-22");
  }

  @Test
  void test_pointOn_nullDate() {
    assertThatThrownBy(() -> series(RateSeriesId.LPR_1Y).rateOn(null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("date"));
  }

  //-------------------------------------------------------------------------
  private static final Citation CITED = Citation.sourceText("test", "第1条", null);
  private static final LocalizedText NAME = LocalizedText.of("测试", "test");

  @Test
  void test_construction_rejects() {
    RatePoint first = new RatePoint(of(2020, 1, 1), Rate.parse("4%"), CITED);
    RatePoint same = new RatePoint(of(2020, 1, 1), Rate.parse("3%"), CITED);
    RatePoint earlier = new RatePoint(of(2019, 1, 1), Rate.parse("3%"), CITED);
    assertThatThrownBy(() -> new RateSeries(RateSeriesId.of("X"), NAME, List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("points"));
    assertThatThrownBy(() -> new RateSeries(RateSeriesId.of("X"), NAME, List.of(first, same)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("points/1/validFrom"));
    assertThatThrownBy(() -> new RateSeries(RateSeriesId.of("X"), NAME, List.of(first, earlier)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("points/1/validFrom"));
    assertThatThrownBy(() -> new RatePoint(null, Rate.ZERO, CITED))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("validFrom"));
    assertThatThrownBy(() -> RateSeriesId.of("cn-lpr-1y"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("rateSeriesId"));
  }

  @Test
  void test_singlePoint() {
    RateSeries one = new RateSeries(RateSeriesId.of("ONE"), NAME,
        List.of(new RatePoint(of(2020, 1, 1), Rate.parse("4%"), CITED)));
    assertThat(one.rateOn(of(2020, 1, 1))).isEqualTo(Rate.parse("4%"));
    assertThat(one.rateOn(LocalDate.MAX)).isEqualTo(Rate.parse("4%"));
    assertThatThrownBy(() -> one.rateOn(of(2019, 12, 31))).isInstanceOf(NoRateOnDateException.class);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_binarySearchAgreesWithALinearScan(long seed) {
    Random random = new Random(seed);
    List<RatePoint> points = new ArrayList<>();
    LocalDate date = Generators.date(random, of(2000, 1, 1), of(2020, 1, 1));
    int count = 1 + random.nextInt(20);
    for (int i = 0; i < count; i++) {
      points.add(new RatePoint(date, Rate.parse(Generators.percent(random, 0, 1_000)), CITED));
      date = date.plusDays(1 + random.nextInt(400));
    }
    RateSeries series = new RateSeries(RateSeriesId.of("P"), NAME, points);
    for (int probe = 0; probe < 20; probe++) {
      LocalDate on = Generators.date(random, points.get(0).validFrom().minusDays(10), date.plusDays(10));
      RatePoint expected = null;
      for (RatePoint point : points) {
        if (!point.validFrom().isAfter(on)) {
          expected = point;
        }
      }
      if (expected == null) {
        assertThatThrownBy(() -> series.pointOn(on)).isInstanceOf(NoRateOnDateException.class);
      } else {
        assertThat(series.pointOn(on)).isSameAs(expected);
      }
    }
  }
}
