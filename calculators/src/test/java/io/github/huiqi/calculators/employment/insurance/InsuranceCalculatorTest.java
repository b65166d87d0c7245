package io.github.huiqi.calculators.employment.insurance;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.calculators.ExplainedConditions.inputs;
import static io.github.huiqi.calculators.ExplainedConditions.kinds;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.employment.insurance.InsuranceDeferral;
import io.github.huiqi.core.employment.insurance.InsuranceKind;
import io.github.huiqi.core.employment.insurance.InsuranceMeasure;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link InsuranceCalculator} against 深工信〔2023〕26号 第2条 ("在2023年12月31日前…对缓缴的社会保险费予以补缴，补缴期间
 * 免收滞纳金") with the late fee of 社会保险法 第八十六条 ("自欠缴之日起，按日加收万分之五的滞纳金"): fee = deferred × 0.05% ×
 * days from the day after the due date through the repayment day, half-up to the fen.
 */
class InsuranceCalculatorTest {

  private static final InsuranceMeasure MEASURE = PolicyData.builtIn().getMeasure(InsuranceMeasure.SHENZHEN_2023);
  private static final InsuranceCalculator CALC = InsuranceCalculator.DEFAULT;

  /** 120,000.00 of pension contributions due 2022-12-15, deferred under the phased policy. */
  static InsuranceDeferral.Builder pension() {
    return InsuranceDeferral.builder().deferralId("S-1").kind(InsuranceKind.PENSION)
        .deferredAmount(Cny.of("120000.00")).dueDate(LocalDate.of(2022, 12, 15)).deferralApproved(true);
  }

  private static InsuranceRequest of(InsuranceDeferral... deferrals) {
    return new InsuranceRequest(List.of(deferrals));
  }

  @Test
  void test_repaidInSeptember_feeWaived() {
    // 2022-12-15 → 2023-09-15: 16 + 31+28+31+30+31+30+31+31 + 15 = 274 days; 120,000 × 0.05% × 274 = 16,440.00
    InsuranceRequest request = of(pension().repaidDate(LocalDate.of(2023, 9, 15)).build());
    assertThat(CALC.waivedFee(MEASURE, request)).isEqualTo(Cny.of("16440.00"));
    InsuranceResult result = CALC.explainWaivedFee(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.waivers().get(0).lateDays()).isEqualTo(274);
  }

  @Test
  void test_deadline_lastDayWaived_dayAfterNot() {
    // "2023年12月31日前": 2023-12-31 included. 2022-12-15 → 2023-12-31 = 16 + 365 = 381 days;
    // 120,000 × 0.05% × 381 = 22,860.00
    assertThat(CALC.waivedFee(MEASURE, of(pension().repaidDate(LocalDate.of(2023, 12, 31)).build())))
        .isEqualTo(Cny.of("22860.00"));
    InsuranceResult late = CALC.explainWaivedFee(MEASURE, of(pension().repaidDate(LocalDate.of(2024, 1, 1))
        .build()));
    assertThat(late.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(late.waived().exact()).contains(Cny.of("0.00"));
  }

  @Test
  void test_repaidOnTheDueDate_noLateDay() {
    // due and repaid 2023-01-10 (a repayment in 2023, under the measure: register §4.6 item 157): no late day
    InsuranceRequest request = of(pension().dueDate(LocalDate.of(2023, 1, 10)).repaidDate(LocalDate.of(2023, 1, 10))
        .build());
    assertThat(CALC.waivedFee(MEASURE, request)).isEqualTo(Cny.of("0.00"));
    assertThat(CALC.explainWaivedFee(MEASURE, request).eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void test_rounding_halfUpToTheFen() {
    // 33,333.33 × 0.05% × 1 day (2022-12-31 → 2023-01-01) = 16.666665 → 16.67
    assertThat(CALC.waivedFee(MEASURE, of(pension().deferredAmount(Cny.of("33333.33"))
        .dueDate(LocalDate.of(2022, 12, 31)).repaidDate(LocalDate.of(2023, 1, 1)).build())))
        .isEqualTo(Cny.of("16.67"));
  }

  @Test
  void test_medicalContribution_notCovered() {
    // 第2条 covers 养老、失业、工伤 only
    InsuranceResult result = CALC.explainWaivedFee(MEASURE, of(pension().kind(InsuranceKind.MEDICAL)
        .repaidDate(LocalDate.of(2023, 3, 1)).build()));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.eligibility().reasons()).extracting(r -> r.code()).contains("not-covered-contribution");
  }

  @Test
  void test_notYetRepaid_undetermined_upToARepaymentOnTheDeadline() {
    InsuranceResult result = CALC.explainWaivedFee(MEASURE, of(pension().build(),
        pension().deferralId("S-2").deferredAmount(Cny.of("10000.00")).dueDate(LocalDate.of(2023, 1, 5))
            .repaidDate(LocalDate.of(2023, 1, 15)).build()));
    // S-2: 10,000 × 0.05% × 10 days (2023-01-05 → 2023-01-15) = 50.00 waived; S-1 up to 22,860.00 (repaid 2023-12-31)
    assertThat(result.waived().minimum()).isEqualTo(Cny.of("50.00"));
    assertThat(result.waived().maximum()).isEqualTo(Cny.of("22910.00"));
    assertThat(result.missingFacts()).containsExactly("/insuranceDeferrals/0/repaidDate");
    assertThatThrownBy(() -> CALC.waivedFee(MEASURE, of(pension().build())))
        .isInstanceOf(MissingFactsException.class);
  }

  @Test
  void test_dueOnTheDeadline_repaymentNotKnown_plainFormGivesTheFeeItCannotChange() {
    // due 2023-12-31, the deadline: repaid on it or not by it, 0 late days, 120,000 × 0.05% × 0 = 0.00 waived
    // either way (深工信〔2023〕26号 第2条; 社会保险法 第八十六条); before, the plain form threw for the repayment date
    InsuranceRequest request = of(pension().dueDate(LocalDate.of(2023, 12, 31)).build());
    assertThat(CALC.waivedFee(MEASURE, request)).isEqualTo(Cny.of("0.00"));
    InsuranceResult result = CALC.explainWaivedFee(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.waived()).isEqualTo(new AmountRange(Cny.of("0.00"), Cny.of("0.00")));
    // beside a deferral whose repayment date does change the fee, the plain form still names it
    assertThatThrownBy(() -> CALC.waivedFee(MEASURE, of(pension().dueDate(LocalDate.of(2023, 12, 31)).build(),
        pension().deferralId("S-2").build()))).isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/insuranceDeferrals/0/repaidDate",
                "/insuranceDeferrals/1/repaidDate"));
  }

  @Test
  void test_bad_repaidBeforeDue_negativeAmount_duplicate() {
    assertField(() -> pension().repaidDate(LocalDate.of(2022, 12, 14)).build(), "repaidDate");
    assertField(() -> pension().deferredAmount(Cny.of("-1.00")).build(), "deferredAmount");
    InsuranceDeferral one = pension().build();
    assertField(() -> new InsuranceRequest(List.of(one, one)), "insuranceDeferrals/1/deferralId");
    assertField(() -> CALC.explainWaivedFeeJson(MEASURE, "{\"insuranceDeferrals\": [{\"deferralId\": \"S\", "
        + "\"kind\": \"PENSION\", \"deferredAmount\": {\"amount\": 100, \"currency\": \"CNY\"}, "
        + "\"dueDate\": \"2023-01-15\", \"repaidDate\": \"2023-01-14\"}]}"), "/insuranceDeferrals/0/repaidDate");
  }

  //-------------------------------------------------------------------------
  // Conditions for each deferral, in order: a covered contribution, due within the phased deferral's dates
  // (2022-04-01..2023-12-31, decisions register §1.2 card 000-2a), deferred under the phased policy, repaid by
  // 2023-12-31.
  @Test
  void test_conditions_eachOutcome() {
    assertOutcomes(CALC.explainWaivedFee(MEASURE, of(pension().repaidDate(LocalDate.of(2023, 12, 31)).build()))
        .explanation(), MET, MET, MET, MET);
    assertOutcomes(CALC.explainWaivedFee(MEASURE, of(pension().kind(InsuranceKind.MEDICAL).deferralApproved(false)
        .repaidDate(LocalDate.of(2024, 1, 1)).build())).explanation(), NOT_MET, MET, NOT_MET, NOT_MET);
    assertOutcomes(CALC.explainWaivedFee(MEASURE, of(pension().deferralApproved(Optional.empty()).build()))
        .explanation(), MET, MET, UNKNOWN, UNKNOWN);
  }

  //-------------------------------------------------------------------------
  // The explanation of each deferral: its input, the four conditions, the late fee and its rounding.
  @Test
  void test_explanation_inputConditionsFeeAndRounding() {
    Explanation explanation = CALC.explainWaivedFee(MEASURE, of(pension().deferredAmount(Cny.of("33333.33"))
        .dueDate(LocalDate.of(2022, 12, 31)).repaidDate(LocalDate.of(2023, 1, 1)).build(),
        pension().deferralId("S-2").build())).explanation();
    assertThat(kinds(explanation)).containsExactly(InputStep.class, ConditionStep.class, ConditionStep.class,
        ConditionStep.class, ConditionStep.class, CalculationStep.class, RoundingStep.class, InputStep.class,
        ConditionStep.class, ConditionStep.class, ConditionStep.class, ConditionStep.class, CalculationStep.class,
        RoundingStep.class);
    assertThat(inputs(explanation, Locale.ENGLISH)).containsExactly(
        "Input: deferred contribution S-1 (/insuranceDeferrals/0) = PENSION CNY 33333.33, due 2022-12-31, "
            + "repaid 2023-01-01",
        "Input: deferred contribution S-2 (/insuranceDeferrals/1) = PENSION CNY 120000.00, due 2022-12-15, "
            + "repayment date not given");
    assertThat(detailsOf(explanation, "a contribution the phased deferral covered")).containsOnly("kind = PENSION");
    // 33,333.33 × 0.05% × 1 day = 16.666665, half-up to the fen 16.67 (社会保险法 第八十六条)
    List<RoundingStep> roundings = explanation.stepsOf(RoundingStep.class);
    assertThat(roundings.get(0).before()).isEqualByComparingTo("16.666665");
    assertThat(roundings.get(0).after()).isEqualByComparingTo("16.67");
    // S-2 not repaid: counted up to the deadline 2023-12-31, 381 days; 120,000 × 0.05% × 381 = 22,860.00
    List<CalculationStep> fees = explanation.stepsOf(CalculationStep.class);
    assertThat(fees.get(0).formula()).endsWith(" × 1 days (2022-12-31 → 2023-01-01)");
    assertThat(fees.get(1).formula()).startsWith("120000.00 × ").endsWith(" × 381 days (2022-12-15 → 2023-12-31)");
    assertThat(fees.get(1).result()).isEqualByComparingTo("22860.00");
    assertThat(roundings.get(1).after()).isEqualByComparingTo("22860.00");
  }

  @Test
  void test_noDeferral_ineligible_withItsReason() {
    InsuranceRequest none = new InsuranceRequest(List.of());
    InsuranceResult result = CALC.explainWaivedFee(MEASURE, none);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.eligibility().reasons()).extracting(r -> r.code()).containsExactly("no-insurance-deferrals");
    assertThat(result.waived().maximum()).isEqualTo(Cny.of("0.00"));
    assertThat(CALC.waivedFee(MEASURE, none)).isEqualTo(Cny.of("0.00"));
  }
}
