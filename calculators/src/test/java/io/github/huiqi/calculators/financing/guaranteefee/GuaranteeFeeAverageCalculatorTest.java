package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.calculation;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageWeighting;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.PeriodStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.testing.Generators;
import io.github.huiqi.core.time.DayCount;
import io.github.huiqi.core.time.YearFraction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@link GuaranteeFeeAverageCalculator} against 沪企服办〔2023〕1号 第十五条: "政府性融资担保机构平均担保费率保持1%（含）以下".
 * Expected figures are worked by hand beside each assertion.
 */
public class GuaranteeFeeAverageCalculatorTest {

  private static final GuaranteeFeeAverageMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(GuaranteeFeeAverageMeasure.SHANGHAI_2023);
  private static final GuaranteeFeeAverageCalculator SUT = GuaranteeFeeAverageCalculator.DEFAULT;
  private static final LocalDate JAN1 = LocalDate.of(2023, 1, 1);
  private static final LocalDate NEXT_JAN1 = LocalDate.of(2024, 1, 1);

  private static GuaranteeFeeRecord guarantee(String id, String amount, String rate, LocalDate start, LocalDate end) {
    return GuaranteeFeeRecord.of(id, Cny.of(amount), Rate.parse(rate), start, end);
  }

  private static GuaranteeFeeAverageRequest bookA() {
    return GuaranteeFeeAverageRequest.of(List.of(
        guarantee("G1", "1000000", "0.8%", JAN1, NEXT_JAN1),
        guarantee("G2", "2000000", "1.2%", JAN1, LocalDate.of(2023, 7, 1))));
  }

  @Test
  void test_builtInMeasure() {
    assertThat(MEASURE.averageFeeCeiling().value()).isEqualTo(Rate.parse("1%"));
    assertThat(MEASURE.weighting().value()).isEqualTo(GuaranteeFeeAverageWeighting.AMOUNT_TIME);
    assertThat(MEASURE.clause().article()).isEqualTo("第十五条");
  }

  @Test
  void test_average_weightedByAmountAndTime() {
    GuaranteeFeeAverageResult result = SUT.explainAverageFeeRate(MEASURE, bookA());
    // 第十五条 average, weighted by amount × time in force in 2023 under the guarantee-fee convention (decisions
    // register §4.3 item 21: whole months ÷ 12 plus odd days ÷ 360, counted as 360ths): G1 12 months = 360,
    // G2 2023-01-01 → 2023-07-01 6 months = 180
    //   N = 1,000,000 × 0.8% × 360 + 2,000,000 × 1.2% × 180 = 2,880,000 + 4,320,000 = 7,200,000
    //   D = 1,000,000 × 360 + 2,000,000 × 180 = 360,000,000 + 360,000,000 = 720,000,000
    //   N ÷ D = 1% exactly ≤ 1% ("1%（含）以下"): within
    assertThat(result.averageFeeRate().numerator()).isEqualByComparingTo("7200000");
    assertThat(result.averageFeeRate().denominator()).isEqualByComparingTo("720000000");
    assertThat(result.averageFeeRate().rounded()).isEqualTo(Rate.parse("1%"));
    assertThat(result.withinCeiling()).isTrue();
    // fee income: 1,000,000 × 0.8% × 12/12 = 8,000.00 (a whole year costs exactly the annual rate);
    // 2,000,000 × 1.2% × 6/12 = 12,000.00; total 20,000.00
    assertThat(result.guarantees().get(0).feeIncome()).isEqualTo(Cny.of("8000.00"));
    assertThat(result.guarantees().get(1).feeIncome()).isEqualTo(Cny.of("12000.00"));
    assertThat(result.feeIncome()).isEqualTo(Cny.of("20000.00"));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(SUT.isWithinCeiling(MEASURE, bookA())).isTrue();
  }

