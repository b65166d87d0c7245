package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.firm;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.loan;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.request;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomesOf;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.calculators.ExplainedConditions.kinds;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.PeriodStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked cases for the Shenzhen first-loan subsidy, 深工信〔2023〕26号 第5条: "对2023年1-3月从深圳辖内商业银行首次获得
 * 贷款的企业，给予2%的贴息补助，单户企业贴息金额最高20万元，贴息期限不超过6个月", with the operational rules of
 * 《深圳市2022年“首贷户”贷款贴息项目实施细则》 (no subsidy for use under one month or a loan rate under 2%).
 * Day count ACT/360 with 算头不算尾 (the documented default), each loan rounded half-up to the fen.
 */
class FirstLoanCalculatorTest {

  private static MonetaryAmount subsidy(LoanFacts... loans) {
    return CALCULATOR.subsidy(MEASURE, request(loans));
  }

  private static LoanFacts repaid(String drawdown, String repayment) {
    return loan("L1").drawdownDate(LocalDate.parse(drawdown)).repaymentDate(LocalDate.parse(repayment)).build();
  }

  private static void assertYuan(MonetaryAmount actual, String expectedYuan) {
    assertThat(Cny.yuan(actual, "actual")).isEqualByComparingTo(expectedYuan);
    assertThat(actual.getCurrency()).isEqualTo(Cny.CNY);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_subsidy_ninetyDays() {
    // 2023-01-15 → 2023-04-15: 31 + 28 + 31 = 90 days; 1,000,000 × 2% × 90/360 = 5,000.00
    assertYuan(subsidy(repaid("2023-01-15", "2023-04-15")), "5000.00");
  }

  @Test
  void test_window_firstDay() {
    // Drawn 2023-01-01, the window's first day; six months end 2023-07-01 (not counted):
    // 31 + 28 + 31 + 30 + 31 + 30 = 181 days; 1,000,000 × 2% × 181/360 = 10,055.555… → 10,055.56
    assertYuan(subsidy(loan("L1").drawdownDate(LocalDate.of(2023, 1, 1)).build()), "10055.56");
  }

  @Test
  void test_window_lastDay() {
    // Drawn 2023-03-31, the window's last day ("2023年1-3月"); six months end 2023-09-30:
    // 30 + 31 + 30 + 31 + 31 + 30 = 183 days; 1,000,000 × 2% × 183/360 = 10,166.666… → 10,166.67
    assertYuan(subsidy(loan("L1").drawdownDate(LocalDate.of(2023, 3, 31)).build()), "10166.67");
  }

  @Test
  void test_window_dayBefore() {
    // 2022-12-31 is outside "2023年1-3月": no subsidy
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE,
        request(loan("L1").drawdownDate(LocalDate.of(2022, 12, 31)).build()));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.eligibility().reasons()).extracting(Reason::code).containsExactly("not-drawdown-in-window");
    assertYuan(result.amount().maximum(), "0");
  }

  @Test
  void test_window_dayAfter() {
    // 2023-04-01 is outside "2023年1-3月": no subsidy
    assertYuan(subsidy(loan("L1").drawdownDate(LocalDate.of(2023, 4, 1)).build()), "0");
  }

  @Test
  void test_minimumUse_exactlyOneMonth() {
    // 2023-02-15 → 2023-03-15 is exactly one calendar month of use, so it qualifies ("低于1个月的不予贴息"):
    // 28 days; 1,000,000 × 2% × 28/360 = 1,555.555… → 1,555.56
    assertYuan(subsidy(repaid("2023-02-15", "2023-03-15")), "1555.56");
  }

  @Test
  void test_minimumUse_oneDayLess() {
    // 2023-02-15 → 2023-03-14 is a day short of one month: no subsidy
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(repaid("2023-02-15", "2023-03-14")));
    assertThat(result.eligibility().reasons()).extracting(Reason::code).containsExactly("not-use-at-least-minimum");
    assertYuan(result.amount().maximum(), "0");
  }

  @Test
  void test_maximumPeriod_exactlySixMonths() {
    // 2023-01-15 → 2023-07-15 is exactly six months: 31 + 28 + 31 + 30 + 31 + 30 = 181 days → 10,055.56
    assertYuan(subsidy(repaid("2023-01-15", "2023-07-15")), "10055.56");
  }

  @Test
  void test_maximumPeriod_aDayMoreIsCapped() {
    // Repaid 2023-07-16: the subsidised period still ends 2023-07-15 ("贴息期限不超过6个月") → 181 days → 10,055.56
    assertYuan(subsidy(repaid("2023-01-15", "2023-07-16")), "10055.56");
  }

  @Test
  void test_maximumPeriod_aDayLess() {
    // Repaid 2023-07-14: 180 days; 1,000,000 × 2% × 180/360 = 10,000.00
    assertYuan(subsidy(repaid("2023-01-15", "2023-07-14")), "10000.00");
  }

  @Test
  void test_maximumPeriod_outstandingLoan() {
    // Not repaid, maturity 2024-01-15: the period ends after six months, 2023-07-15 → 181 days → 10,055.56
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(loan("L1").build()));
    assertYuan(result.amount().maximum(), "10055.56");
    assertThat(result.loans().get(0).subsidisedUntil()).contains(LocalDate.of(2023, 7, 15));
  }

  @Test
  void test_loanRate_exactlyTwoPercent() {
    // "贷款年利率低于2%的不予贴息": exactly 2% is not below 2%, so the 90-day case earns 5,000.00
    assertYuan(subsidy(loan("L1").annualInterestRate(Rate.parse("2%"))
        .repaymentDate(LocalDate.of(2023, 4, 15)).build()), "5000.00");
  }

  @Test
  void test_loanRate_justBelowTwoPercent() {
    // 1.99% is below 2%: no subsidy
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE,
        request(loan("L1").annualInterestRate(Rate.parse("1.99%")).build()));
    assertThat(result.eligibility().reasons()).extracting(Reason::code).containsExactly("not-loan-rate-at-least-floor");
    assertYuan(result.amount().maximum(), "0");
  }

  @Test
  void test_cap_reachedExactlyAcrossTwoLoans() {
    // Two loans of 10,000,000 drawn 2023-02-01, repaid 2023-07-31:
    // 28 + 31 + 30 + 31 + 30 + 30 = 180 days; each 10,000,000 × 2% × 180/360 = 100,000.00; together 200,000.00,
    // exactly the cap "单户企业贴息金额最高20万元": reached but not binding
    LoanFacts a = loan("A").principal(Cny.of("10000000")).drawdownDate(LocalDate.of(2023, 2, 1))
        .repaymentDate(LocalDate.of(2023, 7, 31)).build();
    LoanFacts b = loan("B").principal(Cny.of("10000000")).drawdownDate(LocalDate.of(2023, 2, 1))
        .repaymentDate(LocalDate.of(2023, 7, 31)).build();
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(a, b));
    assertYuan(result.amount().maximum(), "200000.00");
    assertThat(result.amount().isExact()).isTrue();
    assertThat(result.bindingLimit()).isEmpty();
    assertThat(result.explanation().stepsOf(CapStep.class)).singleElement()
        .satisfies(cap -> assertThat(cap.isBinding()).isFalse());
  }

  @Test
  void test_cap_exceededAcrossTwoLoans() {
    // A: 10,000,000 drawn 2023-02-01, repaid 2023-07-31, 180 days → 100,000.00
    // B: 12,000,000 drawn 2023-03-01, repaid 2023-08-28: 31 + 30 + 31 + 30 + 31 + 27 = 180 days
    //    → 12,000,000 × 2% × 180/360 = 120,000.00
    // Together 220,000.00 > 200,000: the enterprise gets 200,000.00; A (drawn first) keeps 100,000.00, B gets the
    // remaining 100,000.00
    LoanFacts a = loan("A").principal(Cny.of("10000000")).drawdownDate(LocalDate.of(2023, 2, 1))
        .repaymentDate(LocalDate.of(2023, 7, 31)).build();
    LoanFacts b = loan("B").principal(Cny.of("12000000")).drawdownDate(LocalDate.of(2023, 3, 1))
        .repaymentDate(LocalDate.of(2023, 8, 28)).build();
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(b, a));
    assertYuan(result.amount().maximum(), "200000.00");
    assertThat(result.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("cap-per-enterprise");
      assertYuan(limit.limit(), "200000");
    });
    FirstLoanLoanSubsidy partB = result.loans().get(0);
    FirstLoanLoanSubsidy partA = result.loans().get(1);
    assertYuan(partA.computed(), "100000.00");
    assertYuan(partA.paid(), "100000.00");
    assertYuan(partB.computed(), "120000.00");
    assertYuan(partB.paid(), "100000.00");
  }

  @Test
  void test_cap_singleLargeLoan() {
    // 30,000,000 drawn 2023-01-15 for six months: 30,000,000 × 2% × 181/360 = 301,666.67 > 200,000 → 200,000.00
    assertYuan(subsidy(loan("L1").principal(Cny.of("30000000")).build()), "200000.00");
  }

  @Test
  void test_rounding_halfUpAtTheFen() {
    // 600,003 drawn 2023-02-01, repaid 2023-03-03 (28 + 2 = 30 days, at least one month):
    // 600,003 × 2% × 30/360 = 1,000.005 exactly → half-up (四舍五入) 1,000.01; half-even would give 1,000.00
    LoanFacts loan = loan("L1").principal(Cny.of("600003")).drawdownDate(LocalDate.of(2023, 2, 1))
        .repaymentDate(LocalDate.of(2023, 3, 3)).build();
    assertYuan(subsidy(loan), "1000.01");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_dayCount_defaultIsAct360AndSaidSo() {
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(repaid("2023-01-15", "2023-04-15")));
    DefaultUsedStep dayCount = result.explanation().stepsOf(DefaultUsedStep.class).get(0);
    assertThat(dayCount.value()).isEqualTo("ACT/360");
    assertThat(dayCount.overridden()).isFalse();
  }

  @Test
  void test_dayCount_act365F() {
    // 90 days on ACT/365F: 1,000,000 × 2% × 90/365 = 4,931.506… → 4,931.51
    FirstLoanRequest request = FirstLoanRequest.builder().enterprise(firm().build())
        .loans(List.of(repaid("2023-01-15", "2023-04-15")))
        .options(FirstLoanOptions.DEFAULTS.withDayCount(DayCount.ACT_365F)).build();
    assertYuan(CALCULATOR.subsidy(MEASURE, request), "4931.51");
    DefaultUsedStep dayCount = CALCULATOR.explainSubsidy(MEASURE, request).explanation()
        .stepsOf(DefaultUsedStep.class).get(0);
    assertThat(dayCount.value()).isEqualTo("ACT/365F");
    assertThat(dayCount.overridden()).isTrue();
  }

  @Test
  void test_dayCount_wholeMonths() {
    // 2023-01-31 → 2023-03-31: two whole months (01-31 + 1 month = 02-28, + 2 months = 03-31), no odd days:
    // 1,000,000 × 2% × 2/12 = 3,333.33; on ACT/360 the same period is 59 days → 3,277.78
    LoanFacts loan = repaid("2023-01-31", "2023-03-31");
    FirstLoanRequest wholeMonths = FirstLoanRequest.builder().enterprise(firm().build()).loans(List.of(loan))
        .options(FirstLoanOptions.DEFAULTS.withDayCount(DayCount.WHOLE_MONTHS)).build();
    assertYuan(CALCULATOR.subsidy(MEASURE, wholeMonths), "3333.33");
    assertYuan(subsidy(loan), "3277.78");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_undetermined_missingEnterpriseFact() {
    // Whether the firm is a 首贷户 is not known: undetermined, naming the fact; the amount ranges from 0 to what it
    // would earn (5,000.00 for the 90-day case); the plain form refuses to guess
    FirstLoanRequest request = request(firm().firstTimeBorrower(Optional.empty()).build(),
        repaid("2023-01-15", "2023-04-15"));
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/enterprise/firstTimeBorrower");
    assertYuan(result.amount().minimum(), "0");
    assertYuan(result.amount().maximum(), "5000.00");
    assertThatThrownBy(() -> CALCULATOR.subsidy(MEASURE, request))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/enterprise/firstTimeBorrower"));
  }

  @Test
  void test_undetermined_missingLoanFacts() {
    LoanFacts unknownLender = loan("L1").lenderRegionCode(Optional.empty())
        .forProductionOrOperation(Optional.empty()).build();
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(unknownLender));
    assertThat(result.eligibility().missingFacts())
        .containsExactly("/loans/0/lenderRegionCode", "/loans/0/forProductionOrOperation");
  }

  @Test
  void test_undetermined_missingFactOfTheSeventeenthLoan() {
    // seventeen loans like the fixture's (each 1,000,000 × 2% × 181/360 = 10,055.555… → 10,055.56), the last one's
    // lender not known: that loan undetermined, naming /loans/16/lenderRegionCode; from 16 × 10,055.56 = 160,888.96 to
    // 17 × 10,055.56 = 170,944.52, both under the 200,000 cap
    LoanFacts[] loans = new LoanFacts[17];
    for (int i = 0; i < 16; i++) {
      loans[i] = loan("L" + i).build();
    }
    loans[16] = loan("L16").lenderRegionCode(Optional.empty()).build();
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(loans));
    assertThat(result.loans().get(16).eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.loans().get(16).eligibility().missingFacts()).containsExactly("/loans/16/lenderRegionCode");
    assertYuan(result.amount().minimum(), "160888.96");
    assertYuan(result.amount().maximum(), "170944.52");
    ConditionOutcome[] lenders = new ConditionOutcome[17];
    Arrays.fill(lenders, MET);
    lenders[16] = UNKNOWN;
    assertOutcomesOf(result.explanation(), "lender is a bank", lenders);
  }

  @Test
  void test_undetermined_knownFailureWins() {
    // Drawn outside the window and the lender unknown: the known failure decides, ineligible
    LoanFacts loan = loan("L1").drawdownDate(LocalDate.of(2023, 5, 1)).lenderRegionCode(Optional.empty()).build();
    assertThat(CALCULATOR.explainSubsidy(MEASURE, request(loan)).eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_undetermined_plainFormAnswersWhenTheCapAlreadyBinds() {
    // A decided loan already earns more than the cap (30,000,000 × 2% × 181/360 = 301,666.67 → 200,000), so an
    // undetermined second loan cannot change the amount: the plain form answers 200,000.00
    LoanFacts big = loan("A").principal(Cny.of("30000000")).build();
    LoanFacts unknown = loan("B").lenderRegionCode(Optional.empty()).build();
    assertYuan(subsidy(big, unknown), "200000.00");
  }

  @Test
  void test_ineligible_enterpriseOutsideShenzhen() {
    // 440106 is 广州市天河区, not in 深圳市 (440300)
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE,
        request(firm().registrationRegionCode("440106").build(), loan("L1").build()));
    assertThat(result.eligibility().reasons()).extracting(Reason::code).containsExactly("not-enterprise-in-region");
  }

  @Test
  void test_ineligible_lenderOutsideShenzhen() {
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE,
        request(loan("L1").lenderRegionCode("310000").build()));
    assertThat(result.eligibility().reasons()).extracting(Reason::code).containsExactly("not-lender-in-region");
  }

  @Test
  void test_ineligible_eachQualitativeCondition() {
    assertThat(codes(request(firm().independentLegalPerson(false).build(), loan("L1").build())))
        .containsExactly("not-independent-legal-person");
    assertThat(codes(request(firm().firstTimeBorrower(false).build(), loan("L1").build())))
        .containsExactly("not-first-time-borrower");
    assertThat(codes(request(firm().onSeriousDishonestyList(true).build(), loan("L1").build())))
        .containsExactly("not-not-seriously-dishonest");
    assertThat(codes(request(loan("L1").firstDrawdownOfFirstContract(false).build())))
        .containsExactly("not-first-drawdown-of-first-contract");
    assertThat(codes(request(loan("L1").forProductionOrOperation(false).build())))
        .containsExactly("not-production-use");
    assertThat(codes(request(loan("L1").subsidisedUnderAnotherMunicipalScheme(true).build())))
        .containsExactly("not-no-other-municipal-subsidy");
  }

  private static List<String> codes(FirstLoanRequest request) {
    return CALCULATOR.explainSubsidy(MEASURE, request).eligibility().reasons().stream().map(Reason::code).toList();
  }

  @Test
  void test_mixedLoans_oneEligibleOneNot() {
    // The eligible 90-day loan earns 5,000.00; the other, drawn in April, earns nothing; the firm is eligible
    LoanFacts good = repaid("2023-01-15", "2023-04-15");
    LoanFacts late = loan("L2").drawdownDate(LocalDate.of(2023, 4, 3)).build();
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(good, late));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertYuan(result.amount().maximum(), "5000.00");
    assertThat(result.loans().get(1).eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertYuan(result.loans().get(1).paid(), "0");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_result_carriesStatusAndCitations() {
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(repaid("2023-01-15", "2023-04-15")));
    assertThat(result.documentStatus()).isEqualTo(DocumentStatus.IN_FORCE);
    assertThat(result.measure()).isEqualTo(MEASURE.id());
    String zh = result.explanation().render(Locale.SIMPLIFIED_CHINESE);
    String en = result.explanation().render(Locale.ENGLISH);
    assertThat(zh).contains("深工信〔2023〕26号 第5条").contains("90 天").contains("5000.00");
    assertThat(en).contains("深工信〔2023〕26号 第5条").contains("90 days").contains("ACT/360");
  }

  @Test
  void test_measure_hostOverride() {
    // A host passes a changed measure: a cap of 4,000 binds the 5,000.00 case
    var cap = MEASURE.capPerEnterprise().withValue(Cny.of(new BigDecimal("4000")));
    var changed = new io.github.huiqi.core.financing.firstloan.FirstLoanMeasure(MEASURE.id(), MEASURE.clause(),
        MEASURE.documentStatus(), MEASURE.title(), MEASURE.firstLoanWindow(), MEASURE.region(),
        MEASURE.annualSubsidyRate(), MEASURE.maximumSubsidyMonths(), MEASURE.minimumUseMonths(),
        MEASURE.minimumLoanRate(), cap, MEASURE.dayCount(), MEASURE.rounding(), MEASURE.implementingRules());
    assertYuan(CALCULATOR.subsidy(changed, request(repaid("2023-01-15", "2023-04-15"))), "4000.00");
  }

  //-------------------------------------------------------------------------
  // The explanation: each of the eleven conditions (four of the firm, seven of the loan, in the order the rules list
  // them) with its outcome, so that a flipped outcome fails even where the amount would not change.

  /** Eleven outcomes, all MET but the one at {@code index}. */
  private static ConditionOutcome[] allMetBut(int index, ConditionOutcome outcome) {
    ConditionOutcome[] outcomes = new ConditionOutcome[11];
    Arrays.fill(outcomes, MET);
    outcomes[index] = outcome;
    return outcomes;
  }

  private static FirstLoanResult explain(FirstLoanRequest request) {
    return CALCULATOR.explainSubsidy(MEASURE, request);
  }

  @Test
  void test_conditions_allMet_andEveryStepShown() {
    // The 90-day case: every condition met; 2023-01-15 plus one month (实施细则 "低于1个月的不予贴息") is 2023-02-15
    FirstLoanResult result = explain(request(repaid("2023-01-15", "2023-04-15")));
    assertOutcomes(result.explanation(), allMetBut(0, MET));
    assertThat(detailsOf(result.explanation(), "drawdown within")).containsExactly("drawdownDate = 2023-01-15");
    assertThat(detailsOf(result.explanation(), "loan rate not below"))
        .containsExactly("annualInterestRate = " + Rate.parse("3.65%"));
    assertThat(detailsOf(result.explanation(), "money used for at least"))
        .containsExactly("endOfUse = 2023-04-15, needs ≥ 2023-02-15");
    // day count, rounding, the loan, its eleven conditions, its period, the subsidy before rounding, the rounding, the
    // cap
    assertThat(kinds(result.explanation())).containsExactly(DefaultUsedStep.class, DefaultUsedStep.class,
        InputStep.class, ConditionStep.class, ConditionStep.class, ConditionStep.class, ConditionStep.class,
        ConditionStep.class, ConditionStep.class, ConditionStep.class, ConditionStep.class, ConditionStep.class,
        ConditionStep.class, ConditionStep.class, PeriodStep.class, CalculationStep.class, RoundingStep.class,
        CapStep.class);
  }

  @Test
  void test_conditions_eachNotMetAlone() {
    assertOutcomes(explain(request(firm().registrationRegionCode("440106").build(), loan("L1").build()))
        .explanation(), allMetBut(0, NOT_MET));
    assertOutcomes(explain(request(firm().independentLegalPerson(false).build(), loan("L1").build()))
        .explanation(), allMetBut(1, NOT_MET));
    assertOutcomes(explain(request(firm().firstTimeBorrower(false).build(), loan("L1").build()))
        .explanation(), allMetBut(2, NOT_MET));
    assertOutcomes(explain(request(firm().onSeriousDishonestyList(true).build(), loan("L1").build()))
        .explanation(), allMetBut(3, NOT_MET));
    assertOutcomes(explain(request(loan("L1").drawdownDate(LocalDate.of(2023, 4, 1)).build())).explanation(),
        allMetBut(4, NOT_MET));
    assertOutcomes(explain(request(loan("L1").lenderRegionCode("310000").build())).explanation(),
        allMetBut(5, NOT_MET));
    assertOutcomes(explain(request(loan("L1").firstDrawdownOfFirstContract(false).build())).explanation(),
        allMetBut(6, NOT_MET));
    assertOutcomes(explain(request(loan("L1").forProductionOrOperation(false).build())).explanation(),
        allMetBut(7, NOT_MET));
    assertOutcomes(explain(request(loan("L1").subsidisedUnderAnotherMunicipalScheme(true).build())).explanation(),
        allMetBut(8, NOT_MET));
    assertOutcomes(explain(request(loan("L1").annualInterestRate(Rate.parse("1.99%")).build())).explanation(),
        allMetBut(9, NOT_MET));
    assertOutcomes(explain(request(repaid("2023-02-15", "2023-03-14"))).explanation(), allMetBut(10, NOT_MET));
  }

  @Test
  void test_conditions_ineligibleLoanHasNoPeriod() {
    // A loan that fails a condition is not computed: its conditions, then the cap, and no period or calculation
    FirstLoanResult result = explain(request(loan("L1").drawdownDate(LocalDate.of(2023, 4, 1)).build()));
    assertThat(result.explanation().stepsOf(PeriodStep.class)).isEmpty();
    assertThat(result.explanation().stepsOf(RoundingStep.class)).isEmpty();
    assertThat(result.loans().get(0).subsidisedUntil()).isEmpty();
  }

  @Test
  void test_conditions_unknownFacts() {
    // 首贷户 not known: UNKNOWN, not NOT_MET; the others still met
    assertOutcomes(explain(request(firm().firstTimeBorrower(Optional.empty()).build(),
        repaid("2023-01-15", "2023-04-15"))).explanation(), allMetBut(2, UNKNOWN));
    // region, legal person and dishonesty list not known: three UNKNOWN
    ConditionOutcome[] firmUnknown = allMetBut(0, UNKNOWN);
    firmUnknown[1] = UNKNOWN;
    firmUnknown[3] = UNKNOWN;
    assertOutcomes(explain(request(EnterpriseFacts.builder().firstTimeBorrower(true).build(), loan("L1").build()))
        .explanation(), firmUnknown);
    // lender and use not known: UNKNOWN at the lender (5) and the use (7)
    ConditionOutcome[] loanUnknown = allMetBut(5, UNKNOWN);
    loanUnknown[7] = UNKNOWN;
    assertOutcomes(explain(request(loan("L1").lenderRegionCode(Optional.empty())
        .forProductionOrOperation(Optional.empty()).build())).explanation(), loanUnknown);
    // the first drawdown and another municipal subsidy not known
    ConditionOutcome[] contractUnknown = allMetBut(6, UNKNOWN);
    contractUnknown[8] = UNKNOWN;
    assertOutcomes(explain(request(loan("L1").firstDrawdownOfFirstContract(Optional.empty())
        .subsidisedUnderAnotherMunicipalScheme(Optional.empty()).build())).explanation(), contractUnknown);
  }

  @Test
  void test_conditions_repeatedForEachLoan() {
    // Two loans: the firm's four conditions are shown for each; the second loan's lender is outside Shenzhen
    FirstLoanResult result = explain(request(repaid("2023-01-15", "2023-04-15"),
        loan("L2").lenderRegionCode("310000").build()));
    assertOutcomesOf(result.explanation(), "first-time borrower", MET, MET);
    assertOutcomesOf(result.explanation(), "lender is a bank", MET, NOT_MET);
    assertThat(result.explanation().stepsOf(PeriodStep.class)).hasSize(1);
  }
}
