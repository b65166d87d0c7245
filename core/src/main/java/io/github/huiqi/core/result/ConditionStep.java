package io.github.huiqi.core.result;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import java.util.Locale;

/**
 * A condition checked, with its outcome and the facts behind it.
 *
 * @param condition  the condition, such as "drawdown within 2023-01-01..2023-03-31"
 * @param outcome  the outcome
 * @param detail  the facts compared, such as "drawdownDate = 2023-01-15", as the library writes them (in English;
 *     {@link #render} in Chinese reads the library's shared forms of it in Chinese, such as "rentPaid not given" as
 *     "未提供 rentPaid")
 * @param citation  the clause that sets the condition
 */
public record ConditionStep(LocalizedText condition, ConditionOutcome outcome, String detail, Citation citation)
    implements ExplanationStep {

  /**
   * Creates the step.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public ConditionStep {
    Args.notNull(condition, "condition");
    Args.notNull(outcome, "outcome");
    Args.notNull(detail, "detail");
    Args.notNull(citation, "citation");
  }

  @Override
  public String render(Locale locale) {
    boolean zh = ExplanationStep.isChinese(locale);
    String verdict;
    switch (outcome) {
      case MET:
        verdict = zh ? "满足" : "met";
        break;
      case NOT_MET:
        verdict = zh ? "不满足" : "not met";
        break;
      default:
        verdict = zh ? "无法判断（缺少事实）" : "unknown (fact missing)";
        break;
    }
    // in Chinese the detail in full-width parentheses, as Chinese prose sets them
    return (zh ? "条件：" : "Condition: ") + condition.in(locale) + " — " + verdict + (zh ? "（" : " (")
        + (zh ? StepTextZh.of(detail) : detail) + (zh ? "）[" : ") [") + citation.label(locale) + "]";
  }
}
