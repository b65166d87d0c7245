package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.techsme.TechSmeFixtures;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked stacking of the two municipal interest subsidies: "同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门财政
 * 贴息" (2022 首贷 rules, domain reference §1.7); precedence default per §4.1 item 10. First-loan amounts follow
 * 第5条 (principal × 2% × days ÷ 360, at most 6 months, 200,000 per enterprise); tech-SME amounts 第13条 (80% of 2023
 * interest) and 第十四条 (1,000,000 a year).
 */
class StackingCalculatorTest {

  private static final StackingCalculator STACKING = StackingCalculator.DEFAULT;

  private static EnterpriseFacts.Builder firm() {
    return FirstLoanFixtures.firm().enrolledTechSme(true);
  }

  /** 1,000,000 drawn 2023-01-15: 6 months to 2023-07-15 = 181 days; 1,000,000 × 2% × 181/360 = 10,055.56. */
  private static LoanFacts.Builder loan(String id) {
    return FirstLoanFixtures.loan(id);
  }

  private static TechSmeInterestItem interest(String id, String loanId, String amount, LocalDate paid) {
    return TechSmeInterestItem.of(id, loanId, LocalDate.of(2023, 1, 15), paid, paid, Cny.of(amount));
  }

  private static StackingRequest request(EnterpriseFacts firm, List<LoanFacts> loans,
      List<TechSmeInterestItem> interest, List<StackingClaim> claims, StackingPrecedence precedence) {
    return StackingRequest.builder().enterprise(firm).loans(loans).interest(interest).programmeTotalReceived(Cny.ZERO)
        .firstClaims(claims).options(Optional.ofNullable(precedence).map(StackingOptions.DEFAULTS::withPrecedence))
        .build();
  }