  @Test
  void test_average_byCountOption() {
    GuaranteeFeeAverageRequest byCount = bookA().withOptions(
        GuaranteeFeeAverageOptions.DEFAULTS.withWeighting(GuaranteeFeeAverageWeighting.COUNT));
    GuaranteeFeeAverageRate average = SUT.averageFeeRate(MEASURE, byCount);
    // (0.8% + 1.2%) ÷ 2 = 1% exactly: within, the ceiling being inclusive
    assertThat(average.compareTo(Rate.parse("1%"))).isZero();
    assertThat(SUT.isWithinCeiling(MEASURE, byCount)).isTrue();
  }

  @Test
  void test_ceiling_inclusiveAtOnePercentAndOneBasisPointAbove() {
    GuaranteeFeeAverageRequest exact = GuaranteeFeeAverageRequest.of(List.of(
        guarantee("A", "1000000", "0.5%", JAN1, NEXT_JAN1),
        guarantee("B", "1000000", "1.5%", JAN1, NEXT_JAN1)));
    // equal weights: (0.5% + 1.5%) ÷ 2 = 1%, "1%（含）以下" includes 1%
    assertThat(SUT.averageFeeRate(MEASURE, exact).rounded()).isEqualTo(Rate.parse("1%"));
    assertThat(SUT.isWithinCeiling(MEASURE, exact)).isTrue();
    GuaranteeFeeAverageRequest above = GuaranteeFeeAverageRequest.of(List.of(
        guarantee("A", "1000000", "0.5%", JAN1, NEXT_JAN1),
        guarantee("B", "1000000", "1.52%", JAN1, NEXT_JAN1)));
    // (0.5% + 1.52%) ÷ 2 = 1.01%: one basis point above
    assertThat(SUT.averageFeeRate(MEASURE, above).rounded()).isEqualTo(Rate.parse("1.01%"));
    assertThat(SUT.isWithinCeiling(MEASURE, above)).isFalse();
  }

  @Test
  void test_ceiling_decidedExactlyNotOnTheRoundedValue() {
    GuaranteeFeeAverageRequest tiny = GuaranteeFeeAverageRequest.of(List.of(
        guarantee("BIG", "100000000", "1%", JAN1, NEXT_JAN1),
        guarantee("ONE", "1", "2%", JAN1, NEXT_JAN1)));
    GuaranteeFeeAverageRate average = SUT.averageFeeRate(MEASURE, tiny);
    // (100,000,000 × 1% + 1 × 2%) ÷ 100,000,001 = 1% + 1% ÷ 100,000,001 ≈ 1.0000000001%: shown as 1.000000%
    assertThat(average.rounded()).isEqualTo(Rate.parse("1%"));
    // … but above 1% exactly, so the ceiling is not met
    assertThat(average.isAtMost(Rate.parse("1%"))).isFalse();
    assertThat(SUT.isWithinCeiling(MEASURE, tiny)).isFalse();
  }

  @Test
  void test_average_nonTerminatingShownRounded() {
    GuaranteeFeeAverageRequest book = GuaranteeFeeAverageRequest.of(List.of(
        guarantee("A", "2000000", "1.5%", JAN1, NEXT_JAN1),
        guarantee("B", "1000000", "0.5%", JAN1, NEXT_JAN1)));
    GuaranteeFeeAverageResult result = SUT.explainAverageFeeRate(MEASURE, book);
    // (2 × 1.5% + 1 × 0.5%) ÷ 3 = 3.5% ÷ 3 = 1.1666…%: shown half-up to six decimals of a percent, 1.166667%
    assertThat(result.averageFeeRate().rounded()).isEqualTo(Rate.parse("1.166667%"));
    assertThat(result.withinCeiling()).isFalse();
    assertThat(result.explanation().render(Locale.ENGLISH)).contains("Rounding").contains("HALF_UP");
  }

