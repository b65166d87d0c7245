package io.github.huiqi.calculators.procurement.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Audit of the SME reservation in works procurement (深工信〔2023〕26号 第9条 "将政府采购工程面向中小企业的预留份额阶段性提高
 * 至40%以上的政策延续到2023年底") for a firm the engine sizes from its 2022 figures (工信部联企业〔2011〕300号, 工业: large
 * needs 从业人员 ≥ 1000 and 营业收入 ≥ 40000 万元 together): an SME may compete for the reserved share, a large
 * enterprise may not; no money either way.
 */
class ReservationSizeAuditTest {

  @ParameterizedTest(name = "{0} persons, {1} yuan: {2}")
  @CsvSource({
      "1000, 400000000.00, INELIGIBLE",   // both large bounds met: large, outside the reservation
      "999, 400000000.00, ELIGIBLE",      // one person short of large: medium (下划一档), an SME
      "1000, 399999999.99, ELIGIBLE"})    // one fen short of large: medium
  void test_sizeFromTheFigures_decidesTheReservation(int employees, String revenue, Verdict verdict) {
    String json = "{\"asOf\": \"2023-06-30\", \"measures\": [\"sz-gxj-2023-26.sme-procurement-reservation\"], "
        + "\"profile\": {\"registrationRegionCode\": \"440306\", \"industryCode\": \"C3484\", \"years\": [{\"year\": "
        + "2022, \"employees\": " + employees + ", \"revenue\": {\"amount\": " + revenue
        + ", \"currency\": \"CNY\"}}]}}";
    MeasureOutcome outcome =
        EngineJsonOutcomes.outcome(json, MeasureId.of("sz-gxj-2023-26.sme-procurement-reservation"));
    assertThat(outcome.verdict()).isEqualTo(verdict);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
  }
}
