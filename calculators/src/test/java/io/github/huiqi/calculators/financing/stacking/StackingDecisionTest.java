package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomesOf;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.techsme.TechSmeFixtures;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Every path of the choice between the two municipal interest subsidies on one loan ("同一笔贷款只能享受一次贴息政策"):
 * the tie, the claimed subsidy still undetermined, the other one undetermined, both undetermined, and the outcome of
 * the "one municipal interest subsidy" condition each path shows (MET when one applies, UNKNOWN while a fact is
 * missing, NOT_MET when neither may be paid), with the citation it rests on.
 *
 * <p>The loan is 1,000,000 drawn 2023-01-15 at 3.65%: first-loan subsidy 1,000,000 × 2% × 181/360 = 10,055.56
 * (深工信〔2023〕26号 第5条, six months to 2023-07-15). Tech-SME subsidy 80% of the 2023 interest (第13条): 12,569.45 of
 * interest gives 12,569.45 × 80% = 10,055.56, the same amount; 18,000 gives 14,400.00; 10,000 gives 8,000.00.
 */
class StackingDecisionTest {

  private static final String ONE_SUBSIDY = "gets one municipal interest subsidy";
  /** 12,569.45 × 80% = 10,055.56: the same as the first-loan subsidy. */
  private static final String TIE_INTEREST = "12569.45";

  private static EnterpriseFacts.Builder enrolled() {
    return FirstLoanFixtures.firm().enrolledTechSme(true);
  }

  private static StackingResult explain(EnterpriseFacts firm, LoanFacts loan, String interest,
      List<StackingClaim> claims, StackingPrecedence precedence) {
    TechSmeInterestItem item = TechSmeInterestItem.of("I1", loan.loanId(), LocalDate.of(2023, 1, 15),
        LocalDate.of(2023, 7, 15), LocalDate.of(2023, 7, 15), Cny.of(interest));
    StackingRequest request = StackingRequest.builder().enterprise(firm).loans(List.of(loan)).interest(List.of(item))
        .programmeTotalReceived(Cny.ZERO).firstClaims(claims)
        .options(Optional.ofNullable(precedence).map(StackingOptions.DEFAULTS::withPrecedence)).build();
    return StackingCalculator.DEFAULT.explainTotalSubsidy(FirstLoanFixtures.MEASURE, TechSmeFixtures.MEASURE,
        request);
  }

  private static StackingResult explain(EnterpriseFacts firm, LoanFacts loan, String interest) {
    return explain(firm, loan, interest, List.of(), null);
  }

