package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.atLeast;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.between;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.both;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.exactly;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.firm;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.government;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.loan;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link GuaranteeFeeReductionEvaluator} on profiles against 深工信〔2023〕26号 第6条: "2023年，政府性融资担保机构针对
 * 小微企业的担保费率最高减免40%、且不高于1%". The figures are the calculator test's hand-worked cases, reached through a
 * profile; the saving is the standard fee less the reduced fee, each worked beside the assertion.
 */
public class GuaranteeFeeReductionEvaluatorTest {

  private static final MeasureId ID = GuaranteeFeeReductionMeasure.SHENZHEN_2023.id();
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  private static final LocalDate START = LocalDate.of(2023, 3, 1);
  // 366 days (2024-02-29 lies inside), 12 whole months: under the fee basis 年费率 × 期限(月) ÷ 12 (domain reference
  // §4.3 item 21, the measure's default) the term is 12/12 of a year
  private static final LocalDate END = LocalDate.of(2024, 3, 1);

  /** 1,000,000 guaranteed by a government guarantor at a standard 1.5%, 2023-03-01 → 2024-03-01. */
  private static LoanFacts.Builder standardLoan() {
    return loan("L1", "1000000", START, END).guarantee(government("1.5%"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_completeProfile_feeSavedExactly() {
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, standardLoan().build()), AS_OF);
    // 第6条: 1.5% × (1 − 40%) = 0.9% ≤ 1%; standard 1,000,000 × 1.5% × 12/12 = 15,000.00, reduced
    // 1,000,000 × 0.9% × 12/12 = 9,000.00; saved 15,000.00 − 9,000.00 = 6,000.00
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.FEE_SAVED);
    assertThat(GuaranteeFeeReductionEvaluator.DEFAULT.amountKind()).isEqualTo(AmountKind.FEE_SAVED);
    assertThat(outcome.amount()).isEqualTo(exactly("6000.00"));
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.bindingLimit()).isEmpty();
    assertThat(outcome.windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertThat(outcome.countedInTotal()).isTrue();
    assertThat(outcome.clauseLabel()).isEqualTo("深工信〔2023〕26号 第6条");
  }

