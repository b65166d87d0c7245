package io.github.huiqi.calculators.space.utility;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.calculation;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.utility.UtilityBill;
import io.github.huiqi.core.space.utility.UtilityKind;
import io.github.huiqi.core.space.utility.UtilityMeasure;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link UtilityCalculator} and {@link UtilityEvaluator} against 深工信〔2023〕26号 第2条: "对经营困难的个体工商户和
 * 中小微企业，在2023年第一季度实行水、电、气“欠费不停供”，免收在此期间产生的欠费滞纳金": fee waived = arrears × daily
 * rate × overdue days within 2023-01-01..2023-03-31.
 */
class UtilityCalculatorTest {

  private static final UtilityMeasure MEASURE = PolicyData.builtIn().getMeasure(UtilityMeasure.SHENZHEN_2023);
  private static final UtilityCalculator CALC = UtilityCalculator.DEFAULT;

  private static UtilityBill.Builder bill(LocalDate from) {
    return UtilityBill.builder().billId("E-1").utility(UtilityKind.ELECTRICITY).arrears(Cny.of("50000.00"))
        .overdueFrom(from).dailyLateFeeRate(Rate.parse("0.2%"));
  }

  private static UtilityRequest small(UtilityBill... bills) {
    return UtilityRequest.builder().legalForm(LegalForm.ENTERPRISE).size(EnterpriseSize.SMALL).affectedByEpidemic(true)
        .utilityBills(List.of(bills)).build();
  }

  @Test
  void test_feeOfTheQuarterWaived() {
    // overdue 2023-01-16, paid 2023-03-01: 2023-01-16..2023-02-28 = 16 + 28 = 44 days; 50,000 × 0.2% × 44 = 4,400.00
    assertThat(CALC.waivedLateFees(MEASURE, small(bill(LocalDate.of(2023, 1, 16)).paidDate(LocalDate.of(2023, 3, 1))
        .build()))).isEqualTo(Cny.of("4400.00"));
  }

  @Test
  void test_quarterBoundaries() {
    // overdue since 2022-12-20, unpaid: the whole quarter, 90 days; 50,000 × 0.2% × 90 = 9,000.00
    assertThat(CALC.waivedLateFees(MEASURE, small(bill(LocalDate.of(2022, 12, 20)).build())))
        .isEqualTo(Cny.of("9000.00"));
    // overdue from 2023-03-31, the last day: 1 day, 100.00
    assertThat(CALC.waivedLateFees(MEASURE, small(bill(LocalDate.of(2023, 3, 31)).build())))
        .isEqualTo(Cny.of("100.00"));
    // overdue from 2023-04-01, the day after: no arrears in the quarter
    assertThat(CALC.explainWaivedLateFees(MEASURE, small(bill(LocalDate.of(2023, 4, 1)).build())).eligibility()
        .verdict()).isEqualTo(Verdict.INELIGIBLE);
    // overdue 2022-12-20, paid 2023-01-01: its last overdue day is 2022-12-31, the day before the quarter
    assertThat(CALC.explainWaivedLateFees(MEASURE, small(bill(LocalDate.of(2022, 12, 20))
        .paidDate(LocalDate.of(2023, 1, 1)).build())).eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    // paid 2023-01-02: one day, 2023-01-01, 100.00
    assertThat(CALC.waivedLateFees(MEASURE, small(bill(LocalDate.of(2022, 12, 20)).paidDate(LocalDate.of(2023, 1, 2))
        .build()))).isEqualTo(Cny.of("100.00"));
  }

  @Test
  void test_largeEnterprise_notCovered_individualBusinessCovered() {
    UtilityBill overdue = bill(LocalDate.of(2023, 2, 1)).build();
    assertThat(CALC.waivedLateFees(MEASURE, UtilityRequest.builder().legalForm(LegalForm.ENTERPRISE)
        .size(EnterpriseSize.LARGE).affectedByEpidemic(true).utilityBills(List.of(overdue)).build()))
        .isEqualTo(Cny.of("0.00"));
    // 2023-02-01..2023-03-31 = 28 + 31 = 59 days; 50,000 × 0.2% × 59 = 5,900.00
    assertThat(CALC.waivedLateFees(MEASURE, UtilityRequest.builder().legalForm(LegalForm.INDIVIDUAL_BUSINESS)
        .affectedByEpidemic(true).utilityBills(List.of(overdue)).build())).isEqualTo(Cny.of("5900.00"));
  }

  @Test
  void test_rateNotGiven_named_badDates() {
    UtilityResult result = CALC.explainWaivedLateFees(MEASURE, small(bill(LocalDate.of(2023, 2, 1))
        .dailyLateFeeRate(Optional.empty()).build()));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.missingRates()).containsExactly("/utilityBills/0/dailyLateFeeRate");
    assertField(() -> bill(LocalDate.of(2023, 2, 1)).paidDate(LocalDate.of(2023, 1, 31)).build(), "paidDate");
  }

