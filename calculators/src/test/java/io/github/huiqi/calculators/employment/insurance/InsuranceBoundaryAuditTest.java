package io.github.huiqi.calculators.employment.insurance;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.employment.insurance.InsuranceMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA audit of the late fee waived on deferred social-insurance contributions, 深工信〔2023〕26号 第2条 and
 * 沪企服办〔2023〕1号 第二十条 ("在2023年12月31日前…补缴，补缴期间免收滞纳金"; domain reference card 000-2a), the fee being
 * 社会保险法 第八十六条's 0.05% a day (万分之五), the days from the day after the due date through the repayment day
 * (decisions register §1.2 card 000-2a), each deferral's fee rounded half-up to the fen once (§4.5 item 35). Worked by
 * hand: a tie at half a fen, the rounding per deferral not per total, a same-day repayment on the deadline, a firm
 * of six deferrals through the engine, unknown approval, and bad deferrals named by their pointer.
 */
class InsuranceBoundaryAuditTest {

  private static final InsuranceMeasure SHENZHEN = PolicyData.builtIn().getMeasure(InsuranceMeasure.SHENZHEN_2023);
  private static final String SHANGHAI_ID = "sh-qfb-2023-1.insurance-late-fee-waiver";

  private static String deferral(String id, String kind, String amount, String due, String approved, String repaid) {
    return "{'deferralId': '" + id + "', 'kind': '" + kind + "', 'deferredAmount': {'amount': " + amount
        + ", 'currency': 'CNY'}, 'dueDate': '" + due + "'" + (approved == null ? "" : ", 'deferralApproved': "
        + approved) + (repaid == null ? "" : ", 'repaidDate': '" + repaid + "'") + "}";
  }

  private static InsuranceResult typed(String... deferrals) {
    String json = ("{'insuranceDeferrals': [" + String.join(", ", deferrals) + "]}").replace('\'', '"');
    return HuiqiJson.read(InsuranceCalculator.DEFAULT.explainWaivedFeeJson(SHENZHEN, json), InsuranceResult.class);
  }

  private static String shanghai(String... deferrals) {
    return ("{'asOf': '2023-06-30', 'measures': ['" + SHANGHAI_ID + "'], 'profile': {'registrationRegionCode': "
        + "'310115', 'insuranceDeferrals': [" + String.join(", ", deferrals) + "]}}").replace('\'', '"');
  }

  @Test
  void test_halfAFenTie_roundsUp_perDeferral() {
    // 50.00 × 0.05% × 1 day (2023-12-30 → 12-31) = 0.025: half-up 0.03 (half-even would give 0.02). Two such
    // deferrals, each rounded once: 0.03 + 0.03 = 0.06 (rounding the total 0.05 once would give 0.05)
    InsuranceResult result = typed(deferral("P", "PENSION", "50.00", "2023-12-30", "true", "2023-12-31"),
        deferral("W", "WORK_INJURY", "50.00", "2023-12-30", "true", "2023-12-31"));
    assertThat(result.waivers()).extracting(InsuranceWaiver::fee).containsExactly(Cny.of("0.03"), Cny.of("0.03"));
    assertThat(result.waived().minimum()).isEqualTo(Cny.of("0.06"));
    assertThat(result.waived().maximum()).isEqualTo(Cny.of("0.06"));
  }

  @Test
  void test_largeAmount_roundingCarries() {
    // 99,999,999.99 × 0.05% = 49,999.999995 a day; due 2022-04-01 (the window's first day), repaid 2023-12-31:
    // 2022-04-01 → 2023-04-01 is 365 days, 2023-04-01 → 2023-12-31 274 more (day 365 less day 91 of 2023): 639
    // days; 49,999.999995 × 639 = 31,949,999.996805 → 31,950,000.00
    InsuranceResult result = typed(deferral("U", "UNEMPLOYMENT", "99999999.99", "2022-04-01", "true",
        "2023-12-31"));
    assertThat(result.waivers().get(0).lateDays()).isEqualTo(639);
    assertThat(result.waived().minimum()).isEqualTo(Cny.of("31950000.00"));
  }

