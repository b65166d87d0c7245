package io.github.huiqi.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A calculation: what was computed, the formula with its figures, and the exact result before any rounding.
 *
 * @param name  what was computed, such as "subsidy before rounding"
 * @param formula  the formula with figures, such as "1000000.00 × 2% × 90/360" (in English where it has words;
 *     {@link #render} in Chinese reads the library's shared forms of it in Chinese)
 * @param result  the exact result: in yuan, a count, or a rate held as a fraction ({@code 0.012} for 1.2%)
 * @param citation  the clause that sets the formula
 * @param rate  true if the result is a rate: held as a fraction and shown as a percentage ("= 1.2%"); in JSON
 *     {@code "rate": true}, left out (read as false) when false
 */
public record CalculationStep(
    LocalizedText name,
    String formula,
    BigDecimal result,
    Citation citation,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonSetter(nulls = Nulls.AS_EMPTY) boolean rate)
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

  /**
   * Creates a step whose result is an amount or a count, not a rate.
   *
   * @param name  what was computed
   * @param formula  the formula with figures
   * @param result  the exact result
   * @param citation  the clause that sets the formula
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public CalculationStep(LocalizedText name, String formula, BigDecimal result, Citation citation) {
    this(name, formula, result, citation, false);
  }

  /**
   * Obtains a step whose result is a rate, shown as a percentage: "2% × (1 − 40%) = 1.2%".
   *
   * @param name  what was computed, such as "rate after the reduction"
   * @param formula  the formula with figures, its rates as percentages
   * @param result  the rate
   * @param citation  the clause that sets the formula
   * @return the step
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public static CalculationStep ofRate(LocalizedText name, String formula, Rate result, Citation citation) {
    return new CalculationStep(name, formula, Args.notNull(result, "result").fraction(), citation, true);
  }

  @Override
  public String render(Locale locale) {
    boolean zh = ExplanationStep.isChinese(locale);
    return (zh ? "计算：" : "Calculation: ") + name.in(locale) + " = " + (zh ? StepTextZh.of(formula) : formula)
        + " = " + StepFormat.number(result, rate) + " [" + citation.label(locale) + "]";
  }
}
