package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.loan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.FeePayment;
import io.github.huiqi.core.enterprise.InterestPayment;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one-subsidy-per-loan rule on the engine's outcomes: "同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门财政贴息"
 * (2022 首贷 rules, domain reference §1.7), between 深工信〔2023〕26号 第5条 (first-loan, principal × 2% × days ÷ 360,
 * at most 6 months) and 第13条 (tech-SME, 80% of 2023 interest). The numbers are {@link StackingCalculatorTest}'s.
 */
class StackingInterestSubsidyRuleTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  private static final MeasureId FIRST = FirstLoanMeasure.SHENZHEN_2023.id();
  private static final MeasureId TECH = TechSmeMeasure.SHENZHEN_2023.id();
  private static final MeasureId SHANGHAI = FirstLoanGuaranteedMeasure.SHANGHAI_2023.id();
  private static final StackingInterestSubsidyRule RULE = StackingInterestSubsidyRule.DEFAULT;

  /**
   * A 南山区 first-time borrower, enrolled as a tech SME, with nothing received before and no fees or premiums, whose
   * loan L1 (1,000,000 drawn 2023-01-15: six months to 2023-07-15 = 181 days; 1,000,000 × 2% × 181/360 = 10,055.56)
   * qualifies for the first-loan subsidy.
   */
  private static EnterpriseProfile.Builder firm(String interestOnL1) {
    EnterpriseProfile.Builder builder = EnterpriseProfile.builder();
    builder.registrationRegionCode("440305").independentLegalPerson(true).firstTimeBorrower(true)
        .onSeriousDishonestyList(false).techSme(Qualification.held(true)).techSmeSubsidyReceived(Cny.ZERO)
        .loans(List.of(loan("L1").build()))
        .interestPayments(List.of(interest("I1", "L1", interestOnL1)))
        .guaranteeFeePayments(List.of()).insurancePremiumPayments(List.of());
    return builder;
  }

  /** Interest accrued 2023-01-15 → 2023-07-15 and paid then: all in 2023, so 80% (第13条). */
  private static InterestPayment interest(String id, String loanId, String amount) {
    LocalDate paid = LocalDate.of(2023, 7, 15);
    return new InterestPayment(id, loanId, LocalDate.of(2023, 1, 15), paid, paid, Cny.of(amount));
  }

  private static EvaluationContext context(EngineOptions options, MeasureId id) {
    return new EvaluationContext(AS_OF, CATALOG.data(), options, CATALOG.get(id));
  }

  /** Each measure's own outcome, as the engine has it before its stacking rules. */
  private static List<MeasureOutcome> outcomes(EnterpriseProfile profile, boolean explain, MeasureId... ids) {
    return Arrays.stream(ids).map(id -> CATALOG.get(id).evaluate(profile,
        context(EngineOptions.DEFAULTS, id), explain)).toList();
  }

  private static List<MeasureOutcome> apply(EnterpriseProfile profile, boolean explain, EngineOptions options,
      MeasureId... ids) {
    EvaluationContext engine = new EvaluationContext(AS_OF, CATALOG.data(), options, CATALOG.entries().get(0));
    return RULE.apply(outcomes(profile, explain, ids), profile, engine, CATALOG, explain);
  }

  private static OutcomeAmount exactly(String yuan) {
    return OutcomeAmount.exactly(Cny.of(yuan));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_bothQualify_theLargerTechSmeSubsidyTakesTheLoan() {
    // alone: first-loan 10,055.56 and tech-SME 80% × 18,000 = 14,400.00 on the same loan, 24,455.56 together.
    // One subsidy per loan; neither claimed, so the larger (§4.1 item 10 default): tech-SME 14,400.00, first-loan 0
    EnterpriseProfile profile = firm("18000").build();
    List<MeasureOutcome> before = outcomes(profile, true, FIRST, TECH);
    assertThat(before.get(0).amount()).isEqualTo(exactly("10055.56"));
    assertThat(before.get(1).amount()).isEqualTo(exactly("14400.00"));
    List<MeasureOutcome> after = apply(profile, true, EngineOptions.DEFAULTS, FIRST, TECH);
    MeasureOutcome first = after.get(0);
    MeasureOutcome tech = after.get(1);
    assertThat(first.measure()).isEqualTo(FIRST);
    assertThat(first.amount()).isEqualTo(exactly("0"));
    assertThat(tech.amount()).isEqualTo(exactly("14400.00"));
    assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(tech.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(first.missingFacts()).isEmpty();
    assertThat(first.countedInTotal()).isEqualTo(before.get(0).countedInTotal());
    assertThat(tech.countedInTotal()).isEqualTo(before.get(1).countedInTotal());
    for (MeasureOutcome outcome : after) {
      Reason note = outcome.notes().stream().filter(n -> n.code().equals("one-interest-subsidy-per-loan"))
          .findFirst().orElseThrow();
      assertThat(note.citation().quote()).hasValue("同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门财政贴息");
      assertThat(note.message().en()).contains("loan L1").contains("the tech-SME subsidy applies")
          .contains("FIRST_CLAIMED");
      assertThat(outcome.explanation().steps().size())
          .isGreaterThan(before.get(outcome == first ? 0 : 1).explanation().steps().size());
    }
  }

  @Test
  void test_explained_eachOutcomeClosesOnItsOwnAmount_notOnTheMunicipalTotal() {
    // QA audit: the stacking's steps end on the municipal subsidies in all, which both outcomes carry; each outcome
    // then closes on its own part of it. L1 is the first-loan subsidy's (10,055.56 = 1,000,000 × 2% × 181/360, 第5条)
    // and the tech-SME subsidy's (80% × 10,000 = 8,000.00, 第13条); the larger, first-loan, takes it (§4.1 item 10).
    // L2 (1,000,000 drawn 2023-03-01, not a first drawdown) has interest 5,000 on 2023-03-01 → 2023-06-01, all in
    // 2023: 80% × 5,000 = 4,000.00 to the tech-SME subsidy. In all 10,055.56 + 4,000.00 = 14,055.56.
    EnterpriseProfile profile = firm("10000").loans(List.of(loan("L1").build(),
        loan("L2").drawdownDate(LocalDate.of(2023, 3, 1)).maturityDate(LocalDate.of(2024, 3, 1))
            .firstDrawdownOfFirstContract(false).build()))
        .interestPayments(List.of(interest("I1", "L1", "10000"), new InterestPayment("I2", "L2",
            LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 1), Cny.of("5000")))).build();
    List<MeasureOutcome> after = apply(profile, true, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(after.get(0).amount()).isEqualTo(exactly("10055.56"));
    assertThat(after.get(1).amount()).isEqualTo(exactly("4000.00"));
    CalculationStep firstLast = lastCalculation(after.get(0));
    assertThat(firstLast.result()).isEqualByComparingTo("10055.56");
    assertThat(firstLast.formula()).isEqualTo("14055.56 − 4000.00 (tech-SME)");
    assertThat(firstLast.name().en()).isEqualTo("of which the first-loan subsidy (this measure)");
    assertThat(firstLast.citation().quote()).hasValue("同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门财政贴息");
    CalculationStep techLast = lastCalculation(after.get(1));
    assertThat(techLast.result()).isEqualByComparingTo("4000.00");
    assertThat(techLast.formula()).isEqualTo("14055.56 − 10055.56 (first-loan)");
    assertThat(techLast.name().zh()).isEqualTo("其中科技型中小企业贴息贴保（本措施）");
    // the municipal total is still shown, just before
    List<ExplanationStep> steps = after.get(0).explanation().steps();
    assertThat(((CalculationStep) steps.get(steps.size() - 2)).result()).isEqualByComparingTo("14055.56");
  }

  private static CalculationStep lastCalculation(MeasureOutcome outcome) {
    List<ExplanationStep> steps = outcome.explanation().steps();
    assertThat(steps.get(steps.size() - 1)).isInstanceOf(CalculationStep.class);
    return (CalculationStep) steps.get(steps.size() - 1);
  }

  @Test
  void test_bothQualify_theLargerFirstLoanSubsidyTakesTheLoan() {
    // tech-SME 80% × 10,000 = 8,000.00 < first-loan 10,055.56: the first-loan subsidy applies, tech-SME gets 0
    List<MeasureOutcome> after = apply(firm("10000").build(), false, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(after.get(0).amount()).isEqualTo(exactly("10055.56"));
    assertThat(after.get(1).amount()).isEqualTo(exactly("0"));
    assertThat(after.get(1).notes()).extracting(Reason::code).contains("one-interest-subsidy-per-loan");
  }

  @Test
  void test_precedenceOption_named() {
    // LARGER: with no claim recorded, the same loan-by-loan outcome, and the note names the option used
    EngineOptions larger = EngineOptions.DEFAULTS.withInterestSubsidyPrecedence(StackingPrecedence.LARGER);
    List<MeasureOutcome> after = apply(firm("18000").build(), false, larger, FIRST, TECH);
    assertThat(after.get(0).amount()).isEqualTo(exactly("0"));
    assertThat(after.get(1).amount()).isEqualTo(exactly("14400.00"));
    assertThat(after.get(0).notes().get(0).message().en()).contains("precedence LARGER");
  }

  @Test
  void test_choiceOpen_rangesAndTheMissingFactOnBoth() {
    // enrolment unknown: tech-SME up to 14,400.00 > first-loan 10,055.56, so the loan's choice awaits /techSme.
    // First-loan: 0 (tech-SME may take the loan) to 10,055.56; tech-SME: 0 to 14,400.00; both undetermined
    EnterpriseProfile profile = firm("18000").techSme(Optional.empty()).build();
    List<MeasureOutcome> after = apply(profile, false, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(after.get(0).verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(after.get(0).amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("10055.56")));
    assertThat(after.get(0).missingFacts()).containsExactly("/techSme");
    assertThat(after.get(1).verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(after.get(1).amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("14400.00")));
    assertThat(after.get(1).missingFacts()).containsExactly("/techSme");
  }

  @Test
  void test_choiceOpen_theNoteAndStepsNameTheProfilesFact() {
    // the same open choice, explained: the note and the stacking's steps ask for the fact the outcome's
    // missingFacts name, /techSme, a field of the profile the reader holds (they once asked for the stacking
    // request's /enterprise/enrolledTechSme)
    EnterpriseProfile profile = firm("18000").techSme(Optional.empty()).build();
    for (MeasureOutcome outcome : apply(profile, true, EngineOptions.DEFAULTS, FIRST, TECH)) {
      Reason note = outcome.notes().stream().filter(n -> n.code().equals("one-interest-subsidy-per-loan"))
          .findFirst().orElseThrow();
      assertThat(note.message().zh()).isEqualTo("同一笔贷款只能享受一次市级贴息（适用顺序 FIRST_CLAIMED）：贷款 L1 "
          + "待补充事实后确定：/techSme");
      assertThat(note.message().en()).isEqualTo("one municipal interest subsidy per loan (precedence FIRST_CLAIMED): "
          + "loan L1: to be decided once these facts are given: /techSme");
      assertThat(outcome.explanation().render(Locale.SIMPLIFIED_CHINESE))
          .contains("贷款 L1 只享受一项市级贴息：待补充事实后确定：/techSme — ").doesNotContain("/enterprise/");
      assertThat(outcome.explanation().render(Locale.ENGLISH)).doesNotContain("/enterprise/");
    }
  }

  @Test
  void test_plainAndExplainAgree() {
    for (EnterpriseProfile profile : List.of(firm("18000").build(), firm("10000").build(),
        firm("18000").techSme(Optional.empty()).build())) {
      List<MeasureOutcome> plain = apply(profile, false, EngineOptions.DEFAULTS, FIRST, TECH);
      List<MeasureOutcome> explained = apply(profile, true, EngineOptions.DEFAULTS, FIRST, TECH);
      for (int i = 0; i < 2; i++) {
        assertThat(plain.get(i).verdict()).isEqualTo(explained.get(i).verdict());
        assertThat(plain.get(i).amount()).isEqualTo(explained.get(i).amount());
        assertThat(plain.get(i).bindingLimit()).isEqualTo(explained.get(i).bindingLimit());
        assertThat(plain.get(i).missingFacts()).isEqualTo(explained.get(i).missingFacts());
        assertThat(plain.get(i).explanation().steps()).isEmpty();
      }
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_unchanged_whenNoLoanQualifiesForBoth() {
    // L1 earns the first-loan subsidy and pays no interest claimed; L2 is not a first drawdown (no first-loan
    // subsidy) and its 5,000 of interest earns 80% × 5,000 = 4,000.00: nothing to choose, nothing changes
    LoanFacts second = loan("L2").firstDrawdownOfFirstContract(false).build();
    EnterpriseProfile profile = firm("0").loans(List.of(loan("L1").build(), second))
        .interestPayments(List.of(interest("I2", "L2", "5000"))).build();
    List<MeasureOutcome> before = outcomes(profile, false, FIRST, TECH);
    List<MeasureOutcome> after = apply(profile, false, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(after).isEqualTo(before);
    assertThat(after.get(0).amount()).isEqualTo(exactly("10055.56"));
    assertThat(after.get(1).amount()).isEqualTo(exactly("4000.00"));
  }

  @Test
  void test_unchanged_whenAMeasureIsIneligibleOrThePaymentsAreNotKnown() {
    EnterpriseProfile notEnrolled = firm("18000").techSme(Qualification.held(false)).build();
    assertThat(apply(notEnrolled, false, EngineOptions.DEFAULTS, FIRST, TECH))
        .isEqualTo(outcomes(notEnrolled, false, FIRST, TECH));
    EnterpriseProfile noInterestKnown = firm("18000").interestPayments(Optional.empty()).build();
    assertThat(apply(noInterestKnown, false, EngineOptions.DEFAULTS, FIRST, TECH))
        .isEqualTo(outcomes(noInterestKnown, false, FIRST, TECH));
  }

  @Test
  void test_subsidisedElsewhere_regionNotGiven_theLeastStaysZero() {
    // the region not given: a Shenzhen measure may not apply at all (the tech-SME subsidy from 0). L1 is subsidised
    // elsewhere (takes neither subsidy, §4.1 item 10); L2, not the first drawdown of its first contract, pays 5,000
    // of 2023 interest: 80% × 5,000 = 4,000.00 (第13条). No loan could take both, so the stacking does not run and
    // the tech-SME outcome is worked out without L1: 0 – 4,000.00, undetermined. Before: exactly 4,000.00, though a
    // Shanghai firm (310115) gets 0.00
    EnterpriseProfile profile = firm("18000").registrationRegionCode(Optional.empty())
        .loans(List.of(loan("L1").subsidisedUnderAnotherMunicipalScheme(true).build(),
            loan("L2").firstDrawdownOfFirstContract(false).build()))
        .interestPayments(List.of(interest("I1", "L1", "18000"), interest("I2", "L2", "5000"))).build();
    MeasureOutcome tech = apply(profile, false, EngineOptions.DEFAULTS, FIRST, TECH).get(1);
    assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(tech.amount()).isEqualTo(OutcomeAmount.between(Cny.ZERO, Cny.of("4000.00")));
    // the region given: 4,000.00 in 南山区, eligible
    EnterpriseProfile nanshan = EnterpriseProfile.builder().from(profile).registrationRegionCode("440305").build();
    assertThat(apply(nanshan, false, EngineOptions.DEFAULTS, FIRST, TECH).get(1).amount())
        .isEqualTo(exactly("4000.00"));
  }

  @Test
  void test_onlySameJurisdictionPairs_sizeAndOrderKept() {
    // the Shanghai first-loan outcome is not paired with the Shenzhen tech-SME one; the list keeps its size and order
    EnterpriseProfile profile = firm("18000").build();
    List<MeasureOutcome> before = outcomes(profile, false, SHANGHAI, FIRST, TECH);
    List<MeasureOutcome> after = apply(profile, false, EngineOptions.DEFAULTS, SHANGHAI, FIRST, TECH);
    assertThat(after).extracting(MeasureOutcome::measure).containsExactly(SHANGHAI, FIRST, TECH);
    assertThat(after.get(0)).isEqualTo(before.get(0));
    assertThat(after.get(1).amount()).isEqualTo(exactly("0"));
    assertThat(after.get(2).amount()).isEqualTo(exactly("14400.00"));
    assertThat(RULE.code()).isEqualTo("one-interest-subsidy-per-loan");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_unchanged_whenTheStackingGivesEachItsOwn() {
    // L1 from a Shanghai lender (not a bank in Shenzhen: no first-loan subsidy on it, 第5条) with 18,000 of interest:
    // tech-SME 80% × 18,000 = 14,400.00; L2 pays no claimed interest: first-loan 10,055.56. No loan is contested,
    // so each measure keeps its own outcome, with no note
    EnterpriseProfile profile = firm("18000").loans(List.of(loan("L1").lenderRegionCode("310000").build(),
        loan("L2").build())).build();
    List<MeasureOutcome> before = outcomes(profile, true, FIRST, TECH);
    assertThat(before.get(0).amount()).isEqualTo(exactly("10055.56"));
    assertThat(before.get(1).amount()).isEqualTo(exactly("14400.00"));
    assertThat(apply(profile, true, EngineOptions.DEFAULTS, FIRST, TECH)).isEqualTo(before);
    // enrolment not known: tech-SME 0 to 14,400.00 on L1, which the first-loan subsidy cannot take: the first-loan
    // outcome is not made to wait on /techSme
    EnterpriseProfile unknown = EnterpriseProfile.builder().from(profile).techSme(Optional.empty()).build();
    List<MeasureOutcome> unknownBefore = outcomes(unknown, false, FIRST, TECH);
    List<MeasureOutcome> unknownAfter = apply(unknown, false, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(unknownAfter).isEqualTo(unknownBefore);
    assertThat(unknownAfter.get(0).verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(unknownAfter.get(0).missingFacts()).isEmpty();
  }

  @Test
  void test_loansNotKnown_theTechSmeLeastLeavesTheirInterestOut() {
    // alone: tech-SME 80% × 18,000 = 14,400.00 (第13条). The loans are not given: L1 may be a first loan, and the
    // first-loan subsidy on an unknown loan may be the larger (up to its cap of 200,000), so under one subsidy per
    // loan (§4.1 item 10) the tech-SME subsidy may get nothing on it: from 0 (no fee or premium to fall back on) to
    // 14,400.00, undetermined, naming /loans. The first-loan outcome cannot see the loan and keeps its own amount
    EnterpriseProfile profile = firm("18000").loans(Optional.empty()).build();
    List<MeasureOutcome> before = outcomes(profile, false, FIRST, TECH);
    assertThat(before.get(1).amount()).isEqualTo(exactly("14400.00"));
    assertThat(before.get(1).verdict()).isEqualTo(Verdict.ELIGIBLE);
    List<MeasureOutcome> after = apply(profile, false, EngineOptions.DEFAULTS, FIRST, TECH);
    MeasureOutcome tech = after.get(1);
    assertThat(tech.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("14400.00")));
    assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(tech.missingFacts()).containsExactly("/loans");
    assertThat(tech.countedInTotal()).isTrue();
    assertThat(after.get(0).amount()).isEqualTo(before.get(0).amount());
    assertThat(after.get(0).verdict()).isEqualTo(before.get(0).verdict());
    assertThat(tech.notes()).extracting(Reason::code).contains("one-interest-subsidy-per-loan");
    assertThat(tech.notes().stream().filter(n -> n.code().equals("one-interest-subsidy-per-loan")).findFirst()
        .orElseThrow().message().en()).contains("interest payment(s) I1").contains("/loans");
    // a fee paid too (2023-07-15, 18,000 at the fee ratio of 第13条) stays certain: the least is the fee's part alone
    EnterpriseProfile withFee = firm("18000").loans(Optional.empty()).guaranteeFeePayments(List.of(
        new FeePayment("G1", LocalDate.of(2023, 7, 15), Cny.of("10000")))).build();
    MeasureOutcome feeTech = apply(withFee, false, EngineOptions.DEFAULTS, FIRST, TECH).get(1);
    MeasureOutcome feeOnly = outcomes(firm("18000").loans(Optional.empty()).interestPayments(List.of())
        .guaranteeFeePayments(List.of(new FeePayment("G1", LocalDate.of(2023, 7, 15), Cny.of("10000")))).build(),
        false, FIRST, TECH).get(1);
    assertThat(feeTech.amount().minimum()).isEqualTo(feeOnly.amount().minimum());
    assertThat(feeTech.amount().minimum().isPositive()).isTrue();
  }

  @Test
  void test_aPaymentNamesALoanNotHeld_theHeldLoansStacked_theOtherInterestLeftOutOfTheLeast() {
    // I1: 18,000 on L1, held: both qualify; tech-SME 80% × 18,000 = 14,400.00 > first-loan 10,055.56, so the
    // tech-SME subsidy takes L1 and the first-loan subsidy gets 0 on it (§4.1 item 10, neither claimed: the larger).
    // I2: 1,000 on LX, not held: LX may be a first loan, so its 80% × 1,000 = 800.00 is not certain. Tech-SME: from
    // 14,400.00 to its own 80% × 19,000 = 15,200.00, naming /loans; first-loan: 0
    EnterpriseProfile profile = firm("18000").interestPayments(List.of(interest("I1", "L1", "18000"),
        interest("I2", "LX", "1000"))).build();
    List<MeasureOutcome> before = outcomes(profile, false, FIRST, TECH);
    assertThat(before.get(0).amount()).isEqualTo(exactly("10055.56"));
    assertThat(before.get(1).amount()).isEqualTo(exactly("15200.00"));
    List<MeasureOutcome> after = apply(profile, false, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(after.get(0).amount()).isEqualTo(exactly("0"));
    assertThat(after.get(1).amount()).isEqualTo(OutcomeAmount.between(Cny.of("14400.00"), Cny.of("15200.00")));
    // sure of L1's 14,400.00 whatever LX is: eligible with the range (decisions register §4.6 item 42; undetermined
    // before the QA audit)
    assertThat(after.get(1).verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(after.get(1).missingFacts()).containsExactly("/loans");
    assertThat(after.get(0).notes().get(0).message().en()).contains("loan L1").contains("interest payment(s) I2");
  }

  @Test
  void test_aLoanSubsidisedElsewhere_getsNeither_whetherOrNotAnotherLoanQualifiesForBoth() {
    // B already receives another municipal interest subsidy: under one municipal interest subsidy per loan (§1.7,
    // "同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门财政贴息") it takes neither subsidy, as the stacking calculator
    // decides. Alone, B is the firm's only loan: no first-loan subsidy on it (ineligible, so not counted and the
    // stacking does not run), and the tech-SME outcome by itself counts 80% × 10,000 = 8,000.00 (第13条); the rule
    // leaves B's interest out: 0.00
    LoanFacts b = loan("B").subsidisedUnderAnotherMunicipalScheme(true).build();
    EnterpriseProfile alone = firm("0").loans(List.of(b)).interestPayments(List.of(interest("IB", "B", "10000")))
        .build();
    List<MeasureOutcome> before = outcomes(alone, false, FIRST, TECH);
    assertThat(before.get(0).countedInTotal()).isFalse();
    assertThat(before.get(1).amount()).isEqualTo(exactly("8000.00"));
    List<MeasureOutcome> after = apply(alone, false, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(after.get(0)).isEqualTo(before.get(0));
    assertThat(after.get(1).amount()).isEqualTo(exactly("0.00"));
    assertThat(after.get(1).missingFacts()).isEmpty();
    assertThat(after.get(1).notes().stream().filter(n -> n.code().equals("one-interest-subsidy-per-loan"))
        .findFirst().orElseThrow().message().en()).contains("loan(s) B already receive another municipal");
    List<MeasureOutcome> explained = apply(alone, true, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(explained.get(1).amount()).isEqualTo(after.get(1).amount());
    // QA audit: the tech-SME explanation showed its own 8,000.00 last, not the 0.00 it now pays; it closes on the
    // subsidy recomputed without B's interest: nothing else is left, 0.00
    CalculationStep last = lastCalculation(explained.get(1));
    assertThat(last.result()).isEqualByComparingTo("0.00");
    assertThat(last.name().en()).contains("loans subsidised elsewhere (B)");
    assertThat(last.name().zh()).contains("（B）");
    assertThat(last.formula()).isEqualTo("the other interest, fees and premiums: 0.00");
    // with A, which qualifies for both (18,000 of interest: tech-SME 14,400.00 > first-loan 10,055.56, so tech-SME),
    // the stacking runs and B still gets neither: tech-SME 14,400.00 (B's 8,000.00 left out), first-loan 0
    EnterpriseProfile withA = firm("18000").loans(List.of(loan("L1").build(), b))
        .interestPayments(List.of(interest("I1", "L1", "18000"), interest("IB", "B", "10000"))).build();
    List<MeasureOutcome> stacked = apply(withA, false, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(stacked.get(1).amount()).isEqualTo(exactly("14400.00"));
    assertThat(stacked.get(0).amount()).isEqualTo(exactly("0"));
    // and with a fee of 10,000 paid on 2023-07-15 besides B's interest, the fee's part stays: the outcome equals the
    // tech-SME outcome of the fee alone
    List<FeePayment> fee = List.of(new FeePayment("G1", LocalDate.of(2023, 7, 15), Cny.of("10000")));
    MeasureOutcome feeAndB = apply(firm("0").loans(List.of(b)).interestPayments(List.of(interest("IB", "B", "10000")))
        .guaranteeFeePayments(fee).build(), false, EngineOptions.DEFAULTS, FIRST, TECH).get(1);
    MeasureOutcome feeOnly = outcomes(firm("0").loans(List.of(b)).interestPayments(List.of())
        .guaranteeFeePayments(fee).build(), false, FIRST, TECH).get(1);
    assertThat(feeAndB.amount()).isEqualTo(feeOnly.amount());
    assertThat(feeOnly.amount().minimum().isPositive()).isTrue();
  }

  @Test
  void test_aLoanWhoseFlagIsNotGiven_withoutTheStacking_theTechSmeLeastLeavesItOut() {
    // a firm that is no first-time borrower: no first-loan subsidy (第5条 首次获得贷款; ineligible, not counted), so the
    // stacking does not run. Loan B's subsidisedUnderAnotherMunicipalScheme is not given: were B subsidised elsewhere,
    // it would take neither subsidy (§1.7, as in the test above: 0.00), so the tech-SME subsidy on its 10,000 of
    // interest is 0 – 80% × 10,000 = 0 – 8,000.00 (第13条), undetermined on B's flag. Before the fix: 8,000.00 exactly.
    LoanFacts b = loan("B").subsidisedUnderAnotherMunicipalScheme(Optional.empty()).build();
    EnterpriseProfile alone = firm("0").firstTimeBorrower(false).loans(List.of(b))
        .interestPayments(List.of(interest("IB", "B", "10000"))).build();
    List<MeasureOutcome> before = outcomes(alone, false, FIRST, TECH);
    assertThat(before.get(0).countedInTotal()).isFalse();
    assertThat(before.get(1).amount()).isEqualTo(exactly("8000.00"));
    List<MeasureOutcome> after = apply(alone, false, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(after.get(0)).isEqualTo(before.get(0));
    assertThat(after.get(1).verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(after.get(1).amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("8000.00")));
    assertThat(after.get(1).missingFacts()).containsExactly("/loans/0/subsidisedUnderAnotherMunicipalScheme");
    Reason note = after.get(1).notes().stream().filter(n -> n.code().equals("one-interest-subsidy-per-loan"))
        .findFirst().orElseThrow();
    assertThat(note.message().en()).contains("whether loan(s) B already receive another municipal interest subsidy");
    assertThat(note.message().zh()).contains("未提供贷款 B 是否已享受其他市级财政贴息");
    MeasureOutcome explained = apply(alone, true, EngineOptions.DEFAULTS, FIRST, TECH).get(1);
    assertThat(explained.amount()).isEqualTo(after.get(1).amount());
    assertThat(explained.missingFacts()).isEqualTo(after.get(1).missingFacts());
    // the flag given decides it: false pays 8,000.00, true nothing (each the least or the most of the range)
    assertThat(apply(firm("0").firstTimeBorrower(false).loans(List.of(loan("B").build()))
        .interestPayments(List.of(interest("IB", "B", "10000"))).build(), false, EngineOptions.DEFAULTS, FIRST, TECH)
        .get(1).amount()).isEqualTo(exactly("8000.00"));
    // with A (flag false, 18,000 of interest: 80% = 14,400.00) before B (index 1): sure of A's 14,400.00, so eligible
    // with the range 14,400.00 – 22,400.00 (decisions register §4.6 item 42), naming B's flag only
    EnterpriseProfile withA = firm("0").firstTimeBorrower(false).loans(List.of(loan("A").build(), b))
        .interestPayments(List.of(interest("IA", "A", "18000"), interest("IB", "B", "10000"))).build();
    MeasureOutcome two = apply(withA, false, EngineOptions.DEFAULTS, FIRST, TECH).get(1);
    assertThat(two.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(two.amount()).isEqualTo(OutcomeAmount.between(Cny.of("14400.00"), Cny.of("22400.00")));
    assertThat(two.missingFacts()).containsExactly("/loans/1/subsidisedUnderAnotherMunicipalScheme");
    // and with A subsidised elsewhere too: A's interest out of both ends, B's out of the least: 0 – 8,000.00
    EnterpriseProfile aElsewhere = firm("0").firstTimeBorrower(false)
        .loans(List.of(loan("A").subsidisedUnderAnotherMunicipalScheme(true).build(), b))
        .interestPayments(List.of(interest("IA", "A", "18000"), interest("IB", "B", "10000"))).build();
    MeasureOutcome neither = apply(aElsewhere, false, EngineOptions.DEFAULTS, FIRST, TECH).get(1);
    assertThat(neither.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("8000.00")));
    assertThat(neither.missingFacts()).containsExactly("/loans/1/subsidisedUnderAnotherMunicipalScheme");
  }

  @Test
  void test_unchanged_withoutAPair() {
    // a first-loan outcome alone, or a second first-loan outcome once the tech-SME one is paired, is left as it is
    EnterpriseProfile profile = firm("18000").build();
    assertThat(apply(profile, false, EngineOptions.DEFAULTS, FIRST))
        .isEqualTo(outcomes(profile, false, FIRST));
    List<MeasureOutcome> before = outcomes(profile, false, FIRST, FIRST, TECH);
    List<MeasureOutcome> after = apply(profile, false, EngineOptions.DEFAULTS, FIRST, FIRST, TECH);
    assertThat(after.get(0).amount()).isEqualTo(exactly("0"));
    assertThat(after.get(1)).isEqualTo(before.get(1));
    assertThat(after.get(2).amount()).isEqualTo(exactly("14400.00"));
  }

  @Test
  void test_twoLoans_theNoteNamesEach() {
    // L1 and L2 alike: each first-loan 10,055.56 against tech-SME 80% × 18,000 = 14,400.00; the larger, tech-SME,
    // takes both: 28,800.00 (under the 1,000,000 yearly cap), first-loan 0
    EnterpriseProfile profile = firm("18000").loans(List.of(loan("L1").build(), loan("L2").build()))
        .interestPayments(List.of(interest("I1", "L1", "18000"), interest("I2", "L2", "18000"))).build();
    List<MeasureOutcome> after = apply(profile, false, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(after.get(0).amount()).isEqualTo(exactly("0"));
    assertThat(after.get(1).amount()).isEqualTo(exactly("28800.00"));
    Reason note = after.get(0).notes().get(0);
    assertThat(note.message().en()).startsWith("one municipal interest subsidy per loan (precedence FIRST_CLAIMED): "
        + "loan L1: ").contains("; loan L2: ").doesNotContain(": ; ");
    assertThat(note.message().zh()).startsWith("同一笔贷款只能享受一次市级贴息（适用顺序 FIRST_CLAIMED）：贷款 L1 ")
        .contains("；贷款 L2 ");
  }

  @Test
  void test_precedence_theDefaultIsNotAnOverride() {
    // the engine's default precedence reaches the stacking as its own default, not as a caller's choice
    List<MeasureOutcome> after = apply(firm("18000").build(), true, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(after.get(0).explanation().stepsOf(DefaultUsedStep.class))
        .filteredOn(step -> step.option().en().equals("precedence when both qualify")).singleElement()
        .satisfies(step -> assertThat(step.overridden()).isFalse());
    EngineOptions larger = EngineOptions.DEFAULTS.withInterestSubsidyPrecedence(StackingPrecedence.LARGER);
    assertThat(apply(firm("18000").build(), true, larger, FIRST, TECH).get(0).explanation()
        .stepsOf(DefaultUsedStep.class))
        .filteredOn(step -> step.option().en().equals("precedence when both qualify")).singleElement()
        .satisfies(step -> assertThat(step.overridden()).isTrue());
  }

  @Test
  void test_techSmeCapBinds_theLimitKept() {
    // 80% × 1,300,000 = 1,040,000 → 1,000,000 a year (第十四条(四)), more than first-loan 10,055.56: tech-SME takes L1
    // at its cap, which binds; first-loan 0
    List<MeasureOutcome> after = apply(firm("1300000").build(), false, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(after.get(0).amount()).isEqualTo(exactly("0"));
    assertThat(after.get(1).amount()).isEqualTo(exactly("1000000.00"));
    assertThat(after.get(1).bindingLimit()).hasValueSatisfying(
        limit -> assertThat(limit.code()).isEqualTo("cap-per-enterprise-per-year"));
  }

  @Test
  void test_techSmeWidening_keptWithinItsOwnMost() {
    // received 2,985,000 of the 3,000,000 programme cap: 15,000 left. With no fee, tech-SME takes L1 (80% × 18,000
    // = 14,400.00 > 10,055.56); guarantee fees not given could add up to their 300,000 yearly cap, never above the
    // 15,000 left. But the fees' items take the cap first: a fee of 20,000 paid (50%, 10,000.00) leaves 5,000.00 of
    // it for L1, less than 第5条's 10,055.56, which then takes L1 (first-loan 10,055.56, tech-SME 10,000.00). So
    // first-loan 0 – 10,055.56 and tech-SME to 15,000.00, from 0 (its least lowered by L1's 14,400.00: too wide,
    // never too narrow; decisions register §4.6 item 110). Before 2026-12-06: first-loan 0 exactly and tech-SME
    // 14,400.00 – 15,000.00, excluding the firm with that fee
    EnterpriseProfile profile = firm("18000").techSmeSubsidyReceived(Cny.of("2985000"))
        .guaranteeFeePayments(Optional.empty()).build();
    List<MeasureOutcome> after = apply(profile, false, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(after.get(0).amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("10055.56")));
    assertThat(after.get(0).missingFacts()).containsExactly("/guaranteeFeePayments");
    assertThat(after.get(1).amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("15000.00")));
    EnterpriseProfile withFee = firm("18000").techSmeSubsidyReceived(Cny.of("2985000"))
        .guaranteeFeePayments(List.of(new FeePayment("G1", LocalDate.of(2023, 3, 1), Cny.of("20000")))).build();
    List<MeasureOutcome> fee = apply(withFee, false, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(fee.get(0).amount()).isEqualTo(exactly("10055.56"));
    assertThat(fee.get(1).amount()).isEqualTo(exactly("10000.00"));
    // what was received not known: the tech-SME subsidy is from zero (and the first-loan one, next test, open)
    EnterpriseProfile received = firm("18000").techSmeSubsidyReceived(Optional.empty()).build();
    List<MeasureOutcome> open = apply(received, false, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(Cny.yuan(open.get(1).amount().minimum(), "minimum")).isEqualByComparingTo("0");
  }

  @Test
  void test_receivedNotKnown_theFirstLoanSubsidyMayYetTakeTheLoan() {
    // what the programme already paid is not known: its 3,000,000 cap (2020 办法 第十四条(四)) may be spent, and a
    // spent cap pays nothing (decisions register §4.1 items 8 and 10), so tech-SME pays 0 to 14,400.00 on L1 and
    // the larger of the two is not known. L1 is the first-loan subsidy's (10,055.56, 第5条: 1,000,000 × 2% × 181/360)
    // when less than 10,055.56 of the cap is left: first-loan 0 to 10,055.56, undetermined, both naming the fact
    EnterpriseProfile profile = firm("18000").techSmeSubsidyReceived(Optional.empty()).build();
    List<MeasureOutcome> after = apply(profile, false, EngineOptions.DEFAULTS, FIRST, TECH);
    MeasureOutcome first = after.get(0);
    MeasureOutcome tech = after.get(1);
    assertThat(first.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("10055.56")));
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(first.missingFacts()).containsExactly("/techSmeSubsidyReceived");
    assertThat(tech.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("14400.00")));
    assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(tech.missingFacts()).containsExactly("/techSmeSubsidyReceived");
    assertThat(first.notes()).filteredOn(n -> n.code().equals("one-interest-subsidy-per-loan")).singleElement()
        .satisfies(note -> assertThat(note.message().en()).contains("/techSmeSubsidyReceived")
            .contains("the first-loan subsidy applies on loan(s) L1"));
    // the first-loan subsidy larger (80% × 10,000 = 8,000.00 < 10,055.56): it takes L1 whatever was received
    List<MeasureOutcome> smaller = apply(firm("10000").techSmeSubsidyReceived(Optional.empty()).build(), false,
        EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(smaller.get(0).amount()).isEqualTo(exactly("10055.56"));
    assertThat(smaller.get(0).missingFacts()).isEmpty();
  }

  @Test
  void test_contested_undeterminedOnlyWhenTheOutcomeMayGetNothing() {
    // L1's lender not known: first-loan 10,055.56 on it if a Shenzhen bank; tech-SME 80% × 10,000 = 8,000.00 < that,
    // so the choice waits on /loans/0/lenderRegionCode. L2 (no claimed interest) is the first-loan subsidy's:
    // first-loan 10,055.56 to 20,111.12, eligible (sure of L2's 10,055.56: decisions register §4.6 item 42; it was
    // undetermined before the QA audit); tech-SME 0 to 8,000.00, undetermined (it may get nothing)
    EnterpriseProfile profile = firm("10000").loans(List.of(loan("L1").lenderRegionCode(Optional.empty()).build(),
        loan("L2").build())).build();
    List<MeasureOutcome> before = outcomes(profile, false, FIRST, TECH);
    assertThat(before.get(0).missingFacts()).containsExactly("/loans/0/lenderRegionCode");
    List<MeasureOutcome> after = apply(profile, false, EngineOptions.DEFAULTS, FIRST, TECH);
    assertThat(after.get(0).verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(after.get(0).amount()).isEqualTo(OutcomeAmount.between(Cny.of("10055.56"), Cny.of("20111.12")));
    assertThat(after.get(0).missingFacts()).containsExactly("/loans/0/lenderRegionCode");
    assertThat(after.get(1).verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(after.get(1).amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("8000.00")));
    assertThat(after.get(1).missingFacts()).containsExactly("/loans/0/lenderRegionCode");
  }
}
