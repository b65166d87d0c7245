package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.FIRST_LOAN;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.RENOVATION;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.TECH_SME;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.assertAmount;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.assertTotal;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.result.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The renovation-loan pass's best split (decisions register §4.6 item 147, {@link RenovationLoanBestSplit}) at the
 * edge of its budget: eight loans are all worked out, a ninth leaves the pass's split (item 153's settling) as it is.
 * The firm of {@link RenovationLoanLeftSettledTest}: not a first-time borrower (第5条 ineligible), enrolled as a
 * 科技型中小企业, 3,000,000 − 2,990,000 = 10,000.00 left of the programme (2020 办法 第十四条（四）). Each loan Li pays
 * interest of 15,000.00 in 2023 (深工信〔2023〕26号 第13条 80% = 12,000.00, any one loan filling the 10,000.00 left)
 * and renovation interest of 9,000.00 + 10.00 × (i − 1) (小升规方案 第十条 50% = 4,500.00 + 5.00 × (i − 1)).
 * Worked by hand, on 2023-06-30, through the engine typed, plain and explained, and {@code evaluateJson}.
 * <p>
 * The pass: 第13条 pays 10,000.00 with every loan and without any one of them, so each is left as it is; settled in
 * the payments' order (item 153), every loan but the last goes to 第十条 (its 第十条 amount against 0.00 more for
 * 第13条) and the last to 第13条 (10,000.00 with it, 0.00 without). The most in all sends to 第13条 the loan whose 第十条
 * amount is least, L1.
 */
class RenovationLoanBestSplitBudgetTest {

  /** The firm with {@code count} loans, L1 to L{count}. */
  private static String firm(int count) {
    String[][] loans = new String[count][];
    for (int i = 0; i < count; i++) {
      loans[i] = new String[] {"15000.00", String.format("%d.00", 9000 + 10 * i)};
    }
    return RenovationLoanLeftSettledTest.firm(true, loans);
  }

  @Test
  void eightLoans_withinTheBudget_theLeastRenovationAmountGoesToTheTechSmeSubsidy() {
    // settled: L1 – L7 to 第十条, 7 × 4,500.00 + 5.00 × (0 + 1 + … + 6) = 31,500.00 + 105.00 = 31,605.00, L8 to
    // 第13条: 41,605.00 in all. The best split, L1 to 第13条 and L2 – L8 to 第十条: 31,500.00 + 5.00 × (1 + … + 7) =
    // 31,640.00, + 10,000.00 = 41,640.00 (第13条 never above 10,000.00; 第十条 on all eight, 36,140.00, leaves 第13条
    // nothing: 36,140.00 in all)
    EntitlementReport r = RenovationLoanPassOrderTest.runOn(firm(8), FIRST_LOAN, TECH_SME, RENOVATION);
    assertAmount(outcome(r, FIRST_LOAN), Verdict.INELIGIBLE, "0.00", "0.00");
    assertAmount(outcome(r, TECH_SME), Verdict.ELIGIBLE, "10000.00", "10000.00");
    assertAmount(outcome(r, RENOVATION), Verdict.ELIGIBLE, "31640.00", "31640.00");
    assertTotal(r, "41640.00", "41640.00");
    assertThat(RenovationLoanPassOrderTest.note(outcome(r, RENOVATION))).contains("it takes the split that does "
        + "(41640.00 CNY): loans L2, L3, L4, L5, L6, L7, L8 to the renovation interest subsidy, loans L1 to the "
        + "first-loan or tech-SME subsidy");
  }

  @Test
  void nineLoans_beyondTheBudget_theSettledSplitStands() {
    // settled: L1 – L8 to 第十条, 8 × 4,500.00 + 5.00 × (0 + 1 + … + 7) = 36,000.00 + 140.00 = 36,140.00, L9 to
    // 第13条 (10,000.00 against 第十条's 4,500.00 + 5.00 × 8 = 4,540.00): 46,140.00. Nine loans are beyond the
    // budget of eight, so the split that would pay more (L1 to 第13条: 36,000.00 + 5.00 × (1 + … + 8) = 36,180.00,
    // 46,180.00 in all) is not tried
    EntitlementReport r = RenovationLoanPassOrderTest.runOn(firm(9), FIRST_LOAN, TECH_SME, RENOVATION);
    assertAmount(outcome(r, TECH_SME), Verdict.ELIGIBLE, "10000.00", "10000.00");
    assertAmount(outcome(r, RENOVATION), Verdict.ELIGIBLE, "36140.00", "36140.00");
    assertTotal(r, "46140.00", "46140.00");
    assertThat(RenovationLoanPassOrderTest.note(outcome(r, RENOVATION))).doesNotContain("did not give the firm most")
        .endsWith("loan L9 takes the first-loan or tech-SME subsidy (10000.00 CNY, not less than the renovation "
            + "interest subsidy's 4540.00 CNY); the renovation interest subsidy leaves its interest out");
  }
}