  private static LoanFacts loan() {
    return FirstLoanFixtures.loan("L1").build();
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  private static ConditionStep oneSubsidyStep(StackingResult result) {
    return result.explanation().stepsOf(ConditionStep.class).stream()
        .filter(step -> step.condition().en().contains(ONE_SUBSIDY)).findFirst().orElseThrow();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_tie_bothQualify_theFirstLoanSubsidy() {
    // 10,055.56 each, neither claimed: "the larger" is a tie, and the first-loan subsidy is taken
    StackingResult result = explain(enrolled().build(), loan(), TIE_INTEREST);
    StackingLoanDecision decision = result.loans().get(0);
    assertThat(yuan(decision.techSmeCandidate())).isEqualByComparingTo("10055.56");
    assertThat(decision.applies()).contains(StackingScheme.FIRST_LOAN);
    assertThat(decision.ground()).isEqualTo(StackingGround.NO_CLAIM_LARGER);
    assertThat(yuan(result.total())).isEqualByComparingTo("10055.56");
    assertOutcomesOf(result.explanation(), ONE_SUBSIDY, MET);
    // the tie-break is the library's default (decisions register §4.1 item 10), cited as such
    assertThat(oneSubsidyStep(result).citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
    // the same with LARGER chosen by the host
    StackingResult larger = explain(enrolled().build(), loan(), TIE_INTEREST, List.of(), StackingPrecedence.LARGER);
    assertThat(larger.loans().get(0).applies()).contains(StackingScheme.FIRST_LOAN);
    assertThat(larger.loans().get(0).ground()).isEqualTo(StackingGround.LARGER);
    assertThat(oneSubsidyStep(larger).citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
    // the same options set on a built request
    TechSmeInterestItem item = TechSmeInterestItem.of("I1", "L1", LocalDate.of(2023, 1, 15), LocalDate.of(2023, 7, 15),
        LocalDate.of(2023, 7, 15), Cny.of("18000"));
    StackingRequest claimed = StackingRequest.builder().enterprise(enrolled().build()).loans(List.of(loan()))
        .interest(List.of(item)).programmeTotalReceived(Cny.ZERO)
        .firstClaims(List.of(StackingClaim.of("L1", StackingScheme.FIRST_LOAN))).build()
        .withOptions(StackingOptions.DEFAULTS.withPrecedence(StackingPrecedence.LARGER));
    // LARGER: 14,400.00 > 10,055.56 though the first-loan subsidy was claimed first
    assertThat(StackingCalculator.DEFAULT.explainTotalSubsidy(FirstLoanFixtures.MEASURE, TechSmeFixtures.MEASURE,
        claimed).loans().get(0).applies()).contains(StackingScheme.TECH_SME);
  }

  @Test
  void test_tie_techUndetermined_firstLoanStands() {
    // enrolment unknown: the tech-SME subsidy could be 10,055.56, no more than the first-loan one, so on a tie the
    // first-loan subsidy applies whatever the fact turns out to be
    StackingResult result = explain(FirstLoanFixtures.firm().build(), loan(), TIE_INTEREST);
    StackingLoanDecision decision = result.loans().get(0);
    assertThat(decision.techSmeVerdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.applies()).contains(StackingScheme.FIRST_LOAN);
    assertThat(decision.ground()).isEqualTo(StackingGround.NO_CLAIM_LARGER);
    assertThat(result.missingFacts()).isEmpty();
    assertOutcomesOf(result.explanation(), ONE_SUBSIDY, MET);
  }

  @Test
  void test_tie_firstLoanUndetermined_waitsForTheFact() {
    // 首贷户 unknown: the first-loan subsidy could be 10,055.56, the same as the tech-SME one it would win a tie
    // against, so the choice waits for the fact
    StackingResult result = explain(enrolled().firstTimeBorrower(Optional.empty()).build(), loan(), TIE_INTEREST);
    StackingLoanDecision decision = result.loans().get(0);
    assertThat(decision.firstLoanVerdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.techSmeVerdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(decision.applies()).isEmpty();
    assertThat(decision.ground()).isEqualTo(StackingGround.UNDETERMINED);
    assertThat(decision.missingFacts()).containsExactly("/enterprise/firstTimeBorrower");
    assertThat(yuan(decision.paid())).isZero();
    assertOutcomesOf(result.explanation(), ONE_SUBSIDY, UNKNOWN);
    assertThat(oneSubsidyStep(result).condition().en())
        .contains("to be decided once these facts are given: /enterprise/firstTimeBorrower");
  }

  @Test
  void test_firstLoanUndetermined_techLarger_techApplies() {
    // 首贷户 unknown, tech-SME 14,400.00 > 10,055.56: the tech-SME subsidy applies whatever the fact
    StackingResult result = explain(enrolled().firstTimeBorrower(Optional.empty()).build(), loan(), "18000");
    assertThat(result.loans().get(0).applies()).contains(StackingScheme.TECH_SME);
    assertThat(yuan(result.total())).isEqualByComparingTo("14400.00");
    assertOutcomesOf(result.explanation(), ONE_SUBSIDY, MET);
  }

  @Test
  void test_bothUndetermined_namesEachFactOnce() {
    // another municipal subsidy on the loan not known: both subsidies undetermined, the same fact named once
    LoanFacts unknownOther = FirstLoanFixtures.loan("L1").subsidisedUnderAnotherMunicipalScheme(Optional.empty())
        .build();
    StackingResult result = explain(enrolled().build(), unknownOther, "18000");
    StackingLoanDecision decision = result.loans().get(0);
    assertThat(decision.firstLoanVerdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.techSmeVerdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.ground()).isEqualTo(StackingGround.UNDETERMINED);
    assertThat(decision.missingFacts()).containsExactly("/loans/0/subsidisedUnderAnotherMunicipalScheme");
    assertOutcomesOf(result.explanation(), ONE_SUBSIDY, UNKNOWN);
    // and with the firm's enrolment unknown too: the loan's fact, then the firm's
    StackingResult both = explain(FirstLoanFixtures.firm().build(), unknownOther, "18000");
    assertThat(both.loans().get(0).missingFacts())
        .containsExactly("/loans/0/subsidisedUnderAnotherMunicipalScheme", "/enterprise/enrolledTechSme");
  }

  @Test
  void test_claimedTech_undetermined_waits() {
    // the tech-SME subsidy was claimed first but the enrolment is unknown: the claim cannot stand yet
    StackingResult result = explain(FirstLoanFixtures.firm().build(), loan(), "18000",
        List.of(StackingClaim.of("L1", StackingScheme.TECH_SME)), null);
    StackingLoanDecision decision = result.loans().get(0);
    assertThat(decision.ground()).isEqualTo(StackingGround.UNDETERMINED);
    assertThat(decision.missingFacts()).containsExactly("/enterprise/enrolledTechSme");
    assertOutcomesOf(result.explanation(), ONE_SUBSIDY, UNKNOWN);
  }

  @Test
  void test_claimedTech_stands_evenWhenSmaller() {
    // the tech-SME subsidy (8,000.00) was claimed first: it stands against the larger first-loan one (10,055.56)
    StackingResult result = explain(enrolled().build(), loan(), "10000",
        List.of(StackingClaim.of("L1", StackingScheme.TECH_SME)), null);
    StackingLoanDecision decision = result.loans().get(0);
    assertThat(decision.applies()).contains(StackingScheme.TECH_SME);
    assertThat(decision.ground()).isEqualTo(StackingGround.FIRST_CLAIMED);
    assertThat(yuan(result.total())).isEqualByComparingTo("8000.00");
    assertOutcomesOf(result.explanation(), ONE_SUBSIDY, MET);
    // the one-subsidy rule of the 2022 first-loan rules, not the library's default, decides it
    assertThat(oneSubsidyStep(result).citation().provenance()).isEqualTo(Provenance.EXTERNAL_INSTRUMENT);
    // the first-loan subsidy undetermined (首贷户 unknown) does not shake the claim either
    StackingResult possible = explain(enrolled().firstTimeBorrower(Optional.empty()).build(), loan(), "10000",
        List.of(StackingClaim.of("L1", StackingScheme.TECH_SME)), null);
    assertThat(possible.loans().get(0).ground()).isEqualTo(StackingGround.FIRST_CLAIMED);
  }

  @Test
  void test_claimRecordedOnTheLoan_readAsAFirstClaim_aDisagreeingClaimRefused() {
    // the loan's own interestSubsidyClaimedFirst (as a profile records it, register §4.6 item 72) is a first claim:
    // the tech-SME subsidy's 8,000.00 stands against the first-loan subsidy's 10,055.56, as with firstClaims
    LoanFacts claimed = FirstLoanFixtures.loan("L1").interestSubsidyClaimedFirst(StackingScheme.TECH_SME)
        .build();
    StackingResult result = explain(enrolled().build(), claimed, "10000");
    assertThat(result.loans().get(0).applies()).contains(StackingScheme.TECH_SME);
    assertThat(result.loans().get(0).ground()).isEqualTo(StackingGround.FIRST_CLAIMED);
    assertThat(yuan(result.total())).isEqualByComparingTo("8000.00");
    // under LARGER it is not read: 10,055.56 > 8,000.00
    assertThat(yuan(explain(enrolled().build(), claimed, "10000", List.of(), StackingPrecedence.LARGER).total()))
        .isEqualByComparingTo("10055.56");
    // the same claim twice is one claim; a firstClaims entry saying otherwise is refused, naming both fields
    assertThat(yuan(explain(enrolled().build(), claimed, "10000",
        List.of(StackingClaim.of("L1", StackingScheme.TECH_SME)), null).total())).isEqualByComparingTo("8000.00");
    assertThatThrownBy(() -> explain(enrolled().build(), claimed, "10000",
        List.of(StackingClaim.of("L1", StackingScheme.FIRST_LOAN)), null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("firstClaims/0/subsidy");
          assertThat(ex.relatedFields()).containsExactly("loans/0/interestSubsidyClaimedFirst");
        });
  }

  @Test
  void test_claimedOpen_otherOpenToo_bothFactsNamed() {
    // the tech-SME subsidy claimed first with the enrolment unknown, and the first-loan subsidy open on 首贷户: the
    // claim stands if the firm is enrolled; if not, the first-loan subsidy takes the loan if the firm is a first-time
    // borrower: both facts can decide, so both are named
    StackingResult result = explain(FirstLoanFixtures.firm().firstTimeBorrower(Optional.empty()).build(), loan(),
        "10000", List.of(StackingClaim.of("L1", StackingScheme.TECH_SME)), null);
    assertThat(result.loans().get(0).ground()).isEqualTo(StackingGround.UNDETERMINED);
    assertThat(result.loans().get(0).missingFacts())
        .containsExactly("/enterprise/enrolledTechSme", "/enterprise/firstTimeBorrower");
  }

  @Test
  void test_claimedTech_butIneligible_theFirstLoanByTheLarger() {
    // claimed under the tech-SME subsidy, but the firm is not enrolled: the claim falls, the first-loan subsidy is
    // the only one left
    StackingResult result = explain(FirstLoanFixtures.firm().enrolledTechSme(false).build(), loan(), "18000",
        List.of(StackingClaim.of("L1", StackingScheme.TECH_SME)), null);
    assertThat(result.loans().get(0).applies()).contains(StackingScheme.FIRST_LOAN);
    assertThat(result.loans().get(0).ground()).isEqualTo(StackingGround.ONLY_CANDIDATE);
    assertThat(yuan(result.total())).isEqualByComparingTo("10055.56");
  }

  @Test
  void test_neither_notMet() {
    // a third municipal subsidy on the loan: neither may be paid, NOT_MET
    StackingResult result = explain(enrolled().build(),
        FirstLoanFixtures.loan("L1").subsidisedUnderAnotherMunicipalScheme(true).build(), "18000");
    assertOutcomesOf(result.explanation(), ONE_SUBSIDY, NOT_MET);
    assertThat(oneSubsidyStep(result).condition().en()).contains("neither subsidy applies");
    // the total is shown as 0 + 0
    CalculationStep total = result.explanation().stepsOf(CalculationStep.class)
        .get(result.explanation().stepsOf(CalculationStep.class).size() - 1);
    assertThat(total.formula()).isEqualTo("0 + 0");
  }

  @Test
  void test_explanation_holdsEachMeasuresOwnSteps() {
    // two loans: L1 claimed first under the first-loan subsidy, L2 (not a first drawdown) under the tech-SME one.
    // The explanation: the precedence; each loan's candidates and its one-subsidy condition; the first-loan
    // measure's own steps under a header; the tech-SME measure's under another; the total 10,055.56 + 14,400.00
    LoanFacts l2 = FirstLoanFixtures.loan("L2").firstDrawdownOfFirstContract(false).build();
    TechSmeInterestItem i1 = TechSmeInterestItem.of("I1", "L1", LocalDate.of(2023, 1, 15), LocalDate.of(2023, 7, 15),
        LocalDate.of(2023, 7, 15), Cny.of("18000"));
    TechSmeInterestItem i2 = TechSmeInterestItem.of("I2", "L2", LocalDate.of(2023, 1, 15), LocalDate.of(2023, 7, 15),
        LocalDate.of(2023, 7, 15), Cny.of("18000"));
    StackingRequest request = StackingRequest.builder().enterprise(enrolled().build()).loans(List.of(loan(), l2))
        .interest(List.of(i1, i2)).programmeTotalReceived(Cny.ZERO)
        .firstClaims(List.of(StackingClaim.of("L1", StackingScheme.FIRST_LOAN))).build();
    StackingResult result = StackingCalculator.DEFAULT.explainTotalSubsidy(FirstLoanFixtures.MEASURE,
        TechSmeFixtures.MEASURE, request);
    List<io.github.huiqi.core.result.ExplanationStep> steps = result.explanation().steps();
    assertThat(steps.get(0)).isInstanceOf(DefaultUsedStep.class);
    assertOutcomesOf(result.explanation(), ONE_SUBSIDY, MET, MET);
    // what is counted is said in the heading, in each language; the value is the count (once "1 loan(s)")
    assertThat(result.explanation().render(Locale.SIMPLIFIED_CHINESE)).contains("输入：—— 首贷贴息（适用的贷款笔数） = 1\n")
        .contains("（适用的贷款及保费、担保费；利息笔数） = 1\n").doesNotContain("loan(s)");
    assertThat(steps).containsSubsequence(result.firstLoan().orElseThrow().explanation().steps());
    assertThat(steps).containsSubsequence(result.techSme().orElseThrow().explanation().steps());
    // the two subsidies named in each reader's language, not both in the value (once "首贷/first-loan 10055.56 …")
    InputStep both = result.explanation().stepsOf(InputStep.class).get(0);
    assertThat(both.value()).isEqualTo("10055.56 (ELIGIBLE) / 14400.00 (ELIGIBLE)");
    assertThat(both.render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("输入：贷款 L1 的两项贴息（封顶前；首贷贴息 / 科技型中小企业贴息） = 10055.56 (ELIGIBLE) / 14400.00 (ELIGIBLE)");
    assertThat(both.render(Locale.ENGLISH)).isEqualTo("Input: loan L1: the two subsidies before caps "
        + "(first-loan / tech-SME) = 10055.56 (ELIGIBLE) / 14400.00 (ELIGIBLE)");
    assertThat(oneSubsidyStep(result).condition().zh()).contains("适用首贷贴息（已先申请");
    assertThat(result.loans().get(1).explanation().zh()).startsWith("适用科技型中小企业贴息");
    CalculationStep total = (CalculationStep) steps.get(steps.size() - 1);
    // 10,055.56 + 80% × 18,000 = 10,055.56 + 14,400.00 = 24,455.56
    assertThat(total.formula()).isEqualTo("10055.56 + 14400.00");
    assertThat(total.result()).isEqualByComparingTo("24455.56");
    assertThat(yuan(result.total())).isEqualByComparingTo("24455.56");
  }

  @Test
  void test_techSmeFeesUndetermined_nameTheFactThoughTheLoanIsDecided() {
    // enrolment unknown: on the loan the tech-SME subsidy (80% × 10,000 = 8,000.00) cannot beat 10,055.56, so the
    // first-loan subsidy applies; but a guarantee fee claimed under the tech-SME measure still waits for the
    // enrolment, which the result names
    TechSmeInterestItem item = TechSmeInterestItem.of("I1", "L1", LocalDate.of(2023, 1, 15), LocalDate.of(2023, 7, 15),
        LocalDate.of(2023, 7, 15), Cny.of("10000"));
    StackingRequest request = StackingRequest.builder().enterprise(FirstLoanFixtures.firm().build())
        .loans(List.of(loan())).interest(List.of(item))
        .guaranteeFees(List.of(TechSmeFixtures.fee("F1", LocalDate.of(2023, 5, 1), "10000")))
        .programmeTotalReceived(Cny.ZERO).build();
    StackingResult result = StackingCalculator.DEFAULT.explainTotalSubsidy(FirstLoanFixtures.MEASURE,
        TechSmeFixtures.MEASURE, request);
    assertThat(result.loans().get(0).applies()).contains(StackingScheme.FIRST_LOAN);
    assertThat(result.loans().get(0).missingFacts()).isEmpty();
    assertThat(result.missingFacts()).containsExactly("/enterprise/enrolledTechSme");
  }

  @Test
  void test_aZeroFirstLoanSubsidy_isNoCandidate() {
    // a loan of 0.01 drawn 2023-01-15: 0.01 × 2% × 181/360 = 0.0001 → 0.00, eligible but nothing to pay; the tech-SME
    // subsidy, 80% × 1.00 = 0.80, is then the only candidate, whether the first-loan one is eligible or undetermined
    LoanFacts tiny = FirstLoanFixtures.loan("L1").principal(Cny.of("0.01")).build();
    StackingResult eligible = explain(enrolled().build(), tiny, "1.00");
    assertThat(eligible.loans().get(0).firstLoanVerdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(yuan(eligible.loans().get(0).firstLoanCandidate())).isZero();
    assertThat(eligible.loans().get(0).applies()).contains(StackingScheme.TECH_SME);
    assertThat(eligible.loans().get(0).ground()).isEqualTo(StackingGround.ONLY_CANDIDATE);
    StackingResult undetermined = explain(enrolled().firstTimeBorrower(Optional.empty()).build(), tiny, "1.00");
    assertThat(undetermined.loans().get(0).firstLoanVerdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(undetermined.loans().get(0).ground()).isEqualTo(StackingGround.ONLY_CANDIDATE);
    assertThat(yuan(undetermined.total())).isEqualByComparingTo("0.80");
  }
}
