package io.github.huiqi.calculators.procurement.reservation;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.procurement.reservation.ReservationMeasure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A blind audit of the SME reservation check (深工信〔2023〕26号 第9条, 沪企服办〔2023〕1号 第十一条 "预留份额阶段性提高至40%以上",
 * with 财库〔2022〕19号: works of at most 4,000,000 wholly reserved for SMEs, above it at least 40%), worked by hand and
 * run on the typed calculator, fast and explaining, and its JSON form, for both cities. The engine gives this
 * purchaser-side rule no amount (HuiqiCliProcurementBlindAuditTest audits its verdict).
 */
class ReservationBlindAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final ReservationMeasure[] MEASURES = {DATA.getMeasure(ReservationMeasure.SHENZHEN_2023),
      DATA.getMeasure(ReservationMeasure.SHANGHAI_2023)};

  @ParameterizedTest(name = "budget {0}, reserved {1}: wholly {2}, required {3}, meets {4}")
  @CsvSource({
      // 12,345,678.91 > 4,000,000: 40% = 4,938,271.564, the least whole fen reaching it 4,938,271.57; a fen under
      // falls short ("以上" is a floor, so the requirement is rounded up, never down)
      "12345678.91, 4938271.56, false, 4938271.57, false",
      "12345678.91, 4938271.57, false, 4938271.57, true",
      // 3,999,999.99 ≤ 4,000,000 ("400万元以下"): the whole budget; a fen short fails
      "3999999.99, 3999999.98, true, 3999999.99, false",
      // 0.01 of works: wholly reserved, the fen itself meets it
      "0.01, 0.01, true, 0.01, true",
      // 4,000,000.05 > 4,000,000: 40% = 1,600,000.02 exactly; 1,600,000.02 meets it, 1,600,000.01 does not
      "4000000.05, 1600000.02, false, 1600000.02, true",
      "4000000.05, 1600000.01, false, 1600000.02, false",
      // a project above the limit wholly reserved meets it a fortiori
      "50000000.00, 50000000.00, false, 20000000.00, true"})
  void test_requiredShare_everyPath(String budget, String reserved, boolean wholly, String required, boolean meets) {
    ReservationRequest request = new ReservationRequest(Cny.of(budget), Cny.of(reserved));
    String json = "{\"budget\": {\"amount\": " + budget + ", \"currency\": \"CNY\"}, \"reservedForSmes\": {\"amount\": "
        + reserved + ", \"currency\": \"CNY\"}}";
    for (ReservationMeasure measure : MEASURES) {
      ReservationResult typed = ReservationCalculator.DEFAULT.explainMeetsRule(measure, request);
      ReservationResult fromJson = HuiqiJson.read(ReservationCalculator.DEFAULT.explainMeetsRuleJson(measure, json),
          ReservationResult.class);
      for (ReservationResult r : new ReservationResult[] {typed, fromJson}) {
        assertThat(r.fullyReserved()).as(measure.id().toString()).isEqualTo(wholly);
        assertThat(r.requiredReservation()).isEqualTo(Cny.of(required));
        assertThat(r.meetsRule()).isEqualTo(meets);
      }
      assertThat(ReservationCalculator.DEFAULT.meetsRule(measure, request)).isEqualTo(meets);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a negative reserved part, named with the field
      "{\"budget\": {\"amount\": 100, \"currency\": \"CNY\"}, \"reservedForSmes\": {\"amount\": -0.01,"
          + " \"currency\": \"CNY\"}}|/reservedForSmes",
      // part of a fen in the budget
      "{\"budget\": {\"amount\": 100.001, \"currency\": \"CNY\"}, \"reservedForSmes\": {\"amount\": 1,"
          + " \"currency\": \"CNY\"}}|/budget",
      // a budget in another currency
      "{\"budget\": {\"amount\": 100, \"currency\": \"USD\"}, \"reservedForSmes\": {\"amount\": 1,"
          + " \"currency\": \"CNY\"}}|/budget/currency"})
  void test_badJson_typedErrorNamingTheField(String json, String field) {
    assertField(() -> ReservationCalculator.DEFAULT.explainMeetsRuleJson(MEASURES[0], json), field);
  }
}
