package io.github.huiqi.calculators.financing.techsme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.InterestPayment;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An unknown interest or guarantee-fee list of the tech-SME 贴息贴保 claim is bounded by the profile's known loans
 * (decisions register §4.1 item 8b): 深工信〔2023〕26号 第13条 (80% in 2023) and the 2020 办法 第十四条 ((三) fee 50% ≤
 * 300,000; (四) ≤ 1,000,000 a year). Before, the interest list could add the whole 1,000,000 and the fee list 300,000.
 */
class TechSmeLoanBoundTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final Catalog.Entry ENTRY = CATALOG.get(TechSmeMeasure.SHENZHEN_2023.id());
  private static final EvaluationContext CONTEXT = new EvaluationContext(LocalDate.of(2023, 6, 30), CATALOG.data(),
      EngineOptions.DEFAULTS, ENTRY);

  private static LoanFacts.Builder loan(String id, String rate, LocalDate drawdown, LocalDate maturity) {
    return LoanFacts.builder().loanId(id).principal(Cny.of("1000000")).drawdownDate(drawdown).maturityDate(maturity)
        .annualInterestRate(Rate.parse(rate));
  }

  /** An enrolled firm, not a first-time borrower, nothing received before, premiums known none. */
  private static EnterpriseProfile.Builder firm(LoanFacts... loans) {
    return EnterpriseProfile.builder().registrationRegionCode("440305").techSme(Qualification.held(true))
        .firstTimeBorrower(false).techSmeSubsidyReceived(Cny.ZERO).insurancePremiumPayments(List.of())
        .loans(List.of(loans));
  }

  /** 10,000 of interest accrued in 2023-Q1: 80% → 8,000.00 (第13条). */
  private static InterestPayment q1() {
    return new InterestPayment("I1", "L1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 4, 1),
        LocalDate.of(2023, 4, 1), Cny.of("10000"));
  }

  @Test
  void test_interestUnknown_boundedByTheLoansInterest() {
    // one loan of 1,000,000 at 3.65% from 2023-01-01 to 2024-01-01: 365 days (ACT/360) against 12 whole months
    // (360), so ACT/360 gives more: 1,000,000 × 3.65% × 365/360 = 37,006.944…; at the 2023 ratio 50% + 30 = 80%
    // (第13条): 29,605.555… → rounded up 29,605.56; and a fen for each payment L1 can hold (register §4.6 item 120:
    // one a calendar month, January 2023 to January 2024, 13, and a final one): 29,605.56 + 14 × 0.01 = 29,605.70.
    // Before: up to 1,000,000 (第十四条(四)).
    LoanFacts l1 = loan("L1", "3.65%", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)).build();
    MeasureOutcome outcome = ENTRY.evaluate(firm(l1).guaranteeFeePayments(List.of()).build(), CONTEXT, true);
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("29605.70")));
    assertThat(outcome.missingFacts()).containsExactly("/interestPayments");
    assertThat(outcome.notes()).extracting(Reason::code).contains("interest-bounded-by-loans");
    // the loans, not a cap, set the top: no binding limit (decisions register §4.6 item 88)
    assertThat(outcome.bindingLimit()).isEmpty();
    // the first-time borrower not known: 70% + 30 capped at 80% is the same 80%, so the same bound
    assertThat(ENTRY.evaluate(firm(l1).firstTimeBorrower(Optional.empty()).guaranteeFeePayments(List.of()).build(),
        CONTEXT, false).amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("29605.70")));
    // repaid on 2023-07-01 (before maturity): 181 days against 6 whole months (180): 1,000,000 × 3.65% × 181/360
    // = 18,351.388…; × 80% = 14,681.111… → 14,681.12; with January to July 2023, 7 months, and a final payment:
    // 14,681.12 + 8 × 0.01 = 14,681.20
    LoanFacts repaid = loan("L1", "3.65%", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1))
        .repaymentDate(LocalDate.of(2023, 7, 1)).build();
    assertThat(ENTRY.evaluate(firm(repaid).guaranteeFeePayments(List.of()).build(), CONTEXT, false).amount())
        .isEqualTo(OutcomeAmount.upTo(Cny.of("14681.20")));
  }

  @Test
  void test_interestUnknown_largeLoansStillWithinTheYearlyCap() {
    // one loan of 1,000,000 at 3.65% over ten years, 2023-01-01..2033-01-01: 3,653 days (three leap days; 120 whole
    // months count 3,600), so 1,000,000 × 3.65% × 3,653/360 = 370,373.611…; only the 365 days of 2023 (12 whole
    // months count 360) take 第13条's 80%: 1,000,000 × 3.65% × 365/360 = 37,006.944… × 80% = 29,605.555…; the other
    // 3,288 days the 50% of 第十四条（一）: 333,366.666… × 50% = 166,683.333…; 196,288.888… → 196,288.89, below the
    // yearly 1,000,000, so the loans bind; and a fen for each payment the ten years can hold (register §4.6 item 120:
    // January 2023 to January 2033, 121 calendar months, and a final one): 196,288.89 + 122 × 0.01 = 196,290.11.
    // Before register §4.6 item 97 every day took 80%: 296,298.89
    LoanFacts tenYears = loan("L1", "3.65%", LocalDate.of(2023, 1, 1), LocalDate.of(2033, 1, 1)).build();
    assertThat(ENTRY.evaluate(firm(tenYears).guaranteeFeePayments(List.of()).build(), CONTEXT, false).amount())
        .isEqualTo(OutcomeAmount.upTo(Cny.of("196290.11")));
    // no loans known: the yearly cap of 1,000,000 (第十四条(四)) as before
    assertThat(ENTRY.evaluate(firm().loans(Optional.empty()).guaranteeFeePayments(List.of()).build(), CONTEXT,
        false).amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("1000000")));
  }

  @Test
  void test_feesUnknown_boundedByTheLoansFees() {
    // interest known: 8,000.00. The fees are not known; the loans: L1 not guaranteed (no fee), L2 guaranteed with
    // 20,000 of fee paid, L3 at a 1.2% fee rate from 2023-01-01 to 2023-07-01 (181 days ACT/360 against 180):
    // 1,000,000 × 1.2% × 181/360 = 6,033.33…. Fees ≤ 26,033.33…; × 50% (第十四条(三)) = 13,016.666… → 13,016.67,
    // and a fen for each instalment a fee can be paid in (register §4.6 item 121: one a calendar month of the term
    // and one when the guarantee is given): L2 January 2023 to January 2024, 13 + 1 = 14, L3 January to July 2023,
    // 7 + 1 = 8, L1 none: 13,016.67 + 22 × 0.01 = 13,016.89, below the 300,000 fee cap. Range 8,000.00 .. 21,016.89
    // (before: 8,000.00 .. 308,000.00; before item 121: .. 21,016.67).
    LoanFacts l1 = loan("L1", "4%", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)).guaranteed(false).build();
    LoanFacts l2 = loan("L2", "4%", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1))
        .guarantee(LoanGuarantee.builder().feePaid(Cny.of("20000")).build()).build();
    LoanFacts l3 = loan("L3", "4%", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1))
        .guarantee(LoanGuarantee.builder().feeRate(Rate.parse("1.2%")).build()).build();
    MeasureOutcome outcome = ENTRY.evaluate(firm(l1, l2, l3).interestPayments(List.of(q1())).build(), CONTEXT, true);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.between(Cny.of("8000.00"), Cny.of("21016.89")));
    assertThat(outcome.missingFacts()).containsExactly("/guaranteeFeePayments");
    assertThat(outcome.notes()).extracting(Reason::code).contains("guarantee-fees-bounded-by-loans");
    // the loans' fees, not the 300,000 cap, bound what the list adds: no binding limit (register §4.6 item 88)
    assertThat(outcome.bindingLimit()).isEmpty();
    // a guaranteed loan whose fee paid and fee rate are both unknown does not bound: the 300,000 cap as before
    LoanFacts open = loan("L4", "4%", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)).guaranteed(true).build();
    MeasureOutcome unbounded = ENTRY.evaluate(firm(l1, l2, open).interestPayments(List.of(q1())).build(), CONTEXT,
        false);
    assertThat(unbounded.amount()).isEqualTo(OutcomeAmount.between(Cny.of("8000.00"), Cny.of("308000.00")));
    // the fee cap then bounds what the list adds, the top: the binding limit (register §4.6 item 88)
    assertThat(unbounded.bindingLimit().map(limit -> limit.code())).contains("guarantee-fee-cap-per-year");
    // every loan known not guaranteed: the fee list can add nothing, and the amount is 8,000.00 with the list named
    assertThat(ENTRY.evaluate(firm(l1).interestPayments(List.of(q1())).build(), CONTEXT, false).amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("8000.00")));
  }
}
