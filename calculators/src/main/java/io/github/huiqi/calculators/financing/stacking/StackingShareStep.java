package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ExplanationStep;
import java.math.BigDecimal;
import java.util.List;

/**
 * The step that closes a stacked outcome's explanation on the outcome's own amount. The stacking's steps end on the
 * municipal subsidies in all (first-loan + tech-SME); each of the two outcomes carries them, so each then states its
 * own part of that total, which is its amount, and its explanation does not end on the other measure's money.
 */
final class StackingShareStep {

  private StackingShareStep() {
  }

  /**
   * Returns the closing step of one side.
   *
   * @param firstLoanMeasure  the first-loan measure, whose implementing rules state the one-subsidy rule
   * @param stacked  the stacking
   * @param firstLoanSide  true for the first-loan outcome, false for the tech-SME outcome
   * @return the step: the municipal total less the other measure's part
   */
  static ExplanationStep of(FirstLoanMeasure firstLoanMeasure, StackingResult stacked, boolean firstLoanSide) {
    BigDecimal first = Cny.yuan(stacked.firstLoanTotal(), "firstLoanTotal");
    BigDecimal tech = Cny.yuan(stacked.techSmeTotal(), "techSmeTotal");
    BigDecimal total = first.add(tech);
    LocalizedText name = firstLoanSide
        ? LocalizedText.of("其中首贷贴息（本措施）", "of which the first-loan subsidy (this measure)")
        : LocalizedText.of("其中科技型中小企业贴息贴保（本措施）", "of which the tech-SME subsidy (this measure)");
    String formula = total.toPlainString() + " − " + (firstLoanSide ? tech.toPlainString() + " (tech-SME)"
        : first.toPlainString() + " (first-loan)");
    return new CalculationStep(name, formula, firstLoanSide ? first : tech,
        StackingCalculator.oneSubsidyRule(firstLoanMeasure));
  }

  /**
   * Returns the closing step of a tech-SME outcome whose interest on loans subsidised under another municipal scheme
   * is left out (no stacking ran): the subsidy recomputed over its other items, which is its amount.
   *
   * @param firstLoanMeasure  the first-loan measure, whose implementing rules state the one-subsidy rule
   * @param elsewhere  the ids of the loans subsidised elsewhere
   * @param amount  the tech-SME outcome's amount after they are left out
   * @return the step
   */
  static ExplanationStep withoutElsewhere(FirstLoanMeasure firstLoanMeasure, List<String> elsewhere,
      OutcomeAmount amount) {
    String loans = String.join(", ", elsewhere);
    BigDecimal least = Cny.yuan(amount.minimum(), "minimum");
    String most = amount.maximum().map(max -> Cny.yuan(max, "maximum").toPlainString()).orElse("no upper bound");
    return new CalculationStep(LocalizedText.of("不计已享受其他市级财政贴息的贷款（" + loans + "）的利息，重新计算的资助（本措施）",
        "the subsidy recomputed without the interest on loans subsidised elsewhere (" + loans + ") (this measure)"),
        "the other interest, fees and premiums: " + (least.toPlainString().equals(most) ? most
            : least.toPlainString() + " .. " + most), least, StackingCalculator.oneSubsidyRule(firstLoanMeasure));
  }
}
