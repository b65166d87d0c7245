package io.github.huiqi.calculators.grants.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Audit of 沪企服办〔2023〕1号 第二条, 第三条, 第五条 and 第八条 through the engine's JSON at their thresholds, caps and
 * window ends, each share rounded half-up to the fen once (decisions register §4.5 item 35): 第二条 "对首次成为“四上”
 * 企业的有效期内高新技术企业…给予企业上一年度研发投入 5%、最高 50 万元的一次性奖励"; 第三条 "在原高新技术成果转化认定政策扶持金额
 * 基础上加计 30%"; 第五条 "门槛由项目总投资 2000 万元以上调整为 1000 万元以上，支持金额不超过核定总投资的 10%"; 第八条 "对中小
 * 企业与数字化服务商签订的服务合同给予不超过合同金额 30% 的支持".
 */
class ShareShanghaiAuditTest {

  private static final String FOUR_ABOVE = "sh-qfb-2023-1.four-above-high-tech-reward";
  private static final String UPLIFT = "sh-qfb-2023-1.achievement-transfer-uplift";
  private static final String RENOVATION = "sh-qfb-2023-1.technical-renovation-support";
  private static final String CONTRACT = "sh-qfb-2023-1.digital-service-contract-support";

  private static String event(String id, String code, String date, String amount) {
    return "{'eventId': '" + id + "', 'code': '" + code + "', 'date': '" + date + "', 'amount': {'amount': " + amount
        + ", 'currency': 'CNY'}}";
  }

  private static JsonNode outcome(String measure, String events) {
    String request = ("{'profile': {'registrationRegionCode': '310115', 'industryCode': 'C3484', 'size': 'SMALL', "
        + "'highTech': {'held': true, 'since': '2021-12-01', 'until': '2023-06-30'}, "
        + "'techSme': {'held': true, 'since': '2023-02-01', 'until': '2023-12-31'}, "
        + "'grantEvents': [" + events + "]}, 'asOf': '2023-12-31', 'measures': ['" + measure + "']}")
        .replace('\'', '"');
    return EngineJson.firstOutcome(request);
  }

  private static void assertAmount(JsonNode outcome, String verdict, String minimum, String maximum) {
    assertThat(outcome.at("/verdict").asText()).isEqualTo(verdict);
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo(minimum);
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo(maximum);
  }

  @ParameterizedTest(name = "研发投入 {0}: {1}")
  @CsvSource({
      // 5% × 10,000,000.00 = 500,000.00, the cap exactly (最高 50 万元, inclusive)
      "10000000.00, 500000.00",
      // 5% × 10,000,000.20 = 500,000.01, one fen over: capped at 500,000.00
      "10000000.20, 500000.00",
      // 5% × 9,999,999.80 = 499,999.99, one fen under
      "9999999.80, 499999.99",
      // 5% × 0.10 = 0.005 → 0.01 half-up
      "0.10, 0.01"})
  void test_fourAbove_fivePercentCappedAtFiftyWan(String input, String reward) {
    assertAmount(outcome(FOUR_ABOVE, event("F", "first-four-above", "2023-05-01", input)), "ELIGIBLE", reward,
        reward);
  }

  @ParameterizedTest(name = "entered 四上 on {0}: {1}")
  @CsvSource({
      // the 高新技术企业 certificate runs to 2023-06-30 (有效期内): its last day qualifies, the next day does not
      "2023-06-30, ELIGIBLE, 100000.00",
      "2023-07-01, INELIGIBLE, 0",
      // the 2023 window: the day before it
      "2022-12-31, INELIGIBLE, 0"})
  void test_fourAbove_highTechValidOnTheDayAndTheWindow(String date, String verdict, String reward) {
    // 5% × 2,000,000 = 100,000.00
    assertAmount(outcome(FOUR_ABOVE, event("F", "first-four-above", date, "2000000")), verdict, reward, reward);
  }

  @Test
  void test_fourAbove_oneOff_theEarliestEntryOnly() {
    // "一次性奖励": entries on 2023-03-01 (研发投入 2,000,000 → 100,000.00) and 2023-05-01 (8,000,000 → 400,000.00):
    // the first (首次) alone, 100,000.00 — not 500,000.00
    assertAmount(outcome(FOUR_ABOVE, event("F1", "first-four-above", "2023-05-01", "8000000") + ", "
        + event("F2", "first-four-above", "2023-03-01", "2000000")), "ELIGIBLE", "100000.00", "100000.00");
  }

