package io.github.huiqi.calculators.employment.training;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.calculation;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.employment.training.TrainingMeasure;
import io.github.huiqi.core.employment.training.TrainingSession;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link TrainingCalculator} and {@link TrainingEvaluator} against the Shenzhen 专精特新 draft 第十四条: "对实施
 * 培训项目的承办机构，按参与企业人次，给予每人每次最高2万元补贴": up to Σ trainees × min(20,000, cost per trainee).
 */
class TrainingCalculatorTest {

  private static final TrainingMeasure MEASURE = PolicyData.builtIn().getMeasure(TrainingMeasure.SHENZHEN_DRAFT);
  private static final TrainingCalculator CALC = TrainingCalculator.DEFAULT;

  private static TrainingSession.Builder session(String id, int trainees, String cost) {
    return TrainingSession.builder().sessionId(id).trainees(trainees).costPerTrainee(Cny.of(cost))
        .specialisedProgramme(true);
  }

  @Test
  void test_aSessionOfNoTraineeWhoseProgrammeIsNotKnown_leavesTheMaximumDetermined() {
    // T-1: 10 × min(20,000, 15,000) = 150,000.00 (草案 第十四条 "每人每次最高2万元"); T-2, programme not given, 0 trainees:
    // 0 × min(20,000, 18,000) = 0.00 whether it is a 专精特新 session or not, so the most is 150,000.00 either way.
    // Before, the plain form threw for T-2's programme
    TrainingSession first = session("T-1", 10, "15000.00").build();
    TrainingRequest request = new TrainingRequest(List.of(first, session("T-2", 0, "18000.00")
        .specialisedProgramme(Optional.empty()).build()));
    assertThat(CALC.maximumSubsidy(MEASURE, request)).isEqualTo(Cny.of("150000.00"));
    assertThat(CALC.explainMaximumSubsidy(MEASURE, request).subsidy().maximum()).isEqualTo(Cny.of("150000.00"));
    // and it is not asked about (register §4.6 item 45): T-1 already makes the organiser eligible, T-2 adds nothing
    assertThat(CALC.explainMaximumSubsidy(MEASURE, request).missingFacts()).isEmpty();
    // alone, T-2's programme still decides the verdict (an organiser of a 专精特新 session, or of none)
    TrainingResult alone = CALC.explainMaximumSubsidy(MEASURE, new TrainingRequest(List.of(session("T-2", 0,
        "18000.00").specialisedProgramme(Optional.empty()).build())));
    assertThat(alone.missingFacts()).containsExactly("/trainingSessions/0/specialisedProgramme");
    // with 5 trainees T-2 may add 5 × 18,000 = 90,000.00: the plain form names its programme
    assertThatThrownBy(() -> CALC.maximumSubsidy(MEASURE, new TrainingRequest(List.of(first,
        session("T-2", 5, "18000.00").specialisedProgramme(Optional.empty()).build()))))
        .isInstanceOfSatisfying(MissingFactsException.class, ex -> assertThat(ex.missingFacts())
            .containsExactly("/trainingSessions/1/specialisedProgramme"));
  }

  @Test
  void test_capPerTraineeSession() {
    // 40 × min(20,000, 25,000) = 800,000.00; 10 × min(20,000, 12,500.50) = 125,005.00; together 925,005.00
    TrainingRequest request = new TrainingRequest(List.of(session("T-1", 40, "25000.00").build(),
        session("T-2", 10, "12500.50").build()));
    assertThat(CALC.maximumSubsidy(MEASURE, request)).isEqualTo(Cny.of("925005.00"));
    assertThat(CALC.explainMaximumSubsidy(MEASURE, request).bindingLimit()).isPresent();
    // exactly 20,000.00 a trainee: the cap reached, not binding; 20,000.01: capped to 20,000.00
    assertThat(CALC.maximumSubsidy(MEASURE, new TrainingRequest(List.of(session("T", 1, "20000.00").build()))))
        .isEqualTo(Cny.of("20000.00"));
    assertThat(CALC.explainMaximumSubsidy(MEASURE, new TrainingRequest(List.of(session("T", 1, "20000.00")
        .build()))).bindingLimit()).isEmpty();
    assertThat(CALC.maximumSubsidy(MEASURE, new TrainingRequest(List.of(session("T", 1, "20000.01").build()))))
        .isEqualTo(Cny.of("20000.00"));
    // no trainee at 25,000.00 a head: 0 × 20,000 = 0.00, nothing capped, so the cap does not bind
    TrainingResult empty = CALC.explainMaximumSubsidy(MEASURE, new TrainingRequest(List.of(session("T", 0,
        "25000.00").build())));
    assertThat(empty.subsidy().maximum()).isEqualTo(Cny.of("0.00"));
    assertThat(empty.bindingLimit()).isEmpty();
  }

  @Test
  void test_notTheProgramme_excluded_unknownNamed() {
    assertThat(CALC.maximumSubsidy(MEASURE, new TrainingRequest(List.of(session("T", 5, "1000.00")
        .specialisedProgramme(false).build())))).isEqualTo(Cny.of("0.00"));
    TrainingResult unknown = CALC.explainMaximumSubsidy(MEASURE, new TrainingRequest(List.of(session("T", 5,
        "1000.00").specialisedProgramme(Optional.empty()).build())));
    assertThat(unknown.eligibility().missingFacts()).containsExactly("/trainingSessions/0/specialisedProgramme");
    assertThat(unknown.subsidy().maximum()).isEqualTo(Cny.of("5000.00"));
  }

