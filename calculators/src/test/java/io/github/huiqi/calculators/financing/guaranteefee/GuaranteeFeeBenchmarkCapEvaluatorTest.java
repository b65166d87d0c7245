package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.atLeast;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.between;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.both;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.exactly;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.loan;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link GuaranteeFeeBenchmarkCapEvaluator} on profiles against the Shenzhen 专精特新 draft 第五条: "担保费率不高于
 * 国家当期银行贷款基准利率的二分之一". The figures are the calculator test's hand-worked cases through a profile: the PBoC
 * benchmark for the term bracket on the contract date, halved, priced over the term (whole months ÷ 12 plus odd days
 * ÷ 360, half-up to the fen).
 */
public class GuaranteeFeeBenchmarkCapEvaluatorTest {

  private static final MeasureId ID = GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT.id();
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  private static final LocalDate CONTRACT = LocalDate.of(2023, 5, 10);
  private static final LocalDate DRAWDOWN = LocalDate.of(2023, 5, 12);

  private static LoanGuarantee government() {
    return LoanGuarantee.builder().governmentGuarantor(true).feeRate(Rate.parse("2.175%")).build();
  }

  /** 5,000,000 contracted 2023-05-10, drawn 2023-05-12, due 2024-05-12, government-guaranteed. */
  private static LoanFacts.Builder oneYear() {
    return loan("Y1", "5000000", DRAWDOWN, LocalDate.of(2024, 5, 12)).contractDate(CONTRACT).guarantee(government());
  }

  /** The same principal over two years, 2023-05-12 → 2025-05-12. */
  private static LoanFacts.Builder twoYears() {
    return loan("Y2", "5000000", DRAWDOWN, LocalDate.of(2025, 5, 12)).contractDate(CONTRACT).guarantee(government());
  }

