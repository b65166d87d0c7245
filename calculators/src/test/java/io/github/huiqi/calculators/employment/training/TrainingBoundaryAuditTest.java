package io.github.huiqi.calculators.employment.training;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.employment.training.TrainingMeasure;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA audit of the entrepreneur-training organiser subsidy, the Shenzhen 专精特新 draft 第十四条: "对实施培训项目的承办机构，
 * 按参与企业人次，给予每人每次最高2万元补贴" (domain reference 004-14: subsidy = Σ trainees × min(20,000, cost)
 * [DERIVED]), worked by hand: a session at the cap (not binding), one whose programme is not known (in the ceiling,
 * named), one not the programme (left out), one with no trainee; the largest count exact; the draft's outcome kept out
 * of the total; bad sessions named by their pointer.
 */
class TrainingBoundaryAuditTest {

  private static final TrainingMeasure MEASURE = PolicyData.builtIn().getMeasure(TrainingMeasure.SHENZHEN_DRAFT);

  private static String session(String id, String trainees, String cost, String programme) {
    return "{'sessionId': '" + id + "', 'trainees': " + trainees + ", 'costPerTrainee': {'amount': " + cost
        + ", 'currency': 'CNY'}" + (programme == null ? "" : ", 'specialisedProgramme': " + programme) + "}";
  }

  private static String sessions(String... sessions) {
    return ("[" + String.join(", ", sessions) + "]").replace('\'', '"');
  }

  /**
   * T-1: 5 × min(20,000, 20,000.00) = 100,000.00, at the cap, which does not bind; T-2 programme not known:
   * 3 × min(20,000, 1,234.56) = 3,703.68; T-3 not the programme (100 × 20,000 left out); T-4 no trainee:
   * 0 × min(20,000, 25,000) = 0.00, nothing capped.
   */
  private static final String FIRM = sessions(session("T-1", "5", "20000.00", "true"),
      session("T-2", "3", "1234.56", null), session("T-3", "100", "20000", "false"),
      session("T-4", "0", "25000", "true"));

  @Test
  void test_fourSessions_engineJson_ceilingWithTheUnknownSession() {
    JsonNode outcome = EngineJson.firstOutcome("{\"asOf\": \"2024-06-30\", \"measures\": [\""
        + MEASURE.id().value() + "\"], \"profile\": {\"registrationRegionCode\": \"440305\", \"trainingSessions\": "
        + FIRM + "}}");
    // "最高2万元": a ceiling, so [0, 100,000.00 + 3,703.68 = 103,703.68], T-2's programme named; a payment to the
    // firm, but the document is a draft: not counted in a total; no binding limit (no cost above 20,000 with a
    // trainee)
    assertThat(outcome.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(outcome.at("/amountKind").asText()).isEqualTo("PAYMENT_TO_FIRM");
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("103703.68");
    assertThat(outcome.at("/missingFacts").toString()).isEqualTo("[\"/trainingSessions/1/specialisedProgramme\"]");
    assertThat(outcome.at("/documentStatus").asText()).isEqualTo("DRAFT");
    assertThat(outcome.at("/countedInTotal").asBoolean()).isFalse();
    assertThat(outcome.at("/bindingLimit").isMissingNode() || outcome.at("/bindingLimit").isNull()).isTrue();
  }

  @Test
  void test_typed_fastFormNamesTheUnknown_explainedGivesTheCeiling() {
    TrainingRequest request = HuiqiJson.read("{\"trainingSessions\": " + FIRM + "}", TrainingRequest.class);
    assertThatThrownBy(() -> TrainingCalculator.DEFAULT.maximumSubsidy(MEASURE, request))
        .isInstanceOfSatisfying(MissingFactsException.class, ex -> assertThat(ex.missingFacts())
            .containsExactly("/trainingSessions/1/specialisedProgramme"));
    TrainingResult explained = TrainingCalculator.DEFAULT.explainMaximumSubsidy(MEASURE, request);
    assertThat(explained.subsidy().maximum()).isEqualTo(Cny.of("103703.68"));
    assertThat(explained.bindingLimit()).isEmpty();
    // without T-2, every session decided: 100,000.00 + 0.00 = 100,000.00
    TrainingRequest decided = HuiqiJson.read("{\"trainingSessions\": " + sessions(session("T-1", "5", "20000.00",
        "true"), session("T-4", "0", "25000", "true")) + "}", TrainingRequest.class);
    assertThat(TrainingCalculator.DEFAULT.maximumSubsidy(MEASURE, decided)).isEqualTo(Cny.of("100000.00"));
  }

  @Test
  void test_largestCount_exact_capBinds() {
    // 2,147,483,647 trainees × min(20,000, 99,999.99) = 2,147,483,647 × 20,000 = 42,949,672,940,000.00, exact (no
    // overflow, no rounding); the cap binds (a cost above 20,000 with trainees)
    TrainingRequest request = HuiqiJson.read("{\"trainingSessions\": " + sessions(session("T", "2147483647",
        "99999.99", "true")) + "}", TrainingRequest.class);
    TrainingResult result = TrainingCalculator.DEFAULT.explainMaximumSubsidy(MEASURE, request);
    assertThat(result.subsidy().maximum()).isEqualTo(Cny.of("42949672940000.00"));
    assertThat(result.bindingLimit()).hasValueSatisfying(limit -> assertThat(limit.limit())
        .isEqualTo(Cny.of("20000")));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{'sessionId': 'T', 'trainees': 1, 'costPerTrainee': {'amount': 1, 'currency': 'HKD'}}"
          + "|/profile/trainingSessions/0/costPerTrainee/currency",
      "{'sessionId': 'T', 'trainees': 1, 'costPerTrainee': {'amount': 1, 'currency': 'CNY'}, "
          + "'specialisedProgramme': 'yes'}|/profile/trainingSessions/0/specialisedProgramme",
      "{'sessionId': 'T', 'trainees': 1.5, 'costPerTrainee': {'amount': 1, 'currency': 'CNY'}}"
          + "|/profile/trainingSessions/0/trainees",
      "{'sessionId': 'T', 'costPerTrainee': {'amount': 1, 'currency': 'CNY'}}|/profile/trainingSessions/0/trainees"})
  void test_badSession_engineNamesThePointer(String session, String pointer) {
    String request = ("{'asOf': '2024-06-30', 'measures': ['" + MEASURE.id().value() + "'], 'profile': "
        + "{'registrationRegionCode': '440305', 'trainingSessions': [" + session + "]}}").replace('\'', '"');
    assertField(() -> EntitlementEngine.builtIn().evaluateJson(request), pointer);
  }
}
