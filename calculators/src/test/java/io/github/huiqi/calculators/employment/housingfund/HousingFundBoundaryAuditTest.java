package io.github.huiqi.calculators.employment.housingfund;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA audit of the housing-fund deferral through the engine's JSON, 深工信〔2023〕26号 第2条: "受疫情影响缴存住房公积金确有
 * 困难的用人单位，可按规定向公积金中心申请缓缴住房公积金，期限不超过12个月，申请期限至2023年6月30日" (domain reference card
 * 000-2c; decisions register §1.2 card 000-2c: the latest last day is the start plus 12 months less a day; §4.6 item
 * 38: "至2023年6月30日" includes that day). Worked by hand: a firm of four applications on either side of the edges,
 * the measure's window by the evaluation date, and bad applications named by their pointer.
 */
class HousingFundBoundaryAuditTest {

  private static final String ID = "sz-gxj-2023-26.housing-fund-deferral";

  private static String application(String id, String applied, String start, String end, String hardship) {
    return "{'applicationId': '" + id + "', 'applicationDate': '" + applied + "', 'deferralStart': '" + start + "'"
        + (end == null ? "" : ", 'requestedEnd': '" + end + "'")
        + (hardship == null ? "" : ", 'hardship': " + hardship) + "}";
  }

  private static String request(String asOf, String... applications) {
    return ("{'asOf': '" + asOf + "', 'measures': ['" + ID + "'], 'profile': {'registrationRegionCode': '440305', "
        + "'housingFundDeferrals': [" + String.join(", ", applications) + "]}}").replace('\'', '"');
  }

  /**
   * A-1 applied on the last day, 2023-06-30, from 2023-07-01 to 2024-06-30 (exactly 12 months: kept); A-2 hardship
   * not known, from 2023-01-31 with no end asked (12 months: 2024-01-31 less a day, 2024-01-30); A-3 applied
   * 2023-07-01, a day late; A-4 asked to 2024-07-01, a day beyond 12 months from 2023-07-01 (capped to 2024-06-30).
   */
  private static final String[] FIRM = {
      application("A-1", "2023-06-30", "2023-07-01", "2024-06-30", "true"),
      application("A-2", "2023-01-15", "2023-01-31", null, null),
      application("A-3", "2023-07-01", "2023-07-01", null, "true"),
      application("A-4", "2023-06-01", "2023-07-01", "2024-07-01", "true")};

  @Test
  void test_fourApplications_engineJson_datesInTheDetail() {
    JsonNode outcome = EngineJson.firstOutcome(request("2023-06-30", FIRM));
    // A-1 is sure: eligible; the benefit is a date, not money: non-monetary, exactly zero
    assertThat(outcome.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(outcome.at("/amountKind").asText()).isEqualTo("NON_MONETARY");
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("0");
    // A-2's hardship decides whether it may defer: named, though A-1 already makes the firm eligible (before the
    // fix the outcome named no fact while its detail said A-2 may defer "if the missing facts are favourable")
    assertThat(outcome.at("/missingFacts").toString()).isEqualTo("[\"/housingFundDeferrals/1/hardship\"]");
    // each application that may defer and its day, in order; A-3 (late) named nowhere
    assertThat(outcome.at("/detail/en").asText()).isEqualTo("Housing-fund deferral: A-1 may be deferred to "
        + "2024-06-30; A-2 may be deferred, if the missing facts are favourable, to 2024-01-30; A-4 may be deferred "
        + "to 2024-06-30.");
  }

  @ParameterizedTest(name = "as of {0}")
  @CsvSource({
      // the measure's window is the application period, 2023-01-01..2023-06-30 (申请期限至2023年6月30日): open on
      // both ends, closed the day after; the applications' own dates decide the verdict whatever the evaluation date
      "2022-12-31, NOT_YET_OPEN",
      "2023-01-01, OPEN",
      "2023-06-30, OPEN",
      "2023-07-01, CLOSED"})
  void test_windowByTheEvaluationDate(String asOf, String status) {
    JsonNode outcome = EngineJson.firstOutcome(request(asOf, FIRM));
    assertThat(outcome.at("/window/start").asText()).isEqualTo("2023-01-01");
    assertThat(outcome.at("/window/end").asText()).isEqualTo("2023-06-30");
    assertThat(outcome.at("/windowStatus").asText()).isEqualTo(status);
    assertThat(outcome.at("/verdict").asText()).isEqualTo("ELIGIBLE");
  }

  @Test
  void test_onlyLateOrRefused_ineligible() {
    // A-3 applied a day late and one with no hardship: nothing may be deferred, no fact asked, no detail
    JsonNode outcome = EngineJson.firstOutcome(request("2023-06-30",
        application("A-3", "2023-07-01", "2023-07-01", null, "true"),
        application("A-5", "2023-03-01", "2023-03-01", null, "false")));
    EngineJson.assertIneligible(outcome);
    assertThat(outcome.at("/detail").isMissingNode() || outcome.at("/detail").isNull()).isTrue();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{'applicationId': 'A', 'applicationDate': '2023-03-01', 'deferralStart': '2023-04-01', "
          + "'requestedEnd': '2023-03-31'}|/profile/housingFundDeferrals/0/requestedEnd",
      "{'applicationId': 'A', 'applicationDate': '2023-03-01', 'deferralStart': '2023-04-01', 'hardship': 'maybe'}"
          + "|/profile/housingFundDeferrals/0/hardship",
      "{'applicationId': 'A', 'applicationDate': '2023-06-31', 'deferralStart': '2023-07-01'}"
          + "|/profile/housingFundDeferrals/0/applicationDate",
      "{'applicationId': ' ', 'applicationDate': '2023-03-01', 'deferralStart': '2023-04-01'}"
          + "|/profile/housingFundDeferrals/0/applicationId"})
  void test_badApplication_engineNamesThePointer(String application, String pointer) {
    assertField(() -> EntitlementEngine.builtIn().evaluateJson(request("2023-06-30", application)), pointer);
  }
}