  @Test
  void test_evaluator_feeSaved_atLeastWhileARateIsMissing() {
    LocalDate asOf = LocalDate.of(2023, 3, 31);
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440306")
        .size(EnterpriseSize.MICRO).affectedByEpidemic(true).utilityBills(List.of(bill(LocalDate.of(2023, 1, 16))
            .paidDate(LocalDate.of(2023, 3, 1)).build(), bill(LocalDate.of(2023, 3, 1)).billId("W-1")
            .utility(UtilityKind.WATER).dailyLateFeeRate(Optional.empty()).build())).build();
    MeasureOutcome outcome = CatalogRuns.both(UtilityMeasure.SHENZHEN_2023.id(), profile, asOf);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.FEE_SAVED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("4400.00")));
    // the water bill's paid date is not given either (it may have been paid the day its fee began)
    assertThat(outcome.missingFacts()).containsExactly("/utilityBills/1/paidDate", "/utilityBills/1/dailyLateFeeRate");
    assertThat(outcome.detail()).isPresent();
  }

  //-------------------------------------------------------------------------
  // Conditions in order: an individual business or an SME, in difficulty, arrears within 2023 Q1.
  @Test
  void test_conditions_eachOutcome() {
    UtilityBill overdue = bill(LocalDate.of(2023, 2, 1)).build();
    UtilityResult small = CALC.explainWaivedLateFees(MEASURE, small(overdue));
    assertOutcomes(small.explanation(), MET, MET, MET);
    assertThat(detailsOf(small.explanation(), "utility arrears within"))
        .containsExactly("1 bill(s) overdue in the period");
    // an individual business is covered whatever its size
    assertOutcomes(CALC.explainWaivedLateFees(MEASURE, UtilityRequest.builder()
        .legalForm(LegalForm.INDIVIDUAL_BUSINESS).affectedByEpidemic(true).utilityBills(List.of(overdue)).build())
        .explanation(), MET, MET, MET);
    // a large enterprise not in difficulty, overdue only from 2023-04-01: each not met
    assertOutcomes(CALC.explainWaivedLateFees(MEASURE, UtilityRequest.builder().legalForm(LegalForm.ENTERPRISE)
        .size(EnterpriseSize.LARGE).affectedByEpidemic(false).utilityBills(List.of(bill(LocalDate.of(2023, 4, 1))
        .build())).build()).explanation(), NOT_MET, NOT_MET, NOT_MET);
    // the size and the difficulty not known
    assertOutcomes(CALC.explainWaivedLateFees(MEASURE, UtilityRequest.builder().legalForm(LegalForm.ENTERPRISE)
        .utilityBills(List.of(overdue)).build()).explanation(), UNKNOWN, UNKNOWN, MET);
  }

  @Test
  void test_paidAfterTheQuarter_countedToItsLastDay_withTheFormula() {
    // overdue 2023-03-01, paid 2023-04-10: counted 2023-03-01..2023-03-31 = 31 days, not to 2023-04-09;
    // 50,000 × 0.2% × 31 = 3,100.00
    UtilityRequest request = small(bill(LocalDate.of(2023, 3, 1)).paidDate(LocalDate.of(2023, 4, 10)).build());
    assertThat(CALC.waivedLateFees(MEASURE, request)).isEqualTo(Cny.of("3100.00"));
    UtilityResult result = CALC.explainWaivedLateFees(MEASURE, request);
    assertThat(calculation(result.explanation(), "late fee of the period").formula())
        .isEqualTo("50000.00 × 0.2% × 31 days (2023-03-01..2023-03-31), rounded HALF_UP@2");
    assertThat(calculation(result.explanation(), "late fee of the period").result()).isEqualByComparingTo("3100.00");
    assertThat(detailsOf(CALC.explainWaivedLateFees(MEASURE, UtilityRequest.builder()
        .legalForm(LegalForm.INDIVIDUAL_BUSINESS).affectedByEpidemic(true)
        .utilityBills(List.of(bill(LocalDate.of(2023, 3, 1)).build())).build()).explanation(),
        "an individual business or an SME")).containsExactly("legalForm = INDIVIDUAL_BUSINESS");
  }

  @Test
  void test_fastForm_aMissingRateThrowsOnlyWhenEligible() {
    UtilityBill noRate = bill(LocalDate.of(2023, 2, 1)).dailyLateFeeRate(Optional.empty()).build();
    assertThatThrownBy(() -> CALC.waivedLateFees(MEASURE, small(noRate))).isInstanceOf(MissingFactsException.class);
    // a large enterprise is not covered: nothing waived, the rate is not needed
    assertThat(CALC.waivedLateFees(MEASURE, UtilityRequest.builder().legalForm(LegalForm.ENTERPRISE)
        .size(EnterpriseSize.LARGE).affectedByEpidemic(true).utilityBills(List.of(noRate)).build()))
        .isEqualTo(Cny.of("0.00"));
  }

  @Test
  void test_evaluator_difficultyNotKnown_upToTheFee_orAtLeastZeroWhileARateIsMissing() {
    LocalDate asOf = LocalDate.of(2023, 3, 31);
    UtilityBill paid = bill(LocalDate.of(2023, 1, 16)).paidDate(LocalDate.of(2023, 3, 1)).build();
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440306")
        .size(EnterpriseSize.MICRO).utilityBills(List.of(paid)).build();
    // 50,000 × 0.2% × 44 days = 4,400.00 (as above), if the firm is in difficulty
    MeasureOutcome open = CatalogRuns.both(UtilityMeasure.SHENZHEN_2023.id(), profile, asOf);
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("4400.00")));
    MeasureOutcome noRate = CatalogRuns.both(UtilityMeasure.SHENZHEN_2023.id(), EnterpriseProfile.builder()
        .from(profile).utilityBills(List.of(paid, bill(LocalDate.of(2023, 3, 1)).billId("W-1")
            .dailyLateFeeRate(Optional.empty()).build())).build(), asOf);
    assertThat(noRate.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("0.00")));
  }
}
