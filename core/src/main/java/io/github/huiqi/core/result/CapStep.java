package io.github.huiqi.core.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * A cap applied: the value before, the cap, the value after, and whether the cap was binding. Rendered, the step says
 * "binding" when the value before exceeded the cap, "reached, not binding" when it equalled it exactly, and "not
 * reached" when it was below it.
 *
 * @param cap  the cap's name, such as "cap per enterprise"
 * @param limit  the cap's value, in yuan, or a rate held as a fraction
 * @param before  the value before the cap
 * @param after  the value after the cap: the smaller of before and the limit
 * @param citation  the clause that sets the cap
 * @param rate  true if the three values are rates: held as fractions and shown as percentages; in JSON
 *     {@code "rate": true}, left out (read as false) when false
 */
public record CapStep(
    LocalizedText cap,
    BigDecimal limit,
    BigDecimal before,
    BigDecimal after,
    Citation citation,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonSetter(nulls = Nulls.AS_EMPTY) boolean rate)
    implements ExplanationStep {

  /**
   * Creates the step.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public CapStep {
    Args.notNull(cap, "cap");
    limit = Args.plain(limit, "limit");
    before = Args.plain(before, "before");
    after = Args.plain(after, "after");
    Args.notNull(citation, "citation");
  }

  /**
   * Creates a step capping an amount, not a rate.
   *
   * @param cap  the cap's name
   * @param limit  the cap's value, in yuan
   * @param before  the value before the cap
   * @param after  the value after the cap
   * @param citation  the clause that sets the cap
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public CapStep(LocalizedText cap, BigDecimal limit, BigDecimal before, BigDecimal after, Citation citation) {
    this(cap, limit, before, after, citation, false);
  }

  /**
   * Obtains a step capping a rate, shown as percentages: "fee rate at most 1%; 1.2% → 1% (binding)".
   *
   * @param cap  the cap's name
   * @param limit  the highest rate
   * @param before  the rate before the cap
   * @param after  the rate after the cap: the smaller of before and the limit
   * @param citation  the clause that sets the cap
   * @return the step
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public static CapStep ofRates(LocalizedText cap, Rate limit, Rate before, Rate after, Citation citation) {
    return new CapStep(cap, Args.notNull(limit, "limit").fraction(), Args.notNull(before, "before").fraction(),
        Args.notNull(after, "after").fraction(), citation, true);
  }

  /**
   * Checks whether the cap changed the value.
   *
   * @return true if the value before exceeded the limit
   */
  @JsonIgnore
  public boolean isBinding() {
    return before.compareTo(limit) > 0;
  }

  @Override
  public String render(Locale locale) {
    boolean zh = ExplanationStep.isChinese(locale);
    String outcome = isBinding() ? (zh ? "封顶生效" : "binding")
        : before.compareTo(limit) == 0 ? (zh ? "恰好达到" : "reached, not binding")
        : (zh ? "未触及" : "not reached");
    return (zh ? "上限：" : "Cap: ") + cap.in(locale) + " " + StepFormat.number(limit, rate) + (zh ? "；" : "; ")
        + StepFormat.number(before, rate) + " → " + StepFormat.number(after, rate)
        + (zh ? "（" + outcome + "）[" : " (" + outcome + ") [") + citation.label(locale) + "]";
  }
}
