package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.between;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.both;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.exactly;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.firm;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.loan;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.plain;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link GuaranteeFeeSubsidyEvaluator} on profiles against the Shenzhen 小型微型企业银行贷款担保费资助 rules (2017
 * guide, domain reference §2.4): 30% of the fee actually paid on loans ≤ 3,000,000 whose fee rate is ≤ 50% of the loan
 * rate, ≤ 300,000 per enterprise a year. Evaluated on 2023-06-30, the loans drawn in 2022 are counted (the guide of one
 * year takes the previous year's loans). The figures are the calculator test's, reached through a profile.
 */
public class GuaranteeFeeSubsidyEvaluatorTest {

  private static final MeasureId ID = GuaranteeFeeSubsidyMeasure.SHENZHEN_2021.id();
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  private static final LocalDate DRAWN_2022 = LocalDate.of(2022, 4, 1);

  private static LoanGuarantee fee(String feeRate, String feePaid) {
    return LoanGuarantee.builder().guarantorInRegion(true).feeRate(Rate.parse(feeRate)).feePaid(Cny.of(feePaid))
        .build();
  }

  /** A loan drawn in 2022 at a loan rate, for business (not a vehicle or real-estate purchase). */
  private static LoanFacts.Builder claim(String id, String principal, String loanRate, LocalDate drawn) {
    return loan(id, principal, drawn, drawn.plusYears(1)).annualInterestRate(Rate.parse(loanRate))
        .vehicleOrRealEstatePurchase(false);
  }

  /** 3,000,000 at 4%, fee 2% (= 50% × 4%, inclusive), 60,000 paid: 30% × 60,000 = 18,000.00. */
  private static LoanFacts atBoundaries() {
    return claim("L1", "3000000", "4%", DRAWN_2022).guarantee(fee("2%", "60000")).build();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_feeFactsNotGiven_theStepInTheReadersLanguage() {
    // a guarantee without the fee paid and the rate: the loan's subsidy is open up to the cap, said in Chinese to a
    // Chinese reader (the step once read "输入：已付担保费、担保费率 = not both given: …")
    LoanFacts open = claim("L1", "1000000", "4%", DRAWN_2022).guarantee(LoanGuarantee.builder()
        .guarantorInRegion(true).build()).build();
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, open), AS_OF);
    assertThat(outcome.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("输入：已付担保费、担保费率未同时提供：该笔贷款按其他事实判定，资助金额在上限内待定 = —")
        .doesNotContain("not both given");
    assertThat(outcome.explanation().render(Locale.ENGLISH)).contains("Input: fee paid and fee rate not both given: "
        + "the loan is decided on its other facts; its subsidy is open up to the cap");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_completeProfile_subsidyOfTheYearBefore() {
    LoanFacts second = claim("L2", "1000000", "4.35%", LocalDate.of(2022, 9, 1)).guarantee(fee("2.175%", "10000"))
        .build();
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, atBoundaries(), second), AS_OF);
    // L1: 30% × 60,000 = 18,000.00; L2: 2.175% = 50% × 4.35%, 30% × 10,000 = 3,000.00; total 21,000.00
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
    assertThat(outcome.amount()).isEqualTo(exactly("21000.00"));
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.countedInTotal()).isTrue();
    assertThat(outcome.notes()).extracting(Reason::code).contains("subsidy-year");
    assertThat(outcome.notes().get(0).message().in(Locale.ENGLISH)).contains("2022");
  }

  @Test
  void test_subsidyYear_followsTheEvaluationDate() {
    LoanFacts drawn2023 = claim("L3", "3000000", "4%", LocalDate.of(2023, 4, 1)).guarantee(fee("2%", "60000")).build();
    // evaluated in 2023, a 2023 loan is not yet claimed: 2023 is not the subsidy year 2022
    MeasureOutcome now = both(ID, firm(EnterpriseSize.SMALL, drawn2023), AS_OF);
    assertThat(now.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(now.reasons()).extracting(Reason::code).containsExactly("not-drawdown-in-year");
    // evaluated in 2024 it is: 30% × 60,000 = 18,000.00
    MeasureOutcome nextYear = both(ID, firm(EnterpriseSize.SMALL, drawn2023), LocalDate.of(2024, 3, 31));
    assertThat(nextYear.amount()).isEqualTo(exactly("18000.00"));
  }

  @Test
  void test_cap_bindsAcrossLoans() {
    List<LoanFacts> loans = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      loans.add(claim("L" + i, "3000000", "4%", DRAWN_2022).guarantee(fee("2%", "50000")).build());
    }
    // 20 × 30% × 50,000 = 300,000.00: the cap reached, not exceeded
    MeasureOutcome reached = both(ID, firm(EnterpriseSize.SMALL, loans.toArray(LoanFacts[]::new)), AS_OF);
    assertThat(reached.amount()).isEqualTo(exactly("300000.00"));
    assertThat(reached.bindingLimit()).isEmpty();
    // one more fen of subsidy: 0.03 × 30% = 0.009 → 0.01; 300,000.01 capped at 300,000.00, the cap binding
    loans.add(claim("LATE", "10000", "4%", LocalDate.of(2022, 12, 1)).guarantee(fee("1%", "0.03")).build());
    MeasureOutcome exceeded = both(ID, firm(EnterpriseSize.SMALL, loans.toArray(LoanFacts[]::new)), AS_OF);
    assertThat(exceeded.amount()).isEqualTo(exactly("300000.00"));
    assertThat(exceeded.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("cap-per-enterprise-per-year");
      assertThat(limit.limit()).isEqualTo(Cny.of("300000"));
    });
  }

  //-------------------------------------------------------------------------
  @Test
  void test_missingFee_rangeUpToTheCap() {
    LoanFacts noFee = claim("N", "1000000", "4%", DRAWN_2022)
        .guarantee(LoanGuarantee.builder().guarantorInRegion(true).feeRate(Rate.parse("1.5%")).build()).build();
    MeasureOutcome alone = both(ID, firm(EnterpriseSize.SMALL, noFee), AS_OF);
    // the fee paid could be anything: up to the annual cap, 300,000; the loan's conditions are all known and met
    // (fee rate 1.5% ≤ 50% × 4% = 2%), so the fee paid sets the amount only: eligible with the range (decisions
    // register §4.6 item 42; it was undetermined before the QA audit)
    assertThat(alone.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(alone.amount()).isEqualTo(between("0", "300000.00"));
    assertThat(alone.missingFacts()).containsExactly("/loans/0/guarantee/feePaid");
    // the annual cap, the upper end, is the binding limit (decisions register §4.6 item 88)
    assertThat(alone.bindingLimit().map(limit -> limit.code())).contains("cap-per-enterprise-per-year");
    // with L1 known: eligible, at least its 18,000.00, up to the cap
    MeasureOutcome mixed = both(ID, firm(EnterpriseSize.SMALL, atBoundaries(), noFee), AS_OF);
    assertThat(mixed.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(mixed.amount()).isEqualTo(between("18000.00", "300000.00"));
    assertThat(mixed.missingFacts()).containsExactly("/loans/1/guarantee/feePaid");
  }

  @Test
  void test_bindingLimit_theAnnualCapWhenItIsTheUpperEnd() {
    // decisions register §4.6 item 88: the annual cap ("每家企业每年资助上限", 2017 guide 资助标准 "≤ 30万元") binds an
    // open range whose upper end it is (before, none). A fee paid not given (fee rate 1.5% ≤ 50% × 4% = 2%): the
    // subsidy could be anything, 0 – 300,000.00
    LoanFacts noFee = claim("N", "1000000", "4%", DRAWN_2022)
        .guarantee(LoanGuarantee.builder().guarantorInRegion(true).feeRate(Rate.parse("1.5%")).build()).build();
    MeasureOutcome alone = both(ID, firm(EnterpriseSize.SMALL, noFee), AS_OF);
    assertThat(alone.amount()).isEqualTo(between("0", "300000.00"));
    assertThat(alone.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("cap-per-enterprise-per-year");
      assertThat(limit.limit()).isEqualTo(Cny.of("300000"));
      assertThat(limit.citation().quote()).hasValueSatisfying(quote -> assertThat(quote).contains("30万元"));
    });
    // beside L1's 30% × 60,000 = 18,000.00: 18,000.00 – 300,000.00, the cap still the upper end
    assertThat(both(ID, firm(EnterpriseSize.SMALL, atBoundaries(), noFee), AS_OF).bindingLimit()
        .map(limit -> limit.limit())).contains(Cny.of("300000"));
    // the loans not given, a small Shenzhen firm: 0 – 300,000.00, the cap the upper end
    MeasureOutcome noLoans = both(ID, EnterpriseProfile.builder().registrationRegionCode("440305")
        .size(EnterpriseSize.SMALL).build(), AS_OF);
    assertThat(noLoans.amount()).isEqualTo(between("0", "300000.00"));
    assertThat(noLoans.bindingLimit().map(limit -> limit.code())).contains("cap-per-enterprise-per-year");
    // a range below the cap: the size and region not given, 0 – 18,000.00, none; a medium firm whose loans are not
    // given is ineligible, none
    assertThat(both(ID, EnterpriseProfile.builder().loans(List.of(atBoundaries())).build(), AS_OF).bindingLimit())
        .isEmpty();
    MeasureOutcome medium = both(ID, EnterpriseProfile.builder().registrationRegionCode("440305")
        .size(EnterpriseSize.MEDIUM).build(), AS_OF);
    assertThat(medium.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(medium.bindingLimit()).isEmpty();
  }

  @Test
  void test_missingGuaranteeSizeAndRegion() {
    LoanFacts bare = claim("B", "1000000", "4%", DRAWN_2022).build();
    MeasureOutcome noGuarantee = both(ID, firm(EnterpriseSize.SMALL, bare), AS_OF);
    assertThat(noGuarantee.amount()).isEqualTo(between("0", "300000.00"));
    assertThat(noGuarantee.missingFacts()).containsExactly("/loans/0/guaranteed");

    EnterpriseProfile unsized = EnterpriseProfile.builder().loans(List.of(atBoundaries())).build();
    MeasureOutcome unknown = both(ID, unsized, AS_OF);
    // small or micro and in Shenzhen: 18,000.00; otherwise nothing
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.amount()).isEqualTo(between("0", "18000.00"));
    assertThat(unknown.missingFacts()).containsExactly("/size", "/registrationRegionCode");

    LoanFacts region = claim("R", "3000000", "4%", DRAWN_2022).guarantee(LoanGuarantee.builder()
        .feeRate(Rate.parse("2%")).feePaid(Cny.of("60000")).build()).build();
    assertThat(both(ID, firm(EnterpriseSize.SMALL, region), AS_OF).missingFacts())
        .containsExactly("/loans/0/guarantee/guarantorInRegion");

    MeasureOutcome noLoans = both(ID, EnterpriseProfile.builder().registrationRegionCode("440305")
        .size(EnterpriseSize.SMALL).build(), AS_OF);
    assertThat(noLoans.amount()).isEqualTo(between("0", "300000.00"));
    assertThat(noLoans.missingFacts()).containsExactly("/loans");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_knownFailures_ineligibleEvenWithTheFeeOpen() {
    // 3,000,000.01 is above the 3,000,000 limit: ineligible whatever its fee, so the fee is not asked for
    LoanFacts big = claim("BIG", "3000000.01", "4%", DRAWN_2022).build();
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, big), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.missingFacts()).isEmpty();
    // 2.01% > 50% × 4% = 2%
    LoanFacts dear = claim("DEAR", "1000000", "4%", DRAWN_2022).guarantee(fee("2.01%", "20100")).build();
    assertThat(both(ID, firm(EnterpriseSize.SMALL, dear), AS_OF).reasons()).extracting(Reason::code)
        .containsExactly("not-fee-rate-at-most-share-of-loan-rate");
    assertThat(both(ID, firm(EnterpriseSize.MEDIUM, atBoundaries()), AS_OF).verdict()).isEqualTo(Verdict.INELIGIBLE);
    MeasureOutcome none = both(ID, firm(EnterpriseSize.SMALL), AS_OF);
    assertThat(none.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(none.reasons()).extracting(Reason::code).containsExactly("no-loans");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_badFact_loanRateAboveOneHundredPercent() {
    // a loan rate above the documented input ceiling of 100% is rejected where the fact enters: the loan's builder
    assertField(() -> claim("U", "1000000", "150%", DRAWN_2022).guarantee(fee("1%", "1000")).build(),
        "annualInterestRate");
    assertField(() -> claim("U", "1000000", "150%", DRAWN_2022).build(), "annualInterestRate");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_subsidyYear_inItsRange() {
    // the subsidy year is the year before the evaluation date, 1989..2100, so that every date the entitlement engine
    // accepts (1990-01-01..2100-12-31) has one: evaluated on 1990-01-01 it is 1989, on 2101-12-31 it is 2100;
    // 1989-12-31 (1988) and 2102-01-01 (2101) are rejected, naming asOf
    EnterpriseProfile noLoans = firm(EnterpriseSize.SMALL);
    assertThat(both(ID, noLoans, LocalDate.of(1990, 1, 1)).notes().get(0).message().in(Locale.ENGLISH))
        .contains("drawn in 1989");
    assertThat(both(ID, noLoans, LocalDate.of(2101, 12, 31)).notes().get(0).message().in(Locale.ENGLISH))
        .contains("drawn in 2100");
    assertField(() -> plain(ID, noLoans, LocalDate.of(1989, 12, 31)), "asOf");
    assertField(() -> plain(ID, noLoans, LocalDate.of(2102, 1, 1)), "asOf");
  }

  @Test
  void test_engineEarliestDate_anOutcomeNotAFailure() {
    // the engine evaluates any date from 1990-01-01: on 1995-06-30 this measure claims the loans of 1994, and a small
    // firm with its loans not given is undetermined up to the 300,000 cap, as on any other date, not a failure that
    // leaves the report incomplete
    EnterpriseProfile loansNotGiven = EnterpriseProfile.builder().registrationRegionCode("440305")
        .size(EnterpriseSize.SMALL).build();
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(loansNotGiven, LocalDate.of(1995, 6, 30));
    assertThat(report.failures()).isEmpty();
    assertThat(report.complete()).isTrue();
    MeasureOutcome outcome = report.outcomes().stream().filter(o -> o.measure().equals(ID)).findFirst().orElseThrow();
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("300000")));
  }

  @Test
  void test_loanKnownNotGuaranteed_notCounted() {
    // "实际发生的担保费": a loan known to have no guarantee (guaranteed: false) pays no fee
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, claim("U", "1000000", "4%", DRAWN_2022)
        .guaranteed(false).build()), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.reasons()).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo("not-guaranteed-loan");
      assertThat(reason.message().in(Locale.ENGLISH)).isEqualTo("the loan is guaranteed and a guarantee fee was paid");
    });
  }

  @Test
  void test_openFee_reasonsAndNotes() {
    GuaranteeFeeSubsidyMeasure measure = PolicyData.builtIn().getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
    // the fee paid not given (rate 1.5% ≤ 50% × 4%): the fee paid is asked for under the 30% clause
    LoanFacts noFee = claim("N", "1000000", "4%", DRAWN_2022)
        .guarantee(LoanGuarantee.builder().guarantorInRegion(true).feeRate(Rate.parse("1.5%")).build()).build();
    MeasureOutcome paid = both(ID, firm(EnterpriseSize.SMALL, noFee), AS_OF);
    // every condition met, the fee paid opening the amount only: eligible, its reasons the conditions met (decisions
    // register §4.6 item 42), the open fee the note below
    assertThat(paid.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(paid.reasons()).extracting(Reason::code).contains("fee-rate-at-most-share-of-loan-rate")
        .doesNotContain("fee-paid-known");
    // a guarantee is given: only the open-fee note, not the unknown-guarantee one
    assertThat(paid.notes()).extracting(Reason::code).containsExactly("subsidy-year", "fee-not-known");
    // the fee rate not given: asked for under the 50%-of-the-loan-rate clause
    LoanFacts noRate = claim("R", "1000000", "4%", DRAWN_2022)
        .guarantee(LoanGuarantee.builder().guarantorInRegion(true).feePaid(Cny.of("10000")).build()).build();
    assertThat(both(ID, firm(EnterpriseSize.SMALL, noRate), AS_OF).reasons())
        .filteredOn(reason -> reason.code().startsWith("fee-")).singleElement().satisfies(reason -> {
          assertThat(reason.code()).isEqualTo("fee-rate-known");
          assertThat(reason.message().in(Locale.ENGLISH)).isEqualTo("the guarantee fee rate (not given)");
          assertThat(reason.citation()).isEqualTo(measure.maximumFeeToLoanRate().citation());
        });
    // no guarantee facts at all: the guarantee is not known either, and both notes say so
    MeasureOutcome unknown = both(ID, firm(EnterpriseSize.SMALL, claim("G", "1000000", "4%", DRAWN_2022).build()),
        AS_OF);
    assertThat(unknown.notes()).extracting(Reason::code)
        .containsExactly("subsidy-year", "fee-not-known", "guarantee-not-known");
    // a loan fully claimed: no open-fee note
    assertThat(both(ID, firm(EnterpriseSize.SMALL, atBoundaries()), AS_OF).notes()).extracting(Reason::code)
        .doesNotContain("fee-not-known", "guarantee-not-known");
  }

  @Test
  void test_explanation_holdsTheClaimedLoansSteps() {
    // the calculator's working of the claimed loan is the explanation: 30% × 60,000.00 = 18,000.00
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, atBoundaries()), AS_OF);
    assertThat(outcome.explanation().stepsOf(CalculationStep.class)).extracting(CalculationStep::result)
        .anySatisfy(result -> assertThat(result).isEqualByComparingTo("18000.00"));
  }
}