  @Test
  void test_bad_negativeCount_fraction() {
    assertField(() -> session("T", -1, "1.00").build(), "trainees");
    assertField(() -> HuiqiJson.read("{\"trainingSessions\": [{\"sessionId\": \"T\", \"trainees\": 40.5, "
        + "\"costPerTrainee\": {\"amount\": 1, \"currency\": \"CNY\"}}]}", EnterpriseProfile.class),
        "/trainingSessions/0/trainees");
  }

  @Test
  void test_evaluator_draft_upTo() {
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440305")
        .trainingSessions(List.of(session("T-1", 40, "25000.00").build())).build();
    MeasureOutcome outcome = CatalogRuns.both(TrainingMeasure.SHENZHEN_DRAFT.id(), profile,
        LocalDate.of(2023, 6, 30));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("800000.00")));
    assertThat(outcome.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(outcome.countedInTotal()).isFalse();
    assertThat(outcome.notes()).extracting(n -> n.code()).contains("draft");
    // 25,000 a trainee above the 20,000 cap: the cap binds; 12,500.50 under it: it does not
    assertThat(outcome.bindingLimit()).map(b -> b.code()).contains("cap-per-trainee-session");
    MeasureOutcome under = CatalogRuns.both(TrainingMeasure.SHENZHEN_DRAFT.id(), EnterpriseProfile.builder()
        .registrationRegionCode("440305").trainingSessions(List.of(session("T-2", 10, "12500.50").build())).build(),
        LocalDate.of(2023, 6, 30));
    assertThat(under.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("125005.00")));
    assertThat(under.bindingLimit()).isEmpty();
  }

  @Test
  void test_evaluator_theRangeIsTheAuthoritysToFix() {
    // "每人每次最高2万元" (草案 第十四条): a ceiling within which the authority fixes the figure, no fact deciding it
    // (decisions register §4.4 item 29). T-1 eligible, 40 × min(20,000, 25,000) = 800,000.00; T-2 of 3 trainees at
    // 1,000, its programme not given, may add 3,000.00: up to 803,000.00, all of it fixed by the authority (a "yes"
    // for T-2 leaves 0 – 803,000.00 open). Before, the outcome gave no such width, an open range naming no fact.
    // Found by EntitlementFactNamingPropertyTest
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440305")
        .trainingSessions(List.of(session("T-1", 40, "25000.00").build(),
            session("T-2", 3, "1000.00").specialisedProgramme(Optional.empty()).build())).build();
    MeasureOutcome outcome = CatalogRuns.both(TrainingMeasure.SHENZHEN_DRAFT.id(), profile,
        LocalDate.of(2023, 6, 30));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("803000.00")));
    assertThat(outcome.missingFacts()).containsExactly("/trainingSessions/1/specialisedProgramme");
    assertThat(outcome.widthFixedByAuthority()).contains(Cny.of("803000.00"));
    // T-1 alone: 0 – 800,000.00, all the authority's; no session in the programme: ineligible, no width
    MeasureOutcome alone = CatalogRuns.both(TrainingMeasure.SHENZHEN_DRAFT.id(), EnterpriseProfile.builder()
        .registrationRegionCode("440305").trainingSessions(List.of(session("T-1", 40, "25000.00").build())).build(),
        LocalDate.of(2023, 6, 30));
    assertThat(alone.widthFixedByAuthority()).contains(Cny.of("800000.00"));
    MeasureOutcome none = CatalogRuns.both(TrainingMeasure.SHENZHEN_DRAFT.id(), EnterpriseProfile.builder()
        .registrationRegionCode("440305").trainingSessions(List.of(session("T-1", 40, "25000.00")
            .specialisedProgramme(false).build())).build(), LocalDate.of(2023, 6, 30));
    assertThat(none.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(none.widthFixedByAuthority()).isEmpty();
  }

  @Test
  void test_noSession_ineligible_withItsReason() {
    TrainingResult none = CALC.explainMaximumSubsidy(MEASURE, new TrainingRequest(List.of()));
    assertThat(none.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(none.eligibility().reasons()).extracting(r -> r.code()).containsExactly("no-training-sessions");
  }

  @Test
  void test_explanation_eachSessionsFormula() {
    TrainingResult result = CALC.explainMaximumSubsidy(MEASURE, new TrainingRequest(List.of(
        session("T-1", 40, "25000.00").build())));
    // 40 × min(20,000, 25,000) = 800,000.00
    assertThat(calculation(result.explanation(), "trainees × min(cap, cost per trainee)").formula())
        .matches("40 × min\\(20000(\\.00)?, 25000\\.00\\)");
    assertThat(calculation(result.explanation(), "trainees × min(cap").result()).isEqualByComparingTo("800000.00");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conditions_theProgrammeForEachSession() {
    // one condition a session, "专精特新企业家培训项目": met, not met, not known
    TrainingResult result = CALC.explainMaximumSubsidy(MEASURE, new TrainingRequest(List.of(
        session("A", 5, "1000.00").build(), session("B", 5, "1000.00").specialisedProgramme(false).build(),
        session("C", 5, "1000.00").specialisedProgramme(Optional.empty()).build())));
    assertOutcomes(result.explanation(), MET, NOT_MET, UNKNOWN);
  }
}
