package io.github.huiqi.calculators.procurement.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.procurement.reservation.ReservationMeasure;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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

  @Test
  void test_theDetailReadsTheMeasuresFigures() {
    // 深工信〔2023〕26号 第9条 with 财库〔2022〕19号: "400万元以下…全部预留", "40%以上"
    ReservationMeasure builtIn = PolicyData.builtIn().getMeasure(ReservationMeasure.SHENZHEN_2023);
    EnterpriseProfile small = EnterpriseProfile.builder().registrationRegionCode("440306").size(EnterpriseSize.SMALL)
        .build();
    Catalog catalog = Catalog.builtIn();
    EvaluationContext context = new EvaluationContext(LocalDate.of(2023, 6, 30), catalog.data(),
        EngineOptions.DEFAULTS, catalog.get(builtIn.id()));
    MeasureOutcome shenzhen = ReservationEvaluator.DEFAULT.evaluate(builtIn, small, context, false);
    assertThat(shenzhen.detail().orElseThrow().zh()).contains("（400万元以下全部预留，以上不低于40%）");
    assertThat(shenzhen.detail().orElseThrow().en()).contains("(wholly reserved up to 4,000,000, at least 40% above)");
    // a host's 2,500,000 and 30%: the words follow them (before, they said 400万元 and 40% whatever the measure)
    ReservationMeasure host = new ReservationMeasure(builtIn.id(), builtIn.clause(), builtIn.documentStatus(),
        builtIn.title(), builtIn.minimumShare().withValue(Rate.ofPercent("30")),
        builtIn.fullReservationLimit().withValue(Cny.of("2500000")), builtIn.smeRule());
    MeasureOutcome hosted = ReservationEvaluator.DEFAULT.evaluate(host, small, context, false);
    assertThat(hosted.detail().orElseThrow().zh()).contains("（250万元以下全部预留，以上不低于30%）");
    assertThat(hosted.detail().orElseThrow().en()).contains("(wholly reserved up to 2,500,000, at least 30% above)");
  }
}
