package io.github.huiqi.calculators.tax.smalllowprofit;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.year;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.q;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EvaluationFailure;
import io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order a year's quarters are listed in (decisions register §4.6 item 126), through the engine typed (plain and
 * explained) and its {@code evaluateJson}. Each quarter names its number, and the 小型微利企业 averages are a sum over
 * the quarters ÷ their count: 季度平均值＝(季初值＋季末值)÷2, 全年季度平均值＝全年各季度平均值之和÷4 (财政部 税务总局公告2022年第13号
 * 第二条; over the actual operating period for a firm started in the year, 财税〔2019〕13号 第二条). Before 2026-12-07 the
 * engine handed the quarters on as listed, and a profile listing Q4 before Q1 (the schema asks no order) was not
 * evaluated: a failure {@code input.out-of-order} in place of the relief (found by
 * EntitlementOrderInvariancePropertyTest, every firm of every population, the arrays shuffled or reversed).
 * <p>
 * The year, as SmallLowProfitQuartersBeforeRegistrationTest's: TIb 3,400,000, R&amp;D personnel 500,000 deducted again
 * in full (2023年第7号) → TIa 2,900,000 ≤ 3,000,000; due 2,900,000 × 5% = 145,000 (2023年第6号 第一条, 2023年第12号
 * 第三条) against 2,900,000 × 25% = 725,000 (企业所得税法 第四条): the relief 580,000.00 when eligible.
 */
class SmallLowProfitQuarterOrderTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final MeasureId SLPE = SmallLowProfitMeasure.SHENZHEN_2023.id();
  private static final LocalDate AS_OF = LocalDate.of(2024, 5, 31);
  // the employees at each quarter's start and end, the assets in yuan: Q1 280 → 290 and 46,000,000 → 48,000,000, each
  // quarter 10 and 2,000,000 more
  private static final OperatingQuarter Q1 = q(1, 280, 290, "46000000", "48000000");
  private static final OperatingQuarter Q2 = q(2, 290, 300, "48000000", "50000000");
  private static final OperatingQuarter Q3 = q(3, 300, 310, "50000000", "52000000");
  private static final OperatingQuarter Q4 = q(4, 310, 320, "52000000", "54000000");

  private static EnterpriseProfile firm(LocalDate registered, List<OperatingQuarter> quarters) {
    return FirmYearProfiles.firm(year(2023, "3400000", "500000").quarters(quarters).build())
        .registrationDate(registered).build();
  }

  /** The relief's outcome the three ways: typed plain, typed explained, and through evaluateJson. */
  private static List<MeasureOutcome> outcomes(EnterpriseProfile profile) {
    return EngineJsonOutcomes.threeWays(HuiqiJson.write(profile), AS_OF, SLPE);
  }

  @Test
  void test_wholeYear_atBothLimits_anyOrder_eligible() {
    // employees: (280 + 290) ÷ 2 = 285, then 295, 305, 315; (285 + 295 + 305 + 315) ÷ 4 = 1,200 ÷ 4 = 300 ≤ 300;
    // assets: 47,000,000, 49,000,000, 51,000,000, 53,000,000; 200,000,000 ÷ 4 = 50,000,000 ≤ 50,000,000 (不超过):
    // eligible, the relief 580,000.00 (the class's Javadoc). Listed in order, reversed and scrambled alike (before:
    // the last two a failure, input.out-of-order, no outcome)
    LocalDate registered = LocalDate.of(2010, 6, 5);
    for (List<OperatingQuarter> listed : List.of(List.of(Q1, Q2, Q3, Q4), List.of(Q4, Q3, Q2, Q1),
        List.of(Q3, Q1, Q4, Q2))) {
      for (MeasureOutcome outcome : outcomes(firm(registered, listed))) {
        assertThat(outcome.verdict()).as("%s", listed).isEqualTo(Verdict.ELIGIBLE);
        assertThat(outcome.exactAmount()).as("%s", listed).contains(Cny.of("580000.00"));
        assertThat(outcome.missingFacts()).isEmpty();
      }
    }
  }

  @Test
  void test_registeredInQ2_emptyQ1ListedInTheMiddle_leftOut_ineligible() {
    // registered 2023-05-10: operated from Q2, the empty Q1 left out wherever listed (register §4.6 item 116);
    // employees (295 + 305 + 315) ÷ 3 = 915 ÷ 3 = 305 > 300, assets 153,000,000 ÷ 3 = 51,000,000 > 50,000,000:
    // ineligible, 0.00 (averaged in, the empty Q1 would give 915 ÷ 4 = 228.75 and 38,250,000.00, eligible)
    OperatingQuarter empty = q(1, 0, 0, "0", "0");
    for (MeasureOutcome outcome : outcomes(firm(LocalDate.of(2023, 5, 10), List.of(Q4, Q2, empty, Q3)))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(outcome.exactAmount()).contains(Cny.of("0.00"));
    }
  }

  @Test
  void test_badQuarters_namedAsListed() {
    // a Q1 before the registration stating 5 employees at its end, listed third: refused, naming the profile's
    // /years/0/quarters/2 (its place as listed, not its place by number, 0)
    OperatingQuarter stated = q(1, 0, 5, "0", "0");
    assertFailure(firm(LocalDate.of(2023, 5, 10), List.of(Q4, Q2, stated, Q3)), InvalidInputException.INVALID,
        "/years/0/quarters/2/employeesAtEnd");
    // Q2 listed twice, not side by side: a repeat whatever the order, naming the later one as listed (before: read
    // as out of order at /years/0/quarters/1)
    assertFailure(firm(LocalDate.of(2010, 6, 5), List.of(Q2, Q1, Q2, Q3, Q4)), InvalidInputException.DUPLICATE,
        "/years/0/quarters/2/quarter");
  }

  private static void assertFailure(EnterpriseProfile profile, String code, String field) {
    for (EntitlementReport report : List.of(ENGINE.evaluate(profile, AS_OF), ENGINE.explain(profile, AS_OF))) {
      assertThat(report.outcome(SLPE)).isEmpty();
      EvaluationFailure failure = report.failures().stream().filter(f -> f.measure().equals(SLPE)).findFirst()
          .orElseThrow();
      assertThat(failure.code()).isEqualTo(code);
      assertThat(failure.field()).isEqualTo(field);
    }
  }
}
