package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.FIRST_LOAN;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.TECH_SME;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The fallback of the outcomes over the ways when a cap can bind and the tech-SME enrolment is dated (decisions
 * register §4.6 items 52 and 110, through {@code StackingCompletionBounds.boundOverCompletions}): each outcome is
 * bounded over every completion of the facts the open loans wait on, each the way the firm then takes (item 100);
 * with more facts than the completions may run (here more than 8, 2^8 = 256 completions), each runs from zero to its
 * own most instead, naming the facts: too wide, never too narrow. Through the engine typed (plain and explained) and
 * its {@code evaluateJson}, which must agree, under both precedences. The same firm with 8 open loans shows the
 * completions run. The enrolment is reached whatever the facts, so the other caller of the fallback
 * ({@link StackingWaysFallbackFirstLoanTest}) is not reached here.
 * <p>
 * The firm ({@link StackingManyFlagsFirm}): enrolled from 2023-01-01, evaluated on 2023-12-31; L0 of 20,000,000 with
 * I0 of 18,000.00 (2023-02-01 → 2023-05-01); L1 with I1 of 10,000.00 (2023-01-01 → 2023-04-01); n loans L2, … whose
 * {@code subsidisedUnderAnotherMunicipalScheme} is not given, each with 5,000.00 of interest (2023-05-01 →
 * 2023-08-01). Worked by hand:
 * <ul>
 *   <li>第5条 (2%, six months from the drawdown, ACT/360) on L0: 2023-02-01 → 2023-08-01 = 181 days, 20,000,000 × 2% ×
 *       181 / 360 = 201,111.111… → 201,111.11, above the cap of 200,000 per enterprise ("单户企业贴息金额最高20万元"),
 *       which can therefore bind: 200,000.00. L1 and the open loans are no first drawdowns.
 *   <li>第13条 at 80%: I0 14,400.00, below 第5条's 200,000.00, so the larger gives L0 to 第5条; I1 8,000.00; each open
 *       loan's 4,000.00; far below the yearly 1,000,000 and the programme's 3,000,000.
 *   <li>The claim without L0 and the open loans, I1 (2023-01-01 → 2023-04-01), reaches the enrolment from 2023-01-01:
 *       every completion keeps it. With k open loans not subsidised elsewhere: 第5条 200,000.00, 第13条 8,000.00 +
 *       4,000.00 × k.
 * </ul>
 * So over the completions 第5条 is 200,000.00 exactly and 第13条 runs 8,000.00 – 8,000.00 + 4,000.00 × n. The tech-SME
 * outcome's own most, without the stacking, counts I0 too: 14,400.00 + 8,000.00 + 4,000.00 × n.
 */
class StackingWaysFallbackBoundsTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  private static String profile(int open) {
    return StackingManyFlagsFirm.profile("2023-01-01", "20000000", open, false);
  }

  private static EntitlementReport report(String profileJson, StackingPrecedence precedence) {
    return StackingJointReports.pairOnThreePaths(profileJson, AS_OF, precedence).plain();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_nineFlags_completions() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport allElsewhere = report(StackingManyFlagsFirm.completed(profile(9), 9, 0b111111111),
          precedence);
      // 第5条 L0 at the cap, 200,000.00; 第13条 I1 alone, 8,000.00
      assertThat(outcome(allElsewhere, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("200000.00")));
      assertThat(outcome(allElsewhere, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("8000.00")));
      EntitlementReport noneElsewhere = report(StackingManyFlagsFirm.completed(profile(9), 9, 0), precedence);
      // 8,000.00 + 9 × 4,000.00 = 44,000.00
      assertThat(outcome(noneElsewhere, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("200000.00")));
      assertThat(outcome(noneElsewhere, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("44000.00")));
    }
  }

  @Test
  void test_eightFlags_boundedOverTheWays() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport open = report(profile(8), precedence);
      MeasureOutcome first = outcome(open, FIRST_LOAN);
      // 2^8 = 256 completions run: 200,000.00 in each, nothing open
      assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(first.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("200000.00")));
      assertThat(first.missingFacts()).isEmpty();
      MeasureOutcome tech = outcome(open, TECH_SME);
      // 8,000.00 (all elsewhere) to 8,000.00 + 8 × 4,000.00 = 40,000.00, sure of I1's 8,000.00: eligible
      assertThat(tech.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertRange(tech.amount(), "8000.00", "40000.00");
      assertThat(tech.missingFacts()).containsExactly(StackingManyFlagsFirm.flags(8));
    }
  }

  @Test
  void test_nineFlags_fromZeroToTheirOwnMost() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport open = report(profile(9), precedence);
      MeasureOutcome first = outcome(open, FIRST_LOAN);
      // 9 facts, 512 completions: not run; 第5条 from 0.00 to its own most, the cap's 200,000.00 (too wide: every
      // completion gives 200,000.00), naming the nine flags
      assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(first.amount(), "0.00", "200000.00");
      assertThat(first.missingFacts()).containsExactly(StackingManyFlagsFirm.flags(9));
      MeasureOutcome tech = outcome(open, TECH_SME);
      // from 0.00 to its own most, 14,400.00 + 8,000.00 + 9 × 4,000.00 = 58,400.00 (too wide: the completions give
      // 8,000.00 to 44,000.00)
      assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(tech.amount(), "0.00", "58400.00");
      assertThat(tech.missingFacts()).containsExactly(StackingManyFlagsFirm.flags(9));
      // the note says what was done: before 2026-12-07 it gave the ranges as the open stacking's, "too narrow"
      String note = StackingJointReports.noteEn(profile(9), AS_OF, precedence, TECH_SME);
      assertThat(note).contains("could not be run over those ways", "so each subsidy runs from zero to its own most, "
          + "which may be too wide").doesNotContain("too narrow");
    }
  }
}