  @Test
  void test_period_guaranteesClippedToTheYear() {
    GuaranteeFeeAverageRequest book = GuaranteeFeeAverageRequest.of(List.of(
        guarantee("SPANS", "1000000", "1%", LocalDate.of(2022, 7, 1), LocalDate.of(2023, 7, 1)),
        guarantee("BEFORE", "5000000", "3%", LocalDate.of(2022, 1, 1), JAN1),
        guarantee("LASTDAY", "3600000", "0.5%", LocalDate.of(2023, 12, 31), LocalDate.of(2024, 6, 30))));
    GuaranteeFeeAverageResult result = SUT.explainAverageFeeRate(MEASURE, book);
    // SPANS: counted 2023-01-01 → 2023-07-01 = 6 whole months, 180/360; BEFORE ends on 2023-01-01, not counted: 0
    // days, excluded; LASTDAY: 2023-12-31 → 2024-01-01 = 1 odd day, 1/360
    assertThat(result.guarantees().get(0).time().days()).isEqualTo(180);
    assertThat(result.guarantees().get(1).inPeriod()).isFalse();
    assertThat(result.guarantees().get(1).feeIncome()).isEqualTo(Cny.of("0"));
    assertThat(result.guarantees().get(2).time().days()).isEqualTo(1);
    // N = 1,000,000 × 1% × 180 + 3,600,000 × 0.5% × 1 = 1,800,000 + 18,000 = 1,818,000
    // D = 1,000,000 × 180 + 3,600,000 × 1 = 183,600,000
    assertThat(result.averageFeeRate().numerator()).isEqualByComparingTo("1818000");
    assertThat(result.averageFeeRate().denominator()).isEqualByComparingTo("183600000");
    assertThat(result.withinCeiling()).isTrue();
    // fee income: 10,000 × 180/360 = 5,000.00; 18,000 × 1/360 = 50.00; total 5,050.00
    assertThat(result.feeIncome()).isEqualTo(Cny.of("5050.00"));
  }

  @Test
  void test_period_noGuaranteeInForceIsBadInput() {
    GuaranteeFeeAverageRequest book = GuaranteeFeeAverageRequest.of(List.of(
        guarantee("OLD", "1000000", "1%", LocalDate.of(2022, 1, 1), JAN1)));
    assertThatThrownBy(() -> SUT.averageFeeRate(MEASURE, book)).isInstanceOfSatisfying(InvalidInputException.class,
        ex -> assertThat(ex.field()).isEqualTo("/guarantees"));
  }

