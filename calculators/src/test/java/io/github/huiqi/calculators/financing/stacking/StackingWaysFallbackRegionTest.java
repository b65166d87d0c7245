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
 * The fallback of the outcomes over the ways (decisions register §4.6 item 110, through
 * {@code StackingCompletionBounds.boundOverCompletions}) reached with one fact only, which is not yes/no: a loan's
 * {@code lenderRegionCode} not given. The completions cannot be run on a region code, so with a cap that can bind and
 * a dated tech-SME enrolment each outcome runs from zero to its own most, naming the fact: too wide, never too narrow.
 * Through the engine typed (plain and explained) and its {@code evaluateJson}, which must agree, under both
 * precedences; found by the fact-naming hunt ({@code FinancingFactNamingPropertyTest}), whose firms reach it through
 * {@code /loans/1/lenderRegionCode} and {@code /registrationRegionCode}.
 * <p>
 * The firm of {@link StackingWaysFallbackBoundsTest} with no open flag ({@link StackingManyFlagsFirm}): enrolled from
 * 2023-01-01, evaluated on 2023-12-31; L0 of 20,000,000 drawn 2023-02-01 (the first drawdown of its first contract),
 * its lender's region as each test gives it, with I0 of 18,000.00 (2023-02-01 → 2023-05-01); L1 lent in 深圳, no
 * first drawdown, with I1 of 10,000.00 (2023-01-01 → 2023-04-01). Worked by hand:
 * <ul>
 *   <li>第5条 (2%, six months from the drawdown, ACT/360), for a loan from a lender in 深圳: L0 2023-02-01 →
 *       2023-08-01 = 181 days, 20,000,000 × 2% × 181 / 360 = 201,111.111… → 201,111.11, above the cap of 200,000
 *       per enterprise, which can therefore bind: 200,000.00.
 *   <li>第13条 at 80% (it asks nothing of the lender's region): I0 14,400.00; I1 8,000.00. The claim I1 alone reaches
 *       the enrolment from 2023-01-01.
 *   <li>L0 lent in 深圳 (440300): the larger, 第5条's 200,000.00, takes L0; 第13条 8,000.00.
 *   <li>L0 lent in 北京 (110000): 第5条 pays on no loan, ineligible; 第13条 takes L0, 14,400.00 + 8,000.00 =
 *       22,400.00.
 * </ul>
 * So over the region's values 第5条 runs 0.00 – 200,000.00 and 第13条 8,000.00 – 22,400.00; with the region not given,
 * the fallback gives 第13条 0.00 – 22,400.00 (its own most, L0 counted), too wide by the 8,000.00 it surely gets.
 */
class StackingWaysFallbackRegionTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
  private static final String REGION = "/loans/0/lenderRegionCode";

  /** The firm, L0's lender region as given ("" for not given). */
  private static String profile(String region) {
    return StackingManyFlagsFirm.profile("2023-01-01", "20000000", 0, false).replaceFirst(
        "\"lenderRegionCode\": \"440300\", ", region.isEmpty() ? "" : "\"lenderRegionCode\": \"" + region + "\", ");
  }

  private static EntitlementReport report(String profileJson, StackingPrecedence precedence) {
    return StackingJointReports.pairOnThreePaths(profileJson, AS_OF, precedence).plain();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_eachRegion() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport shenzhen = report(profile("440300"), precedence);
      // 第5条 at the cap, 200,000.00; 第13条 I1 alone, 8,000.00
      assertThat(outcome(shenzhen, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("200000.00")));
      assertThat(outcome(shenzhen, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("8000.00")));
      EntitlementReport beijing = report(profile("110000"), precedence);
      // 第5条 ineligible (no loan from a lender in 深圳); 第13条 14,400.00 + 8,000.00 = 22,400.00
      assertThat(outcome(beijing, FIRST_LOAN).verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(outcome(beijing, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("22400.00")));
    }
  }

  @Test
  void test_regionNotGiven_fromZeroToTheirOwnMost() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport open = report(profile(""), precedence);
      MeasureOutcome first = outcome(open, FIRST_LOAN);
      // 0.00 (lent outside 深圳) to the cap's 200,000.00
      assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(first.amount(), "0.00", "200000.00");
      assertThat(first.missingFacts()).containsExactly(REGION);
      MeasureOutcome tech = outcome(open, TECH_SME);
      // from 0.00 to its own most, 14,400.00 + 8,000.00 = 22,400.00 (the regions give 8,000.00 and 22,400.00)
      assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(tech.amount(), "0.00", "22400.00");
      assertThat(tech.missingFacts()).containsExactly(REGION);
      // the note says what was done: before 2026-12-07 it gave the ranges as the open stacking's, "too narrow"
      assertThat(StackingJointReports.noteEn(profile(""), AS_OF, precedence, FIRST_LOAN)).contains("(" + REGION
          + ") could not be run over those ways", "each subsidy runs from zero to its own most").doesNotContain(
          "too narrow");
    }
  }
}
