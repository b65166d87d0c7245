package io.github.huiqi.calculators.employment.training;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.employment.training.TrainingMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Audit of the Shenzhen 专精特新 draft 第十四条 ("对实施培训项目的承办机构，按参与企业人次，给予每人每次最高2万元补贴") through
 * the engine's JSON: up to Σ trainees × min(20,000, cost per trainee) at the cap's edge, and bad session facts.
 */
class TrainingJsonAuditTest {

  private static String request(String sessions) {
    return "{\"asOf\": \"2024-06-30\", \"measures\": [\"sz-gxj-zjtx-32-draft.entrepreneur-training-subsidy\"], "
        + "\"profile\": {\"registrationRegionCode\": \"440305\", \"trainingSessions\": [" + sessions + "]}}";
  }

  private static String session(String id, String trainees, String cost) {
    return "{\"sessionId\": \"" + id + "\", \"trainees\": " + trainees + ", \"costPerTrainee\": {\"amount\": "
        + cost + ", \"currency\": \"CNY\"}, \"specialisedProgramme\": true}";
  }

  @Test
  void test_capEdge_perTraineeAndSession() {
    // T-1: 30 × min(20,000, 20,000.01) = 600,000.00 (one fen over the cap: capped); T-2: 7 × min(20,000, 19,999.99)
    // = 139,999.93 (one fen under: the cost); together [0, 739,999.93]
    MeasureOutcome outcome = EngineJsonOutcomes.outcome(
        request(session("T-1", "30", "20000.01") + ", " + session("T-2", "7", "19999.99")),
        TrainingMeasure.SHENZHEN_DRAFT.id());
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("739999.93")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "-1|100|/profile/trainingSessions/0/trainees",
      "\"ten\"|100|/profile/trainingSessions/0/trainees",
      // a negative cost, and one with more decimals than the fen
      "10|-0.01|/profile/trainingSessions/0/costPerTrainee",
      "10|12500.505|/profile/trainingSessions/0/costPerTrainee"})
  void test_badSession_namesThePointer(String trainees, String cost, String pointer) {
    assertField(() -> EntitlementEngine.builtIn().evaluateJson(request(session("T-1", trainees, cost))), pointer);
  }
}
