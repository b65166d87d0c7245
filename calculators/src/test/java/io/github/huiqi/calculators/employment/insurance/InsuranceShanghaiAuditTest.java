package io.github.huiqi.calculators.employment.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import org.junit.jupiter.api.Test;

/**
 * QA audit: a Shanghai employer's deferred contributions under 沪企服办〔2023〕1号 第二十条 ("用人单位可在2023年12月31日前
 * 采取分期或逐月等方式补缴缓缴社会保险费，补缴期间免收滞纳金"), through the engine's JSON with the Shenzhen measure beside it.
 * The late fee waived is the statutory 0.05% a day (社会保险法 第八十六条 "按日加收万分之五的滞纳金"), counted from the day
 * after the due date through the repayment day (decisions register §1.2 card 000-2a), each deferral's fee rounded
 * half-up to the fen once (§4.5 item 35); the deferral policy covers 养老、失业、工伤 only, not 医疗.
 */
class InsuranceShanghaiAuditTest {

  private static String deferral(String id, String kind, String amount, String due, String repaid) {
    return "{'deferralId': '" + id + "', 'kind': '" + kind + "', 'deferredAmount': {'amount': " + amount
        + ", 'currency': 'CNY'}, 'dueDate': '" + due + "', 'deferralApproved': true, 'repaidDate': '" + repaid + "'}";
  }

  @Test
  void test_shanghaiEmployer_pensionAndUnemploymentWaived_medicalNot() {
    // P: 100,000 due 2022-06-15, repaid 2023-03-31: 2022-06-16..2023-03-31 = 15 + 31 + 31 + 30 + 31 + 30 + 31 + 31 +
    //    28 + 31 = 289 days; 100,000 × 0.05% × 289 = 14,450.00
    // M: 医疗 is outside the deferral policy: nothing
    // U: 1,234.57 due 2023-06-29, repaid 06-30: 1 day; 1,234.57 × 0.05% = 0.617285 → 0.62
    // waived 14,450.00 + 0.62 = 14,450.62
    String request = ("{'profile': {'registrationRegionCode': '310115', 'insuranceDeferrals': ["
        + deferral("P", "PENSION", "100000", "2022-06-15", "2023-03-31") + ", "
        + deferral("M", "MEDICAL", "100000", "2022-06-15", "2023-03-31") + ", "
        + deferral("U", "UNEMPLOYMENT", "1234.57", "2023-06-29", "2023-06-30") + "]}, 'asOf': '2023-12-31', "
        + "'measures': ['sz-gxj-2023-26.insurance-late-fee-waiver', 'sh-qfb-2023-1.insurance-late-fee-waiver']}")
        .replace('\'', '"');
    JsonNode report = EngineJson.report(request);
    // the Shenzhen measure (深工信〔2023〕26号 第2条) is not for a firm registered in 上海市
    JsonNode shenzhen = report.at("/outcomes/0");
    assertThat(shenzhen.at("/measure").asText()).isEqualTo("sz-gxj-2023-26.insurance-late-fee-waiver");
    EngineJson.assertIneligible(shenzhen);
    JsonNode shanghai = report.at("/outcomes/1");
    assertThat(shanghai.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(shanghai.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("14450.62");
    assertThat(shanghai.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("14450.62");
    assertThat(report.at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo("14450.62");
  }
}
