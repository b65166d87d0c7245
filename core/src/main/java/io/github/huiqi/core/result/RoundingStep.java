package io.github.huiqi.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A rounding: the exact value, the rule, the rounded value.
 *
 * @param before  the exact value
 * @param after  the rounded value
 * @param rounding  the rule
 * @param citation  where the rule comes from (usually a documented library default)
 * @param rate  true if the values are rates: held as fractions (the rule's scale counts decimals of the fraction)
 *     and shown as percentages; in JSON {@code "rate": true}, left out (read as false) when false
 */
public record RoundingStep(
    BigDecimal before,
    BigDecimal after,
    MoneyRounding rounding,
    Citation citation,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonSetter(nulls = Nulls.AS_EMPTY) boolean rate)
    implements ExplanationStep {

  /**
   * Creates the step.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public RoundingStep {
    before = Args.plain(before, "before");
    after = Args.plain(after, "after");
    Args.notNull(rounding, "rounding");
    Args.notNull(citation, "citation");
  }

  /**
   * Creates a step rounding an amount, not a rate.
   *
   * @param before  the exact value
   * @param after  the rounded value
   * @param rounding  the rule
   * @param citation  where the rule comes from
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public RoundingStep(BigDecimal before, BigDecimal after, MoneyRounding rounding, Citation citation) {
    this(before, after, rounding, citation, false);
  }

  /**
   * Obtains a step rounding a rate held as a fraction, shown as percentages: "1.23456789% → 1.234568%".
   *
   * @param before  the exact fraction
   * @param after  the rounded fraction
   * @param rounding  the rule, its scale in decimals of the fraction
   * @param citation  where the rule comes from
   * @return the step
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public static RoundingStep ofRates(BigDecimal before, BigDecimal after, MoneyRounding rounding, Citation citation) {
    return new RoundingStep(before, after, rounding, citation, true);
  }

  @Override
  public String render(Locale locale) {
    boolean zh = ExplanationStep.isChinese(locale);
    // A rate's scale counts decimals of the fraction: 8 of them are 6 decimals of the percentage.
    int decimals = rate ? Math.max(rounding.scale() - 2, 0) : rounding.scale();
    String kept = zh ? (rate ? "，保留百分数的 " : "，保留 ") + decimals + " 位小数"
        : ", " + decimals + (rate ? " decimals of the percentage" : " decimals");
    return (zh ? "舍入：" : "Rounding: ") + StepFormat.number(before, rate) + " → " + StepFormat.number(after, rate)
        + (zh ? "（" : " (") + rounding.mode() + kept + (zh ? "）[" : ") [") + citation.label(locale) + "]";
  }
}