  private static EnterpriseProfile zjtx(Optional<Boolean> held, LoanFacts... loans) {
    EnterpriseProfile.Builder builder = EnterpriseProfile.builder().registrationRegionCode("440305")
        .size(EnterpriseSize.SMALL).loans(List.of(loans));
    held.ifPresent(h -> builder.specialisedAndInnovative(Qualification.held(h)));
    return builder.build();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_completeProfile_capFeesSummed() {
    MeasureOutcome one = both(ID, zjtx(Optional.of(true), oneYear().build()), AS_OF);
    // ≤1 year: 4.35% × ½ = 2.175%, an annual cap; 2023-05-12 → 2024-05-12 = 12 whole months (decisions register
    // §4.3 item 21): 5,000,000 × 2.175% × 12/12 = 108,750.00, exactly a year at the cap
    assertThat(one.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(one.amountKind()).isEqualTo(AmountKind.COUNTERPARTY_CEILING);
    assertThat(one.amount()).isEqualTo(exactly("108750.00"));
    MeasureOutcome two = both(ID, zjtx(Optional.of(true), oneYear().build(), twoYears().build()), AS_OF);
    // 1–5 years: 4.75% × ½ = 2.375%; 24 whole months: 5,000,000 × 2.375% × 24/12 = 237,500.00; with the one-year
    // loan: 108,750.00 + 237,500.00 = 346,250.00
    assertThat(two.amount()).isEqualTo(exactly("346250.00"));
  }

  @Test
  void test_draft_saidByStatusAndNote() {
    MeasureOutcome outcome = both(ID, zjtx(Optional.of(true), oneYear().build()), AS_OF);
    assertThat(outcome.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(outcome.countedInTotal()).isFalse();
    assertThat(outcome.notes()).extracting(Reason::code).contains("draft", "recognition-on-contract-date");
    assertThat(outcome.notes().get(0).message().in(Locale.ENGLISH)).contains("draft").contains("indicative");
    assertThat(outcome.explanation().render(Locale.ENGLISH)).contains("DRAFT");
    // the plain form carries the status too
    assertThat(plain(ID, zjtx(Optional.of(true), oneYear().build()), AS_OF).documentStatus())
        .isEqualTo(DocumentStatus.DRAFT);
  }

  @Test
  void test_contractDateMissing_drawdownUsedAndNoted() {
    LoanFacts noContract = loan("Y1", "5000000", DRAWDOWN, LocalDate.of(2024, 5, 12)).guarantee(government()).build();
    MeasureOutcome outcome = both(ID, zjtx(Optional.of(true), noContract), AS_OF);
    // the benchmark on 2023-05-12 is still 4.35%: the same 108,750.00
    assertThat(outcome.amount()).isEqualTo(exactly("108750.00"));
    assertThat(outcome.notes()).extracting(Reason::code).contains("contract-date-from-drawdown");
    assertThat(outcome.notes()).filteredOn(n -> n.code().equals("contract-date-from-drawdown"))
        .allSatisfy(n -> assertThat(n.message().in(Locale.ENGLISH)).contains("Y1"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_missingRecognitionGuaranteeAndLoans() {
    MeasureOutcome unknown = both(ID, zjtx(Optional.empty(), oneYear().build()), AS_OF);
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.amount()).isEqualTo(between("0", "108750.00"));
    assertThat(unknown.missingFacts()).containsExactly("/specialisedAndInnovative");

    LoanFacts bare = loan("B", "5000000", DRAWDOWN, LocalDate.of(2024, 5, 12)).contractDate(CONTRACT).build();
    MeasureOutcome noGuarantee = both(ID, zjtx(Optional.of(true), bare), AS_OF);
    assertThat(noGuarantee.amount()).isEqualTo(between("0", "108750.00"));
    assertThat(noGuarantee.missingFacts()).containsExactly("/loans/0/guaranteed");

    MeasureOutcome noLoans = both(ID, EnterpriseProfile.builder().registrationRegionCode("440305")
        .specialisedAndInnovative(Qualification.held(true))
        .build(), AS_OF);
    assertThat(noLoans.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(noLoans.amount()).isEqualTo(atLeast("0"));
    assertThat(noLoans.missingFacts()).containsExactly("/loans");
  }

  @Test
  void test_knownFailuresAndEmpty_ineligibleZero() {
    MeasureOutcome notHeld = both(ID, zjtx(Optional.of(false), oneYear().build()), AS_OF);
    assertThat(notHeld.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(notHeld.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(notHeld.reasons()).extracting(Reason::code).containsExactly("not-specialised-and-innovative");
    // recognised only from 2024: not held on the 2023-05-10 contract date
    EnterpriseProfile later = EnterpriseProfile.builder().registrationRegionCode("440305")
        .loans(List.of(oneYear().build()))
        .specialisedAndInnovative(Qualification.builder().held(true).since(LocalDate.of(2024, 1, 1)).build()).build();
    assertThat(both(ID, later, AS_OF).verdict()).isEqualTo(Verdict.INELIGIBLE);

    assertThat(both(ID, zjtx(Optional.of(true)), AS_OF).verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_contractDateBeforeValidity_ineligibleNotBadInput() {
    // the PBoC series starts on 2015-06-28 and the draft's validity on 2019-08-20: a loan contracted on 2015-06-27 is
    // outside the measure (register §4.6 item 86), not a date with no benchmark; under a host's pack valid earlier
    // it is bad input naming /loans/0/contractDate (GuaranteeFeeBenchmarkCapValidityTest)
    LoanFacts early = loan("E", "1000000", LocalDate.of(2015, 7, 1), LocalDate.of(2016, 7, 1))
        .contractDate(LocalDate.of(2015, 6, 27)).guarantee(government()).build();
    MeasureOutcome outcome = both(ID, zjtx(Optional.of(true), early), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(exactly("0.00"));
    LoanFacts earlyDrawdown = loan("E", "1000000", LocalDate.of(2015, 6, 27), LocalDate.of(2016, 6, 27))
        .guarantee(government()).build();
    assertThat(plain(ID, zjtx(Optional.of(true), earlyDrawdown), AS_OF).verdict()).isEqualTo(Verdict.INELIGIBLE);
  }
}
