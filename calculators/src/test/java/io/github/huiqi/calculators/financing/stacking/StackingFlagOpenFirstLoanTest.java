package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
import static io.github.huiqi.calculators.financing.stacking.StackingJson.interest;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The first-loan subsidy (深工信〔2023〕26号 第5条) beside a dated tech-SME enrolment (第13条) reached only through a
 * loan whose {@code subsidisedUnderAnotherMunicipalScheme} is not given (decisions register §4.6 item 117): not
 * subsidised elsewhere, that loan's interest brings the claim within the enrolment and the tech-SME subsidy takes a
 * first loan as the larger; subsidised elsewhere, the claim misses the enrolment and the first-loan subsidy takes it.
 * Through the engine typed (plain and explained) and its {@code evaluateJson}, which must agree, under both
 * precedences; found by the fact-drop hunt (biased, seed 6, firm 3).
 * <p>
 * The firm: that of {@link StackingFlagOpenEnrolmentTest} as a first-time borrower (enrolled from 2023-06-01, no end;
 * evaluated on 2023-12-31), with I0 on L0 of 18,000.00 accrued 2023-02-01 → 2023-05-01, and L2 recording the tech-SME
 * subsidy as claimed first. Worked by hand:
 * <ul>
 *   <li>第5条 on L0 (1,000,000 drawn 2023-02-01, the first drawdown of its first contract): 2023-02-01 → 2023-08-01 =
 *       181 days, 1,000,000 × 2% × 181 / 360 = 10,055.555… → 10,055.56. L1 and L2 are no first drawdowns.
 *   <li>第13条 at 80%: I0 18,000.00 → 14,400.00; I1 10,000.00 → 8,000.00; I2 5,000.00 → 4,000.00. On L0 the larger is
 *       第13条's 14,400.00 (no claim recorded on L0, so FIRST_CLAIMED takes the larger too, item 72).
 *   <li>L2 not subsidised elsewhere: the claim I0, I1, I2 runs 2023-01-01 → 2023-08-01 and reaches the enrolment:
 *       14,400.00 + 8,000.00 + 4,000.00 = 26,400.00, and 第5条 0.00 (eligible, item 10).
 *   <li>L2 subsidised elsewhere: it takes neither, the claim I0, I1 runs 2023-01-01 → 2023-05-01 and misses the
 *       enrolment (item 100): 第5条 takes L0, 10,055.56, and 第13条 0.00 (leaving L0 to it does not reach the dates).
 * </ul>
 * So with L2's flag not given 第5条 is 0.00 – 10,055.56, undetermined, naming the flag, where it read eligible 0.00
 * exactly before 2026-12-06; 第13条 0.00 – 26,400.00.
 */
class StackingFlagOpenFirstLoanTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
  private static final String FLAG = "/loans/2/subsidisedUnderAnotherMunicipalScheme";

  /** The firm, L2's flag as given ("" for not given). */
  private static String profile(String l2Flag) {
    return StackingFlagOpenEnrolmentTest.profile(l2Flag, true)
        .replace(interest("I0", "L0", "2023-02-01", "2023-03-01", "3000.00"),
            interest("I0", "L0", "2023-02-01", "2023-05-01", "18000.00"))
        .replace("{\"loanId\": \"L2\"", "{\"loanId\": \"L2\", \"interestSubsidyClaimedFirst\": \"TECH_SME\"");
  }

  private static EntitlementReport report(String profileJson, StackingPrecedence precedence) {
    return StackingJointReports.pairOnThreePaths(profileJson, AS_OF, precedence).plain();
  }

  private static MeasureOutcome outcome(EntitlementReport report, String id) {
    return report.outcome(MeasureId.of(id)).orElseThrow();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_eachCompletion() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport no = report(profile("false"), precedence);
      // the claim reaches the enrolment: 第13条 takes L0, 14,400.00 + 8,000.00 + 4,000.00 = 26,400.00
      assertThat(outcome(no, FIRST_LOAN).verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome(no, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
      assertThat(outcome(no, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("26400.00")));
      EntitlementReport yes = report(profile("true"), precedence);
      // the claim I0, I1 ends 2023-05-01, before the enrolment: 第5条 1,000,000 × 2% × 181/360 = 10,055.56
      assertThat(outcome(yes, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("10055.56")));
      assertThat(outcome(yes, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
    }
  }

  @Test
  void test_flagNotGiven_firstLoanCoversBothWays() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport open = report(profile(""), precedence);
      MeasureOutcome first = outcome(open, FIRST_LOAN);
      // 0.00 (L2 not subsidised elsewhere) or 10,055.56 (it is); before: eligible 0.00 exactly
      assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(first.amount(), "0.00", "10055.56");
      assertThat(first.missingFacts()).containsExactly(FLAG);
      MeasureOutcome tech = outcome(open, TECH_SME);
      // 26,400.00 or 0.00
      assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(tech.amount(), "0.00", "26400.00");
      assertThat(tech.missingFacts()).containsExactly(FLAG);
      // no joint limit is declared (no loan of the open stacking is contested between the two), so the ranges are
      // added: 0.00 + 0.00 to 10,055.56 + 26,400.00 = 36,455.56, too wide but holding 10,055.56 and 26,400.00
      assertThat(open.jointLimits()).isEmpty();
      assertRange(open.totals().inReach(), "0.00", "36455.56");
    }
  }
}