  @Test
  void test_completeProfile_ceilingBindsAndLoansAdd() {
    LoanFacts capped = loan("L2", "1000000", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1))
        .guarantee(government("2%")).build();
    MeasureOutcome alone = both(ID, firm(EnterpriseSize.MICRO, capped), AS_OF);
    // 2% × 60% = 1.2% > 1%: the 1% ceiling sets the fee. 2023-01-01 → 2023-07-01 = 6 whole months, no odd day;
    // standard 1,000,000 × 2% × 6/12 = 10,000.00; reduced 1,000,000 × 1% × 6/12 = 5,000.00;
    // saved 10,000.00 − 5,000.00 = 5,000.00; the ceiling as a fee: 5,000.00
    assertThat(alone.amount()).isEqualTo(exactly("5000.00"));
    assertThat(alone.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("fee-rate-ceiling");
      assertThat(limit.limit()).isEqualTo(Cny.of("5000.00"));
    });
    MeasureOutcome together = both(ID, firm(EnterpriseSize.MICRO, standardLoan().build(), capped), AS_OF);
    // 6,000.00 + 5,000.00 = 11,000.00; only L2's ceiling binds: 5,000.00
    assertThat(together.amount()).isEqualTo(exactly("11000.00"));
    assertThat(together.bindingLimit().orElseThrow().limit()).isEqualTo(Cny.of("5000.00"));
    // two loans each held to the ceiling: the ceilings as fees add up, 5,000.00 + 5,000.00 = 10,000.00
    LoanFacts cappedToo = loan("L3", "1000000", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1))
        .guarantee(government("2%")).build();
    MeasureOutcome twoCapped = both(ID, firm(EnterpriseSize.MICRO, capped, cappedToo), AS_OF);
    assertThat(twoCapped.amount()).isEqualTo(exactly("10000.00"));
    assertThat(twoCapped.bindingLimit().orElseThrow().limit()).isEqualTo(Cny.of("10000.00"));
  }

  @Test
  void test_explain_noFeeSavedForAnIneligibleLoan() {
    // a medium borrower: the loan's own evaluation is shown, but no fee saved on it
    MeasureOutcome medium = both(ID, firm(EnterpriseSize.MEDIUM, standardLoan().build()), AS_OF);
    assertThat(medium.verdict()).isEqualTo(Verdict.INELIGIBLE);
    String en = medium.explanation().render(Locale.ENGLISH);
    assertThat(en).contains("borrower is a small or micro enterprise").doesNotContain("fee saved");
    MeasureOutcome small = both(ID, firm(EnterpriseSize.SMALL, standardLoan().build()), AS_OF);
    assertThat(small.explanation().render(Locale.ENGLISH)).contains("fee saved");
  }

  @Test
  void test_loanOutsideTheYear_addsNothingAndAsksNothing() {
    // a 2022 loan with no guarantee facts: the measure's "2023年" rules it out whatever its guarantee
    LoanFacts old = loan("OLD", "500000", LocalDate.of(2022, 6, 1), LocalDate.of(2023, 6, 1)).build();
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, standardLoan().build(), old), AS_OF);
    // only L1 counts: 6,000.00 as above
    assertThat(outcome.amount()).isEqualTo(exactly("6000.00"));
    assertThat(outcome.missingFacts()).isEmpty();
    MeasureOutcome onlyOld = both(ID, firm(EnterpriseSize.SMALL, old), AS_OF);
    assertThat(onlyOld.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(onlyOld.reasons()).extracting(Reason::code).containsExactly("not-guarantee-in-policy-period");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_missingSize_rangeToTheSaving() {
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440305")
        .loans(List.of(standardLoan().build())).build();
    MeasureOutcome outcome = both(ID, profile, AS_OF);
    // if small or micro the saving is 6,000.00 (as above); if not, nothing
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(between("0", "6000.00"));
    assertThat(outcome.missingFacts()).containsExactly("/size");
  }

  @Test
  void test_missingGuarantor_namesTheGuaranteeFact() {
    LoanFacts unknown = standardLoan().guarantee(LoanGuarantee.builder().standardFeeRate(Rate.parse("1.5%")).build())
        .build();
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, unknown), AS_OF);
    // 6,000.00 if a government guarantor (as above), nothing if not
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(between("0", "6000.00"));
    assertThat(outcome.missingFacts()).containsExactly("/loans/0/guarantee/governmentGuarantor");
  }

  @Test
  void test_missingStandardRate_boundedAndNamed() {
    LoanFacts noRate = standardLoan().guarantee(LoanGuarantee.builder().governmentGuarantor(true).build()).build();
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, noRate), AS_OF);
    // a standard rate is at most 100% (a request refuses more): 100% × 60% > 1%, so the 1% ceiling; 12 whole
    // months: at most 1,000,000 × 100% − 1,000,000 × 1% = 990,000.00. The government guarantee and the small size
    // qualify the loan; the rate sets the saving only (a 0% standard rate saves 0.00): eligible with the range
    // (decisions register §4.6 item 42; it was undetermined before the QA audit), the rate a note
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(between("0", "990000.00"));
    assertThat(outcome.missingFacts()).containsExactly("/loans/0/guarantee/standardFeeRate");
    assertThat(outcome.reasons()).extracting(Reason::code).doesNotContain("standard-fee-rate");
    assertThat(outcome.notes()).extracting(Reason::code).contains("standard-fee-rate");
  }

  @Test
  void test_missingGuarantee_namedAsTheGuarantee() {
    LoanFacts bare = loan("B", "800000", START, END).build();
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, bare), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    // at most the saving at a standard rate of 100%: 800,000 × 100% − 800,000 × 1% (the ceiling) = 792,000.00
    assertThat(outcome.amount()).isEqualTo(between("0", "792000.00"));
    assertThat(outcome.missingFacts()).containsExactly("/loans/0/guaranteed");
    assertThat(outcome.notes()).extracting(Reason::code).contains("guarantee-not-known");
    // with a known eligible loan first: eligible, at least its 6,000.00, the other loan's guarantee still asked for
    MeasureOutcome mixed = both(ID, firm(EnterpriseSize.SMALL, standardLoan().build(), bare), AS_OF);
    assertThat(mixed.verdict()).isEqualTo(Verdict.ELIGIBLE);
    // 6,000.00 certain, and at most 6,000.00 + 792,000.00 = 798,000.00
    assertThat(mixed.amount()).isEqualTo(between("6000.00", "798000.00"));
    assertThat(mixed.missingFacts()).containsExactly("/loans/1/guaranteed");
    // known to be guaranteed, the guarantee's facts not given: the guarantee is asked for
    LoanFacts guaranteedBare = loan("G", "800000", START, END).guaranteed(true).build();
    assertThat(both(ID, firm(EnterpriseSize.SMALL, guaranteedBare), AS_OF).missingFacts())
        .containsExactly("/loans/0/guarantee");
    // known to have no guarantee: nothing to reduce on that loan, and nothing asked
    LoanFacts unguaranteed = loan("N", "800000", START, END).guaranteed(false).build();
    MeasureOutcome none = both(ID, firm(EnterpriseSize.SMALL, unguaranteed), AS_OF);
    assertThat(none.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(none.missingFacts()).isEmpty();
    MeasureOutcome withKnownOne = both(ID, firm(EnterpriseSize.SMALL, standardLoan().build(), unguaranteed), AS_OF);
    assertThat(withKnownOne.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("6000.00")));
  }

  @Test
  void test_missingLoans_undeterminedUnbounded() {
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440305").size(EnterpriseSize.SMALL)
        .build();
    MeasureOutcome outcome = both(ID, profile, AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(atLeast("0"));
    assertThat(outcome.missingFacts()).containsExactly("/loans");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_knownEmptyAndKnownFailures_ineligibleZero() {
    MeasureOutcome none = both(ID, firm(EnterpriseSize.SMALL), AS_OF);
    assertThat(none.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(none.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(none.reasons()).extracting(Reason::code).containsExactly("no-loans");

    LoanFacts commercial = standardLoan().guarantee(LoanGuarantee.builder().governmentGuarantor(false)
        .standardFeeRate(Rate.parse("1.5%")).build()).build();
    MeasureOutcome other = both(ID, firm(EnterpriseSize.SMALL, commercial), AS_OF);
    assertThat(other.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(other.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(other.reasons()).extracting(Reason::code).containsExactly("not-government-guarantor");

    MeasureOutcome medium = both(ID, firm(EnterpriseSize.MEDIUM, standardLoan().build()), AS_OF);
    assertThat(medium.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(medium.reasons()).extracting(Reason::code).containsExactly("not-borrower-small-or-micro");
    assertThat(medium.countedInTotal()).isFalse();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_sizeReason_namesTheClassesInWords() {
    // 第6条 "针对小微企业": a medium borrower reads which classes qualify, in its language (the reason once read
    // "借款人为小微企业（[SMALL, MICRO]）" and "borrower is a small or micro enterprise [SMALL, MICRO]")
    MeasureOutcome withLoan = both(ID, firm(EnterpriseSize.MEDIUM, standardLoan().build()), AS_OF);
    MeasureOutcome noLoans = both(ID, EnterpriseProfile.builder().registrationRegionCode("440306")
        .size(EnterpriseSize.MEDIUM).build(), AS_OF);
    for (MeasureOutcome medium : List.of(withLoan, noLoans)) {
      assertThat(medium.reasons()).extracting(reason -> reason.message().zh()).containsExactly("借款人为小微企业（小型、微型）");
      assertThat(medium.reasons()).extracting(reason -> reason.message().en())
          .containsExactly("borrower is a small or micro enterprise (small or micro)");
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_standardRateNotGiven_theStepInTheReadersLanguage() {
    // a government guarantee without its standard rate: the saving is open, said in Chinese to a Chinese reader
    // (the step once read "输入：标准担保费率 = not given: the verdict is decided on the other facts; …")
    LoanFacts noRate = loan("L1", "1000000", START, END).guarantee(LoanGuarantee.builder().governmentGuarantor(true)
        .build()).build();
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, noRate), AS_OF);
    assertThat(outcome.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("输入：标准担保费率未提供：结论按其他事实判定，节省金额至多为标准费率100%时的 990000.00 元 = 100%")
        .doesNotContain("the saving is");
    assertThat(outcome.explanation().render(Locale.ENGLISH)).contains("Input: standard fee rate not given: the "
        + "verdict is decided on the other facts; the saving is at most 990000.00, at a standard rate of 100%");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_explain_notesAndSteps() {
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, standardLoan().build()), AS_OF);
    assertThat(outcome.notes()).extracting(Reason::code)
        .containsExactly("guarantee-term", "maximum-reduction-used", "fee-saved");
    assertThat(outcome.notes()).allSatisfy(note ->
        assertThat(note.citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT));
    assertThat(outcome.reasons()).extracting(Reason::code)
        .contains("government-guarantor", "borrower-small-or-micro", "guarantee-in-policy-period");
    String en = outcome.explanation().render(Locale.ENGLISH);
    // the reduced fee 1,000,000 × 0.9% × 12/12 = 9,000.00, its rate as a percentage, the term in whole months
    assertThat(en).contains("loan L1 (/loans/0)")
        .contains("decisions register §4.3 item 18").contains("1000000.00 × 0.9% × 360/360 = 9000.0000000000")
        .contains("(12 whole months + 0 days)").doesNotContain("0.009");
    // the plain form agrees, and has no texts (checked by both); it is the same figure
    assertThat(plain(ID, firm(EnterpriseSize.SMALL, standardLoan().build()), AS_OF).amount())
        .isEqualTo(exactly("6000.00"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_feeFreeGuarantee_savesNothing() {
    // a fee-free government guarantee (standard rate 0%, which the profile schema allows: "0% 至 100%") has nothing to
    // reduce: min(0% × (1 − 40%), 1%) = 0%, fee saved 0.00 − 0.00 = 0.00 (第6条); beside the 1.5% loan's 6,000.00
    // (1,000,000 × (1.5% − 0.9%) × 12/12) the firm saves 6,000.00 in all. Before the QA audit the 0% rate was refused
    // as bad input, so the measure failed and the report was incomplete.
    LoanFacts free = loan("F", "1000000", START, END).guarantee(government("0%")).build();
    MeasureOutcome alone = both(ID, firm(EnterpriseSize.SMALL, free), AS_OF);
    assertThat(alone.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(alone.amount()).isEqualTo(exactly("0.00"));
    assertThat(alone.bindingLimit()).isEmpty();
    LoanFacts fine = standardLoan().loanId("OK").build();
    assertThat(both(ID, firm(EnterpriseSize.SMALL, fine, free), AS_OF).amount()).isEqualTo(exactly("6000.00"));
  }
}
