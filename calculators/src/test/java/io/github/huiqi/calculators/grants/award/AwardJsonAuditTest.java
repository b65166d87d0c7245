package io.github.huiqi.calculators.grants.award;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.grants.award.AwardCombination;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Audit of the award measures through the engine's JSON, as a platform sends them: a good request worked by hand
 * (深工信〔2023〕26号 第16条, 最高 30 万元), then bad facts a new user writes — each refused with a typed error naming the
 * JSON Pointer into the profile, never an NPE, ArithmeticException or Jackson exception.
 */
class AwardJsonAuditTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final String MAKER = "sz-gxj-2023-26.maker-china-award";

  private static String request(String facts) {
    return "{\"asOf\": \"2023-10-31\", \"measures\": [\"" + MAKER + "\", "
        + "\"sh-qfb-2023-1.specialised-recognition-award\", \"sh-qfb-2023-1.green-upgrade-support\"], "
        + "\"profile\": {\"registrationRegionCode\": \"440305\"" + facts + "}}";
  }

  private static String events(String event) {
    return ", \"grantEvents\": [{\"eventId\": \"M-1\", \"code\": \"maker-china-shenzhen-award\", \"date\": "
        + "\"2023-09-20\"}, " + event + "]";
  }

  @Test
  void test_goodRequest_winningProjectAndTop50() {
    String json = request(events("{\"eventId\": \"N-1\", \"code\": \"maker-china-national-placing\", "
        + "\"date\": \"2023-11-18\", \"rank\": 50}"));
    EntitlementReport report = HuiqiJson.read(ENGINE.evaluateJson(json), EntitlementReport.class);
    // 第16条: a 2023 Shenzhen-division winner, [0, 300,000]; 50th nationally is within both the top 500 and top 50
    assertThat(report.outcome(AwardMeasure.SHENZHEN_MAKER_CHINA_2023.id()).orElseThrow().amount())
        .isEqualTo(OutcomeAmount.upTo(Cny.of("300000")));
    assertThat(report.outcome(AwardMeasure.SHENZHEN_MAKER_CHINA_2023.id()).orElseThrow().verdict())
        .isEqualTo(Verdict.ELIGIBLE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a rank of the wrong type, zero and negative (a placing is 1 or more)
      "{\"eventId\": \"N-1\", \"code\": \"maker-china-national-placing\", \"date\": \"2023-11-18\", "
          + "\"rank\": \"first\"}|/profile/grantEvents/1/rank",
      "{\"eventId\": \"N-1\", \"code\": \"maker-china-national-placing\", \"date\": \"2023-11-18\", "
          + "\"rank\": 0}|/profile/grantEvents/1/rank",
      "{\"eventId\": \"N-1\", \"code\": \"maker-china-national-placing\", \"date\": \"2023-11-18\", "
          + "\"rank\": -3}|/profile/grantEvents/1/rank",
      "{\"eventId\": \"N-1\", \"code\": \"maker-china-national-placing\", \"date\": \"2023-11-18\", "
          + "\"rank\": 1.5}|/profile/grantEvents/1/rank",
      // a date that does not exist, one of the wrong type
      "{\"eventId\": \"N-1\", \"code\": \"maker-china-national-placing\", \"date\": \"2023-02-30\"}"
          + "|/profile/grantEvents/1/date",
      "{\"eventId\": \"N-1\", \"code\": \"maker-china-national-placing\", \"date\": 20231118}"
          + "|/profile/grantEvents/1/date",
      // a negative amount, an amount in an unknown currency, an amount of the wrong type
      "{\"eventId\": \"N-1\", \"code\": \"maker-china-shenzhen-award\", \"date\": \"2023-09-21\", "
          + "\"amount\": {\"amount\": -1, \"currency\": \"CNY\"}}|/profile/grantEvents/1/amount",
      "{\"eventId\": \"N-1\", \"code\": \"maker-china-shenzhen-award\", \"date\": \"2023-09-21\", "
          + "\"amount\": {\"amount\": 100, \"currency\": \"RMB\"}}|/profile/grantEvents/1/amount/currency",
      "{\"eventId\": \"N-1\", \"code\": \"maker-china-shenzhen-award\", \"date\": \"2023-09-21\", "
          + "\"amount\": \"300000\"}|/profile/grantEvents/1/amount",
      // a missing id, a missing code, a repeated id
      "{\"code\": \"maker-china-shenzhen-award\", \"date\": \"2023-09-21\"}|/profile/grantEvents/1/eventId",
      "{\"eventId\": \"N-1\", \"date\": \"2023-09-21\"}|/profile/grantEvents/1/code",
      "{\"eventId\": \"M-1\", \"code\": \"maker-china-shenzhen-award\", \"date\": \"2023-09-21\"}"
          + "|/profile/grantEvents/1/eventId",
      // an amount with more decimals than the fen, one absurdly large
      "{\"eventId\": \"N-1\", \"code\": \"maker-china-shenzhen-award\", \"date\": \"2023-09-21\", "
          + "\"amount\": {\"amount\": 1e400, \"currency\": \"CNY\"}}|/profile/grantEvents/1/amount/amount",
      // a date out of the year range java.time reads
      "{\"eventId\": \"N-1\", \"code\": \"maker-china-shenzhen-award\", \"date\": \"+1000000000-01-01\"}"
          + "|/profile/grantEvents/1/date",
      // an unknown member of an event
      "{\"eventId\": \"N-1\", \"code\": \"maker-china-shenzhen-award\", \"date\": \"2023-09-21\", "
          + "\"prize\": \"gold\"}|/profile/grantEvents/1/prize"})
  void test_badGrantEvent_namesTheFieldAsAPointer(String event, String pointer) {
    assertField(() -> ENGINE.evaluateJson(request(events(event))), pointer);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      ", \"littleGiant\": {\"held\": \"yes\"}|/profile/littleGiant/held",
      ", \"littleGiant\": {\"held\": true, \"since\": \"2023-13-01\"}|/profile/littleGiant/since",
      ", \"specialisedAndInnovative\": true|/profile/specialisedAndInnovative",
      ", \"size\": \"HUGE\"|/profile/size",
      ", \"grantEvents\": {}|/profile/grantEvents",
      ", \"grantEvents\": [null]|/profile/grantEvents/0"})
  void test_badQualificationOrSize_namesTheFieldAsAPointer(String facts, String pointer) {
    assertField(() -> ENGINE.evaluateJson(request(facts)), pointer);
  }

  @Test
  void test_asOfOutOfRange_namesIt() {
    // EntitlementRequest: the evaluation date 1990-01-01..2100-12-31
    assertField(() -> ENGINE.evaluateJson(request("").replace("2023-10-31", "1989-12-31")), "/asOf");
    assertField(() -> ENGINE.evaluateJson(request("").replace("2023-10-31", "2101-01-01")), "/asOf");
  }

  @Test
  void test_calculatorsOwnJson_rankOfZero() {
    AwardMeasure measure = PolicyData.builtIn().getMeasure(AwardMeasure.SHENZHEN_MAKER_CHINA_2023);
    assertField(() -> AwardCalculator.DEFAULT.explainAwardJson(measure, "{\"grantEvents\": [{\"eventId\": \"N-1\","
        + " \"code\": \"maker-china-national-placing\", \"date\": \"2023-11-18\", \"rank\": 0}]}"),
        "/grantEvents/0/rank");
    assertField(() -> AwardCalculator.DEFAULT.explainAwardJson(measure, "{\"options\": {\"combination\": \"BOTH\"}}"),
        "/options/combination");
  }

  @Test
  void test_options_json_asWrittenAndRead() {
    // the options of an award request: {"combination": "SUM"}; the defaults write nothing
    AwardOptions sum = AwardOptions.combining(AwardCombination.SUM);
    assertThat(HuiqiJson.write(sum).replaceAll("\\s", "")).isEqualTo("{\"combination\":\"SUM\"}");
    assertThat(HuiqiJson.read("{\"combination\": \"SUM\"}", AwardOptions.class)).isEqualTo(sum);
    assertThat(HuiqiJson.write(AwardOptions.DEFAULTS).replaceAll("\\s", "")).isEqualTo("{}");
    assertThat(HuiqiJson.read("{}", AwardOptions.class)).isEqualTo(AwardOptions.DEFAULTS);
    assertThat(AwardOptions.DEFAULTS.combination()).isEmpty();
    assertField(() -> AwardOptions.combining(null), "combination");
  }
}
