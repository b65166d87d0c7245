package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.loan;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Shenzhen first-loan subsidy from an enterprise profile, 深工信〔2023〕26号 第5条: "给予2%的贴息补助，单户企业贴息金额最高
 * 20万元，贴息期限不超过6个月". The amounts are the hand-worked ones of {@link FirstLoanCalculatorTest} (ACT/360, 算头不算尾,
 * half-up to the fen), reached through the profile.
 */
class FirstLoanEvaluatorTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final Catalog.Entry ENTRY = CATALOG.get(FirstLoanMeasure.SHENZHEN_2023.id());
  private static final EvaluationContext CONTEXT = new EvaluationContext(LocalDate.of(2023, 6, 30), CATALOG.data(),
      EngineOptions.DEFAULTS, ENTRY);

  /** The firm of {@link FirstLoanFixtures#firm()} as a profile: a 南山区 first-time borrower meeting every condition. */
  static EnterpriseProfile.Builder firm() {
    EnterpriseProfile.Builder builder = EnterpriseProfile.builder();
    builder.registrationRegionCode("440305").independentLegalPerson(true).firstTimeBorrower(true)
        .onSeriousDishonestyList(false);
    return builder;
  }

  /** 1,000,000 drawn 2023-01-15, repaid 2023-04-15: 31 + 28 + 31 = 90 days; 1,000,000 × 2% × 90/360 = 5,000.00. */
  static LoanFacts ninetyDays(String id) {
    return loan(id).repaymentDate(LocalDate.of(2023, 4, 15)).build();
  }

  static MeasureOutcome explain(EnterpriseProfile profile) {
    return ENTRY.evaluate(profile, CONTEXT, true);
  }

  static MeasureOutcome plain(EnterpriseProfile profile) {
    return ENTRY.evaluate(profile, CONTEXT, false);
  }

  static OutcomeAmount yuan(String exact) {
    return OutcomeAmount.exactly(Cny.of(exact));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_complete_ninetyDays_exact() {
    // 1,000,000 × 2% × 90/360 = 5,000.00 (第5条 "给予2%的贴息补助", ACT/360 default)
    MeasureOutcome outcome = explain(firm().loans(List.of(ninetyDays("L1"))).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(yuan("5000.00"));
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.bindingLimit()).isEmpty();
    assertThat(outcome.countedInTotal()).isTrue();
    assertThat(outcome.clauseLabel()).isEqualTo("深工信〔2023〕26号 第5条");
    assertThat(outcome.reasons()).extracting(Reason::code).contains("first-time-borrower", "drawdown-in-window");
    assertThat(outcome.explanation().render(Locale.SIMPLIFIED_CHINESE)).contains("90 天").contains("5000.00");
  }

  @Test
  void test_complete_capAcrossLoans_binding() {
    // A: 10,000,000 drawn 2023-02-01, repaid 2023-07-31, 180 days → 100,000.00;
    // B: 12,000,000 drawn 2023-03-01, repaid 2023-08-28, 180 days → 120,000.00;
    // 220,000.00 > "单户企业贴息金额最高20万元" → 200,000.00, the cap binding
    LoanFacts a = loan("A").principal(Cny.of("10000000")).drawdownDate(LocalDate.of(2023, 2, 1))
        .repaymentDate(LocalDate.of(2023, 7, 31)).build();
    LoanFacts b = loan("B").principal(Cny.of("12000000")).drawdownDate(LocalDate.of(2023, 3, 1))
        .repaymentDate(LocalDate.of(2023, 8, 28)).build();
    MeasureOutcome outcome = plain(firm().loans(List.of(b, a)).build());
    assertThat(outcome.amount()).isEqualTo(yuan("200000.00"));
    assertThat(outcome.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("cap-per-enterprise");
      assertThat(Cny.yuan(limit.limit(), "limit")).isEqualByComparingTo("200000");
    });
  }

  @Test
  void test_complete_outstandingLoan_sixMonthTermBinds() {
    // 3,600,000 drawn 2023-01-15, not repaid, maturity 2024-01-15: "贴息期限不超过6个月" ends the period 2023-07-15:
    // 31 + 28 + 31 + 30 + 31 + 30 = 181 days (算头不算尾); 3,600,000 × 2% × 181/360 = 36,200.00 (without the
    // term, 365 days: 73,000.00, under the 200,000 cap, so only the term decides it)
    LoanFacts outstanding = loan("L1").principal(Cny.of("3600000")).build();
    MeasureOutcome outcome = plain(firm().loans(List.of(outstanding)).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(yuan("36200.00"));
    assertThat(outcome.bindingLimit()).isEmpty();
  }

  @Test
  void test_complete_usedLessThanOneMonth_nothing_exactlyOneMonth_paid() {
    // 2022 rules "实际用款时间低于1个月的，不予贴息": drawn 2023-01-31, one calendar month on is 2023-02-28 (no 02-31,
    // plusMonths rolls back): repaid 02-27 is a day short, ineligible, nothing; repaid 02-28 has used it a month,
    // 28 days, 1,000,000 × 2% × 28/360 = 1,555.555… → 1,555.56
    LoanFacts shortOne = loan("L1").drawdownDate(LocalDate.of(2023, 1, 31)).repaymentDate(LocalDate.of(2023, 2, 27))
        .build();
    MeasureOutcome outcome = plain(firm().loans(List.of(shortOne)).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    LoanFacts month = loan("L1").drawdownDate(LocalDate.of(2023, 1, 31)).repaymentDate(LocalDate.of(2023, 2, 28))
        .build();
    assertThat(plain(firm().loans(List.of(month)).build()).amount()).isEqualTo(yuan("1555.56"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_missing_firstTimeBorrower_rangeToWhatItWouldEarn() {
    MeasureOutcome outcome = explain(firm().firstTimeBorrower(Optional.empty())
        .loans(List.of(ninetyDays("L1"))).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.missingFacts()).containsExactly("/firstTimeBorrower");
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("5000.00")));
    assertThat(outcome.countedInTotal()).isTrue();
  }

  @Test
  void test_missing_lenderOfSecondLoan_eligibleWithRange() {
    // L1 eligible: 5,000.00. L2 (lender unknown) 2,000,000 for the same 90 days: 2,000,000 × 2% × 90/360 =
    // 10,000.00 if favourable. Eligible (L1), from 5,000.00 to 15,000.00, naming L2's fact at its profile index
    LoanFacts second = loan("L2").principal(Cny.of("2000000")).repaymentDate(LocalDate.of(2023, 4, 15))
        .lenderRegionCode(Optional.empty()).build();
    MeasureOutcome outcome = explain(firm().loans(List.of(ninetyDays("L1"), second)).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.between(Cny.of("5000.00"), Cny.of("15000.00")));
    assertThat(outcome.missingFacts()).containsExactly("/loans/1/lenderRegionCode");
  }

  @Test
  void test_missing_loansNotKnown_upToTheCap() {
    // no loans known: at most "单户企业贴息金额最高20万元"
    MeasureOutcome outcome = explain(firm().build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000")));
    assertThat(outcome.missingFacts()).containsExactly("/loans");
    assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("loans-not-known");
    // the cap, the upper end, is the binding limit (decisions register §4.6 item 88)
    assertThat(outcome.bindingLimit().map(limit -> limit.code())).contains("cap-per-enterprise");
    // an enterprise fact missing too: both named, the enterprise's first
    assertThat(plain(firm().firstTimeBorrower(Optional.empty()).build()).missingFacts())
        .containsExactly("/firstTimeBorrower", "/loans");
  }

  @Test
  void test_bindingLimit_theCapWhenItIsTheUpperEnd() {
    // decisions register §4.6 item 88: the cap "单户企业贴息金额最高20万元" (第5条) binds an open range whose upper end
    // it is. Loans not known: 0 – 200,000.00, the cap the upper end
    MeasureOutcome unknown = explain(firm().build());
    assertThat(unknown.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000")));
    assertThat(unknown.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("cap-per-enterprise");
      assertThat(Cny.yuan(limit.limit(), "limit")).isEqualByComparingTo("200000");
      assertThat(limit.citation().article()).isEqualTo("第5条");
      assertThat(limit.citation().quote()).hasValueSatisfying(quote -> assertThat(quote).contains("最高20万元"));
    });
    assertThat(plain(firm().build()).bindingLimit()).isEqualTo(unknown.bindingLimit());
    // K2 20,000,000 drawn 2023-01-15, repaid 2023-04-15, 90 days: 20,000,000 × 2% × 90/360 = 100,000.00, eligible;
    // U1 30,000,000 for the same 90 days, its lender not given: 30,000,000 × 2% × 90/360 = 150,000.00 if favourable;
    // 100,000.00 + 150,000.00 = 250,000.00 > 200,000: eligible, 100,000.00 – 200,000.00, the cap the upper end
    LoanFacts k2 = loan("K2").principal(Cny.of("20000000")).repaymentDate(LocalDate.of(2023, 4, 15)).build();
    LoanFacts u1 = loan("U1").principal(Cny.of("30000000")).repaymentDate(LocalDate.of(2023, 4, 15))
        .lenderRegionCode(Optional.empty()).build();
    MeasureOutcome reaching = explain(firm().loans(List.of(k2, u1)).build());
    assertThat(reaching.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(reaching.amount()).isEqualTo(OutcomeAmount.between(Cny.of("100000.00"), Cny.of("200000.00")));
    assertThat(reaching.bindingLimit().map(limit -> Cny.yuan(limit.limit(), "limit")))
        .hasValueSatisfying(limit -> assertThat(limit).isEqualByComparingTo("200000"));
    assertThat(plain(firm().loans(List.of(k2, u1)).build()).bindingLimit()).isEqualTo(reaching.bindingLimit());
    // a range that stops below the cap (5,000.00 – 15,000.00, test_missing_lenderOfSecondLoan_eligibleWithRange):
    // none; nor an ineligible firm whose loans are not known (440106, 广州市天河区)
    LoanFacts second = loan("L2").principal(Cny.of("2000000")).repaymentDate(LocalDate.of(2023, 4, 15))
        .lenderRegionCode(Optional.empty()).build();
    assertThat(explain(firm().loans(List.of(ninetyDays("L1"), second)).build()).bindingLimit()).isEmpty();
    assertThat(explain(firm().registrationRegionCode("440106").build()).bindingLimit()).isEmpty();
  }

  @Test
  void test_loansNotKnown_butAnEnterpriseConditionFails_ineligible() {
    // 440106 is 广州市天河区, not in 深圳市: ineligible whatever the loans
    MeasureOutcome outcome = explain(firm().registrationRegionCode("440106").build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("not-enterprise-in-region");
    assertThat(outcome.countedInTotal()).isFalse();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_loansKnownEmpty_ineligible() {
    MeasureOutcome outcome = explain(firm().loans(List.of()).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("no-loans");
  }

  @Test
  void test_ineligibleLoan_zeroWithTheReason() {
    // drawn 2023-04-01, after "2023年1-3月"
    MeasureOutcome outcome = explain(firm().loans(List.of(loan("L1").drawdownDate(LocalDate.of(2023, 4, 1))
        .build())).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("not-drawdown-in-window");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_plainAndExplainAgree() {
    List<EnterpriseProfile> profiles = List.of(
        firm().loans(List.of(ninetyDays("L1"))).build(),
        firm().firstTimeBorrower(Optional.empty()).loans(List.of(ninetyDays("L1"))).build(),
        firm().loans(List.of(ninetyDays("L1"), loan("L2").lenderRegionCode(Optional.empty()).build())).build(),
        firm().loans(List.of(loan("A").principal(Cny.of("30000000")).build())).build(),
        firm().build(),
        firm().loans(List.of()).build(),
        firm().onSeriousDishonestyList(true).build());
    for (EnterpriseProfile profile : profiles) {
      MeasureOutcome plain = plain(profile);
      MeasureOutcome explained = explain(profile);
      assertThat(plain.verdict()).isEqualTo(explained.verdict());
      assertThat(plain.amount()).isEqualTo(explained.amount());
      assertThat(plain.bindingLimit()).isEqualTo(explained.bindingLimit());
      assertThat(plain.missingFacts()).isEqualTo(explained.missingFacts());
      assertThat(plain.countedInTotal()).isEqualTo(explained.countedInTotal());
      assertThat(plain.reasons()).isEmpty();
      assertThat(plain.explanation().steps()).isEmpty();
      assertThat(explained.explanation().steps()).isNotEmpty();
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_badInput_namesTheProfileField() {
    assertField(() -> FirstLoanRequest.from(firm().build()), "/loans");
    assertField(() -> FirstLoanRequest.from(firm().loans(List.of()).build()), "/loans");
    // a request's own field is renamed as the profile's
    ProfilePointers pointers = ProfilePointers.builder().prefix("/loans/", "/loans/").build();
    InvalidInputException relocated = FirstLoanOutcomes.relocate(
        new InvalidInputException("loans/3/loanId", "L1", "must be unique"), pointers);
    assertThat(relocated.field()).isEqualTo("/loans/3/loanId");
    assertField(() -> {
      throw relocated;
    }, "/loans/3/loanId");
    // a field already absolute is renamed the same way; one outside the loans and the enterprise is kept
    assertThat(FirstLoanOutcomes.relocate(new InvalidInputException("/loans/3/loanId", "L1", "must be unique"),
        pointers).field()).isEqualTo("/loans/3/loanId");
    assertThat(FirstLoanOutcomes.relocate(new InvalidInputException("options/dayCount", "X", "unknown"),
        pointers).field()).isEqualTo("/options/dayCount");
  }
}
