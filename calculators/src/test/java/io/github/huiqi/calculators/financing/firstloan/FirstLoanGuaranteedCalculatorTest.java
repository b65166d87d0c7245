package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.claim;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.loan;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.request;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.calculators.ExplainedConditions.kinds;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
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
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked cases of the Shanghai first-loan subsidy, 沪企服办〔2023〕1号 第十五条: "对2022年第四季度通过市中小微企业
 * 政策性融资担保基金管理中心担保、从上海辖内商业银行首次获得普惠贷款的中小微企业，给予2%的贴息补助，单户企业贴息金额最高20万元。"
 * The term is the caller's (the clause states none); the day count is ACT/360 unless chosen.
 */
class FirstLoanGuaranteedCalculatorTest {

  private static BigDecimal yuan(javax.money.MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  private static LoanFacts usedFor360Days(String id, String principal, LocalDate drawdown) {
    return loan(id).principal(Cny.of(principal)).drawdownDate(drawdown).maturityDate(drawdown.plusYears(1))
        .repaymentDate(drawdown.plusDays(360)).build();
  }

  @Test
  void test_basic_ninetyDays() {
    // 2022-10-15 → 2023-01-13 (not counted) = 17 + 30 + 31 + 12 = 90 days, within a 12-month term;
    // 1,000,000 × 2% × 90/360 = 5,000.00 (第十五条 "给予2%的贴息补助")
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(12, loan("L1").build()));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(yuan(result.amount().minimum())).isEqualByComparingTo("5000.00");
    assertThat(result.amount().isExact()).isTrue();
    assertThat(result.exactAmount().map(amount -> yuan(amount))).hasValueSatisfying(
        amount -> assertThat(amount).isEqualByComparingTo("5000.00"));
    assertThat(result.loans().get(0).subsidisedUntil()).hasValue(LocalDate.of(2023, 1, 13));
    assertThat(result.bindingLimit()).isEmpty();
    assertThat(yuan(CALCULATOR.subsidy(MEASURE, request(12, loan("L1").build())))).isEqualByComparingTo("5000.00");
  }