  private static StackingResult explain(StackingRequest request) {
    return STACKING.explainTotalSubsidy(FirstLoanFixtures.MEASURE, TechSmeFixtures.MEASURE, request);
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  /** L1 as above, with 18,000 of 2023 interest paid 2023-07-15: tech-SME 80% × 18,000 = 14,400.00. */
  private static StackingRequest bothQualify(List<StackingClaim> claims,
      StackingPrecedence precedence) {
    return request(firm().build(), List.of(loan("L1").build()),
        List.of(interest("I1", "L1", "18000", LocalDate.of(2023, 7, 15))), claims, precedence);
  }

  @Test
  void test_bothQualify_noClaim_defaultTakesTheLarger() {
    // first-loan 10,055.56 vs tech-SME 14,400.00: neither claimed, so the larger, tech-SME (§4.1 item 10 default)
    StackingResult result = explain(bothQualify(List.of(), null));
    StackingLoanDecision l1 = result.loans().get(0);
    assertThat(yuan(l1.firstLoanCandidate())).isEqualByComparingTo("10055.56");
    assertThat(yuan(l1.techSmeCandidate())).isEqualByComparingTo("14400.00");
    assertThat(l1.applies()).contains(StackingScheme.TECH_SME);
    assertThat(l1.ground()).isEqualTo(StackingGround.NO_CLAIM_LARGER);
    assertThat(yuan(l1.paid())).isEqualByComparingTo("14400.00");
    assertThat(yuan(result.firstLoanTotal())).isEqualByComparingTo("0");
    assertThat(yuan(result.techSmeTotal())).isEqualByComparingTo("14400.00");
    assertThat(yuan(result.total())).isEqualByComparingTo("14400.00");
    assertThat(result.firstLoan()).isEmpty();
    assertThat(result.missingFacts()).isEmpty();
    assertThat(result.explanation().stepsOf(DefaultUsedStep.class).get(0).value()).isEqualTo("FIRST_CLAIMED");
  }

  @Test
  void test_techSmeProgrammeCapSpent_theFirstLoanSubsidyTakesTheLoan() {
    // first-loan 10,055.56 vs tech-SME 80% × 18,000 = 14,400.00 before caps; but the enterprise has received the
    // 办法's 3,000,000 over the programme (第十四条(四)), so the tech-SME subsidy can pay nothing more: the larger of
    // what each can pay is the first-loan subsidy's 10,055.56 (before: the tech-SME one was chosen and paid 0)
    StackingRequest request = StackingRequest.builder().from(bothQualify(List.of(), null))
        .programmeTotalReceived(Cny.of("3000000")).build();
    StackingResult result = explain(request);
    StackingLoanDecision l1 = result.loans().get(0);
    assertThat(yuan(l1.techSmeCandidate())).isEqualByComparingTo("14400.00");
    assertThat(l1.applies()).contains(StackingScheme.FIRST_LOAN);
    assertThat(l1.ground()).isEqualTo(StackingGround.NO_CLAIM_LARGER);
    assertThat(yuan(l1.paid())).isEqualByComparingTo("10055.56");
    assertThat(yuan(result.total())).isEqualByComparingTo("10055.56");
    assertThat(l1.explanation().in(Locale.ENGLISH)).contains("tech-SME 14400.00, within its cap 0.00");
  }

  @Test
  void test_firstLoanCapSpentByAnEarlierLoan_theTechSmeSubsidyTakesTheNext() {
    // L1 20,000,000 from 2023-01-15, 181 days: 20,000,000 × 2% × 181/360 = 201,111.11 → the 200,000 cap (第5条);
    // L2 10,000,000 from 2023-01-20 to 2023-07-20, 181 days: 100,555.56 before the cap, but L1 leaves nothing of it;
    // tech-SME on L2: 80% × 50,000 = 40,000.00. L1 takes the first-loan subsidy (200,000 against no tech-SME
    // interest), L2 the tech-SME one (40,000 against 0 within the cap): 240,000.00 (before: 200,000.00)
    LoanFacts l1 = loan("L1").principal(Cny.of("20000000")).build();
    LoanFacts l2 = loan("L2").principal(Cny.of("10000000")).drawdownDate(LocalDate.of(2023, 1, 20))
        .maturityDate(LocalDate.of(2024, 1, 20)).build();
    StackingResult result = explain(request(firm().build(), List.of(l1, l2),
        List.of(interest("I2", "L2", "50000", LocalDate.of(2023, 7, 15))), List.of(), null));
    assertThat(result.loans().get(0).applies()).contains(StackingScheme.FIRST_LOAN);
    assertThat(result.loans().get(1).applies()).contains(StackingScheme.TECH_SME);
    assertThat(yuan(result.firstLoanTotal())).isEqualByComparingTo("200000.00");
    assertThat(yuan(result.techSmeTotal())).isEqualByComparingTo("40000.00");
    assertThat(yuan(result.total())).isEqualByComparingTo("240000.00");
    // with 375,000 of interest on L1 too (80%: 300,000.00), L1 takes the tech-SME subsidy (300,000 against the
    // first-loan 200,000 within its cap), which leaves the whole first-loan cap to L2: 100,555.56 against 40,000;
    // 300,000.00 + 100,555.56 = 400,555.56
    StackingResult both = explain(request(firm().build(), List.of(l1, l2),
        List.of(interest("I1", "L1", "375000", LocalDate.of(2023, 7, 15)),
            interest("I2", "L2", "50000", LocalDate.of(2023, 7, 15))), List.of(), null));
    assertThat(both.loans().get(0).applies()).contains(StackingScheme.TECH_SME);
    assertThat(both.loans().get(1).applies()).contains(StackingScheme.FIRST_LOAN);
    assertThat(yuan(both.total())).isEqualByComparingTo("400555.56");
  }

  @Test
  void test_bothQualify_firstLoanClaimedFirst_firstLoanStands() {
    // the first-loan subsidy was claimed first: it stands, 10,055.56, though the tech-SME one would be larger
    StackingRequest request = bothQualify(
        List.of(StackingClaim.of("L1", StackingScheme.FIRST_LOAN)), null);
    StackingResult result = explain(request);
    assertThat(result.loans().get(0).applies()).contains(StackingScheme.FIRST_LOAN);
    assertThat(result.loans().get(0).ground()).isEqualTo(StackingGround.FIRST_CLAIMED);
    assertThat(yuan(result.total())).isEqualByComparingTo("10055.56");
    assertThat(result.techSme()).isEmpty();
    assertThat(yuan(STACKING.totalSubsidy(FirstLoanFixtures.MEASURE, TechSmeFixtures.MEASURE, request)))
        .isEqualByComparingTo("10055.56");
    String zh = result.explanation().render(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh).contains("同一笔贷款只能享受一次贴息政策").contains("已先申请").contains("深工信〔2023〕26号 第5条");
  }

  @Test
  void test_bothQualify_largerOption_overridesTheClaim() {
    // LARGER: 14,400.00 > 10,055.56, whichever was claimed first
    StackingResult result = explain(bothQualify(
        List.of(StackingClaim.of("L1", StackingScheme.FIRST_LOAN)), StackingPrecedence.LARGER));
    assertThat(result.loans().get(0).applies()).contains(StackingScheme.TECH_SME);
    assertThat(result.loans().get(0).ground()).isEqualTo(StackingGround.LARGER);
    assertThat(yuan(result.total())).isEqualByComparingTo("14400.00");
    assertThat(result.explanation().stepsOf(DefaultUsedStep.class).get(0).overridden()).isTrue();
  }

  @Test
  void test_onlyOneQualifies() {
    // L2 is not the first drawdown of the first contract: no first-loan subsidy; tech-SME 80% × 5,000 = 4,000.00
    StackingResult result = explain(request(firm().build(),
        List.of(loan("L2").firstDrawdownOfFirstContract(false).build()),
        List.of(interest("I1", "L2", "5000", LocalDate.of(2023, 4, 15))), List.of(), null));
    StackingLoanDecision l2 = result.loans().get(0);
    assertThat(l2.firstLoanVerdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(l2.applies()).contains(StackingScheme.TECH_SME);
    assertThat(l2.ground()).isEqualTo(StackingGround.ONLY_CANDIDATE);
    assertThat(yuan(result.total())).isEqualByComparingTo("4000.00");
  }

  @Test
  void test_claimedButTheOtherDoesNotQualify_onlyCandidate() {
    // claimed under the first-loan subsidy, and the firm is not an enrolled tech SME (第13条): no choice to make
    StackingResult result = explain(request(firm().enrolledTechSme(false).build(),
        List.of(loan("L1").build()), List.of(interest("I1", "L1", "18000", LocalDate.of(2023, 7, 15))),
        List.of(StackingClaim.of("L1", StackingScheme.FIRST_LOAN)), null));
    assertThat(result.loans().get(0).techSmeVerdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.loans().get(0).applies()).contains(StackingScheme.FIRST_LOAN);
    assertThat(result.loans().get(0).ground()).isEqualTo(StackingGround.ONLY_CANDIDATE);
    assertThat(yuan(result.total())).isEqualByComparingTo("10055.56");
    assertThat(result.explanation().render(Locale.ENGLISH)).contains("the first-loan subsidy applies (the only one");
  }

  @Test
  void test_subsidisedByAThirdScheme_getsNeither() {
    // a third municipal subsidy on the loan: neither of the two may be paid on it
    StackingResult result = explain(request(firm().build(),
        List.of(loan("L1").subsidisedUnderAnotherMunicipalScheme(true).build()),
        List.of(interest("I1", "L1", "18000", LocalDate.of(2023, 7, 15))), List.of(), null));
    assertThat(result.loans().get(0).applies()).isEmpty();
    assertThat(result.loans().get(0).ground()).isEqualTo(StackingGround.NO_CANDIDATE);
    assertThat(yuan(result.total())).isEqualByComparingTo("0");
  }

  @Test
  void test_techSmeCapSummedAcrossLoans() {
    // not a first-time borrower: no first-loan subsidy on either loan. Tech-SME (50% + 30 = 80%, 第13条):
    // L1 800,000 × 80% = 640,000 (paid 2023-06-30) + L2 600,000 × 80% = 480,000 (paid 2023-09-30) = 1,120,000
    // → 1,000,000 a year (第十四条(四)); L1 keeps 640,000.00, L2 gets 360,000.00
    StackingResult result = explain(request(firm().firstTimeBorrower(false).build(),
        List.of(loan("L1").build(), loan("L2").build()),
        List.of(interest("I1", "L1", "800000", LocalDate.of(2023, 6, 30)),
            interest("I2", "L2", "600000", LocalDate.of(2023, 9, 30))), List.of(), null));
    assertThat(result.loans()).allMatch(d -> d.applies().equals(Optional.of(StackingScheme.TECH_SME)));
    assertThat(yuan(result.loans().get(0).paid())).isEqualByComparingTo("640000.00");
    assertThat(yuan(result.loans().get(1).paid())).isEqualByComparingTo("360000.00");
    assertThat(yuan(result.total())).isEqualByComparingTo("1000000.00");
    assertThat(result.techSme().orElseThrow().bindingLimits().get(0).code()).isEqualTo("cap-per-enterprise-per-year");
  }

  @Test
  void test_firstLoanCapSummedAcrossLoans() {
    // both claimed first under the first-loan subsidy (第5条): L1 12,000,000 from 2023-01-15, 181 days:
    // 12,000,000 × 2% × 181/360 = 120,666.67; L2 9,000,000 from 2023-02-01 to 2023-08-01, 181 days: 90,500.00;
    // 211,166.67 → 200,000 per enterprise, allocated in drawdown order: L1 120,666.67, L2 79,333.33
    LoanFacts l1 = loan("L1").principal(Cny.of("12000000")).build();
    LoanFacts l2 = loan("L2").principal(Cny.of("9000000")).drawdownDate(LocalDate.of(2023, 2, 1))
        .maturityDate(LocalDate.of(2024, 2, 1)).build();
    StackingResult result = explain(request(firm().build(), List.of(l1, l2),
        List.of(interest("I1", "L1", "10000", LocalDate.of(2023, 6, 30)),
            interest("I2", "L2", "10000", LocalDate.of(2023, 6, 30))),
        List.of(StackingClaim.of("L1", StackingScheme.FIRST_LOAN),
            StackingClaim.of("L2", StackingScheme.FIRST_LOAN)), null));
    assertThat(yuan(result.loans().get(0).paid())).isEqualByComparingTo("120666.67");
    assertThat(yuan(result.loans().get(1).paid())).isEqualByComparingTo("79333.33");
    assertThat(yuan(result.firstLoanTotal())).isEqualByComparingTo("200000.00");
    assertThat(yuan(result.total())).isEqualByComparingTo("200000.00");
    assertThat(result.firstLoan().orElseThrow().bindingLimit()).isPresent();
  }

  @Test
  void test_enrolmentUnknown_undeterminedWhenTheTechSubsidyCouldBeLarger() {
    // enrolment unknown: tech-SME up to 14,400.00 > first-loan 10,055.56, so the choice awaits the fact
    EnterpriseFacts unknown = FirstLoanFixtures.firm().build();
    StackingRequest request = request(unknown, List.of(loan("L1").build()),
        List.of(interest("I1", "L1", "18000", LocalDate.of(2023, 7, 15))), List.of(), null);
    StackingResult result = explain(request);
    assertThat(result.loans().get(0).ground()).isEqualTo(StackingGround.UNDETERMINED);
    assertThat(result.loans().get(0).missingFacts()).containsExactly("/enterprise/enrolledTechSme");
    assertThat(result.missingFacts()).containsExactly("/enterprise/enrolledTechSme");
    assertThat(yuan(result.total())).isEqualByComparingTo("0");
    assertThatThrownBy(() -> STACKING.totalSubsidy(FirstLoanFixtures.MEASURE, TechSmeFixtures.MEASURE, request))
        .isInstanceOf(MissingFactsException.class);
  }

  @Test
  void test_enrolmentUnknown_decidedWhenTheTechSubsidyCannotBeLarger() {
    // tech-SME at most 80% × 10,000 = 8,000.00 < first-loan 10,055.56: the first-loan subsidy applies either way
    StackingResult result = explain(request(FirstLoanFixtures.firm().build(),
        List.of(loan("L1").build()), List.of(interest("I1", "L1", "10000", LocalDate.of(2023, 7, 15))), List.of(),
        null));
    assertThat(result.loans().get(0).applies()).contains(StackingScheme.FIRST_LOAN);
    assertThat(yuan(result.total())).isEqualByComparingTo("10055.56");
    assertThat(result.missingFacts()).isEmpty();
  }

  @Test
  void test_badInput_namesTheField() {
    LoanFacts l1 = loan("L1").build();
    assertThatThrownBy(() -> request(firm().build(), List.of(l1),
        List.of(interest("I1", "L9", "1", LocalDate.of(2023, 7, 15))), List.of(), null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("interest/0/loanId");
          // the loans it must be one of are named too (found by the bad-input corpus, which deleted /loans)
          assertThat(ex.relatedFields()).containsExactly("loans");
        });
    assertThatThrownBy(() -> request(firm().build(), List.of(l1), List.of(),
        List.of(StackingClaim.of("L1", StackingScheme.FIRST_LOAN),
            StackingClaim.of("L1", StackingScheme.TECH_SME)), null))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("firstClaims/1/loanId"));
    assertThatThrownBy(() -> request(firm().build(), List.of(l1, l1), List.of(), List.of(), null))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("loans/1/loanId"));
    String badClaim = HuiqiJson.write(bothQualify(List.of(StackingClaim.of("L1",
        StackingScheme.FIRST_LOAN)), null)).replace("\"FIRST_LOAN\"", "\"SECOND_LOAN\"");
    assertThatThrownBy(() -> STACKING.explainTotalSubsidyJson(FirstLoanFixtures.MEASURE, TechSmeFixtures.MEASURE,
        badClaim))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/firstClaims/0/subsidy"));
    // the interest item (written after the loans) names a loan the request does not hold
    String valid = HuiqiJson.write(bothQualify(List.of(), null));
    int at = valid.lastIndexOf("\"L1\"");
    String unknownLoan = valid.substring(0, at) + "\"L7\"" + valid.substring(at + 4);
    assertThatThrownBy(() -> STACKING.explainTotalSubsidyJson(FirstLoanFixtures.MEASURE, TechSmeFixtures.MEASURE,
        unknownLoan)).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("/interest/0/loanId");
          assertThat(ex.relatedFields()).containsExactly("/loans");
        });
  }

  @Test
  void test_badInput_nullsAndNonCny() {
    StackingRequest valid = bothQualify(List.of(), null);
    assertThatThrownBy(() -> STACKING.explainTotalSubsidy(null, TechSmeFixtures.MEASURE, valid))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("firstLoanMeasure"));
    assertThatThrownBy(() -> STACKING.totalSubsidy(FirstLoanFixtures.MEASURE, null, valid))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("techSmeMeasure"));
    assertThatThrownBy(() -> STACKING.explainTotalSubsidy(FirstLoanFixtures.MEASURE, TechSmeFixtures.MEASURE, null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("request"));
    assertThatThrownBy(() -> STACKING.explainTotalSubsidyJson(FirstLoanFixtures.MEASURE, TechSmeFixtures.MEASURE, null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("json"));
    assertThatThrownBy(() -> StackingRequest.builder().enterprise(firm().build()).loans(List.of(loan("L1").build()))
        .programmeTotalReceived(Cny.of("-0.01")).build())
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("programmeTotalReceived"));
    String written = HuiqiJson.write(valid);
    int at = written.indexOf("CNY", written.indexOf("\"interestPaid\""));
    String json = written.substring(0, at) + "USD" + written.substring(at + 3);
    assertThat(json).as("the replacement must change the JSON").isNotEqualTo(written);
    assertThatThrownBy(() -> STACKING.explainTotalSubsidyJson(FirstLoanFixtures.MEASURE, TechSmeFixtures.MEASURE, json))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/interest/0/interestPaid/currency"));
  }

  @Test
  void test_jsonRoundTrip() {
    StackingRequest request = bothQualify(
        List.of(StackingClaim.of("L1", StackingScheme.TECH_SME)), StackingPrecedence.FIRST_CLAIMED);
    assertThat(HuiqiJson.read(HuiqiJson.write(request), StackingRequest.class)).isEqualTo(request);
    StackingResult result = explain(request);
    assertThat(HuiqiJson.read(HuiqiJson.write(result), StackingResult.class)).isEqualTo(result);
    String json = STACKING.explainTotalSubsidyJson(FirstLoanFixtures.MEASURE, TechSmeFixtures.MEASURE,
        HuiqiJson.write(request));
    assertThat(HuiqiJson.read(json, StackingResult.class)).isEqualTo(result);
  }

  @Test
  @Tag("threads")
  void test_parallelEqualsSequential() throws Exception {
    Random random = new Random(20261122L);
    List<StackingRequest> requests = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      List<LoanFacts> loans = new ArrayList<>();
      List<TechSmeInterestItem> items = new ArrayList<>();
      List<StackingClaim> claims = new ArrayList<>();
      for (int j = 0, n = 1 + random.nextInt(3); j < n; j++) {
        String id = "L" + j;
        LocalDate drawdown = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(120));
        loans.add(loan(id).principal(Cny.of(BigDecimal.valueOf(100_000 + random.nextInt(5_000_000))))
            .drawdownDate(drawdown).maturityDate(drawdown.plusYears(1)).build());
        items.add(TechSmeInterestItem.of("I" + j, id, drawdown, drawdown.plusDays(90), drawdown.plusDays(90),
            Cny.of(BigDecimal.valueOf(random.nextInt(100_000)))));
        if (random.nextInt(3) == 0) {
          claims.add(StackingClaim.of(id, StackingScheme.values()[random.nextInt(2)]));
        }
      }
      requests.add(request(firm().firstTimeBorrower(random.nextBoolean()).build(), loans, items, claims,
          random.nextBoolean() ? null : StackingPrecedence.LARGER));
    }
    List<StackingResult> sequential = new ArrayList<>();
    for (StackingRequest request : requests) {
      sequential.add(explain(request));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<StackingResult>> tasks = new ArrayList<>();
      for (StackingRequest request : requests) {
        tasks.add(() -> explain(request));
      }
      List<Future<StackingResult>> parallel = pool.invokeAll(tasks);
      for (int i = 0; i < requests.size(); i++) {
        StackingResult result = parallel.get(i).get();
        assertThat(result).isEqualTo(sequential.get(i));
        // one subsidy per loan: what the loans are paid adds up to the total (no fee or premium items here), and a
        // loan no subsidy applies to is paid nothing
        BigDecimal paidOnLoans = BigDecimal.ZERO;
        for (StackingLoanDecision loan : result.loans()) {
          if (loan.applies().isEmpty()) {
            assertThat(yuan(loan.paid())).isZero();
          }
          paidOnLoans = paidOnLoans.add(yuan(loan.paid()));
        }
        assertThat(yuan(result.total())).isEqualByComparingTo(paidOnLoans);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
