package io.github.huiqi.calculators.financing.techsme;

import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.fee;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.firm;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.interest;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.request;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.techsme.TechSmeAccrualBasis;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked cases of the tech-SME 贴息贴保 subsidy: 深工信〔2023〕26号 第13条 ("2023年期间产生的利息，贴息支持比例提高30个
 * 百分点，最高可按照实际支付利息的80%") over the 2020 办法 第十四条 ((一) 50%, first-time 70%; (二) premium 50% ≤ 500,000;
 * (三) fee 50% ≤ 300,000; (四) ≤ 1,000,000 a year, ≤ 3,000,000 over the 办法). Periods count 算头不算尾.
 */
class TechSmeCalculatorTest {

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  private static BigDecimal plain(TechSmeRequest request) {
    return yuan(CALCULATOR.subsidy(MEASURE, request));
  }

  private static List<String> bindingCodes(TechSmeResult result) {
    return result.bindingLimits().stream().map(BindingLimit::code).toList();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_ratio_ordinaryBorrower_2023Interest_50To80() {
    // 第13条: 50% + 30 points = 80%; 10,000 accrued 2023-01-01..2023-03-31 × 80% = 8,000.00
    TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE,
        request(interest("I1", d(2023, 1, 1), d(2023, 4, 1), "10000")));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.interestRatio()).contains(Rate.parse("50%"));
    assertThat(result.upliftedInterestRatio()).contains(Rate.parse("80%"));
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("8000.00");
    assertThat(result.amount().isExact()).isTrue();
    assertThat(result.bindingLimits()).isEmpty();
  }

  @Test
  void test_ratio_firstTimeBorrower_70To80NotHundred() {
    // 第十四条(一) 70% for a first-time borrower; 第13条: 70% + 30 = 100% → min(100%, 80%) = 80%;
    // 10,000 × 80% = 8,000.00, not 10,000
    TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE,
        request(firm().firstTimeBorrower(true).build(), interest("I1", d(2023, 1, 1), d(2023, 4, 1), "10000")));
    assertThat(result.interestRatio()).contains(Rate.parse("70%"));
    assertThat(result.upliftedInterestRatio()).contains(Rate.parse("80%"));
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("8000.00");
  }

  @Test
  void test_ratio_outsideThe2023Window_baseRatios() {
    // 第十四条(一): 2022 interest keeps the base: 10,000 × 50% = 5,000.00; first-time 10,000 × 70% = 7,000.00
    TechSmeInterestItem q4 = interest("I1", d(2022, 10, 1), d(2023, 1, 1), "10000");
    assertThat(plain(request(q4))).isEqualByComparingTo("5000.00");
    assertThat(plain(request(firm().firstTimeBorrower(true).build(), q4))).isEqualByComparingTo("7000.00");
  }

  @Test
  void test_window_singleDaysAtTheEdges() {
    // 1,000 of interest for one day each (算头不算尾): accrued on 2022-12-31 → 50% = 500.00 (before 第13条's window);
    // 2023-01-01 → 80% = 800.00 (first day); 2023-12-31 → 800.00 (last day); 2024-01-01 → 500.00 (after)
    assertThat(plain(request(interest("I", d(2022, 12, 31), d(2023, 1, 1), "1000")))).isEqualByComparingTo("500.00");
    assertThat(plain(request(interest("I", d(2023, 1, 1), d(2023, 1, 2), "1000")))).isEqualByComparingTo("800.00");
    assertThat(plain(request(interest("I", d(2023, 12, 31), d(2024, 1, 1), "1000")))).isEqualByComparingTo("800.00");
    assertThat(plain(request(interest("I", d(2024, 1, 1), d(2024, 1, 2), "1000")))).isEqualByComparingTo("500.00");
  }

  @Test
  void test_split_quarterStraddlingTheStartOf2023() {
    // 2022-12-21..2023-03-21: 11 days in 2022 (12-21..12-31), 31 + 28 + 20 = 79 days in 2023, 90 in all.
    // 9,000 × (80% × 79 + 50% × 11) ÷ 90 = 9,000 × 68.7 ÷ 90 = 6,870.00 (第13条 for the 2023 days, 第十四条 otherwise)
    TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE,
        request(interest("I1", d(2022, 12, 21), d(2023, 3, 21), "9000")));
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("6870.00");
    assertThat(yuan(result.items().get(0).computed())).isEqualByComparingTo("6870.00");
  }

  @Test
  void test_split_quarterStraddlingTheEndOf2023() {
    // 2023-12-21..2024-03-21: 11 days in 2023, 31 + 29 (leap) + 20 = 80 days in 2024, 91 in all.
    // 9,100 × (80% × 11 + 50% × 80) ÷ 91 = 100 × (8.8 + 40) = 4,880.00
    assertThat(plain(request(interest("I1", d(2023, 12, 21), d(2024, 3, 21), "9100"))))
        .isEqualByComparingTo("4880.00");
  }

  @Test
  void test_split_periodCoveringTheWholeWindow() {
    // 2022-12-01..2024-01-31: 31 days before 2023, 365 in it, 30 after (01-01..01-30), 426 in all.
    // 42,600 × (80% × 365 + 50% × 61) ÷ 426 = 100 × (292 + 30.5) = 32,250.00
    assertThat(plain(request(interest("I1", d(2022, 12, 1), d(2024, 1, 31), "42600"))))
        .isEqualByComparingTo("32250.00");
  }

  @Test
  void test_split_act365fSplitsByActualDaysToo() {
    // ACT/365F weighs the parts by actual days, as ACT/360 does: 9,100 × (80% × 73 + 50% × 17) ÷ 90 = 6,764.33
    TechSmeRequest request = TechSmeRequest.builder().enterprise(firm().build())
        .interest(List.of(interest("I1", d(2022, 12, 15), d(2023, 3, 15), "9100"))).programmeTotalReceived(Cny.ZERO)
        .options(TechSmeOptions.DEFAULTS.withSplitDayCount(DayCount.ACT_365F)).build();
    assertThat(plain(request)).isEqualByComparingTo("6764.33");
  }

  @Test
  void test_split_roundedOnceHalfUp() {
    // 2022-12-30..2023-01-06: 2 days in 2022, 5 in 2023, 7 in all.
    // 1,000 × (80% × 5 + 50% × 2) ÷ 7 = 5,000 ÷ 7 = 714.2857… → 714.29 (half-up, library default §4.5 item 35)
    assertThat(plain(request(interest("I1", d(2022, 12, 30), d(2023, 1, 6), "1000"))))
        .isEqualByComparingTo("714.29");
  }

  @Test
  void test_option_paidInWindow() {
    // PAID_IN_WINDOW: the whole item goes with its payment date. Paid 2023-03-21 → 9,000 × 80% = 7,200.00;
    // paid 2024-03-21 → 9,100 × 50% = 4,550.00
    TechSmeOptions paid = TechSmeOptions.DEFAULTS.withAccrualBasis(TechSmeAccrualBasis.PAID_IN_WINDOW);
    TechSmeRequest first = TechSmeRequest.builder().enterprise(firm().build())
        .interest(List.of(interest("I1", d(2022, 12, 21), d(2023, 3, 21), "9000"))).programmeTotalReceived(Cny.ZERO)
        .options(paid).build();
    TechSmeRequest second = TechSmeRequest.builder().enterprise(firm().build())
        .interest(List.of(interest("I1", d(2023, 12, 21), d(2024, 3, 21), "9100"))).programmeTotalReceived(Cny.ZERO)
        .options(paid).build();
    assertThat(plain(first)).isEqualByComparingTo("7200.00");
    assertThat(plain(second)).isEqualByComparingTo("4550.00");
    // the same option set on an existing request: 7,200.00 again, not the default split's 6,870.00
    assertThat(plain(request(interest("I1", d(2022, 12, 21), d(2023, 3, 21), "9000")).withOptions(paid)))
        .isEqualByComparingTo("7200.00");
    TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE, first);
    assertThat(result.explanation().stepsOf(DefaultUsedStep.class).get(0).overridden()).isTrue();
  }

  @Test
  void test_option_wholeMonthsSplit() {
    // WHOLE-MONTHS: 2022-12-15..2023-01-01 = 0 months + 17 days = 17; 2023-01-01..2023-03-15 = 2 months + 14 days
    // = 74; total 91. 9,100 × (80% × 74 + 50% × 17) ÷ 91 = 100 × (59.2 + 8.5) = 6,770.00.
    // By the default ACT/360 (actual days 17 + 73 = 90): 9,100 × (80% × 73 + 50% × 17) ÷ 90 = 608,790 ÷ 90
    // = 6,764.333… → 6,764.33
    TechSmeInterestItem item = interest("I1", d(2022, 12, 15), d(2023, 3, 15), "9100");
    TechSmeRequest months = TechSmeRequest.builder().enterprise(firm().build()).interest(List.of(item))
        .programmeTotalReceived(Cny.ZERO).options(TechSmeOptions.DEFAULTS.withSplitDayCount(DayCount.WHOLE_MONTHS))
        .build();
    assertThat(plain(months)).isEqualByComparingTo("6770.00");
    assertThat(plain(request(item))).isEqualByComparingTo("6764.33");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_guaranteeFeeCap_reachedExactly_andExceededByOneFen() {
    // 第十四条(三): 50% × 600,000 = 300,000.00 = the cap, not binding;
    // 50% × 600,000.02 = 300,000.01 → capped at 300,000.00, binding
    TechSmeResult exact = CALCULATOR.explainSubsidy(MEASURE,
        request(List.of(), List.of(fee("F1", d(2023, 6, 1), "600000")), List.of(), "0"));
    assertThat(yuan(exact.guaranteeFeeSubsidy().maximum())).isEqualByComparingTo("300000.00");
    assertThat(exact.bindingLimits()).isEmpty();
    TechSmeResult over = CALCULATOR.explainSubsidy(MEASURE,
        request(List.of(), List.of(fee("F1", d(2023, 6, 1), "600000.02")), List.of(), "0"));
    assertThat(yuan(over.items().get(0).computed())).isEqualByComparingTo("300000.01");
    assertThat(yuan(over.amount().maximum())).isEqualByComparingTo("300000.00");
    assertThat(bindingCodes(over)).containsExactly("guarantee-fee-cap-per-year");
  }

  @Test
  void test_premiumCap_reachedExactly_andExceededByOneFen() {
    // 第十四条(二): 50% × 1,000,000 = 500,000.00 = the cap; 50% × 1,000,000.02 = 500,000.01 → 500,000.00
    TechSmeResult exact = CALCULATOR.explainSubsidy(MEASURE,
        request(List.of(), List.of(), List.of(fee("P1", d(2023, 6, 1), "1000000")), "0"));
    assertThat(yuan(exact.insurancePremiumSubsidy().maximum())).isEqualByComparingTo("500000.00");
    assertThat(exact.bindingLimits()).isEmpty();
    TechSmeResult over = CALCULATOR.explainSubsidy(MEASURE,
        request(List.of(), List.of(), List.of(fee("P1", d(2023, 6, 1), "1000000.02")), "0"));
    assertThat(yuan(over.amount().maximum())).isEqualByComparingTo("500000.00");
    assertThat(bindingCodes(over)).containsExactly("insurance-premium-cap-per-year");
  }

  @Test
  void test_feeCap_allocatedInPaymentOrder() {
    // 第十四条(三): 50% × 400,000 = 200,000 (paid 03-01) and 50% × 400,000 = 200,000 (paid 02-01): 400,000 → 300,000;
    // the earlier payment F2 keeps 200,000.00, F1 gets the remaining 100,000.00
    TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE, request(List.of(),
        List.of(fee("F1", d(2023, 3, 1), "400000"), fee("F2", d(2023, 2, 1), "400000")), List.of(), "0"));
    assertThat(yuan(result.items().get(0).paid())).isEqualByComparingTo("100000.00");
    assertThat(yuan(result.items().get(1).paid())).isEqualByComparingTo("200000.00");
  }

  @Test
  void test_annualCap_reachedExactly_andExceededByOneFen() {
    // 第十四条(四): fee 50% × 600,000 = 300,000 + premium 50% × 1,000,000 = 500,000 + interest 80% × 250,000 =
    // 200,000 → 1,000,000.00 exactly: not binding.
    // With interest 250,000.01: 80% × 250,000.01 = 200,000.008 → 200,000.01 → 1,000,000.01 → capped at 1,000,000.00;
    // the interest item is paid last (2023-12-31), so it alone loses the fen: 200,000.00
    List<TechSmeFeePayment> fees = List.of(fee("F1", d(2023, 6, 1), "600000"));
    List<TechSmeFeePayment> premiums = List.of(fee("P1", d(2023, 6, 1), "1000000"));
    TechSmeResult exact = CALCULATOR.explainSubsidy(MEASURE,
        request(List.of(interest("I1", d(2023, 1, 1), d(2023, 12, 31), "250000")), fees, premiums, "0"));
    assertThat(yuan(exact.amount().maximum())).isEqualByComparingTo("1000000.00");
    assertThat(exact.bindingLimits()).isEmpty();
    TechSmeResult over = CALCULATOR.explainSubsidy(MEASURE,
        request(List.of(interest("I1", d(2023, 1, 1), d(2023, 12, 31), "250000.01")), fees, premiums, "0"));
    assertThat(yuan(over.amount().maximum())).isEqualByComparingTo("1000000.00");
    assertThat(bindingCodes(over)).containsExactly("cap-per-enterprise-per-year");
    assertThat(yuan(over.items().get(0).computed())).isEqualByComparingTo("200000.01");
    assertThat(yuan(over.items().get(0).paid())).isEqualByComparingTo("200000.00");
    assertThat(yuan(over.interestSubsidy().maximum())).isEqualByComparingTo("200000.00");
    assertThat(yuan(over.guaranteeFeeSubsidy().maximum())).isEqualByComparingTo("300000.00");
    assertThat(yuan(over.insurancePremiumSubsidy().maximum())).isEqualByComparingTo("500000.00");
  }

  @Test
  void test_annualCap_afterTheFeeCap() {
    // 第十四条(三) then (四): fee 50% × 800,000 = 400,000 → 300,000 (fee cap); interest 80% × 1,000,000 = 800,000;
    // 300,000 + 800,000 = 1,100,000 → 1,000,000 (annual cap). Both caps bound, in that order.
    TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE,
        request(List.of(interest("I1", d(2023, 1, 1), d(2023, 7, 1), "1000000")),
            List.of(fee("F1", d(2023, 8, 1), "800000")), List.of(), "0"));
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("1000000.00");
    assertThat(bindingCodes(result)).containsExactly("guarantee-fee-cap-per-year", "cap-per-enterprise-per-year");
    // the interest (paid 2023-07-01) comes first and keeps 800,000.00; the fee keeps 200,000.00 of its 300,000
    assertThat(yuan(result.interestSubsidy().maximum())).isEqualByComparingTo("800000.00");
    assertThat(yuan(result.guaranteeFeeSubsidy().maximum())).isEqualByComparingTo("200000.00");
  }

  @Test
  void test_programmeCap_reachedExactly_andExceededByOneFen() {
    // 第十四条(四): 3,000,000 − 2,500,000 received = 500,000 left. 80% × 625,000 = 500,000.00: reached, not binding;
    // 80% × 625,000.01 = 500,000.008 → 500,000.01 → 500,000.00, binding
    TechSmeResult exact = CALCULATOR.explainSubsidy(MEASURE,
        request(List.of(interest("I1", d(2023, 1, 1), d(2023, 7, 1), "625000")), List.of(), List.of(), "2500000"));
    assertThat(yuan(exact.amount().maximum())).isEqualByComparingTo("500000.00");
    assertThat(exact.bindingLimits()).isEmpty();
    TechSmeResult over = CALCULATOR.explainSubsidy(MEASURE,
        request(List.of(interest("I1", d(2023, 1, 1), d(2023, 7, 1), "625000.01")), List.of(), List.of(),
            "2500000"));
    assertThat(yuan(over.amount().maximum())).isEqualByComparingTo("500000.00");
    assertThat(bindingCodes(over)).containsExactly("cap-per-enterprise-over-programme");
    assertThat(yuan(over.bindingLimits().get(0).limit())).isEqualByComparingTo("500000");
  }

  @Test
  void test_programmeCap_exhaustedOrOverdrawn_paysNothing() {
    // 第十四条(四): 3,000,000 received → nothing left; 3,100,000 → max(0, −100,000) = 0
    List<TechSmeInterestItem> interest = List.of(interest("I1", d(2023, 1, 1), d(2023, 7, 1), "1000"));
    assertThat(plain(request(interest, List.of(), List.of(), "3000000"))).isEqualByComparingTo("0");
    assertThat(plain(request(interest, List.of(), List.of(), "3100000"))).isEqualByComparingTo("0");
    // 2,999,999.99 received → one fen left: 800.00 → 0.01
    assertThat(plain(request(interest, List.of(), List.of(), "2999999.99"))).isEqualByComparingTo("0.01");
  }

  @Test
  void test_annualCap_tighterThanProgrammeLeft() {
    // 1,500,000 left (3,000,000 − 1,500,000), annual 1,000,000: 80% × 2,000,000 = 1,600,000 → 1,000,000; the annual
    // cap binds and the programme cap is not reached
    TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE,
        request(List.of(interest("I1", d(2023, 1, 1), d(2023, 7, 1), "2000000")), List.of(), List.of(), "1500000"));
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("1000000.00");
    assertThat(bindingCodes(result)).containsExactly("cap-per-enterprise-per-year");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_notEnrolled_ineligible() {
    // 第13条: "入库科技型中小企业" only
    TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE,
        request(firm().enrolledTechSme(false).build(), interest("I1", d(2023, 1, 1), d(2023, 4, 1), "10000")));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.eligibility().reasons()).anyMatch(r -> r.code().equals("not-enrolled-tech-sme"));
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("0");
    assertThat(yuan(result.items().get(0).computed())).isEqualByComparingTo("0");
  }

  @Test
  void test_enrolmentUnknown_undeterminedNamingTheFact() {
    // unknown enrolment: 0 up to 80% × 10,000 = 8,000.00
    EnterpriseFacts unknown = EnterpriseFacts.builder().firstTimeBorrower(false).build();
    TechSmeRequest request = request(unknown, interest("I1", d(2023, 1, 1), d(2023, 4, 1), "10000"));
    TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/enterprise/enrolledTechSme");
    assertThat(yuan(result.amount().minimum())).isEqualByComparingTo("0");
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("8000.00");
    assertThat(yuan(result.items().get(0).paid())).isEqualByComparingTo("0");
    assertThatThrownBy(() -> CALCULATOR.subsidy(MEASURE, request)).isInstanceOfSatisfying(MissingFactsException.class,
        ex -> assertThat(ex.missingFacts()).containsExactly("/enterprise/enrolledTechSme"));
  }

  @Test
  void test_firstTimeUnknown_immaterialIn2023() {
    // all the interest arose in 2023: 50% and 70% both become 80% (第13条), so 10,000 × 80% = 8,000.00 either way
    TechSmeRequest request = request(EnterpriseFacts.builder().enrolledTechSme(true).build(),
        interest("I1", d(2023, 1, 1), d(2023, 4, 1), "10000"));
    TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(plain(request)).isEqualByComparingTo("8000.00");
    assertThat(result.interestRatio()).isEmpty();
  }

  @Test
  void test_firstTimeUnknown_materialIn2022_range() {
    // 2022 interest: 50% × 10,000 = 5,000.00 or 70% × 10,000 = 7,000.00 (第十四条(一))
    TechSmeRequest request = request(EnterpriseFacts.builder().enrolledTechSme(true).build(),
        interest("I1", d(2022, 10, 1), d(2023, 1, 1), "10000"));
    TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/enterprise/firstTimeBorrower");
    assertThat(yuan(result.amount().minimum())).isEqualByComparingTo("5000.00");
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("7000.00");
    assertThatThrownBy(() -> CALCULATOR.subsidy(MEASURE, request)).isInstanceOf(MissingFactsException.class);
  }

  @Test
  void test_explanation_citesTheClausesAndDefaults() {
    TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE,
        request(interest("I1", d(2022, 12, 21), d(2023, 3, 21), "9000")));
    String zh = result.explanation().render(Locale.SIMPLIFIED_CHINESE);
    String en = result.explanation().render(Locale.ENGLISH);
    assertThat(zh).contains("深工信〔2023〕26号 第13条").contains("第十四条").contains("库默认值").contains("6870.00");
    assertThat(en).contains("library default").contains("ACCRUED_IN_WINDOW").contains("ACT/360");
    assertThat(result.explanation().stepsOf(DefaultUsedStep.class)).hasSize(3);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conditions_enrolment() {
    // 第13条 "入库科技型中小企业": the one condition, met, not met, unknown
    assertOutcomes(CALCULATOR.explainSubsidy(MEASURE, request(firm().build(),
        interest("I1", d(2023, 1, 1), d(2023, 4, 1), "10000"))).explanation(), MET);
    assertOutcomes(CALCULATOR.explainSubsidy(MEASURE, request(firm().enrolledTechSme(false).build(),
        interest("I1", d(2023, 1, 1), d(2023, 4, 1), "10000"))).explanation(), NOT_MET);
    assertOutcomes(CALCULATOR.explainSubsidy(MEASURE, request(EnterpriseFacts.builder().firstTimeBorrower(false)
        .build(), interest("I1", d(2023, 1, 1), d(2023, 4, 1), "10000"))).explanation(), UNKNOWN);
  }
}