  @Test
  void test_dueAndRepaidOnTheDeadline_noLateDay_dayAfterIneligible() {
    // due 2023-12-31 (the window's last day) and repaid the same day: 0 late days, eligible, 0.00 waived
    InsuranceResult sameDay = typed(deferral("P", "PENSION", "10000", "2023-12-31", "true", "2023-12-31"));
    assertThat(sameDay.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(sameDay.waived().maximum()).isEqualTo(Cny.of("0.00"));
    // repaid 2024-01-01, a day after "2023年12月31日前": ineligible, nothing waived (it would be 1 day, 5.00)
    InsuranceResult late = typed(deferral("P", "PENSION", "10000", "2023-12-31", "true", "2024-01-01"));
    assertThat(late.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(late.waived().maximum()).isEqualTo(Cny.of("0.00"));
  }

  @Test
  void test_sixDeferrals_shanghaiEngineJson_feeSavedRange() {
    // D-1, D-2: 50.00 × 0.05% × 1 = 0.025 → 0.03 each (pension, work injury)
    // D-3: 10,000 × 0.05% × 639 (2022-04-01 → 2023-12-31) = 3,195.00
    // D-4: due 2022-03-31, before the phased deferral's dates (register §1.2 card 000-2a): nothing
    // D-5: repaid 2024-01-01, after the deadline: nothing
    // D-6: repayment not known: up to a repayment on 2023-12-31, 184 days from 2023-06-30 (31 + 31 + 30 + 31 + 30
    //      + 31); 10,000 × 0.05% × 184 = 920.00
    // waived at least 0.03 + 0.03 + 3,195.00 = 3,195.06, at most 3,195.06 + 920.00 = 4,115.06
    JsonNode outcome = EngineJson.firstOutcome(shanghai(
        deferral("D-1", "PENSION", "50.00", "2023-12-30", "true", "2023-12-31"),
        deferral("D-2", "WORK_INJURY", "50.00", "2023-12-30", "true", "2023-12-31"),
        deferral("D-3", "UNEMPLOYMENT", "10000", "2022-04-01", "true", "2023-12-31"),
        deferral("D-4", "PENSION", "10000", "2022-03-31", "true", "2023-03-31"),
        deferral("D-5", "PENSION", "10000", "2023-06-30", "true", "2024-01-01"),
        deferral("D-6", "PENSION", "10000", "2023-06-30", "true", null)));
    assertThat(outcome.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(outcome.at("/amountKind").asText()).isEqualTo("FEE_SAVED");
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("3195.06");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("4115.06");
    assertThat(outcome.at("/missingFacts").toString()).isEqualTo("[\"/insuranceDeferrals/5/repaidDate\"]");
  }

  @Test
  void test_approvalUnknown_namedWithTheFeeAsTheRange() {
    // 12,345.67 × 0.05% = 6.172835 a day; 2023-01-15 → 2023-02-15: 31 days; 191.357885 → 191.36, waived only if
    // the deferral was under the phased policy ("阶段性缓缴"): [0, 191.36], naming the approval
    InsuranceResult approval = typed(deferral("P", "PENSION", "12345.67", "2023-01-15", null, "2023-02-15"));
    assertThat(approval.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(approval.missingFacts()).containsExactly("/insuranceDeferrals/0/deferralApproved");
    assertThat(approval.waived().minimum()).isEqualTo(Cny.of("0.00"));
    assertThat(approval.waived().maximum()).isEqualTo(Cny.of("191.36"));
    // approval known false: the deferral was not under the policy, nothing whatever the repayment date
    InsuranceResult refused = typed(deferral("P", "PENSION", "12345.67", "2023-01-15", "false", null));
    assertThat(refused.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(refused.missingFacts()).isEmpty();
    assertThat(refused.waived().maximum()).isEqualTo(Cny.of("0.00"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // a kind the enum does not know, a zero or sub-fen amount, a repayment before the due date, a date not in the
      // calendar: each named by its pointer in the request
      "{'deferralId': 'X', 'kind': 'HOUSING_FUND', 'deferredAmount': {'amount': 1, 'currency': 'CNY'}, "
          + "'dueDate': '2023-01-15'}|/profile/insuranceDeferrals/0/kind",
      "{'deferralId': 'X', 'kind': 'PENSION', 'deferredAmount': {'amount': 0, 'currency': 'CNY'}, "
          + "'dueDate': '2023-01-15'}|/profile/insuranceDeferrals/0/deferredAmount",
      "{'deferralId': 'X', 'kind': 'PENSION', 'deferredAmount': {'amount': 0.001, 'currency': 'CNY'}, "
          + "'dueDate': '2023-01-15'}|/profile/insuranceDeferrals/0/deferredAmount",
      "{'deferralId': 'X', 'kind': 'PENSION', 'deferredAmount': {'amount': 1, 'currency': 'CNY'}, "
          + "'dueDate': '2023-01-15', 'repaidDate': '2023-01-14'}|/profile/insuranceDeferrals/0/repaidDate",
      "{'deferralId': 'X', 'kind': 'PENSION', 'deferredAmount': {'amount': 1, 'currency': 'CNY'}, "
          + "'dueDate': '2023-04-31'}|/profile/insuranceDeferrals/0/dueDate"})
  void test_badDeferral_engineNamesThePointer(String deferral, String pointer) {
    assertField(() -> EntitlementEngine.builtIn().evaluateJson(shanghai(deferral)), pointer);
  }
}
