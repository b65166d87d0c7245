package io.github.huiqi.calculators.catalog.engine;

import static io.github.huiqi.calculators.catalog.CatalogProfiles.outcome;
import static io.github.huiqi.calculators.catalog.CatalogProfiles.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ExplanationStep;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the explained outcome of a measure paid on several items (loans, guarantees, deferrals, bills, events,
 * sessions, filing periods): its explanation showed each item's figure and stopped on the last one, so that its last
 * step was not the amount. Each now closes on the items added up, worked by hand here from the clause.
 */
class ExplainedItemsTotalAuditTest {

  private static final String LOAN = "{'loanId': '%s', 'principal': {'amount': 3000000, 'currency': 'CNY'}, "
      + "'drawdownDate': '2023-03-01', 'maturityDate': '2024-03-01', 'annualInterestRate': '4%%', "
      + "'guarantee': {'governmentGuarantor': true, 'standardFeeRate': '3%%', 'feeRate': '2%%'}}";

  private static CalculationStep last(MeasureOutcome outcome) {
    List<ExplanationStep> steps = outcome.explanation().steps();
    assertThat(steps.get(steps.size() - 1)).isInstanceOf(CalculationStep.class);
    return (CalculationStep) steps.get(steps.size() - 1);
  }

  private static MeasureOutcome explained(String profile, String asOf, String measure) {
    return outcome(quoted(profile), LocalDate.parse(asOf), MeasureId.of(measure), true);
  }

