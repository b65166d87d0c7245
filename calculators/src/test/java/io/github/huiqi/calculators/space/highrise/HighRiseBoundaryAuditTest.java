package io.github.huiqi.calculators.space.highrise;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.highrise.HighRiseMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Second-pass QA audit of 深工信〔2023〕26号 第3条 ("在全市建设不少于2000万平方米“工业上楼”厂房空间，平均租金价格不高于35元/
 * 月/平方米"; domain.md §1.2 card 000-3: a programme average, not a per-lease cap), hand-worked through the typed
 * calculator, its JSON and the engine. The average is reported half-up to the fen and compared unrounded (decisions
 * register §4.5 item 35).
 */
class HighRiseBoundaryAuditTest {

  private static final HighRiseMeasure MEASURE = PolicyData.builtIn().getMeasure(HighRiseMeasure.SHENZHEN_2023);

  private static String lease(String id, String area, String rent) {
    return "{'leaseId': '" + id + "', 'area': " + area + ", 'start': '2023-01-01'"
        + (rent == null ? "" : ", 'monthlyRent': {'amount': " + rent + ", 'currency': 'CNY'}") + "}";
  }

  private static String flagged(String id, String highRise) {
    return "{'leaseId': '" + id + "', 'area': 100, 'start': '2023-01-01', 'monthlyRent': {'amount': 3000, "
        + "'currency': 'CNY'}, 'highRiseProject': " + highRise + "}";
  }

  private static HighRiseRequest request(String leases) {
    return HuiqiJson.read(("{'leases': [" + leases + "]}").replace('\'', '"'), HighRiseRequest.class);
  }

  @Test
  void test_typed_roundingShowsTheCeiling_butTheTestIsUnrounded() {
    // 3 m² at 105.01 a month: 105.01 ÷ 3 = 35.00333… → reported 35.00 (half-up), yet 105.01 > 35 × 3 = 105: above
    HighRiseResult above = HighRiseCalculator.DEFAULT.explainAverageRent(MEASURE, request(lease("A", "3", "105.01")));
    assertThat(above.averageRent()).isEqualTo(Cny.of("35.00"));
    assertThat(above.withinCeiling()).isFalse();
    // 3 m² at 104.99: 34.99666… → reported 35.00 (half-up), and 104.99 ≤ 105: within
    HighRiseResult within = HighRiseCalculator.DEFAULT.explainAverageRent(MEASURE, request(lease("A", "3", "104.99")));
    assertThat(within.averageRent()).isEqualTo(Cny.of("35.00"));
    assertThat(within.withinCeiling()).isTrue();
  }

  @Test
  void test_typed_areaWeighted_notMeanOfRates() {
    // 平均 over the project, area-weighted: A 900 m² at 27,000 (30/m²), B 100 m² at 8,000 (80/m²): Σ 35,000 ÷ 1,000 m²
    // = 35.00, within; the mean of the two rates, (30 + 80) ÷ 2 = 55, would wrongly fail it
    HighRiseResult result = HighRiseCalculator.DEFAULT.explainAverageRent(MEASURE,
        request(lease("A", "900", "27000") + ", " + lease("B", "100", "8000")));
    assertThat(result.totalArea()).isEqualByComparingTo(new BigDecimal("1000"));
    assertThat(result.totalMonthlyRent()).isEqualTo(Cny.of("35000.00"));
    assertThat(result.averageRent()).isEqualTo(Cny.of("35.00"));
    assertThat(result.withinCeiling()).isTrue();
  }

  @Test
  void test_typed_missingRent_andBadInput() {
    // B's rent not known: the average cannot be worked, the rent is named
    MissingFactsException missing = catchThrowableOfType(() -> HighRiseCalculator.DEFAULT.withinCeiling(MEASURE,
        request(lease("A", "100", "3000") + ", " + lease("B", "50", null))), MissingFactsException.class);
    assertThat(missing.missingFacts()).containsExactly("/leases/1/monthlyRent");
    // no lease: no project to average; a repeated lease id: bad input at its pointer
    assertField(() -> HighRiseCalculator.DEFAULT.explainAverageRentJson(MEASURE, "{\"leases\": []}"), "/leases");
    assertField(() -> HighRiseCalculator.DEFAULT.explainAverageRentJson(MEASURE, ("{'leases': [" + lease("A", "1", "1")
        + ", " + lease("A", "2", "2") + "]}").replace('\'', '"')), "/leases/1/leaseId");
  }

  private static MeasureOutcome engine(String profile) {
    return CatalogProfiles.outcome(CatalogProfiles.quoted(profile), LocalDate.of(2023, 6, 30), MEASURE.id(), false);
  }

  @Test
  void test_engine_flagsUnknown_andRegion() {
    // lease 0 is not 工业上楼, lease 1's flag is not known: undetermined, naming lease 1's flag only
    MeasureOutcome open = engine("{'registrationRegionCode': '440306', 'leases': ["
        + flagged("A", "false") + ", "
        + lease("B", "100", "3000") + "]}");
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missingFacts()).containsExactly("/leases/1/highRiseProject");
    assertThat(open.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.ZERO);
    // a Shenzhen measure for a Shanghai firm (310115) renting 工业上楼 space at 30/m²: ineligible
    MeasureOutcome shanghai = engine("{'registrationRegionCode': '310115', 'leases': ["
        + flagged("A", "true") + "]}");
    assertThat(shanghai.verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  private static String dated(String id, String start, String end) {
    return "{'leaseId': '" + id + "', 'area': 100, 'start': '" + start + "'" + (end == null ? "" : ", 'end': '" + end
        + "'") + ", 'monthlyRent': {'amount': 4000, 'currency': 'CNY'}, 'highRiseProject': true}";
  }

  @Test
  void test_engine_leaseOutsideTheCeilingsValidity_doesNotCount() {
    // the 35 元/m² a month is the 2023 measures' (validity 2023-01-01..2023-12-31, its citation note), and a month's
    // figure reads a lease only when it runs at least a day within it (decisions register §4.4 item 28).
    // A 2020-01-01..2021-12-31 lease (100 m² at 4,000: 40/m²) had ended: the firm rents no 工业上楼 space then.
    // Before the fix the outcome was eligible, its detail "average 40.00 … above 35" from the ended lease.
    MeasureOutcome ended = engine("{'registrationRegionCode': '440306', 'leases': ["
        + dated("A", "2020-01-01", "2021-12-31") + "]}");
    assertThat(ended.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(ended.missingFacts()).isEmpty();
    // one ending on 2023-01-01 has that day within: counted, 4,000 ÷ 100 = 40.00 > 35
    MeasureOutcome lastDay = engine("{'registrationRegionCode': '440306', 'leases': ["
        + dated("A", "2020-01-01", "2023-01-01") + "]}");
    assertThat(lastDay.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(lastDay.detail().orElseThrow().en()).contains("40.00").contains("above 35");
    // one starting on 2024-01-01 is after it: not counted
    assertThat(engine("{'registrationRegionCode': '440306', 'leases': [" + dated("A", "2024-01-01", null) + "]}")
        .verdict()).isEqualTo(Verdict.INELIGIBLE);
    // no end, started 2021-06-01: it may have ended before 2023, its end is asked
    MeasureOutcome open = engine("{'registrationRegionCode': '440306', 'leases': ["
        + dated("A", "2021-06-01", null) + "]}");
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missingFacts()).containsExactly("/leases/0/end");
  }
}
