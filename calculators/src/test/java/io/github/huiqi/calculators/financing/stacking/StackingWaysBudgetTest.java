package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.FIRST_LOAN;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.TECH_SME;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The budget of the ways' completions ({@code StackingWaysChosen.mostFacts}, decisions register §4.6 items 100 and
 * 110) with several leavable loans (a loan is leavable when it is not known to be no first drawdown and not known to
 * be subsidised elsewhere): each completion may run the stacking 2 + 2^k times, k the leavable loans, against 4,096
 * runs in all, so the ways complete at most the largest f with 2^f × (2 + 2^k) ≤ 4,096 facts (and at most 8). With
 * k = 4: 2^7 × 18 = 2,304 ≤ 4,096 < 2^8 × 18 = 4,608, so 7; with k = 8: 2^3 × 258 = 2,064 ≤ 4,096 < 2^4 × 258 =
 * 4,128, so 3. On the largest number of facts the completions are run and give tight ranges; on one more (within the
 * 8 facts of the per-loan completions, so the budget alone decides) each outcome runs from zero to its own most,
 * naming the facts, and the note says so. Through the engine typed (plain and explained) and its
 * {@code evaluateJson}, which must agree, under both precedences.
 * <p>
 * The firm: {@link StackingWaysFallbackBoundsTest}'s ({@link StackingManyFlagsFirm}, enrolled from 2023-01-01,
 * evaluated on 2023-12-31, L0 of 20,000,000 with I0, L1 with I1, n open loans L2, … each with 5,000.00 of interest),
 * and after them k − 1 loans LB, LC, … of 1,000,000 drawn 2023-03-01 at 4%, each the first drawdown of its first
 * contract, not subsidised elsewhere, no interest listed; with L0 they are the k leavable loans (L1 and the open loans
 * are no first drawdowns). Worked by hand:
 * <ul>
 *   <li>第5条 (2%, six months from the drawdown, ACT/360): L0 2023-02-01 → 2023-08-01 = 181 days, 20,000,000 × 2% ×
 *       181 / 360 = 201,111.11; each LB, … 2023-03-01 → 2023-09-01 = 31 + 30 + 31 + 30 + 31 + 31 = 184 days,
 *       1,000,000 × 2% × 184 / 360 = 10,222.222… → 10,222.22. Above the cap of 200,000 per enterprise
 *       ("单户企业贴息金额最高20万元") with L0 alone, which can therefore bind: 200,000.00 in all, its own most too.
 *   <li>第13条 at 80%: I0 14,400.00, below L0's 第5条 amount, so the larger gives L0 to 第5条; I1 8,000.00; each open
 *       loan's 4,000.00; nothing on LB, … (no interest listed). Far below the yearly 1,000,000 and the programme's
 *       3,000,000. The claim I1 reaches the enrolment from 2023-01-01 in every completion.
 *   <li>With j open loans not subsidised elsewhere: 第5条 200,000.00, 第13条 8,000.00 + 4,000.00 × j.
 * </ul>
 * So over the completions of n flags 第5条 is 200,000.00 exactly and 第13条 runs 8,000.00 – 8,000.00 + 4,000.00 × n;
 * the fallback gives 第5条 0.00 – 200,000.00 and 第13条 0.00 – 14,400.00 + 8,000.00 + 4,000.00 × n (I0 counted).
 */
class StackingWaysBudgetTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  /** The firm with {@code open} open flags and {@code leavable} leavable loans (L0 and leavable − 1 others). */
  private static String profile(int open, int leavable) {
    StringBuilder others = new StringBuilder();
    for (int i = 1; i < leavable; i++) {
      others.append(", ").append(StackingManyFlagsFirm.loan("L" + (char) ('A' + i), "1000000", "2023-03-01",
          "2024-03-01", true, "\"subsidisedUnderAnotherMunicipalScheme\": false, "));
    }
    // appended after the open loans, so that their flags stay /loans/2/… to /loans/(open + 1)/…
    return StackingManyFlagsFirm.profile("2023-01-01", "20000000", open, false)
        .replace("], \"interestPayments\"", others + "], \"interestPayments\"");
  }

  private static EntitlementReport report(String profileJson, StackingPrecedence precedence) {
    return StackingJointReports.pairOnThreePaths(profileJson, AS_OF, precedence).plain();
  }

  /** The profile's loans, as the stacking request holds them. */
  private static List<LoanFacts> loans(String profileJson) {
    return HuiqiJson.read(profileJson, EnterpriseProfile.class).loans().orElseThrow();
  }

  /** Within the budget: 第5条 200,000.00 exactly; 第13条 8,000.00 to {@code techMost}, sure of I1's 8,000.00. */
  private static void assertRun(int open, int leavable, String techMost, int runs) {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport report = report(profile(open, leavable), precedence);
      MeasureOutcome first = outcome(report, FIRST_LOAN);
      assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(first.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("200000.00")));
      assertThat(first.missingFacts()).isEmpty();
      MeasureOutcome tech = outcome(report, TECH_SME);
      assertThat(tech.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertRange(tech.amount(), "8000.00", techMost);
      assertThat(tech.missingFacts()).containsExactly(StackingManyFlagsFirm.flags(open));
      assertThat(StackingJointReports.noteEn(profile(open, leavable), AS_OF, precedence, TECH_SME))
          .contains("the stacking was run on all " + runs + " completions of the facts not given",
              "tech-SME 8000.00 – " + techMost)
          .doesNotContain("from zero to its own most");
    }
  }

  /** One fact beyond the budget: each outcome from 0.00 to its own most, naming the flags; the note says so. */
  private static void assertFallback(int open, int leavable, String techOwnMost) {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport report = report(profile(open, leavable), precedence);
      MeasureOutcome first = outcome(report, FIRST_LOAN);
      assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(first.amount(), "0.00", "200000.00");
      assertThat(first.missingFacts()).containsExactly(StackingManyFlagsFirm.flags(open));
      MeasureOutcome tech = outcome(report, TECH_SME);
      assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(tech.amount(), "0.00", techOwnMost);
      assertThat(tech.missingFacts()).containsExactly(StackingManyFlagsFirm.flags(open));
      assertThat(StackingJointReports.noteEn(profile(open, leavable), AS_OF, precedence, TECH_SME))
          .contains("the completions of the facts not given (" + String.join(", ", StackingManyFlagsFirm.flags(open))
              + ") could not be run over those ways", "so each subsidy runs from zero to its own most, which may be "
              + "too wide")
          .doesNotContain("too narrow");
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_theBudget_fromTheLeavableLoans() {
    // k = 4: 2^7 × (2 + 2^4) = 2,304 ≤ 4,096 < 2^8 × 18 = 4,608, so 7 facts (the open loans are not leavable)
    assertThat(StackingWaysChosen.mostFacts(loans(profile(8, 4)))).isEqualTo(7);
    // k = 8: 2^3 × (2 + 2^8) = 2,064 ≤ 4,096 < 2^4 × 258 = 4,128, so 3 facts
    assertThat(StackingWaysChosen.mostFacts(loans(profile(4, 8)))).isEqualTo(3);
    // k = 1 (L0 alone): 2^10 × 4 = 4,096, capped at the 8 facts of the per-loan completions
    assertThat(StackingWaysChosen.mostFacts(loans(profile(8, 1)))).isEqualTo(8);
  }

  @Test
  void test_fourLeavable_eightFlags_eachCompletion() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport allElsewhere = report(StackingManyFlagsFirm.completed(profile(8, 4), 8, 0b11111111),
          precedence);
      // 第5条 at the cap, 200,000.00; 第13条 I1 alone, 8,000.00
      assertThat(outcome(allElsewhere, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("200000.00")));
      assertThat(outcome(allElsewhere, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("8000.00")));
      EntitlementReport noneElsewhere = report(StackingManyFlagsFirm.completed(profile(8, 4), 8, 0), precedence);
      // 8,000.00 + 8 × 4,000.00 = 40,000.00
      assertThat(outcome(noneElsewhere, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("200000.00")));
      assertThat(outcome(noneElsewhere, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("40000.00")));
    }
  }

  @Test
  void test_fourLeavable_sevenFlags_completionsRun() {
    // 2^7 = 128 completions: 第13条 8,000.00 to 8,000.00 + 7 × 4,000.00 = 36,000.00
    assertRun(7, 4, "36000.00", 128);
  }

  @Test
  void test_fourLeavable_eightFlags_fromZeroToTheirOwnMost() {
    // 8 facts, beyond the budget of 7 (within the per-loan 8): 第13条 to 14,400.00 + 8,000.00 + 8 × 4,000.00 =
    // 54,400.00 (too wide: the completions give 8,000.00 – 40,000.00); 第5条 0.00 – 200,000.00 (they give 200,000.00)
    assertFallback(8, 4, "54400.00");
  }

  @Test
  void test_eightLeavable_threeFlags_completionsRun() {
    // 2^3 = 8 completions: 第13条 8,000.00 to 8,000.00 + 3 × 4,000.00 = 20,000.00
    assertRun(3, 8, "20000.00", 8);
  }

  @Test
  void test_eightLeavable_fourFlags_fromZeroToTheirOwnMost() {
    // 4 facts, beyond the budget of 3: 第13条 to 14,400.00 + 8,000.00 + 4 × 4,000.00 = 38,400.00 (the completions
    // give 8,000.00 – 24,000.00); 第5条 0.00 – 200,000.00
    assertFallback(4, 8, "38400.00");
  }
}