  @Test
  void test_guaranteeFeeReduction_twoLoans() {
    // 深工信〔2023〕26号 第6条 "担保费率最高减免40%，且不高于1%": 3% × 60% = 1.8% > 1%, so 1% (decisions register §4.3
    // item 18); the guarantor charges 2%, so the firm saves (decisions register §1.2 card 000-6), for 3,000,000 over
    // 12 whole months: standard 90,000.00 − charged 60,000.00 = 30,000.00 a loan (the measure would allow 60,000.00);
    // two loans 60,000.00
    MeasureOutcome outcome = explained("{'registrationRegionCode': '440306', 'size': 'SMALL', 'loans': ["
        + String.format(LOAN, "L0") + ", " + String.format(LOAN, "L1") + "]}", "2023-06-30",
        "sz-gxj-2023-26.guarantee-fee-reduction");
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("60000.00")));
    assertThat(last(outcome).formula()).isEqualTo("30000.00 + 30000.00");
    assertThat(last(outcome).result()).isEqualByComparingTo("60000.00");
    assertThat(last(outcome).name().en()).isEqualTo("fee saved in all (the eligible loans)");
  }

  @Test
  void test_averageGuaranteeFeeCeiling_twoGuarantees_andThePeriodNamedInBothLanguages() {
    // 沪企服办〔2023〕1号 第十五条, 1% on each guarantee's time in force in 2023 (decisions register §1.5 card 003-15b;
    // whole months ÷ 12 plus odd days ÷ 360, §4.3 item 21): 3,000,000 from 2023-02-10 to 2024-01-01, 10 months
    // (to 2023-12-10) + 22 days = 322/360: 30,000 × 322/360 = 26,833.333… → 26,833.33; 2,000,000 from 2023-03-01,
    // 10 months = 300/360: 20,000 × 300/360 = 16,666.666… → 16,666.67; in all 43,500.00
    String loans = "[{'loanId': 'A', 'principal': {'amount': 3000000, 'currency': 'CNY'}, 'drawdownDate': "
        + "'2023-02-10', 'maturityDate': '2024-02-10', 'annualInterestRate': '3.65%', 'guarantee': "
        + "{'governmentGuarantor': true}}, {'loanId': 'B', 'principal': {'amount': 2000000, 'currency': 'CNY'}, "
        + "'drawdownDate': '2023-03-01', 'maturityDate': '2024-03-01', 'annualInterestRate': '3.6%', 'guarantee': "
        + "{'governmentGuarantor': true}}]";
    MeasureOutcome outcome = explained("{'registrationRegionCode': '310115', 'loans': " + loans + "}",
        "2023-06-30", "sh-qfb-2023-1.average-guarantee-fee-ceiling");
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("43500.00")));
    assertThat(last(outcome).formula()).isEqualTo("26833.33 + 16666.67");
    assertThat(last(outcome).result()).isEqualByComparingTo("43500.00");
    // the period step said "2023年内" in Chinese and "the period" in English: both now name it
    assertThat(outcome.explanation().render(java.util.Locale.CHINESE)).contains("2023-01-01..2023-12-31 内在保期间");
    assertThat(outcome.explanation().render(java.util.Locale.ENGLISH))
        .contains("time in force within 2023-01-01..2023-12-31");
  }

  @Test
  void test_digitalServiceContracts_twoEvents() {
    // 沪企服办〔2023〕1号 第八条 "不超过合同额30%", each contract (decisions register §1.5 item 003-8): 100,000.05 × 30%
    // = 30,000.015, half-up 30,000.02; two contracts 60,000.04
    MeasureOutcome outcome = explained("{'registrationRegionCode': '310115', 'size': 'SMALL', 'grantEvents': ["
        + "{'eventId': 'A', 'code': 'sh-digital-service-contract', 'date': '2023-05-01', 'amount': {'amount': "
        + "100000.05, 'currency': 'CNY'}}, {'eventId': 'B', 'code': 'sh-digital-service-contract', 'date': "
        + "'2023-06-01', 'amount': {'amount': 100000.05, 'currency': 'CNY'}}]}", "2023-12-31",
        "sh-qfb-2023-1.digital-service-contract-support");
    assertThat(outcome.amount().maximum()).contains(Cny.of("60000.04"));
    assertThat(last(outcome).formula()).isEqualTo("30000.02 + 30000.02");
    assertThat(last(outcome).result()).isEqualByComparingTo("60000.04");
  }

  @Test
  void test_insuranceLateFees_theCoveredDeferralsOnly() {
    // 沪企服办〔2023〕1号 第二十条, 0.05% a day (社会保险法 第八十六条) from the day after the due date through the
    // repayment day: pension 100,000 due 2022-06-15 repaid 2023-03-31, 199 + 90 = 289 days: 14,450.00; medical, not a
    // covered contribution, left out; unemployment 1,234.57 for 1 day: 0.617285, half-up 0.62; in all 14,450.62
    MeasureOutcome outcome = explained("{'registrationRegionCode': '310115', 'insuranceDeferrals': ["
        + "{'deferralId': 'P', 'kind': 'PENSION', 'deferredAmount': {'amount': 100000, 'currency': 'CNY'}, "
        + "'dueDate': '2022-06-15', 'deferralApproved': true, 'repaidDate': '2023-03-31'}, "
        + "{'deferralId': 'M', 'kind': 'MEDICAL', 'deferredAmount': {'amount': 100000, 'currency': 'CNY'}, "
        + "'dueDate': '2022-06-15', 'deferralApproved': true, 'repaidDate': '2023-03-31'}, "
        + "{'deferralId': 'U', 'kind': 'UNEMPLOYMENT', 'deferredAmount': {'amount': 1234.57, 'currency': 'CNY'}, "
        + "'dueDate': '2023-06-29', 'deferralApproved': true, 'repaidDate': '2023-06-30'}]}", "2023-12-31",
        "sh-qfb-2023-1.insurance-late-fee-waiver");
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("14450.62")));
    assertThat(last(outcome).formula()).isEqualTo("14450.00 + 0.62");
    assertThat(last(outcome).result()).isEqualByComparingTo("14450.62");
  }

  @Test
  void test_utilityLateFees_threeBills_eachRoundedOnceAndSaidSo() {
    // 深工信〔2023〕26号 第2条, the 2023-Q1 days of each bill (decisions register §1.2 card 000-2d): 10,000 × 0.1% ×
    // 30 days (2023-01-01..2023-01-30, paid 2023-01-31) = 300.00; the two bills paid after the quarter, 10,000 × 0.1%
    // × 1 day (2023-03-31) = 10.00 and 5.00 × 0.1% × 1 day = 0.005, half-up 0.01; in all 310.01
    MeasureOutcome outcome = explained("{'registrationRegionCode': '440306', 'size': 'SMALL', "
        + "'affectedByEpidemic': true, 'utilityBills': [{'billId': 'a', 'utility': 'ELECTRICITY', 'arrears': "
        + "{'amount': 10000, 'currency': 'CNY'}, 'overdueFrom': '2022-12-01', 'dailyLateFeeRate': '0.1%', "
        + "'paidDate': '2023-01-31'}, {'billId': 'b', 'utility': 'ELECTRICITY', 'arrears': {'amount': 10000, "
        + "'currency': 'CNY'}, 'overdueFrom': '2023-03-31', 'paidDate': '2023-04-03', 'dailyLateFeeRate': '0.1%'}, "
        + "{'billId': 'd', 'utility': 'ELECTRICITY', 'arrears': {'amount': 5.0, 'currency': 'CNY'}, 'overdueFrom': "
        + "'2023-03-31', 'paidDate': '2023-04-03', 'dailyLateFeeRate': '0.1%'}]}", "2023-03-31",
        "sz-gxj-2023-26.utility-arrears-relief");
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("310.01")));
    assertThat(last(outcome).formula()).isEqualTo("300.00 + 10.00 + 0.01");
    List<CalculationStep> fees = outcome.explanation().stepsOf(CalculationStep.class);
    assertThat(fees.get(fees.size() - 2).formula())
        .isEqualTo("5.00 × 0.1% × 1 days (2023-03-31..2023-03-31), rounded HALF_UP@2");
  }

  @Test
  void test_trainingSessions_theSessionsCeilings() {
    // draft 第十四条 "每人每次最高2万元": 10 × min(20,000, 20,000) = 200,000.00; 3 × min(20,000, 20,000.01) = 60,000.00
    // (the cap binds); 1 × 0.01; in all 260,000.01, the ceiling of the outcome
    MeasureOutcome outcome = explained("{'registrationRegionCode': '440306', 'trainingSessions': ["
        + "{'sessionId': 'a', 'trainees': 10, 'costPerTrainee': {'amount': 20000, 'currency': 'CNY'}, "
        + "'specialisedProgramme': true}, {'sessionId': 'b', 'trainees': 3, 'costPerTrainee': {'amount': 20000.01, "
        + "'currency': 'CNY'}, 'specialisedProgramme': true}, {'sessionId': 'c', 'trainees': 1, 'costPerTrainee': "
        + "{'amount': 0.01, 'currency': 'CNY'}, 'specialisedProgramme': true}]}", "2023-12-31",
        "sz-gxj-zjtx-32-draft.entrepreneur-training-subsidy");
    assertThat(outcome.amount().maximum()).contains(Cny.of("260000.01"));
    assertThat(last(outcome).formula()).isEqualTo("200000.00 + 60000.00 + 0.01");
    assertThat(outcome.bindingLimit().orElseThrow().code()).isEqualTo("cap-per-trainee-session");
  }

  @Test
  void test_smallScaleVat_twoQuarters() {
    // 沪企服办〔2023〕1号 第二十二条 (国家税务总局公告2023年第1号): Q1 400,000.01 > 300,000 a quarter, so 1% instead
    // of 3%: 12,000.00 − 4,000.00 = 8,000.00; Q2 250,000.00 within it, exempt: 7,500.00; in all 15,500.00
    MeasureOutcome outcome = explained("{'registrationRegionCode': '310115', 'industryCode': 'C3484', "
        + "'smallScaleTaxpayer': true, 'years': [{'year': 2023, 'vatPeriods': [{'period': {'year': 2023, "
        + "'quarter': 1}, 'sales': {'amount': 400000.01, 'currency': 'CNY'}, 'salesBasis': 'EXCLUDING_VAT'}, "
        + "{'period': {'year': 2023, 'quarter': 2}, 'sales': {'amount': 250000, 'currency': 'CNY'}, "
        + "'salesBasis': 'EXCLUDING_VAT'}]}]}", "2023-12-31", "sh-qfb-2023-1.small-scale-vat");
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("15500.00")));
    assertThat(last(outcome).formula()).isEqualTo("8000.00 + 7500.00");
    assertThat(last(outcome).name().zh()).isEqualTo("各申报期较按3%征收率少缴的增值税合计");
  }
}
