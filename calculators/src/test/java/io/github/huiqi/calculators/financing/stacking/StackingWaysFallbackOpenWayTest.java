package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.FIRST_LOAN;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.TECH_SME;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.outcome;
import static io.github.huiqi.calculators.financing.stacking.StackingJson.interest;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The fallback of the first-loan outcome over the ways (decisions register §4.6 item 117, through
 * {@code StackingEnrolment.firstOverWays}) reached with one yes/no fact, because a way is itself open: a completion
 * of the fact takes the tech-SME claim (深工信〔2023〕26号 第13条) out of the enrolment's dates (item 100), and the
 * first-loan subsidy (第5条) may then take a loan whose first-loan verdict waits on a fact the stacking with the facts
 * open never named, the tech-SME subsidy having taken that loan as the larger whatever it is: here L0's
 * {@code lenderRegionCode}. The way is left open on that fact, so the completions cannot bound the outcome, which runs
 * from zero to its own most, naming the fact completed: too wide, never too narrow (here it is also exact). Through
 * the engine typed (plain and explained) and its {@code evaluateJson}, which must agree, under both precedences.
 * <p>
 * The firm of {@link StackingFlagOpenFirstLoanTest} (enrolled from 2023-06-01, evaluated on 2023-12-31), L2's
 * {@code subsidisedUnderAnotherMunicipalScheme} not given and L0's lender region as each test gives it. Worked by
 * hand:
 * <ul>
 *   <li>第5条 on L0 from a lender in 深圳 (1,000,000 drawn 2023-02-01, the first drawdown of its first contract):
 *       2023-02-01 → 2023-08-01 = 181 days, 1,000,000 × 2% × 181 / 360 = 10,055.555… → 10,055.56; from a lender
 *       elsewhere, nothing (第5条 then pays on no loan). L1 and L2 are no first drawdowns.
 *   <li>第13条 at 80% (it asks nothing of the lender's region): I0 18,000.00 → 14,400.00; I1 10,000.00 → 8,000.00; I2
 *       5,000.00 → 4,000.00.
 *   <li>L2 not subsidised elsewhere: the claim I0, I1, I2 runs 2023-01-01 → 2023-08-01 and reaches the enrolment; L0
 *       goes to 第13条, the larger (14,400.00 against at most 10,055.56), or the only one paying: 第5条 0.00, 第13条
 *       14,400.00 + 8,000.00 + 4,000.00 = 26,400.00, whatever the region.
 *   <li>L2 subsidised elsewhere: the claim I0, I1 ends 2023-05-01, before the enrolment, and leaving L0 to 第13条 does
 *       not change that: 第13条 0.00; 第5条 takes L0 from a lender in 深圳, 10,055.56, else nothing.
 * </ul>
 * So 第5条 runs 0.00 – 10,055.56 and 第13条 0.00 – 26,400.00.
 */
class StackingWaysFallbackOpenWayTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
  private static final String FLAG = "/loans/2/subsidisedUnderAnotherMunicipalScheme";
  private static final String REGION = "/loans/0/lenderRegionCode";

  /** The firm, L2's flag and L0's lender region as given ("" for not given). */
  private static String profile(String l2Flag, String region) {
    return StackingFlagOpenEnrolmentTest.profile(l2Flag, true)
        .replace(interest("I0", "L0", "2023-02-01", "2023-03-01", "3000.00"),
            interest("I0", "L0", "2023-02-01", "2023-05-01", "18000.00"))
        .replace("{\"loanId\": \"L2\"", "{\"loanId\": \"L2\", \"interestSubsidyClaimedFirst\": \"TECH_SME\"")
        // L0 is the first loan listed
        .replaceFirst("\"lenderRegionCode\": \"440300\", ",
            region.isEmpty() ? "" : "\"lenderRegionCode\": \"" + region + "\", ");
  }

  private static EntitlementReport report(String profileJson, StackingPrecedence precedence) {
    return StackingJointReports.pairOnThreePaths(profileJson, AS_OF, precedence).plain();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_eachCompletion() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      for (String region : new String[] {"440300", "110000"}) {
        EntitlementReport kept = report(profile("false", region), precedence);
        // the claim reaches the enrolment: 第13条 takes L0, 14,400.00 + 8,000.00 + 4,000.00 = 26,400.00
        assertThat(outcome(kept, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
        assertThat(outcome(kept, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("26400.00")));
        assertThat(outcome(report(profile("true", region), precedence), TECH_SME).amount())
            .isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
      }
      // L2 elsewhere, the claim misses the enrolment: 第5条 1,000,000 × 2% × 181/360 = 10,055.56 from 深圳, else none
      assertThat(outcome(report(profile("true", "440300"), precedence), FIRST_LOAN).amount())
          .isEqualTo(OutcomeAmount.exactly(Cny.of("10055.56")));
      assertThat(outcome(report(profile("true", "110000"), precedence), FIRST_LOAN).verdict())
          .isEqualTo(Verdict.INELIGIBLE);
    }
  }

  @Test
  void test_flagAndRegionNotGiven_fromZeroToItsOwnMost() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport open = report(profile("", ""), precedence);
      MeasureOutcome first = outcome(open, FIRST_LOAN);
      // 0.00 (L2 not elsewhere, or L0 lent outside 深圳) to its own most, 10,055.56 (L2 elsewhere, L0 from 深圳)
      assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(first.amount(), "0.00", "10055.56");
      assertThat(first.missingFacts()).containsExactlyInAnyOrder(REGION, FLAG);
      MeasureOutcome tech = outcome(open, TECH_SME);
      // 0.00 (L2 elsewhere) or 26,400.00
      assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(tech.amount(), "0.00", "26400.00");
      assertThat(tech.missingFacts()).containsExactly(FLAG);
    }
  }
}