  @Test
  void test_term_theCallersTermEndsThePeriod() {
    // repaid only at maturity 2023-10-15; a 3-month term ends the period at 2023-01-15 (not counted):
    // 17 + 30 + 31 + 14 = 92 days; 1,000,000 × 2% × 92/360 = 5,111.111… → 5,111.11 (half-up to the fen)
    LoanFacts loan = loan("L1").repaymentDate(Optional.empty()).build();
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(3, loan));
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("5111.11");
    assertThat(result.loans().get(0).subsidisedUntil()).hasValue(LocalDate.of(2023, 1, 15));
    // a 12-month term: 2022-10-15 → 2023-10-15 = 365 days; 20,000 × 365/360 = 20,277.777… → 20,277.78
    assertThat(yuan(CALCULATOR.subsidy(MEASURE, request(12, loan)))).isEqualByComparingTo("20277.78");
  }

  @Test
  void test_term_explanationSaysItWasSuppliedNotRead() {
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(6, loan("L1").build()));
    String en = result.explanation().render(Locale.ENGLISH);
    String zh = result.explanation().render(Locale.SIMPLIFIED_CHINESE);
    assertThat(en).contains("the source states none: supplied by the caller").contains("6 ").contains("第十五条");
    assertThat(zh).contains("原文未规定，由调用方提供");
    // the unit in each reader's language, not both in the value (once "= 6 个月 / months — …")
    assertThat(en).contains("Input: subsidy term in months (the source states none: supplied by the caller) = 6 — "
        + "沪企服办〔2023〕1号 第十五条");
    assertThat(zh).contains("输入：贴息期限（月；原文未规定，由调用方提供） = 6 — 沪企服办〔2023〕1号 第十五条")
        .doesNotContain("months");
    // the ACT/360 default is named as a default with its reason (domain §4.1 item 1)
    assertThat(en).contains("ACT/360").contains("decisions register §4.1");
  }

  @Test
  void test_window_firstAndLastDaysAndTheDaysOutside() {
    // "2022年第四季度" = 2022-10-01..2022-12-31, both counted (domain §4.6 item 38).
    // Each loan is used 90 days: 1,000,000 × 2% × 90/360 = 5,000.00 when eligible.
    for (LocalDate drawdown : List.of(LocalDate.of(2022, 10, 1), LocalDate.of(2022, 12, 31))) {
      LoanFacts inside = loan("L").drawdownDate(drawdown).maturityDate(drawdown.plusYears(1))
          .repaymentDate(drawdown.plusDays(90)).build();
      assertThat(yuan(CALCULATOR.subsidy(MEASURE, request(12, inside)))).as("%s", drawdown)
          .isEqualByComparingTo("5000.00");
    }
    for (LocalDate drawdown : List.of(LocalDate.of(2022, 9, 30), LocalDate.of(2023, 1, 1))) {
      LoanFacts outside = loan("L").drawdownDate(drawdown).maturityDate(drawdown.plusYears(1))
          .repaymentDate(drawdown.plusDays(90)).build();
      FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(12, outside));
      assertThat(result.eligibility().verdict()).as("%s", drawdown).isEqualTo(Verdict.INELIGIBLE);
      assertThat(result.eligibility().reasons()).extracting(Reason::code).contains("not-drawdown-in-window");
      assertThat(yuan(result.amount().maximum())).isZero();
    }
  }

  @Test
  void test_cap_reachedExactly() {
    // 10,000,000 × 2% × 360/360 = 200,000.00 = the cap exactly ("单户企业贴息金额最高20万元"): paid in full, cap not binding
    LoanFacts loan = usedFor360Days("L1", "10000000", LocalDate.of(2022, 10, 1));
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(12, loan));
    assertThat(yuan(result.amount().minimum())).isEqualByComparingTo("200000.00");
    assertThat(result.bindingLimit()).isEmpty();
  }

  @Test
  void test_cap_exceededByOneFen() {
    // A 普惠 loan is at most 10,000,000 of credit to the borrower (card 003-15a), so the fen over the cap comes from
    // the days, not a larger principal: 9,863,014 used 2022-10-01 → 2023-10-01 (not counted) = 365 days within a
    // 12-month term: 9,863,014 × 2% × 365/360 = 197,260.28 × 365/360 = 200,000.00611… → 200,000.01, one fen over
    // "单户企业贴息金额最高20万元" → 200,000.00, the cap binding
    LoanFacts loan = loan("L1").principal(Cny.of("9863014")).drawdownDate(LocalDate.of(2022, 10, 1))
        .maturityDate(LocalDate.of(2023, 10, 1)).repaymentDate(Optional.empty()).build();
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(12, loan));
    assertThat(yuan(result.loans().get(0).computed())).isEqualByComparingTo("200000.01");
    assertThat(yuan(result.amount().minimum())).isEqualByComparingTo("200000.00");
    assertThat(result.bindingLimit()).hasValueSatisfying(b -> assertThat(b.code()).isEqualTo("cap-per-enterprise"));
    // one yuan less of principal: 9,863,013 × 2% × 365/360 = 199,999.98583… → 199,999.99, under the cap
    LoanFacts under = loan("L1").principal(Cny.of("9863013")).drawdownDate(LocalDate.of(2022, 10, 1))
        .maturityDate(LocalDate.of(2023, 10, 1)).repaymentDate(Optional.empty()).build();
    FirstLoanResult below = CALCULATOR.explainSubsidy(MEASURE, request(12, under));
    assertThat(yuan(below.amount().minimum())).isEqualByComparingTo("199999.99");
    assertThat(below.bindingLimit()).isEmpty();
  }

  @Test
  void test_cap_acrossLoansInDrawdownOrder() {
    // Two drawdowns of 10,000,000 of 普惠 credit in all (card 003-15a), each used a full year under a 12-month term:
    // B drawn 2022-10-10 → 2023-10-10 = 365 days: 6,000,000 × 2% × 365/360 = 121,666.666… → 121,666.67;
    // A drawn 2022-11-20 → 2023-11-20 = 365 days: 4,000,000 × 2% × 365/360 = 81,111.111… → 81,111.11.
    // Sum 202,777.78 > 200,000: B (earlier) keeps 121,666.67, A gets the remaining 78,333.33.
    LoanFacts a = loan("A").principal(Cny.of("4000000")).drawdownDate(LocalDate.of(2022, 11, 20))
        .maturityDate(LocalDate.of(2023, 11, 20)).repaymentDate(Optional.empty()).build();
    LoanFacts b = loan("B").principal(Cny.of("6000000")).drawdownDate(LocalDate.of(2022, 10, 10))
        .maturityDate(LocalDate.of(2023, 10, 10)).repaymentDate(Optional.empty()).build();
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(12, a, b));
    assertThat(yuan(result.amount().minimum())).isEqualByComparingTo("200000.00");
    assertThat(yuan(result.loans().get(0).computed())).isEqualByComparingTo("81111.11");
    assertThat(yuan(result.loans().get(1).computed())).isEqualByComparingTo("121666.67");
    assertThat(yuan(result.loans().get(0).paid())).isEqualByComparingTo("78333.33");
    assertThat(yuan(result.loans().get(1).paid())).isEqualByComparingTo("121666.67");
    assertThat(result.bindingLimit()).isPresent();
  }

  @Test
  void test_mixedLoans_rangeFromEligibleToPossible() {
    // A eligible, used 90 days: 1,000,000 × 2% × 90/360 = 5,000.00. B (guarantee not known), 2,000,000 used 90
    // days: 10,000.00 if the fact is favourable. C not the first 普惠 loan: nothing, and it takes none of the cap.
    // The enterprise is eligible (A); amount [5,000.00, 15,000.00].
    LoanFacts b = loan("B").principal(Cny.of("2000000")).build();
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(12, claim(loan("A").build()),
        FirstLoanGuaranteedLoan.builder().loan(b).firstInclusiveFinanceLoan(true).build(),
        FirstLoanGuaranteedLoan.of(loan("C").build(), false, true)));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(yuan(result.amount().minimum())).isEqualByComparingTo("5000.00");
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("15000.00");
    assertThat(result.loans()).extracting(part -> part.eligibility().verdict())
        .containsExactly(Verdict.ELIGIBLE, Verdict.UNDETERMINED, Verdict.INELIGIBLE);
    assertThat(yuan(result.loans().get(1).paid())).isZero();
    assertThat(yuan(result.loans().get(2).computed())).isZero();
    assertThat(result.loans().get(2).subsidisedUntil()).isEmpty();
  }

  @Test
  void test_dayCount_option() {
    // ACT/365F chosen: 1,000,000 × 2% × 90/365 = 4,931.5068… → 4,931.51
    FirstLoanGuaranteedRequest request = FirstLoanGuaranteedRequest.builder()
        .enterprise(FirstLoanGuaranteedFixtures.firm()).subsidyTermMonths(12).loans(List.of(claim(loan("L1").build())))
        .options(FirstLoanOptions.DEFAULTS.withDayCount(DayCount.ACT_365F)).build();
    assertThat(yuan(CALCULATOR.subsidy(MEASURE, request))).isEqualByComparingTo("4931.51");
  }

  @Test
  void test_facts_falseIsIneligibleWithTheReason() {
    LoanFacts loan = loan("L1").build();
    assertIneligible(request(12, FirstLoanGuaranteedLoan.of(loan, false, true)), "not-first-inclusive-finance-loan");
    assertIneligible(request(12, FirstLoanGuaranteedLoan.of(loan, true, false)), "not-guaranteed-by-policy-fund");
    assertIneligible(request(12, loan("L1").lenderRegionCode("440300").build()), "not-lender-in-region");
    EnterpriseFacts large = EnterpriseFacts.builder().size(EnterpriseSize.LARGE).build();
    assertIneligible(FirstLoanGuaranteedRequest.of(large, 12, List.of(claim(loan))), "not-enterprise-sme");
    // medium and micro qualify too ("中小微企业")
    for (EnterpriseSize size : List.of(EnterpriseSize.MEDIUM, EnterpriseSize.MICRO)) {
      EnterpriseFacts firm = EnterpriseFacts.builder().size(size).build();
      assertThat(yuan(CALCULATOR.subsidy(MEASURE, FirstLoanGuaranteedRequest.of(firm, 12,
          List.of(claim(loan)))))).isEqualByComparingTo("5000.00");
    }
  }

  @Test
  void test_sizeReason_namesTheClassesInWords() {
    // 沪企服办〔2023〕1号 第十五条 "中小微企业": a large firm reads the classes in words, not "[MEDIUM, SMALL, MICRO]"
    EnterpriseFacts large = EnterpriseFacts.builder().size(EnterpriseSize.LARGE).build();
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE,
        FirstLoanGuaranteedRequest.of(large, 12, List.of(claim(loan("L1").build()))));
    assertThat(result.eligibility().reasons()).filteredOn(reason -> reason.code().equals("not-enterprise-sme"))
        .singleElement().satisfies(reason -> {
          assertThat(reason.message().zh()).isEqualTo("企业为中小微企业（中型、小型、微型）");
          assertThat(reason.message().en()).isEqualTo("enterprise is small, medium or micro (medium, small or micro)");
        });
  }

  @Test
  void test_capStep_noEligibleLoan_amountsAtTheFen() {
    // 第十五条 "单户企业贴息金额最高20万元": a large firm has no eligible loan; the cap's step reads
    // "200000.00; 0.00 → 0.00", not "0 → 0"
    EnterpriseFacts large = EnterpriseFacts.builder().size(EnterpriseSize.LARGE).build();
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE,
        FirstLoanGuaranteedRequest.of(large, 12, List.of(claim(loan("L1").build()))));
    assertThat(result.explanation().stepsOf(CapStep.class)).singleElement()
        .satisfies(step -> assertThat(step.render(Locale.ENGLISH)).contains("200000.00; 0.00 → 0.00 (not reached)"));
  }

  private static void assertIneligible(FirstLoanGuaranteedRequest request, String reason) {
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.eligibility().reasons()).extracting(Reason::code).contains(reason);
    assertThat(result.eligibility().missingFacts()).isEmpty();
    assertThat(yuan(result.amount().maximum())).isZero();
    assertThat(yuan(CALCULATOR.subsidy(MEASURE, request))).isZero();
  }

  @Test
  void test_facts_unknownIsUndeterminedNamingTheFact() {
    LoanFacts loan = loan("L1").build();
    FirstLoanGuaranteedRequest noGuarantee = request(12,
        FirstLoanGuaranteedLoan.builder().loan(loan).firstInclusiveFinanceLoan(true).build());
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, noGuarantee);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/loans/0/guaranteedByPolicyFund");
    // the range: nothing yet, 5,000.00 if the fact turns out favourable
    assertThat(yuan(result.amount().minimum())).isZero();
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("5000.00");
    assertThatThrownBy(() -> CALCULATOR.subsidy(MEASURE, noGuarantee))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/loans/0/guaranteedByPolicyFund"));

    FirstLoanGuaranteedRequest noFacts = FirstLoanGuaranteedRequest.of(EnterpriseFacts.builder().build(),
        12, List.of(FirstLoanGuaranteedLoan.builder().loan(loan("L1").lenderRegionCode(Optional.empty()).build())
            .guaranteedByPolicyFund(true).build()));
    assertThat(CALCULATOR.explainSubsidy(MEASURE, noFacts).eligibility().missingFacts())
        .containsExactly("/enterprise/size", "/loans/0/loan/lenderRegionCode", "/loans/0/firstInclusiveFinanceLoan");
  }

  @Test
  void test_facts_falseWinsOverUnknown() {
    // one fact false and another unknown: ineligible, since no missing fact could change that
    FirstLoanGuaranteedRequest request = request(12,
        FirstLoanGuaranteedLoan.builder().loan(loan("L1").build()).firstInclusiveFinanceLoan(false).build());
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(yuan(CALCULATOR.subsidy(MEASURE, request))).isZero();
  }

  @Test
  void test_explanation_citesTheClause() {
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(12, loan("L1").build()));
    assertThat(result.measure()).isEqualTo(MEASURE.id());
    String zh = result.explanation().render(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh).contains("沪企服办〔2023〕1号 第十五条").contains("上海市中小微企业政策性融资担保基金管理中心");
  }

  //-------------------------------------------------------------------------
  // The explanation: the five conditions of 第十五条 (SME, drawn in 2022 Q4, a Shanghai lender, the first 普惠 loan,
  // guaranteed by the municipal fund), each with its outcome.

  @Test
  void test_conditions_allMet_andEveryStepShown() {
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(12, loan("L1").build()));
    assertOutcomes(result.explanation(), MET, MET, MET, MET, MET);
    assertThat(detailsOf(result.explanation(), "drawdown within")).containsExactly("drawdownDate = 2022-10-15");
    // the term, day count, rounding; the loan and its five conditions; its period, the subsidy before rounding and
    // the rounding; the cap
    assertThat(kinds(result.explanation())).containsExactly(InputStep.class, DefaultUsedStep.class,
        DefaultUsedStep.class, InputStep.class, ConditionStep.class, ConditionStep.class, ConditionStep.class,
        ConditionStep.class, ConditionStep.class, PeriodStep.class, CalculationStep.class, RoundingStep.class,
        CapStep.class);
    assertThat(result.explanation().stepsOf(InputStep.class).get(1).value())
        .isEqualTo("1000000.00 CNY, 2022-10-15 → 2023-01-13, " + loan("L1").build().annualInterestRate());
  }

  @Test
  void test_conditions_eachNotMetAlone() {
    LoanFacts loan = loan("L1").build();
    EnterpriseFacts large = EnterpriseFacts.builder().size(EnterpriseSize.LARGE).build();
    assertOutcomes(CALCULATOR.explainSubsidy(MEASURE, FirstLoanGuaranteedRequest.of(large, 12,
        List.of(claim(loan)))).explanation(), NOT_MET, MET, MET, MET, MET);
    assertOutcomes(CALCULATOR.explainSubsidy(MEASURE, request(12, loan("L1").drawdownDate(LocalDate.of(2023, 1, 1))
        .build())).explanation(), MET, NOT_MET, MET, MET, MET);
    assertOutcomes(CALCULATOR.explainSubsidy(MEASURE, request(12, loan("L1").lenderRegionCode("440300").build()))
        .explanation(), MET, MET, NOT_MET, MET, MET);
    assertOutcomes(CALCULATOR.explainSubsidy(MEASURE, request(12, FirstLoanGuaranteedLoan.of(loan, false, true)))
        .explanation(), MET, MET, MET, NOT_MET, MET);
    assertOutcomes(CALCULATOR.explainSubsidy(MEASURE, request(12, FirstLoanGuaranteedLoan.of(loan, true, false)))
        .explanation(), MET, MET, MET, MET, NOT_MET);
  }

  @Test
  void test_conditions_unknown() {
    // size, lender and the first 普惠 loan not known; the guarantee known
    FirstLoanGuaranteedRequest noFacts = FirstLoanGuaranteedRequest.of(EnterpriseFacts.builder().build(),
        12, List.of(FirstLoanGuaranteedLoan.builder().loan(loan("L1").lenderRegionCode(Optional.empty()).build())
            .guaranteedByPolicyFund(true).build()));
    assertOutcomes(CALCULATOR.explainSubsidy(MEASURE, noFacts).explanation(), UNKNOWN, MET, UNKNOWN, UNKNOWN, MET);
    FirstLoanGuaranteedRequest noGuarantee = request(12,
        FirstLoanGuaranteedLoan.builder().loan(loan("L1").build()).firstInclusiveFinanceLoan(true).build());
    assertOutcomes(CALCULATOR.explainSubsidy(MEASURE, noGuarantee).explanation(), MET, MET, MET, MET, UNKNOWN);
  }

  @Test
  void test_ineligibleLoan_hasNoPeriodButAnUndeterminedOneHas() {
    // An ineligible loan shows no subsidised period; an undetermined one shows the period it would earn
    FirstLoanResult ineligible = CALCULATOR.explainSubsidy(MEASURE,
        request(12, FirstLoanGuaranteedLoan.of(loan("L1").build(), true, false)));
    assertThat(ineligible.loans().get(0).subsidisedFrom()).isEmpty();
    assertThat(ineligible.loans().get(0).subsidisedUntil()).isEmpty();
    assertThat(ineligible.explanation().stepsOf(PeriodStep.class)).isEmpty();
    FirstLoanResult undetermined = CALCULATOR.explainSubsidy(MEASURE, request(12,
        FirstLoanGuaranteedLoan.builder().loan(loan("L1").build()).firstInclusiveFinanceLoan(true).build()));
    assertThat(undetermined.loans().get(0).subsidisedFrom()).hasValue(LocalDate.of(2022, 10, 15));
    assertThat(undetermined.loans().get(0).subsidisedUntil()).hasValue(LocalDate.of(2023, 1, 13));
    assertThat(undetermined.exactAmount()).isEmpty();
  }

  @Test
  void test_term_fromOneTo120Months() {
    // FirstLoanGuaranteedRequest.MAX_TERM_MONTHS = 120; one month: 2022-10-15 → 2022-11-15 = 31 days;
    // 1,000,000 × 2% × 31/360 = 1,722.222… → 1,722.22
    assertThat(yuan(CALCULATOR.subsidy(MEASURE, request(1, loan("L1").build())))).isEqualByComparingTo("1722.22");
    // 120 months: the loan repaid 2023-01-13 ends the period first, 90 days → 5,000.00
    assertThat(yuan(CALCULATOR.subsidy(MEASURE, request(120, loan("L1").build())))).isEqualByComparingTo("5000.00");
    assertThatThrownBy(() -> request(0, loan("L1").build())).isInstanceOfSatisfying(InvalidInputException.class,
        ex -> assertThat(ex.field()).isEqualTo("subsidyTermMonths"));
    assertThatThrownBy(() -> request(121, loan("L1").build())).isInstanceOfSatisfying(InvalidInputException.class,
        ex -> assertThat(ex.field()).isEqualTo("subsidyTermMonths"));
    assertThat(FirstLoanGuaranteedEvaluator.withSubsidyTermMonths(1).subsidyTermMonths()).isEqualTo(1);
    assertThat(FirstLoanGuaranteedEvaluator.withSubsidyTermMonths(120).subsidyTermMonths()).isEqualTo(120);
    // the subsidy is paid to the firm
    assertThat(FirstLoanGuaranteedEvaluator.DEFAULT.amountKind())
        .isEqualTo(AmountKind.PAYMENT_TO_FIRM);
  }

  @Test
  void test_withOptions_changesTheDayCount() {
    // 90 days on ACT/365F: 1,000,000 × 2% × 90/365 = 4,931.506… → 4,931.51
    FirstLoanGuaranteedRequest request = request(12, loan("L1").build())
        .withOptions(FirstLoanOptions.DEFAULTS.withDayCount(DayCount.ACT_365F));
    assertThat(yuan(CALCULATOR.subsidy(MEASURE, request))).isEqualByComparingTo("4931.51");
    FirstLoanRequest shenzhen = FirstLoanFixtures.request(FirstLoanFixtures.loan("L1")
        .repaymentDate(LocalDate.of(2023, 4, 15)).build())
        .withOptions(FirstLoanOptions.DEFAULTS.withDayCount(DayCount.ACT_365F));
    assertThat(yuan(FirstLoanFixtures.CALCULATOR.subsidy(FirstLoanFixtures.MEASURE, shenzhen)))
        .isEqualByComparingTo("4931.51");
  }
}
