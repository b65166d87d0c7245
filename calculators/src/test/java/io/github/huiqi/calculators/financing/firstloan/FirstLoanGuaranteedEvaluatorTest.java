package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.loan;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Shanghai first-loan subsidy from an enterprise profile, 沪企服办〔2023〕1号 第十五条: "给予2%的贴息补助，单户企业贴息金额
 * 最高20万元", no term stated (the evaluator's default: 12 months, domain reference §4.1 item 5). The amounts are the
 * hand-worked ones of {@link FirstLoanGuaranteedCalculatorTest}, reached through the profile.
 */
class FirstLoanGuaranteedEvaluatorTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final Catalog.Entry ENTRY = CATALOG.get(FirstLoanGuaranteedMeasure.SHANGHAI_2023.id());
  private static final FirstLoanGuaranteedMeasure MEASURE = FirstLoanGuaranteedFixtures.MEASURE;
  private static final EvaluationContext CONTEXT = new EvaluationContext(LocalDate.of(2023, 6, 30), CATALOG.data(),
      EngineOptions.DEFAULTS, ENTRY);

  /** A small firm in 上海市浦东新区. */
  private static EnterpriseProfile.Builder firm() {
    EnterpriseProfile.Builder builder = EnterpriseProfile.builder();
    builder.registrationRegionCode("310115").size(EnterpriseSize.SMALL);
    return builder;
  }

  /** The fixture's loan (1,000,000 drawn 2022-10-15, repaid 2023-01-13), the first 普惠 loan, guaranteed by the fund. */
  private static LoanFacts.Builder claimed(String id) {
    return loan(id).firstInclusiveFinanceLoan(true)
        .guarantee(LoanGuarantee.builder().policyFund(true).build());
  }

  private static MeasureOutcome explain(EnterpriseProfile profile) {
    return ENTRY.evaluate(profile, CONTEXT, true);
  }

  private static MeasureOutcome plain(EnterpriseProfile profile) {
    return ENTRY.evaluate(profile, CONTEXT, false);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_complete_ninetyDays_exact() {
    // 2022-10-15 → 2023-01-13 = 17 + 30 + 31 + 12 = 90 days, within the 12-month default term;
    // 1,000,000 × 2% × 90/360 = 5,000.00 (第十五条 "给予2%的贴息补助")
    MeasureOutcome outcome = explain(firm().loans(List.of(claimed("L1").build())).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("5000.00")));
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.clauseLabel()).isEqualTo("沪企服办〔2023〕1号 第十五条");
  }

  @Test
  void test_term_defaultTwelveMonths_visibleInTheNote() {
    // repaid only at maturity 2023-10-15: the default 12-month term runs 2022-10-15 → 2023-10-15 = 365 days;
    // 1,000,000 × 2% × 365/360 = 20,277.777… → 20,277.78
    EnterpriseProfile profile = firm().loans(List.of(claimed("L1").repaymentDate(Optional.empty()).build())).build();
    MeasureOutcome outcome = explain(profile);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("20277.78")));
    assertThat(FirstLoanGuaranteedEvaluator.DEFAULT.subsidyTermMonths()).isEqualTo(12);
    assertThat(outcome.notes()).singleElement().satisfies(note -> {
      assertThat(note.code()).isEqualTo("subsidy-term");
      assertThat(note.message().en()).contains("library default").contains("12 months");
      assertThat(note.citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
      assertThat(note.citation().label()).isEqualTo("huiqi decisions register §4.1 5");
    });
    assertThat(plain(profile).notes()).isEmpty();
    // a host's 3-month term ends the period at 2023-01-15: 17 + 30 + 31 + 14 = 92 days;
    // 1,000,000 × 2% × 92/360 = 5,111.111… → 5,111.11, and the note says the host chose it
    MeasureOutcome hosts = FirstLoanGuaranteedEvaluator.withSubsidyTermMonths(3).explain(MEASURE, profile, CONTEXT);
    assertThat(hosts.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("5111.11")));
    assertThat(hosts.notes()).singleElement().satisfies(note -> {
      assertThat(note.message().en()).contains("host's term").contains("3 months");
      assertThat(note.citation().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
    });
  }

  @Test
  void test_complete_capAcrossLoans_binding() {
    // B 6,000,000 drawn 2022-10-10 and A 4,000,000 drawn 2022-11-20, each used 365 days under the 12-month term:
    // 121,666.67 + 81,111.11 = 202,777.78 > "单户企业贴息金额最高20万元" → 200,000.00, the cap binding
    LoanFacts a = claimed("A").principal(Cny.of("4000000")).drawdownDate(LocalDate.of(2022, 11, 20))
        .maturityDate(LocalDate.of(2023, 11, 20)).repaymentDate(Optional.empty()).build();
    LoanFacts b = claimed("B").principal(Cny.of("6000000")).drawdownDate(LocalDate.of(2022, 10, 10))
        .maturityDate(LocalDate.of(2023, 10, 10)).repaymentDate(Optional.empty()).build();
    MeasureOutcome outcome = plain(firm().loans(List.of(a, b)).build());
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("200000.00")));
    assertThat(outcome.bindingLimit()).hasValueSatisfying(limit -> assertThat(limit.code())
        .isEqualTo("cap-per-enterprise"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_missing_guaranteeOrPolicyFund_namesThePolicyFundPointer() {
    // no guarantee at all, or a guarantee whose policyFund is not known: /loans/i/guarantee/policyFund, after
    // /loans/i/guaranteed when that is not given either (either decides: decisions register §4.6 item 69);
    // the range is nothing yet to 5,000.00 if favourable
    LoanFacts noGuarantee = loan("L1").firstInclusiveFinanceLoan(true).build();
    MeasureOutcome outcome = explain(firm().loans(List.of(noGuarantee)).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.missingFacts()).containsExactly("/loans/0/guaranteed", "/loans/0/guarantee/policyFund");
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("5000.00")));
    LoanFacts unknownFund = loan("L2").firstInclusiveFinanceLoan(true)
        .guarantee(LoanGuarantee.builder().governmentGuarantor(true).build()).build();
    assertThat(plain(firm().loans(List.of(claimed("L1").build(), unknownFund)).build()).missingFacts())
        .containsExactly("/loans/1/guarantee/policyFund");
  }

  @Test
  void test_missing_eachFactAtItsProfilePointer() {
    LoanFacts loan = loan("L1").lenderRegionCode(Optional.empty())
        .guarantee(LoanGuarantee.builder().policyFund(true).build()).build();
    MeasureOutcome outcome = explain(EnterpriseProfile.builder().registrationRegionCode("310115")
        .loans(List.of(loan)).build());
    assertThat(outcome.missingFacts())
        .containsExactly("/size", "/loans/0/lenderRegionCode", "/loans/0/firstInclusiveFinanceLoan");
  }

  @Test
  void test_missing_loansNotKnown_upToTheCap() {
    MeasureOutcome outcome = explain(firm().build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000")));
    assertThat(outcome.missingFacts()).containsExactly("/loans");
    // the cap, 沪企服办〔2023〕1号 第十五条 "单户企业贴息金额最高20万元", is the upper end: the binding limit, in both forms
    // (decisions register §4.6 item 88; before, none)
    assertThat(outcome.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("cap-per-enterprise");
      assertThat(Cny.yuan(limit.limit(), "limit")).isEqualByComparingTo("200000");
      assertThat(limit.citation().article()).isEqualTo("第十五条");
    });
    assertThat(plain(firm().build()).bindingLimit()).isEqualTo(outcome.bindingLimit());
    // a large firm is not 中小微: ineligible whatever its loans, and nothing binds
    MeasureOutcome large = explain(firm().size(EnterpriseSize.LARGE).build());
    assertThat(large.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(large.bindingLimit()).isEmpty();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_loansKnownEmpty_ineligible() {
    MeasureOutcome outcome = explain(firm().loans(List.of()).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("no-loans");
  }

  @Test
  void test_notGuaranteedByTheFund_ineligible() {
    LoanFacts loan = claimed("L1").guarantee(LoanGuarantee.builder().policyFund(false).build()).build();
    MeasureOutcome outcome = explain(firm().loans(List.of(loan)).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("not-guaranteed-by-policy-fund");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_plainAndExplainAgree() {
    List<EnterpriseProfile> profiles = List.of(
        firm().loans(List.of(claimed("L1").build())).build(),
        firm().loans(List.of(claimed("L1").build(), loan("L2").build())).build(),
        firm().size(Optional.empty()).loans(List.of(claimed("L1").build())).build(),
        firm().build(),
        firm().loans(List.of()).build());
    for (EnterpriseProfile profile : profiles) {
      MeasureOutcome plain = plain(profile);
      MeasureOutcome explained = explain(profile);
      assertThat(plain.verdict()).isEqualTo(explained.verdict());
      assertThat(plain.amount()).isEqualTo(explained.amount());
      assertThat(plain.bindingLimit()).isEqualTo(explained.bindingLimit());
      assertThat(plain.missingFacts()).isEqualTo(explained.missingFacts());
      assertThat(plain.reasons()).isEmpty();
      assertThat(plain.explanation().steps()).isEmpty();
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_badInput_namesTheProfileField() {
    assertField(() -> FirstLoanGuaranteedEvaluator.withSubsidyTermMonths(0), "subsidyTermMonths");
    assertField(() -> FirstLoanGuaranteedEvaluator.withSubsidyTermMonths(121), "subsidyTermMonths");
    assertField(() -> FirstLoanGuaranteedRequest.from(firm().build(), 12), "/loans");
    // the request's loan id at /loans/1/loan/loanId is the profile's /loans/1/loanId
    InvalidInputException relocated = FirstLoanOutcomes.relocate(
        new InvalidInputException("loans/1/loan/loanId", "L1", "must be unique"),
        FirstLoanGuaranteedEvaluator.pointers(2));
    assertField(() -> {
      throw relocated;
    }, "/loans/1/loanId");
  }
}
