package io.github.huiqi.core.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A cap applied: the value before, the cap, the value after, and whether the cap was binding.
 *
 * @param cap  the cap's name, such as "cap per enterprise"
 * @param limit  the cap's value, in yuan
 * @param before  the value before the cap
 * @param after  the value after the cap: the smaller of before and the limit
 * @param citation  the clause that sets the cap
 */
public record CapStep(LocalizedText cap, BigDecimal limit, BigDecimal before, BigDecimal after, Citation citation)
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
    String outcome = isBinding() ? (zh ? "封顶生效" : "binding") : (zh ? "未触及" : "not reached");
    return (zh ? "上限：" : "Cap: ") + cap.in(locale) + " " + limit.toPlainString() + "; "
        + before.toPlainString() + " → " + after.toPlainString() + " (" + outcome + ") [" + citation.label() + "]";
  }
}
