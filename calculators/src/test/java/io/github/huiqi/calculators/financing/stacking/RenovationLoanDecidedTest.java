package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.FIRST_LOAN;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.FIRST_TIME;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.I1;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.L1;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.PROJECT;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.RENOVATION;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.TECH_SME;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.assertAmount;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.assertTotal;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.noted;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.outcome;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.profile;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.NextQuestion;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * One municipal interest subsidy per loan between the renovation interest subsidy (小升规方案 第十条 "还可叠加享受贷款
 * 贴息，按实际支付利息的50%") and the first-loan and tech-SME subsidies (深工信〔2023〕26号 第5条, 第13条), when an amount
 * on the loan is open (decisions register §4.6 item 96, reading item 43): the loan is decided whenever one side's least
 * on it is above the other side's most on it (the first-loan and tech-SME side keeping a tie), whichever way the facts
 * not given fall; only otherwise do both keep it with their ranges. Worked by hand, evaluated on 2023-12-31 through
 * the engine typed and {@code evaluateJson}, plain and explained ({@link StackingCombinationsBlindAuditTest#run}).
 * <p>
 * The firm is StackingCombinationsBlindAuditTest's: a small 宝安区 maker enrolled as a 科技型中小企业 2022..2025, nothing
 * received from the programme. L1: 1,000,000 drawn 2023-02-01, the first drawdown of its first contract. 第5条 for a
 * first-time borrower: 2023-02-01 → 2023-08-01 = 181 days, 1,000,000 × 2% × 181 / 360 = 10,055.555… → 10,055.56;
 * else nothing. 第13条 on I1, 10,000 of L1's 2023 interest: 80% × 10,000 = 8,000.00. Between the two (register §4.1
 * item 10, the larger): 10,055.56 for a first-time borrower, else 8,000.00. The renovation project (an equipment
 * upgrade, as R1 there) pays interest on L1 only: 第十条 50% of it.
 */
class RenovationLoanDecidedTest {

  private static final String ACCEPTED = "/renovationProjects/0/eligibleProject";

  /**
   * The project, accepted or its acceptance not given, with one payment of {@code paid} interest on L1.
   *
   * @param accepted  whether the acceptance is given (as accepted)
   * @param paid  the interest paid on L1, in yuan
   */
  private static String project(boolean accepted, String paid) {
    String head = PROJECT.substring(0, PROJECT.indexOf("\"eligibleProject\""));
    return head + (accepted ? "\"eligibleProject\": true, " : "") + """
        "subsidyStart": "2023-01-01", "interestPayments": [
          {"paymentId": "P1", "kind": "BANK_FIXED_ASSET_LOAN", "loanId": "L1", "interestFrom": "2023-02-01",
           "interestUntil": "2024-02-01", "interestPaid": {"amount": %s, "currency": "CNY"}}]}""".formatted(paid);
  }

  private static EntitlementReport run3(String firstTime, boolean accepted, String paid) {
    return run(profile(firstTime, L1.formatted(""), I1, "", project(accepted, paid)), "", FIRST_LOAN, TECH_SME,
        RENOVATION);
  }

  /** The outcome of one measure evaluated alone (no stacking with the others) on the profile given. */
  private static MeasureOutcome alone(String profile, String measure) {
    return outcome(run(profile, "", measure), measure);
  }

  private static BigDecimal credited(EntitlementReport report, String fact) {
    return report.nextQuestions().stream().filter(q -> q.fact().equals(fact)).map(NextQuestion::amountDecided)
        .map(amount -> Cny.yuan(amount, "amountDecided")).findFirst().orElse(BigDecimal.ZERO);
  }

  private static Reason note(MeasureOutcome outcome) {
    return outcome.notes().stream().filter(n -> n.code().equals(RenovationLoanStackingRule.CODE)).findFirst()
        .orElseThrow();
  }

  @Test
  void test_renovationBeatsBothOnTheLoanWhateverTheBorrowing_keepsIt_theOthersGetNothingOnIt() {
    // the first-time borrowing not given; the project accepted, 40,000 paid on L1: 第十条 50% × 40,000 = 20,000.00.
    // On L1 the first-loan and tech-SME side pays 10,055.56 (first-time) or 8,000.00 (not), at most 10,055.56, and
    // the library bounds it by the two outcomes' mosts, 10,055.56 + 8,000.00 = 18,055.56: 20,000.00 is above either,
    // so L1 takes the renovation subsidy whichever way the borrowing falls (register §4.6 items 43 and 96)
    EntitlementReport r = run3("", true, "40000");
    MeasureOutcome first = outcome(r, FIRST_LOAN);
    MeasureOutcome tech = outcome(r, TECH_SME);
    MeasureOutcome renovation = outcome(r, RENOVATION);
    // before 2026-12-06: UNDETERMINED 0.00 – 20,000.00, naming /firstTimeBorrower
    assertAmount(renovation, Verdict.ELIGIBLE, "20000.00", "20000.00");
    assertThat(renovation.missingFacts()).isEmpty();
    // the other two are worked out with L1 read as subsidised elsewhere (item 43), each as its evaluator alone reads
    // that firm: 第5条's only first loan fails "不重复享受市直其他部门财政贴息", ineligible whatever the borrowing;
    // 第13条 leaves out L1's interest, its only item, the enrolled firm eligible at 0.00
    assertAmount(first, Verdict.INELIGIBLE, "0.00", "0.00");
    assertAmount(tech, Verdict.ELIGIBLE, "0.00", "0.00");
    String flagged = profile("", L1.formatted("").replace("\"subsidisedUnderAnotherMunicipalScheme\": false",
        "\"subsidisedUnderAnotherMunicipalScheme\": true"), I1, "", "");
    MeasureOutcome firstAlone = alone(flagged, FIRST_LOAN);
    MeasureOutcome techAlone = alone(flagged, TECH_SME);
    assertThat(first.verdict()).isEqualTo(firstAlone.verdict());
    assertThat(first.missingFacts()).isEqualTo(firstAlone.missingFacts());
    assertThat(tech.verdict()).isEqualTo(techAlone.verdict());
    assertThat(tech.missingFacts()).isEqualTo(techAlone.missingFacts());
    assertThat(noted(first, RenovationLoanStackingRule.CODE)).isTrue();
    assertThat(noted(tech, RenovationLoanStackingRule.CODE)).isTrue();
    Reason note = note(renovation);
    assertThat(note.message().en()).contains("loan L1 takes the renovation interest subsidy: whatever the facts not "
        + "given, it pays at least 20000.00 CNY on it, more than the most the first-loan and tech-SME subsidies can "
        + "pay on it together, 18055.56 CNY");
    assertThat(note.message().zh()).contains("贷款 L1 适用技术改造贷款贴息：无论未提供的信息如何，其在该贷款上至少 20000.00 元，"
        + "大于首贷与科技型中小企业贴息在该贷款上至多合计的 18055.56 元");
    // 20,000.00 exactly; nothing the borrowing decides any more: no question credits it
    assertTotal(r, "20000.00", "20000.00");
    assertThat(credited(r, "/firstTimeBorrower")).isEqualByComparingTo("0.00");
    assertThat(r.jointLimits()).isEmpty();
  }

  @Test
  void test_theOpenSidesMostExceedsTheRenovationLeast_theLoanStaysOpen() {
    // the first-time borrowing not given; 18,000 paid on L1: 第十条 9,000.00. A first-time borrower's 10,055.56 beats
    // it (the first-loan subsidy keeps L1, the renovation subsidy 0.00); another firm's 8,000.00 does not (the
    // renovation subsidy keeps L1 at 9,000.00). The pair's most on L1 is above 9,000.00 and the renovation subsidy's
    // most, 9,000.00, above the pair's least, 0.00 (the borrowing may bar 第5条, and 第13条 may lose L1 to it): open
    EntitlementReport r = run3("", true, "18000");
    MeasureOutcome first = outcome(r, FIRST_LOAN);
    MeasureOutcome tech = outcome(r, TECH_SME);
    MeasureOutcome renovation = outcome(r, RENOVATION);
    assertAmount(renovation, Verdict.UNDETERMINED, "0.00", "9000.00");
    assertThat(renovation.missingFacts()).contains("/firstTimeBorrower");
    assertAmount(first, Verdict.UNDETERMINED, "0.00", "10055.56");
    // 第13条 gets nothing on L1 either way (10,055.56 or 9,000.00 beats its 8,000.00); the library may read it wider,
    // never narrower: from 0.00, at most its 8,000.00
    assertThat(Cny.yuan(tech.amount().minimum(), "minimum")).isEqualByComparingTo("0.00");
    assertThat(Cny.yuan(tech.amount().maximum().orElseThrow(), "maximum"))
        .isLessThanOrEqualTo(new BigDecimal("8000.00"));
    // the truth is 10,055.56 (first-time) or 9,000.00 (not): the total holds both
    assertThat(Cny.yuan(r.totals().inReach().minimum(), "minimum")).isLessThanOrEqualTo(new BigDecimal("9000.00"));
    assertThat(Cny.yuan(r.totals().inReach().maximum().orElseThrow(), "maximum"))
        .isGreaterThanOrEqualTo(new BigDecimal("10055.56"));
    assertThat(credited(r, "/firstTimeBorrower")).isPositive();
  }

  @Test
  void test_theRenovationLeastTiesThePairsMost_theLoanStaysOpen() {
    // the first-time borrowing not given; 20,111.12 paid on L1: 第十条 50% = 10,055.56. A first-time borrower's
    // 10,055.56 ties it and the first-loan subsidy keeps L1 on a tie (item 43); another firm's 8,000.00 loses it to
    // the renovation subsidy. The renovation least, 10,055.56, is not above the pair's most: open
    EntitlementReport r = run3("", true, "20111.12");
    MeasureOutcome renovation = outcome(r, RENOVATION);
    assertAmount(renovation, Verdict.UNDETERMINED, "0.00", "10055.56");
    assertThat(renovation.missingFacts()).contains("/firstTimeBorrower");
    assertAmount(outcome(r, FIRST_LOAN), Verdict.UNDETERMINED, "0.00", "10055.56");
    // the truth is 10,055.56 either way, by one subsidy or the other; the total holds it
    assertThat(Cny.yuan(r.totals().inReach().minimum(), "minimum")).isLessThanOrEqualTo(new BigDecimal("10055.56"));
    assertThat(Cny.yuan(r.totals().inReach().maximum().orElseThrow(), "maximum"))
        .isGreaterThanOrEqualTo(new BigDecimal("10055.56"));
  }

  @Test
  void test_thePairsLeastTiesTheRenovationMost_thePairKeepsTheLoanWhateverTheAcceptance() {
    // a first-time borrower: on L1 第5条 10,055.56 beats 第13条 8,000.00, the pair's 10,055.56 exactly. The project's
    // acceptance not given, 20,111.12 paid on L1: 第十条 0.00 (not accepted) or 10,055.56 (accepted), a tie the
    // first-loan and tech-SME subsidies keep (item 43). The pair's least on L1, 10,055.56, is no less than the
    // renovation subsidy's most on it: L1 is theirs whatever the acceptance (item 96), and the renovation subsidy is
    // worked out without L1's interest, nothing left to pay on
    String profile = profile(FIRST_TIME, L1.formatted(""), I1, "", project(false, "20111.12"));
    EntitlementReport r = run(profile, "", FIRST_LOAN, TECH_SME, RENOVATION);
    MeasureOutcome first = outcome(r, FIRST_LOAN);
    MeasureOutcome tech = outcome(r, TECH_SME);
    MeasureOutcome renovation = outcome(r, RENOVATION);
    // before 2026-12-06: the first-loan subsidy UNDETERMINED 0.00 – 10,055.56, naming the acceptance
    assertAmount(first, Verdict.ELIGIBLE, "10055.56", "10055.56");
    assertThat(first.missingFacts()).isEmpty();
    // 第13条 left with nothing by item 10's rule between the two, eligible at 0.00 (register §4.6 item 43)
    assertAmount(tech, Verdict.ELIGIBLE, "0.00", "0.00");
    assertThat(tech.missingFacts()).isEmpty();
    // without L1's interest the project has none paid to subsidise: ineligible at 0.00, whatever the acceptance, as
    // its evaluator alone reads the project with no payment
    assertAmount(renovation, Verdict.INELIGIBLE, "0.00", "0.00");
    assertThat(renovation.missingFacts()).isEmpty();
    String without = profile(FIRST_TIME, L1.formatted(""), I1, "", project(false, "20111.12")
        .replaceAll("\\{\"paymentId\": \"P1\"[^}]*\\}[^}]*\\}", ""));
    MeasureOutcome renovationAlone = alone(without, RENOVATION);
    assertThat(renovation.verdict()).isEqualTo(renovationAlone.verdict());
    assertThat(renovation.amount()).isEqualTo(renovationAlone.amount());
    Reason note = note(renovation);
    assertThat(note.message().en()).contains("loan L1 takes the first-loan or tech-SME subsidy: whatever the facts "
        + "not given, they pay at least 10055.56 CNY on it together, not less than the renovation interest subsidy's "
        + "most of 10055.56 CNY");
    assertThat(note.message().zh()).contains("贷款 L1 适用首贷或科技型中小企业贴息：无论未提供的信息如何，两项在该贷款上合计至少 "
        + "10055.56 元，不少于技术改造贷款贴息至多的 10055.56 元");
    // 10,055.56 exactly, and the acceptance decides no money any more
    assertTotal(r, "10055.56", "10055.56");
    assertThat(credited(r, ACCEPTED)).isEqualByComparingTo("0.00");
  }
}
