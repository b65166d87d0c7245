package io.github.huiqi.core.result;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A calculation: what was computed, the formula with its figures, and the exact result before any rounding.
 *
 * @param name  what was computed, such as "subsidy before rounding"
 * @param formula  the formula with figures, such as "1000000.00 × 2% × 90/360"
 * @param result  the exact result, in yuan or as a fraction
 * @param citation  the clause that sets the formula
 */
public record CalculationStep(LocalizedText name, String formula, BigDecimal result, Citation citation)
    implements ExplanationStep {

  /**
   * Creates the step.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public CalculationStep {
    Args.notNull(name, "name");
    Args.notNull(formula, "formula");
    result = Args.plain(result, "result");
    Args.notNull(citation, "citation");
  }

  @Override
  public String render(Locale locale) {
    return (ExplanationStep.isChinese(locale) ? "计算：" : "Calculation: ") + name.in(locale) + " = " + formula
        + " = " + result.toPlainString() + " [" + citation.label() + "]";
  }
}
