package io.github.huiqi.core.result;

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
 */
public record RoundingStep(BigDecimal before, BigDecimal after, MoneyRounding rounding, Citation citation)
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

  @Override
  public String render(Locale locale) {
    boolean zh = ExplanationStep.isChinese(locale);
    return (zh ? "舍入：" : "Rounding: ") + before.toPlainString() + " → " + after.toPlainString() + " ("
        + rounding.mode() + (zh ? "，保留 " : ", ") + rounding.scale() + (zh ? " 位小数" : " decimals") + ") ["
        + citation.label() + "]";
  }
}