  @Test
  void test_fourAbove_firstEntryBeforeThe2023Window_noReward() {
    // "对首次成为“四上”企业的…高新技术企业" in 2023 (the pack's window) and "only the earliest first-four-above event
    // counts" (its oneOff note): entries on 2022-12-31 and 2023-03-01 — the first entry (首次) was in 2022, so the 2023
    // entry is not a first one and earns nothing: 0, ineligible (was 5% × 2,000,000 = 100,000.00 on the later entry)
    assertAmount(outcome(FOUR_ABOVE, event("F0", "first-four-above", "2022-12-31", "1000000") + ", "
        + event("F1", "first-four-above", "2023-03-01", "2000000")), "INELIGIBLE", "0", "0");
  }

  @Test
  void test_fourAbove_firstEntryAfterTheCertificate_aLaterEntryDoesNotCount() {
    // the certificate runs to 2023-06-30: the first entry on 2023-07-01 is not "有效期内高新技术企业"; the later event
    // on 2023-08-01 is not 首次 either: 0, ineligible. The earlier entry on 2023-06-30 with the later on 2023-07-01
    // earns the first alone: 5% × 3,000,000 = 150,000.00
    assertAmount(outcome(FOUR_ABOVE, event("F1", "first-four-above", "2023-08-01", "2000000") + ", "
        + event("F0", "first-four-above", "2023-07-01", "1000000")), "INELIGIBLE", "0", "0");
    assertAmount(outcome(FOUR_ABOVE, event("F1", "first-four-above", "2023-07-01", "2000000") + ", "
        + event("F0", "first-four-above", "2023-06-30", "3000000")), "ELIGIBLE", "150000.00", "150000.00");
  }

  @Test
  void test_achievementUplift_thirtyPercentOfEachSupport_whileATechSme() {
    // 第三条 "加计 30%": 100,000.05 × 30% = 30,000.015 → 30,000.02, and 200,000 × 30% = 60,000.00; both while enrolled
    // (techSme 2023-02-01..2023-12-31): 30,000.02 + 60,000.00 = 90,000.02 exactly
    assertAmount(outcome(UPLIFT, event("U1", "sh-achievement-transfer-support", "2023-02-01", "100000.05") + ", "
        + event("U2", "sh-achievement-transfer-support", "2023-12-31", "200000")), "ELIGIBLE", "90000.02",
        "90000.02");
    // granted 2023-01-31, the day before the enrolment: not a 科技型中小企业 then, 0
    assertAmount(outcome(UPLIFT, event("U1", "sh-achievement-transfer-support", "2023-01-31", "100000")),
        "INELIGIBLE", "0", "0");
  }

  @ParameterizedTest(name = "核定总投资 {0}: up to {2}")
  @CsvSource({
      // "1000 万元以上" inclusive: 9,999,999.99 is under the threshold, 10,000,000.00 is at it
      "9999999.99, INELIGIBLE, 0",
      "10000000.00, ELIGIBLE, 1000000.00",
      // 10% × 10,000,000.05 = 1,000,000.005 → 1,000,000.01 half-up
      "10000000.05, ELIGIBLE, 1000000.01",
      // the old 2000 万元 threshold no longer applies: 15,000,000 → up to 1,500,000.00
      "15000000, ELIGIBLE, 1500000.00"})
  void test_technicalRenovation_thresholdTenMillionInclusive(String investment, String verdict, String most) {
    assertAmount(outcome(RENOVATION, event("R", "sh-technical-renovation-project", "2023-05-01", investment)), verdict,
        "0", most);
  }

  @Test
  void test_digitalContracts_eachUpToThirtyPercent_inTheYear() {
    // 第八条: 1,000,000 × 30% = 300,000.00 (signed 2023-01-01) + 33.35 × 30% = 10.005 → 10.01 (2023-12-31);
    // 2024-01-01 is outside: up to 300,010.01
    assertAmount(outcome(CONTRACT, event("C1", "sh-digital-service-contract", "2023-01-01", "1000000") + ", "
        + event("C2", "sh-digital-service-contract", "2023-12-31", "33.35") + ", "
        + event("C3", "sh-digital-service-contract", "2024-01-01", "500000")), "ELIGIBLE", "0", "300010.01");
  }
}
