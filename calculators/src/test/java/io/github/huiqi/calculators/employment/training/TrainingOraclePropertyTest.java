package io.github.huiqi.calculators.employment.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.employment.training.TrainingMeasure;
import io.github.huiqi.core.employment.training.TrainingSession;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The organiser's training subsidy against {@link TrainingOracle} on seeded random programmes: costs per trainee at
 * 20,000 to the fen either side, zero and large, sessions of the programme, not or not known; through the explaining
 * and JSON forms, and the plain form where decided.
 */
class TrainingOraclePropertyTest {

  private static final long SEED = 0x5EED_78A1L;
  private static final int CASES = 3000;
  private static final TrainingMeasure MEASURE = PolicyData.builtIn().getMeasure(TrainingMeasure.SHENZHEN_DRAFT);
  private static final TrainingCalculator CALCULATOR = TrainingCalculator.DEFAULT;

  @Test
  void test_maximumSubsidy_agreesWithTheOracle() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      List<TrainingOracle.Session> sessions = randomSessions(random);
      String label = "seed " + SEED + " case " + i + ": " + sessions;
      TrainingOracle.Expected expected = TrainingOracle.expected(sessions);
      TrainingRequest request = new TrainingRequest(build(sessions));

      TrainingResult result = CALCULATOR.explainMaximumSubsidy(MEASURE, request);
      check(label, result, expected);
      // the plain form names a session whose programme is not known when it can add to the most (one of no trainee
      // or no cost adds nothing either way)
      BigDecimal sure = TrainingOracle.expected(sessions.stream().filter(s -> Boolean.TRUE.equals(s.programme()))
          .toList()).most();
      if (sure.compareTo(expected.most()) == 0) {
        assertThat(Cny.yuan(CALCULATOR.maximumSubsidy(MEASURE, request), "maximum")).as(label)
            .isEqualByComparingTo(expected.most());
      } else {
        assertThatThrownBy(() -> CALCULATOR.maximumSubsidy(MEASURE, request)).as(label)
            .isInstanceOf(MissingFactsException.class);
      }
      if (i % 20 == 0) {
        // the engine on a Shenzhen organiser whose sessions these are
        MeasureOutcome outcome = CatalogRuns.both(TrainingMeasure.SHENZHEN_DRAFT.id(), EnterpriseProfile.builder()
            .registrationRegionCode("440305").trainingSessions(build(sessions)).build(), LocalDate.of(2023, 6, 30));
        assertThat(outcome.verdict().name()).as(label + " (engine)").isEqualTo(expected.verdict());
        assertThat(outcome.amount()).as(label + " (engine)").isEqualTo(expected.verdict().equals("INELIGIBLE")
            ? OutcomeAmount.ZERO : OutcomeAmount.upTo(Cny.of(expected.most().setScale(2))));
      }
      if (i % 10 == 0) {
        check(label + " (JSON)", HuiqiJson.read(CALCULATOR.explainMaximumSubsidyJson(MEASURE,
            HuiqiJson.write(request)), TrainingResult.class), expected);
      }
    }
  }

  private static void check(String label, TrainingResult result, TrainingOracle.Expected expected) {
    assertThat(result.eligibility().verdict().name()).as(label).isEqualTo(expected.verdict());
    assertThat(Cny.yuan(result.subsidy().minimum(), "minimum")).as(label).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(Cny.yuan(result.subsidy().maximum(), "maximum")).as(label).isEqualByComparingTo(expected.most());
  }

  private static List<TrainingOracle.Session> randomSessions(Random random) {
    List<TrainingOracle.Session> sessions = new ArrayList<>();
    int count = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(4);
    for (int k = 0; k < count; k++) {
      BigDecimal cost = switch (random.nextInt(4)) {
        case 0 -> TrainingOracle.PER_TRAINEE.add(BigDecimal.valueOf(random.nextInt(5) - 2, 2));
        case 1 -> BigDecimal.ZERO.setScale(2);
        default -> BigDecimal.valueOf(random.nextInt(6_000_000), 2);
      };
      int programme = random.nextInt(6);
      sessions.add(new TrainingOracle.Session(1 + random.nextInt(200), cost,
          programme == 0 ? null : programme != 1));
    }
    return sessions;
  }

  private static List<TrainingSession> build(List<TrainingOracle.Session> sessions) {
    List<TrainingSession> built = new ArrayList<>();
    for (int k = 0; k < sessions.size(); k++) {
      TrainingOracle.Session s = sessions.get(k);
      TrainingSession.Builder builder = TrainingSession.builder().sessionId("S" + k).trainees(s.trainees())
          .costPerTrainee(Cny.of(s.costPerTrainee()));
      if (s.programme() != null) {
        builder.specialisedProgramme(s.programme());
      }
      built.add(builder.build());
    }
    return built;
  }
}