  @Test
  void test_eligibility_guarantorKind() {
    GuaranteeFeeAverageRequest unknown = GuaranteeFeeAverageRequest.builder().guarantees(bookA().guarantees()).build();
    GuaranteeFeeAverageResult result = SUT.explainAverageFeeRate(MEASURE, unknown);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/governmentGuarantor");
    assertThat(result.withinCeiling()).isTrue(); // the test is computed either way
    GuaranteeFeeAverageRequest commercial = GuaranteeFeeAverageRequest.builder().governmentGuarantor(false)
        .guarantees(bookA().guarantees()).build();
    assertThat(SUT.explainAverageFeeRate(MEASURE, commercial).eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_badInput_namesTheField() {
    assertThatThrownBy(() -> guarantee("X", "-1", "1%", JAN1, NEXT_JAN1))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("guaranteedAmount"));
    assertThatThrownBy(() -> guarantee("X", "1", "1%", NEXT_JAN1, JAN1))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("end"));
    assertThatThrownBy(() -> guarantee("X", "1", "101%", JAN1, NEXT_JAN1))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("annualFeeRate"));
    assertThatThrownBy(() -> GuaranteeFeeAverageRequest.of(List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("guarantees"));
    GuaranteeFeeRecord g = guarantee("X", "1", "1%", JAN1, NEXT_JAN1);
    assertThatThrownBy(() -> GuaranteeFeeAverageRequest.of(List.of(g, g)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("guarantees/1/guaranteeId"));
  }

  @Test
  void test_badJson_namesThePointer() {
    String json = "{\"governmentGuarantor\":true,\"guarantees\":[{\"guaranteeId\":\"G1\","
        + "\"guaranteedAmount\":{\"amount\":1000000,\"currency\":\"CNY\"},"
        + "\"start\":\"2023-01-01\",\"end\":\"2024-01-01\"}]}";
    assertThatThrownBy(() -> SUT.explainAverageFeeRateJson(MEASURE, json))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/guarantees/0/annualFeeRate"));
  }

  @Test
  void test_json_roundTripsAndInOut() {
    GuaranteeFeeAverageRequest book = bookA().withOptions(GuaranteeFeeAverageOptions.DEFAULTS.withWeighting(
        GuaranteeFeeAverageWeighting.AMOUNT_TIME));
    assertThat(HuiqiJson.read(HuiqiJson.write(book), GuaranteeFeeAverageRequest.class)).isEqualTo(book);
    GuaranteeFeeAverageResult result = SUT.explainAverageFeeRate(MEASURE, book);
    assertThat(HuiqiJson.read(HuiqiJson.write(result), GuaranteeFeeAverageResult.class)).isEqualTo(result);
    assertThat(HuiqiJson.read(HuiqiJson.write(MEASURE), GuaranteeFeeAverageMeasure.class)).isEqualTo(MEASURE);
    GuaranteeFeeAverageResult viaJson = HuiqiJson.read(
        SUT.explainAverageFeeRateJson(MEASURE, HuiqiJson.write(book)), GuaranteeFeeAverageResult.class);
    // 8,000.00 + 12,000.00 (test_average_weightedByAmountAndTime)
    assertThat(viaJson.feeIncome()).isEqualTo(Cny.of("20000.00"));
    assertThat(viaJson.withinCeiling()).isTrue();
  }

  @Test
  void test_json_roundedValueMustMatchTheFraction() {
    assertThatThrownBy(() -> new GuaranteeFeeAverageRate(new BigDecimal("1"), new BigDecimal("3"), Rate.parse("33%")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("rounded"));
  }

  //-------------------------------------------------------------------------
  public static GuaranteeFeeAverageRequest randomBook(Random random) {
    List<GuaranteeFeeRecord> list = new ArrayList<>();
    int n = 1 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      LocalDate start = Generators.date(random, LocalDate.of(2022, 6, 1), LocalDate.of(2023, 12, 31));
      LocalDate end = start.plusDays(1 + random.nextInt(700));
      if (end.isBefore(LocalDate.of(2023, 1, 2))) {
        end = LocalDate.of(2023, 1, 2);
      }
      list.add(GuaranteeFeeRecord.of("G" + i, Cny.of(Generators.yuan(random, 1, 20_000_000)),
          Rate.parse(Generators.percent(random, 0, 300)), start, end));
    }
    return GuaranteeFeeAverageRequest.of(list);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_averageBetweenExtremesAndIncomeSums(long seed) {
    GuaranteeFeeAverageRequest book = randomBook(new Random(seed));
    GuaranteeFeeAverageResult result = SUT.explainAverageFeeRate(MEASURE, book);
    Rate lowest = null;
    Rate highest = null;
    BigDecimal income = BigDecimal.ZERO;
    for (int i = 0; i < book.guarantees().size(); i++) {
      GuaranteeFeeInPeriod part = result.guarantees().get(i);
      income = income.add(Cny.yuan(part.feeIncome(), "fee"));
      if (part.inPeriod()) {
        Rate rate = book.guarantees().get(i).annualFeeRate();
        lowest = lowest == null ? rate : lowest.min(rate);
        highest = highest == null || rate.isGreaterThan(highest) ? rate : highest;
      }
    }
    // a weighted average lies between the lowest and highest rate counted
    assertThat(result.averageFeeRate().compareTo(lowest)).isGreaterThanOrEqualTo(0);
    assertThat(result.averageFeeRate().compareTo(highest)).isLessThanOrEqualTo(0);
    // every rate at most 1% ⇒ within; every rate above 1% ⇒ not within
    if (!highest.isGreaterThan(Rate.parse("1%"))) {
      assertThat(result.withinCeiling()).isTrue();
    }
    if (lowest.isGreaterThan(Rate.parse("1%"))) {
      assertThat(result.withinCeiling()).isFalse();
    }
    assertThat(Cny.yuan(result.feeIncome(), "income")).isEqualByComparingTo(income);
  }

  @Test
  @Tag("threads")
  void test_concurrent_sameAsSequential() throws Exception {
    Random random = new Random(7L);
    List<GuaranteeFeeAverageRequest> inputs = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      inputs.add(randomBook(random));
    }
    List<GuaranteeFeeAverageResult> sequential = new ArrayList<>();
    for (GuaranteeFeeAverageRequest book : inputs) {
      sequential.add(SUT.explainAverageFeeRate(MEASURE, book));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<GuaranteeFeeAverageResult>> futures = new ArrayList<>();
      for (GuaranteeFeeAverageRequest book : inputs) {
        futures.add(pool.submit(() -> SUT.explainAverageFeeRate(MEASURE, book)));
      }
      for (int i = 0; i < inputs.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_period_firstDayCountsAndTheDayAfterTheYearDoesNot() {
    GuaranteeFeeAverageRequest book = GuaranteeFeeAverageRequest.of(List.of(
        guarantee("FIRSTDAY", "3600000", "1.8%", LocalDate.of(2022, 12, 1), LocalDate.of(2023, 1, 2)),
        guarantee("AFTER", "1000000", "5%", NEXT_JAN1, LocalDate.of(2024, 12, 31)),
        guarantee("YEAR", "3600000", "0.5%", JAN1, NEXT_JAN1)));
    GuaranteeFeeAverageResult result = SUT.explainAverageFeeRate(MEASURE, book);
    // 第十五条 "2023年": FIRSTDAY is in force on 2023-01-01 only (1 odd day, 1/360); AFTER starts on 2024-01-01, the
    // day after the year: 0 days, not counted; YEAR: 12 whole months, 360/360
    assertThat(result.guarantees().get(0).time().days()).isEqualTo(1);
    assertThat(result.guarantees().get(0).from()).contains(JAN1);
    assertThat(result.guarantees().get(1).inPeriod()).isFalse();
    assertThat(result.guarantees().get(2).time().days()).isEqualTo(360);
    // N = 3,600,000 × 1.8% × 1 + 3,600,000 × 0.5% × 360 = 64,800 + 6,480,000 = 6,544,800
    // D = 3,600,000 × 1 + 3,600,000 × 360 = 3,600,000 × 361 = 1,299,600,000
    // N ÷ D = (1.8% + 0.5% × 360) ÷ 361 = 181.8% ÷ 361 = 0.5036011…% → shown 0.503601%; within 1%
    assertThat(result.averageFeeRate().numerator()).isEqualByComparingTo("6544800");
    assertThat(result.averageFeeRate().denominator()).isEqualByComparingTo("1299600000");
    assertThat(result.averageFeeRate().rounded()).isEqualTo(Rate.parse("0.503601%"));
    assertThat(result.withinCeiling()).isTrue();
    // income: 3,600,000 × 1.8% × 1/360 = 64,800 ÷ 360 = 180.00; 3,600,000 × 0.5% × 12/12 = 18,000.00 (a whole
    // year at the annual rate); AFTER 0; total 18,180.00
    assertThat(result.guarantees().get(0).feeIncome()).isEqualTo(Cny.of("180.00"));
    assertThat(result.feeIncome()).isEqualTo(Cny.of("18180.00"));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_wholeFenAndMonotoneInEachRate(long seed) {
    Random random = new Random(seed);
    GuaranteeFeeAverageRequest book = randomBook(random);
    GuaranteeFeeAverageResult result = SUT.explainAverageFeeRate(MEASURE, book);
    // fee income is whole fen, in total and per guarantee
    assertThat(Cny.yuan(result.feeIncome(), "income").stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
    for (GuaranteeFeeInPeriod part : result.guarantees()) {
      assertThat(Cny.yuan(part.feeIncome(), "income").stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
    }
    // raising one guarantee's rate never lowers the average, under either weighting
    int k = random.nextInt(book.guarantees().size());
    GuaranteeFeeRecord old = book.guarantees().get(k);
    List<GuaranteeFeeRecord> raised = new ArrayList<>(book.guarantees());
    raised.set(k, GuaranteeFeeRecord.of(old.guaranteeId(), old.guaranteedAmount(), Rate.ofFraction(
        old.annualFeeRate().fraction().add(BigDecimal.valueOf(random.nextInt(200), 4))), old.start(), old.end()));
    for (GuaranteeFeeAverageWeighting weighting : GuaranteeFeeAverageWeighting.values()) {
      GuaranteeFeeAverageOptions options = GuaranteeFeeAverageOptions.DEFAULTS.withWeighting(weighting);
      GuaranteeFeeAverageRate before = SUT.averageFeeRate(MEASURE, book.withOptions(options));
      GuaranteeFeeAverageRate after = SUT.averageFeeRate(MEASURE, GuaranteeFeeAverageRequest.of(raised)
          .withOptions(options));
      // after ≥ before, cross-multiplied exactly: N' × D ≥ N × D'
      assertThat(after.numerator().multiply(before.denominator()))
          .isGreaterThanOrEqualTo(before.numerator().multiply(after.denominator()));
    }
    // the plain forms agree with the explaining form
    assertThat(SUT.isWithinCeiling(MEASURE, book)).isEqualTo(result.withinCeiling());
    assertThat(SUT.averageFeeRate(MEASURE, book)).isEqualTo(result.averageFeeRate());
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conditions_guarantorEachGuaranteeInForceAndTheCeiling() {
    // book A: a government guarantor (met), the average 0.999175% at most 1% (met)
    GuaranteeFeeAverageResult a = SUT.explainAverageFeeRate(MEASURE, bookA());
    assertOutcomes(a.explanation(), MET, MET);
    assertThat(detailsOf(a.explanation(), "average fee rate at most")).singleElement().asString().contains(" ≤ 1% × ");
    // (0.5% + 1.52%) ÷ 2 = 1.01% > 1%: not met
    GuaranteeFeeAverageResult above = SUT.explainAverageFeeRate(MEASURE, GuaranteeFeeAverageRequest.of(List.of(
        guarantee("A", "1000000", "0.5%", JAN1, NEXT_JAN1), guarantee("B", "1000000", "1.52%", JAN1, NEXT_JAN1))));
    assertOutcomes(above.explanation(), MET, NOT_MET);
    assertThat(detailsOf(above.explanation(), "average fee rate at most")).singleElement().asString()
        .contains(" > 1% × ");
    // the guarantor's kind not known, then not a government guarantor
    assertOutcomes(SUT.explainAverageFeeRate(MEASURE, GuaranteeFeeAverageRequest.builder()
        .guarantees(bookA().guarantees()).build()).explanation(), UNKNOWN, MET);
    assertOutcomes(SUT.explainAverageFeeRate(MEASURE, GuaranteeFeeAverageRequest.builder().governmentGuarantor(false)
        .guarantees(bookA().guarantees()).build()).explanation(), NOT_MET, MET);
    // a guarantee ended on 2023-01-01 is not in force within 2023: its own condition, not met
    GuaranteeFeeAverageResult clipped = SUT.explainAverageFeeRate(MEASURE, GuaranteeFeeAverageRequest.of(List.of(
        guarantee("BEFORE", "5000000", "3%", LocalDate.of(2022, 1, 1), JAN1),
        guarantee("G1", "1000000", "0.8%", JAN1, NEXT_JAN1))));
    assertOutcomes(clipped.explanation(), MET, NOT_MET, MET);
    assertThat(detailsOf(clipped.explanation(), "guarantee BEFORE in force"))
        .containsExactly("2022-01-01 → 2023-01-01: not counted");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_explanation_defaultsPeriodsFeesAndTheExactAverage() {
    Explanation explanation = SUT.explainAverageFeeRate(MEASURE, bookA()).explanation();
    // the measure's weighting (by amount and time) and day count (whole months ÷ 12 plus odd days ÷ 360, as the
    // fee income above), not overridden
    assertThat(explanation.stepsOf(DefaultUsedStep.class))
        .extracting(DefaultUsedStep::value, DefaultUsedStep::overridden)
        .containsExactly(tuple("AMOUNT_TIME", false),
            tuple("WHOLE-MONTHS", false));
    // G1 in force 2023-01-01 → 2024-01-01: 12 months, 360/360; G2 2023-01-01 → 2023-07-01: 6 months, 180/360
    assertThat(explanation.stepsOf(PeriodStep.class)).extracting(PeriodStep::end, PeriodStep::yearFraction)
        .containsExactly(tuple(NEXT_JAN1, new YearFraction(360, 360)),
            tuple(LocalDate.of(2023, 7, 1), new YearFraction(180, 360)));
    // 1,000,000 × 0.8% × 360/360 = 8,000.00 (as above)
    assertThat(calculation(explanation, "fee income of guarantee G1").formula()).endsWith(" × 0.8% × 360/360");
    assertThat(calculation(explanation, "fee income of guarantee G1").result()).isEqualByComparingTo("8000.00");
    // N ÷ D = 7,200,000 ÷ 720,000,000 (worked above) = 0.01
    assertThat(calculation(explanation, "average fee rate (exact fraction)").formula())
        .matches("Σ\\(amount × rate × days\\) ÷ Σ\\(amount × days\\) = 7200000(\\.0+)? ÷ 720000000(\\.0+)?");
    assertThat(calculation(explanation, "average fee rate (exact fraction)").result())
        .isEqualByComparingTo("0.01");
    // by count: (0.8% + 1.2%) ÷ 2 = 0.02 ÷ 2; the option overrides the measure's weighting
    Explanation byCount = SUT.explainAverageFeeRate(MEASURE, bookA().withOptions(
        GuaranteeFeeAverageOptions.DEFAULTS.withWeighting(GuaranteeFeeAverageWeighting.COUNT))).explanation();
    assertThat(calculation(byCount, "average fee rate (exact fraction)").formula())
        .matches("Σ rate ÷ n = 0\\.020* ÷ 2");
    assertThat(byCount.stepsOf(DefaultUsedStep.class).get(0).overridden()).isTrue();
  }

  @Test
  void test_period_aGuaranteeNotInForce_zeroDaysOnTheDayCountsBasis() {
    GuaranteeFeeAverageRequest book = GuaranteeFeeAverageRequest.of(List.of(
        guarantee("BEFORE", "5000000", "3%", LocalDate.of(2022, 1, 1), JAN1),
        guarantee("G1", "1000000", "0.8%", JAN1, NEXT_JAN1)));
    // ACT/360 by default: 0/360; ACT/365F when chosen: 0/365
    assertThat(SUT.explainAverageFeeRate(MEASURE, book).guarantees().get(0).time())
        .isEqualTo(new YearFraction(0, 360));
    assertThat(SUT.explainAverageFeeRate(MEASURE, book.withOptions(GuaranteeFeeAverageOptions.DEFAULTS
        .withDayCount(DayCount.ACT_365F))).guarantees().get(0).time()).isEqualTo(new YearFraction(0, 365));
  }
}
