package io.github.huiqi.calculators.space.highrise;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.highrise.HighRiseMeasure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Audit of 深工信〔2023〕26号 第3条 ("“工业上楼”厂房空间，平均租金价格不高于35元/月/平方米") through the engine's JSON: a
 * firm's 工业上楼 leases at the ceiling's edge, area-weighted (Σ rent ≤ 35 × Σ area, compared unrounded), and bad lease
 * facts named by their JSON Pointer.
 */
class HighRiseJsonAuditTest {

  private static String request(String leases) {
    return "{\"asOf\": \"2023-06-30\", \"measures\": [\"sz-gxj-2023-26.high-rise-average-rent\"], \"profile\": {"
        + "\"registrationRegionCode\": \"440306\", \"leases\": [" + leases + "]}}";
  }

  private static String lease(String id, String area, String rent) {
    return "{\"leaseId\": \"" + id + "\", \"area\": " + area + ", \"start\": \"2023-01-01\", \"monthlyRent\": "
        + "{\"amount\": " + rent + ", \"currency\": \"CNY\"}, \"highRiseProject\": true}";
  }

  @ParameterizedTest(name = "{0}: above {1}")
  @CsvSource(delimiter = '|', value = {
      // 1,000.5 m² at 35,017.50: exactly 35.00 元/m² → within ("不高于" includes 35)
      "A,1000.5,35017.50|false",
      // 35,017.51 over 1,000.5 m²: 35.00001 > 35 although it shows as 35.00 → not within
      "A,1000.5,35017.51|true",
      // 100 m² at 4,000 (40/m²) and 100 m² at 3,000 (30/m²): Σ 7,000 ≤ 35 × 200 = 7,000 → within, not a per-lease cap
      "A,100,4000;B,100,3000|false"})
  void test_averageAtTheCeiling(String leases, boolean above) {
    StringBuilder json = new StringBuilder();
    for (String one : leases.split(";")) {
      String[] f = one.split(",");
      json.append(json.length() == 0 ? "" : ", ").append(lease(f[0], f[1], f[2]));
    }
    MeasureOutcome outcome = EngineJsonOutcomes.outcome(request(json.toString()), HighRiseMeasure.SHENZHEN_2023.id());
    // the firm is in the programme (its leases are 工业上楼): the measure is the landlord's and the programme's check,
    // reported for information in the detail, not an entitlement whose verdict the average decides
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.detail().orElseThrow().en().contains("above")).isEqualTo(above);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "0|35000|/profile/leases/0/area",
      "-1000|35000|/profile/leases/0/area",
      "\"big\"|35000|/profile/leases/0/area",
      "1000|-1|/profile/leases/0/monthlyRent"})
  void test_badLease_namesThePointer(String area, String rent, String pointer) {
    assertField(() -> EntitlementEngine.builtIn().evaluateJson(request(lease("A", area, rent))), pointer);
  }
}
