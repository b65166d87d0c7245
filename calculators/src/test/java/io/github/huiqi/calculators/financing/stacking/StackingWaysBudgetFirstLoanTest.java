package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.FIRST_LOAN;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.TECH_SME;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The budget of the ways' completions ({@code StackingWaysChosen.mostFacts}) at the other caller of the fallback:
 * the first-loan outcome where the open loans may cost the tech-SME claim its enrolment (decisions register §4.6
 * items 100 and 117, {@code StackingEnrolment.firstOverWays}). With four leavable loans (L0, LA, LB, LC: first
 * drawdowns not subsidised elsewhere) each completion may run the stacking 2 + 2^4 = 18 times, so the ways complete
 * at most 7 facts (2^7 × 18 = 2,304 ≤ 4,096 < 2^8 × 18 = 4,608), fewer than the 8 of the per-loan completions: with
 * 7 open flags the first-loan outcome is bounded over the completions, with 8 it runs from zero to its own most,
 * naming the flags (too wide, never too narrow). Through the engine typed (plain and explained) and its
 * {@code evaluateJson}, which must agree, under both precedences.
 * <p>
 * The firm: {@link StackingWaysFallbackFirstLoanTest}'s ({@link StackingManyFlagsFirm}: enrolled from 2023-06-01,
 * evaluated on 2023-12-31; L0 of 1,000,000 with I0 of 18,000.00, 2023-02-01 → 2023-05-01; L1 with I1 of 10,000.00,
 * 2023-01-01 → 2023-04-01; n open loans L2, … each with 5,000.00 of interest, 2023-05-01 → 2023-08-01; LA of
 * 1,000,000 drawn 2023-01-10, no interest), and after them LB and LC, each 1,000,000 drawn 2023-03-01 at 4%, the
 * first drawdown of its first contract, not subsidised elsewhere, no interest listed. Worked by hand:
 * <ul>
 *   <li>第5条 (2%, six months from the drawdown, ACT/360): L0 2023-02-01 → 2023-08-01 = 181 days, 1,000,000 × 2% ×
 *       181 / 360 = 10,055.555… → 10,055.56; LA 2023-01-10 → 2023-07-10 = 181 days, 10,055.56; LB and LC
 *       2023-03-01 → 2023-09-01 = 184 days, 1,000,000 × 2% × 184 / 360 = 10,222.222… → 10,222.22 each. All four
 *       40,555.56, below the cap of 200,000 per enterprise.
 *   <li>第13条 at 80%: I0 14,400.00, I1 8,000.00, each open loan's 4,000.00; nothing on LA, LB, LC (no interest), which
 *       the first-loan subsidy takes in every completion.
 *   <li>j ≥ 1 open loans not subsidised elsewhere: the claim reaches the enrolment, L0 goes to 第13条 (14,400.00
 *       against 10,055.56): 第5条 LA + LB + LC = 10,055.56 + 2 × 10,222.22 = 30,500.00; 第13条 14,400.00 + 8,000.00
 *       + 4,000.00 × j.
 *   <li>Every open loan subsidised elsewhere: the claim I0, I1 ends 2023-05-01, before the enrolment (item 100), and
 *       leaving L0 to 第13条 does not change that: 第5条 40,555.56, 第13条 0.00.
 * </ul>
 * So over the completions of n flags 第5条 runs 30,500.00 – 40,555.56 (its own most) and 第13条 0.00 – 22,400.00 +
 * 4,000.00 × n.
 */
class StackingWaysBudgetFirstLoanTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  /** The firm with {@code open} open flags; LB and LC appended last, so the flags stay /loans/2/… onwards. */
  private static String profile(int open) {
    String notElsewhere = "\"subsidisedUnderAnotherMunicipalScheme\": false, ";
    return StackingManyFlagsFirm.profile("2023-06-01", "1000000", open, true)
        .replace("], \"interestPayments\"", ", "
            + StackingManyFlagsFirm.loan("LB", "1000000", "2023-03-01", "2024-03-01", true, notElsewhere) + ", "
            + StackingManyFlagsFirm.loan("LC", "1000000", "2023-03-01", "2024-03-01", true, notElsewhere)
            + "], \"interestPayments\"");
  }

  private static EntitlementReport report(String profileJson, StackingPrecedence precedence) {
    return StackingJointReports.pairOnThreePaths(profileJson, AS_OF, precedence).plain();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_fourLeavable_sevenFacts() {
    // L0, LA, LB, LC leavable; L1 and the open loans are no first drawdowns
    assertThat(StackingWaysChosen.mostFacts(HuiqiJson.read(profile(8), EnterpriseProfile.class).loans()
        .orElseThrow())).isEqualTo(7);
  }

  @Test
  void test_eightFlags_eachCompletion() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport allElsewhere = report(StackingManyFlagsFirm.completed(profile(8), 8, 0b11111111),
          precedence);
      // the claim misses the enrolment: 第5条 10,055.56 × 2 + 10,222.22 × 2 = 40,555.56
      assertThat(outcome(allElsewhere, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("40555.56")));
      assertThat(outcome(allElsewhere, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
      EntitlementReport oneKept = report(StackingManyFlagsFirm.completed(profile(8), 8, 0b11111110), precedence);
      // L2 not elsewhere: 第13条 14,400.00 + 8,000.00 + 4,000.00 = 26,400.00; 第5条 LA + LB + LC = 30,500.00
      assertThat(outcome(oneKept, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("30500.00")));
      assertThat(outcome(oneKept, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("26400.00")));
    }
  }

  @Test
  void test_sevenFlags_boundedOverTheWays() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport open = report(profile(7), precedence);
      MeasureOutcome first = outcome(open, FIRST_LOAN);
      // 2^7 = 128 completions run: 30,500.00 to 40,555.56, sure of 30,500.00: eligible
      assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertRange(first.amount(), "30500.00", "40555.56");
      assertThat(first.missingFacts()).containsExactly(StackingManyFlagsFirm.flags(7));
      MeasureOutcome tech = outcome(open, TECH_SME);
      // 0.00 (all elsewhere) to 22,400.00 + 7 × 4,000.00 = 50,400.00
      assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(tech.amount(), "0.00", "50400.00");
      assertThat(tech.missingFacts()).containsExactly(StackingManyFlagsFirm.flags(7));
    }
  }

  @Test
  void test_eightFlags_fromZeroToItsOwnMost() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport open = report(profile(8), precedence);
      MeasureOutcome first = outcome(open, FIRST_LOAN);
      // 8 facts, beyond the budget of 7: 第5条 from 0.00 to its own most, 40,555.56 (too wide: the completions give
      // 30,500.00 – 40,555.56), naming the eight flags
      assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(first.amount(), "0.00", "40555.56");
      assertThat(first.missingFacts()).containsExactly(StackingManyFlagsFirm.flags(8));
      MeasureOutcome tech = outcome(open, TECH_SME);
      // 0.00 to 22,400.00 + 8 × 4,000.00 = 54,400.00
      assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(tech.amount(), "0.00", "54400.00");
      assertThat(tech.missingFacts()).containsExactly(StackingManyFlagsFirm.flags(8));
    }
  }
}
