package io.github.huiqi.calculators.internal;

import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.CalculationStep;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The step that adds the items of an explained outcome (loans, periods, contracts, bills, sessions), each already
 * rounded once, into the outcome's amount, so that its explanation ends on the amount rather than on the last item's
 * figure. No rounding: a sum of amounts at the fen is at the fen. Not part of the public API.
 */
public final class ItemsTotalStep {

  private ItemsTotalStep() {
  }

  /**
   * Returns the total step of two items or more.
   *
   * @param name  what the total is, in both languages
   * @param items  the items' amounts, each at the fen, in the order the explanation shows them
   * @param citation  the clause or decision the items are summed under
   * @return the step, empty for fewer than two items (the item's own step already ends on the amount)
   */
  public static Optional<CalculationStep> of(LocalizedText name, List<BigDecimal> items, Citation citation) {
    if (items.size() < 2) {
      return Optional.empty();
    }
    StringBuilder formula = new StringBuilder();
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal item : items) {
      formula.append(formula.length() == 0 ? "" : " + ").append(item.toPlainString());
      total = total.add(item);
    }
    return Optional.of(new CalculationStep(name, formula.toString(), total, citation));
  }
}
