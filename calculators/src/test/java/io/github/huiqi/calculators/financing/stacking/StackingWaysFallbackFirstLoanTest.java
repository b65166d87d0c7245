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
 * The fallback of the first-loan outcome over the ways (decisions register §4.6 item 117, through
 * {@code StackingEnrolment.firstOverWays}): where the open loans may cost the tech-SME claim its enrolment
 * (深工信〔2023〕26号 第13条; §4.6 item 100), the first-loan outcome (第5条) is bounded over every completion of the
 * facts they wait on, each the way the firm then takes; with more facts than the completions may run (here more than
 * 8, 2^8 = 256 completions), it runs from zero to its own most instead, naming the facts: too wide, never too narrow.
 * Through the engine typed (plain and explained) and its {@code evaluateJson}, which must agree, under both
 * precedences. The same firm with 8 open loans shows the completions run.
 * <p>
 * The firm ({@link StackingManyFlagsFirm}): enrolled from 2023-06-01, evaluated on 2023-12-31; L0 of 1,000,000 with
 * I0 of 18,000.00 (2023-02-01 → 2023-05-01); L1 with I1 of 10,000.00 (2023-01-01 → 2023-04-01); n loans L2, … whose
 * {@code subsidisedUnderAnotherMunicipalScheme} is not given, each with 5,000.00 of interest (2023-05-01 →
 * 2023-08-01); LA of 1,000,000 drawn 2023-01-10, no interest. Worked by hand:
 * <ul>
 *   <li>第5条 (2%, six months from the drawdown, ACT/360): L0 2023-02-01 → 2023-08-01 = 181 days, 1,000,000 × 2% ×
 *       181 / 360 = 10,055.555… → 10,055.56; LA 2023-01-10 → 2023-07-10 = 181 days, 10,055.56 too; together
 *       20,111.12, below the cap of 200,000 per enterprise. L1 and the open loans are no first drawdowns.
 *   <li>第13条 at 80% (2023 interest: the 2020 办法's 50% plus 30 points, at most 80%): I0 14,400.00; I1 8,000.00;
 *       each open loan's 4,000.00; far below the yearly 1,000,000 and the programme's 3,000,000. LA carries no
 *       interest, so the first-loan subsidy takes it in every completion.
 *   <li>A completion with k ≥ 1 open loans not subsidised elsewhere: their interest ends 2023-08-01, so the claim
 *       reaches the enrolment; on L0 the larger is 第13条's 14,400.00: 第5条 10,055.56 (LA), 第13条 14,400.00 +
 *       8,000.00 + 4,000.00 × k.
 *   <li>Every open loan subsidised elsewhere (they take neither subsidy): the claim I0, I1 ends 2023-05-01, before the
 *       enrolment (item 100), and leaving L0 to 第13条 does not change that: 第5条 20,111.12 (L0 and LA), 第13条 0.00.
 * </ul>
 * So over the completions 第5条 runs 10,055.56 – 20,111.12 and 第13条 0.00 – 22,400.00 + 4,000.00 × n.
 */
class StackingWaysFallbackFirstLoanTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  private static String profile(int open) {
    return StackingManyFlagsFirm.profile("2023-06-01", "1000000", open, true);
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
      // the claim I0, I1 ends 2023-05-01, before the enrolment: 第5条 L0 + LA = 10,055.56 + 10,055.56 = 20,111.12
      assertThat(outcome(allElsewhere, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("20111.12")));
      assertThat(outcome(allElsewhere, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
      EntitlementReport oneKept = report(StackingManyFlagsFirm.completed(profile(9), 9, 0b111111110), precedence);
      // L2 not elsewhere: 第13条 takes L0, 14,400.00 + 8,000.00 + 4,000.00 = 26,400.00; 第5条 LA's 10,055.56
      assertThat(outcome(oneKept, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("10055.56")));
      assertThat(outcome(oneKept, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("26400.00")));
      EntitlementReport noneElsewhere = report(StackingManyFlagsFirm.completed(profile(9), 9, 0), precedence);
      // 14,400.00 + 8,000.00 + 9 × 4,000.00 = 58,400.00; 第5条 10,055.56
      assertThat(outcome(noneElsewhere, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("10055.56")));
      assertThat(outcome(noneElsewhere, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("58400.00")));
    }
  }

  @Test
  void test_eightFlags_boundedOverTheWays() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport open = report(profile(8), precedence);
      MeasureOutcome first = outcome(open, FIRST_LOAN);
      // 2^8 = 256 completions run: 10,055.56 (LA alone) to 20,111.12 (L0 and LA), sure of LA's 10,055.56: eligible
      assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertRange(first.amount(), "10055.56", "20111.12");
      assertThat(first.missingFacts()).containsExactly(StackingManyFlagsFirm.flags(8));
      MeasureOutcome tech = outcome(open, TECH_SME);
      // 0.00 (all elsewhere) to 14,400.00 + 8,000.00 + 8 × 4,000.00 = 54,400.00
      assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(tech.amount(), "0.00", "54400.00");
      assertThat(tech.missingFacts()).containsExactly(StackingManyFlagsFirm.flags(8));
    }
  }

  @Test
  void test_nineFlags_fromZeroToItsOwnMost() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport open = report(profile(9), precedence);
      MeasureOutcome first = outcome(open, FIRST_LOAN);
      // 9 facts, 512 completions: not run; 第5条 from 0.00 to its own most, L0 + LA = 20,111.12 (too wide: every
      // completion gives 10,055.56 or 20,111.12), naming the nine flags
      assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(first.amount(), "0.00", "20111.12");
      assertThat(first.missingFacts()).containsExactly(StackingManyFlagsFirm.flags(9));
      MeasureOutcome tech = outcome(open, TECH_SME);
      // 0.00 (all elsewhere) to 14,400.00 + 8,000.00 + 9 × 4,000.00 = 58,400.00
      assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(tech.amount(), "0.00", "58400.00");
      assertThat(tech.missingFacts()).containsExactly(StackingManyFlagsFirm.flags(9));
    }
  }
}
