package io.github.huiqi.calculators.procurement.reservation;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.inputs;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.procurement.reservation.ReservationMeasure;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link ReservationCalculator} and {@link ReservationEvaluator} against 深工信〔2023〕26号 第9条 / 沪企服办〔2023〕1号
 * 第十一条 ("预留份额阶段性提高至40%以上…延续到2023年底") and 财库〔2022〕19号 (400万元以下的工程全部预留给中小企业).
 */
class ReservationCalculatorTest {

  private static final ReservationMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(ReservationMeasure.SHENZHEN_2023);
  private static final ReservationCalculator CALC = ReservationCalculator.DEFAULT;

  private static boolean meets(String budget, String reserved) {
    return CALC.meetsRule(MEASURE, new ReservationRequest(Cny.of(budget), Cny.of(reserved)));
  }

  @Test
  void test_atFourMillion_wholeProjectReserved() {
    // 4,000,000.00 ≤ 4,000,000: reserved wholly; one fen less reserved falls short
    assertThat(meets("4000000.00", "4000000.00")).isTrue();
    assertThat(meets("4000000.00", "3999999.99")).isFalse();
    ReservationResult result = CALC.explainMeetsRule(MEASURE, new ReservationRequest(Cny.of("4000000.00"),
        Cny.of("4000000.00")));
    assertThat(result.fullyReserved()).isTrue();
    assertThat(result.requiredReservation()).isEqualTo(Cny.of("4000000.00"));
  }

  @Test
  void test_aFenAboveFourMillion_fortyPercent() {
    // 4,000,000.01 > 4,000,000: 40% × 4,000,000.01 = 1,600,000.004; 1,600,000.00 falls short, 1,600,000.01 meets
    assertThat(meets("4000000.01", "1600000.00")).isFalse();
    assertThat(meets("4000000.01", "1600000.01")).isTrue();
    ReservationResult result = CALC.explainMeetsRule(MEASURE, new ReservationRequest(Cny.of("4000000.01"),
        Cny.of("1600000.01")));
    assertThat(result.fullyReserved()).isFalse();
    assertThat(result.requiredReservation()).isEqualTo(Cny.of("1600000.01"));
    // 40% × 10,000,000 = 4,000,000.00 exactly meets "40%以上"; 3,999,999.99 does not
    assertThat(meets("10000000.00", "4000000.00")).isTrue();
    assertThat(meets("10000000.00", "3999999.99")).isFalse();
  }

  @Test
  void test_bad_reservedAboveBudget_negative() {
    // the reserved part and the budget contradict each other: both are named (found by the bad-input corpus)
    assertThat(assertField(() -> new ReservationRequest(Cny.of("100.00"), Cny.of("100.01")), "reservedForSmes")
        .relatedFields()).containsExactly("budget");
    assertField(() -> new ReservationRequest(Cny.of("0.00"), Cny.of("0.00")), "budget");
    assertField(() -> CALC.explainMeetsRuleJson(MEASURE, "{\"budget\": {\"amount\": 100, \"currency\": \"CNY\"}, "
        + "\"reservedForSmes\": {\"amount\": -1, \"currency\": \"CNY\"}}"), "/reservedForSmes");
  }

  @Test
  void test_evaluator_informational_bySize() {
    LocalDate asOf = LocalDate.of(2023, 6, 30);
    MeasureOutcome small = CatalogRuns.both(ReservationMeasure.SHENZHEN_2023.id(), EnterpriseProfile.builder()
        .registrationRegionCode("440306").size(EnterpriseSize.SMALL).build(), asOf);
    assertThat(small.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(small.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(small.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(small.detail().orElseThrow().en()).contains("purchaser-side");
    assertThat(CatalogRuns.both(ReservationMeasure.SHENZHEN_2023.id(), EnterpriseProfile.builder()
        .registrationRegionCode("440306").size(EnterpriseSize.LARGE).build(), asOf).verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    MeasureOutcome unknown = CatalogRuns.both(ReservationMeasure.SHANGHAI_2023.id(), EnterpriseProfile.builder()
        .registrationRegionCode("310101").build(), asOf);
    assertThat(unknown.missingFacts()).containsExactly("/size");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conditions_wholeOrFortyPercent() {
    // at most 4,000,000: the whole budget reserved (met) or one fen short (not met)
    assertOutcomes(CALC.explainMeetsRule(MEASURE, new ReservationRequest(Cny.of("4000000.00"),
        Cny.of("4000000.00"))).explanation(), MET);
    assertOutcomes(CALC.explainMeetsRule(MEASURE, new ReservationRequest(Cny.of("4000000.00"),
        Cny.of("3999999.99"))).explanation(), NOT_MET);
    // above: 40% × 4,000,000.01 = 1,600,000.004; 1,600,000.01 meets, 1,600,000.00 does not
    ReservationResult above = CALC.explainMeetsRule(MEASURE, new ReservationRequest(Cny.of("4000000.01"),
        Cny.of("1600000.01")));
    assertOutcomes(above.explanation(), MET);
    assertThat(detailsOf(above.explanation(), "budget above")).singleElement().asString()
        .startsWith("1600000.01 vs 1600000.004");
    assertOutcomes(CALC.explainMeetsRule(MEASURE, new ReservationRequest(Cny.of("4000000.01"),
        Cny.of("1600000.00"))).explanation(), NOT_MET);
  }

  @Test
  void test_explanation_theFiguresInput_andTheRuleCitedForEachSide() {
    ReservationResult whole = CALC.explainMeetsRule(MEASURE, new ReservationRequest(Cny.of("4000000.00"),
        Cny.of("4000000.00")));
    assertThat(inputs(whole.explanation(), Locale.ENGLISH))
        .containsExactly("Input: budget / reserved for SMEs = 4000000.00 / 4000000.00");
    // at most 4,000,000: the whole-reservation rule (财库〔2022〕19号) is cited; above it, the 40% share
    assertThat(MEASURE.fullReservationLimit().citation()).isNotEqualTo(MEASURE.minimumShare().citation());
    // the rule is the notice's 三 (提高政府采购工程面向中小企业预留份额), not its 一 (严格落实支持中小企业政府采购政策)
    assertThat(MEASURE.fullReservationLimit().citation().article()).isEqualTo("三");
    assertThat(MEASURE.fullReservationLimit().citation().quote())
        .hasValueSatisfying(q -> assertThat(q).contains("400万元以下的工程采购项目"));
    assertThat(whole.explanation().stepsOf(ConditionStep.class)).singleElement()
        .satisfies(step -> assertThat(step.citation()).isEqualTo(MEASURE.fullReservationLimit().citation()));
    ReservationResult above = CALC.explainMeetsRule(MEASURE, new ReservationRequest(Cny.of("4000000.01"),
        Cny.of("1600000.01")));
    assertThat(above.explanation().stepsOf(ConditionStep.class)).singleElement()
        .satisfies(step -> assertThat(step.citation()).isEqualTo(MEASURE.minimumShare().citation()));
  }
}
