package io.github.huiqi.calculators.grants.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A share paid on an event while the firm holds a qualification on the event's date, the events not given
 * (decisions register §4.6 item 75), through the engine's JSON entry point on 2023-06-30. 沪企服办〔2023〕1号 第二条 pays
 * "首次成为“四上”企业的有效期内高新技术企业" 5% of the year before's R&amp;D input, at most 500,000, for an entry in 2023;
 * 第三条 pays "符合条件的科技型中小企业" 30% on a 2023 support of unknown size (no upper bound); the 专精特新 draft
 * 第十二条 (深圳, open-ended from 2023-01-01) halves a listed platform's fee for a 专精特新企业, 小巨人 included.
 * <p>
 * A firm known to hold the qualification on no day of the window (not held, granted after it, expired before it)
 * can earn nothing whatever its events: ineligible, nothing asked. Before 2026-12-05 the events not being known left
 * each open, naming {@code /grantEvents} alone, so a firm with no 高新技术企业 certificate was offered up to 500,000.00
 * and asked for its events first (found by the QA audit of the Shanghai measures, HuiqiCliShanghaiBlindAuditTest).
 * A qualification not given decides as the events do, so both are named and share the range's width.
 */
class ShareHeldInWindowTest {

  private static final String FOUR_ABOVE = "sh-qfb-2023-1.four-above-high-tech-reward";
  private static final String UPLIFT = "sh-qfb-2023-1.achievement-transfer-uplift";
  private static final String PLATFORM_FEE = "sz-gxj-zjtx-32-draft.platform-service-fee";

  private static JsonNode report(String region, String qualifications, String measure) {
    String request = ("{'profile': {'registrationRegionCode': '" + region + "', 'industryCode': 'C3484', 'size': "
        + "'SMALL'" + qualifications + "}, 'asOf': '2023-06-30', 'measures': ['" + measure + "']}")
        .replace('\'', '"');
    return EngineJson.report(request);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  @ParameterizedTest(name = "highTech {0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // no certificate: no entry can be 有效期内高新技术企业's
      "{'held': false}|INELIGIBLE|0|0|",
      // expired the day before the 2023 window, granted the day after it: held on no day of it
      "{'held': true, 'until': '2022-12-31'}|INELIGIBLE|0|0|",
      "{'held': true, 'since': '2024-01-01'}|INELIGIBLE|0|0|",
      // valid on the window's first or last day only: an entry on that day may earn, the events decide
      "{'held': true, 'until': '2023-01-01'}|UNDETERMINED|0|500000.00|/grantEvents",
      "{'held': true, 'since': '2023-12-31'}|UNDETERMINED|0|500000.00|/grantEvents",
      "{'held': true}|UNDETERMINED|0|500000.00|/grantEvents"})
  void test_fourAbove_eventsNotGiven_certificateKnown(String highTech, String verdict, String least, String most,
      String facts) {
    JsonNode report = report("310115", ", 'highTech': " + highTech, FOUR_ABOVE);
    JsonNode outcome = EngineJson.outcome(report, FOUR_ABOVE);
    assertThat(outcome.at("/verdict").asText()).isEqualTo(verdict);
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo(least);
    // the most: 最高50万元 per the one-off entry, or nothing
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo(most);
    assertThat(texts(outcome.at("/missingFacts"))).isEqualTo(facts == null ? List.of() : List.of(facts));
    if (facts == null) {
      assertThat(report.at("/nextQuestions")).isEmpty();
      assertThat(outcome.at("/countedInTotal").asBoolean()).isFalse();
    }
  }

  @Test
  void test_fourAbove_neitherGiven_bothNamed_eachDecidingHalf() {
    // either alone can decide: no event, or no certificate; the 0 – 500,000.00 range is shared equally, 250,000.00
    JsonNode report = report("310115", "", FOUR_ABOVE);
    JsonNode outcome = EngineJson.outcome(report, FOUR_ABOVE);
    assertThat(outcome.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("500000.00");
    assertThat(texts(outcome.at("/missingFacts"))).containsExactly("/grantEvents", "/highTech");
    assertThat(report.at("/nextQuestions")).hasSize(2);
    for (JsonNode question : report.at("/nextQuestions")) {
      assertThat(question.at("/amountDecided/amount").decimalValue()).isEqualByComparingTo("250000.00");
    }
  }

  @ParameterizedTest(name = "techSme {0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "{'held': false}|INELIGIBLE|",
      "{'held': true, 'since': '2024-01-01'}|INELIGIBLE|",
      "{'held': true, 'since': '2021-05-01', 'until': '2022-12-31'}|INELIGIBLE|",
      "{'held': true, 'since': '2021-05-01', 'until': '2023-01-01'}|UNDETERMINED|/grantEvents",
      "|UNDETERMINED|/grantEvents,/techSme"})
  void test_uplift_eventsNotGiven_enrolmentKnown(String techSme, String verdict, String facts) {
    JsonNode outcome = EngineJson.outcome(report("310115", techSme == null ? "" : ", 'techSme': " + techSme,
        UPLIFT), UPLIFT);
    assertThat(outcome.at("/verdict").asText()).isEqualTo(verdict);
    // 30% of a support of unknown size has no upper bound; ineligible, nothing
    assertThat(outcome.at("/amount/maximum").isMissingNode()).isEqualTo(verdict.equals("UNDETERMINED"));
    assertThat(texts(outcome.at("/missingFacts")))
        .isEqualTo(facts == null ? List.of() : List.of(facts.split(",")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // a 专精特新中小企业 recognition not held rules the 小巨人 out too (register §1.6 item 004-scope)
      ", 'specialisedAndInnovative': {'held': false}|INELIGIBLE|",
      // nothing given: the 专精特新中小企业 recognition is the fact asked, not the 小巨人 one
      "|UNDETERMINED|/grantEvents,/specialisedAndInnovative",
      // expired before the window: a 小巨人 may still run its own term (register §4.6 item 59)
      ", 'specialisedAndInnovative': {'held': true, 'until': '2022-12-31'}|UNDETERMINED|/grantEvents,/littleGiant",
      ", 'specialisedAndInnovative': {'held': true, 'until': '2022-12-31'}, 'littleGiant': {'held': false}"
          + "|INELIGIBLE|",
      ", 'specialisedAndInnovative': {'held': true, 'until': '2022-12-31'}, 'littleGiant': {'held': true, "
          + "'since': '2023-03-01'}|UNDETERMINED|/grantEvents",
      // the draft's window has no end: a recognition granted later may still meet an event
      ", 'specialisedAndInnovative': {'held': true, 'since': '2030-01-01'}|UNDETERMINED|/grantEvents"})
  void test_draftPlatformFee_eventsNotGiven_recognitionKnown(String qualifications, String verdict, String facts) {
    JsonNode outcome = EngineJson.outcome(report("440305", qualifications == null ? "" : qualifications,
        PLATFORM_FEE), PLATFORM_FEE);
    assertThat(outcome.at("/verdict").asText()).isEqualTo(verdict);
    assertThat(texts(outcome.at("/missingFacts")))
        .isEqualTo(facts == null ? List.of() : List.of(facts.split(",")));
  }
}
