package io.github.huiqi.calculators.grants.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import org.junit.jupiter.api.Test;

/**
 * QA audit: Shanghai shares of a base at a half fen, through the engine's JSON (the profile's grant events).
 * Each share is rounded half-up to the fen once, before its cap (decisions register §4.5 item 35).
 */
class ShareHalfUpAuditTest {

  private static JsonNode outcome(String measure, String code, String amount) {
    String request = ("{'profile': {'registrationRegionCode': '310115', 'industryCode': 'C3484', 'size': 'SMALL', "
        + "'highTech': {'held': true, 'since': '2021-12-01'}, 'grantEvents': [{'eventId': 'E', 'code': '" + code
        + "', 'date': '2023-05-01', 'amount': {'amount': " + amount + ", 'currency': 'CNY'}}]}, "
        + "'asOf': '2023-12-31', 'measures': ['" + measure + "']}").replace('\'', '"');
    return EngineJson.firstOutcome(request);
  }

  private static void assertAmount(JsonNode outcome, String minimum, String maximum) {
    assertThat(outcome.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo(minimum);
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo(maximum);
  }

  @Test
  void test_fourAboveReward_halfFenRoundsOntoTheCap() {
    // 沪企服办〔2023〕1号 第二条: "上一年度研发投入 5%、最高 50 万元的一次性奖励", a 高新技术企业 valid on the day it first
    // became 四上. 9,999,999.90 × 5% = 499,999.995 → 500,000.00 (half-up), the cap exactly
    String reward = "sh-qfb-2023-1.four-above-high-tech-reward";
    assertAmount(outcome(reward, "first-four-above", "9999999.90"), "500000.00", "500000.00");
    // 9,999,999.89 × 5% = 499,999.9945 → 499,999.99, under the cap
    assertAmount(outcome(reward, "first-four-above", "9999999.89"), "499999.99", "499999.99");
  }

  @Test
  void test_technicalRenovation_upToTenPercentOfTheApprovedInvestment() {
    // 沪企服办〔2023〕1号 第五条: total investment 12,345,678.95 ≥ 10,000,000 (1000 万元以上); "不超过核定总投资的 10%":
    // up to 12,345,678.95 × 10% = 1,234,567.895 → 1,234,567.90
    assertAmount(outcome("sh-qfb-2023-1.technical-renovation-support", "sh-technical-renovation-project",
        "12345678.95"), "0", "1234567.90");
  }

  @Test
  void test_digitalContract_halfFen() {
    // 沪企服办〔2023〕1号 第八条: "不超过合同金额 30%": 100,000.05 × 30% = 30,000.015 → up to 30,000.02
    assertAmount(outcome("sh-qfb-2023-1.digital-service-contract-support", "sh-digital-service-contract",
        "100000.05"), "0", "30000.02");
  }
}
