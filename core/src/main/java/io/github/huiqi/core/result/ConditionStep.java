package io.github.huiqi.core.result;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition checked, with its outcome and the facts behind it.
 *
 * @param condition  the condition, such as "drawdown within 2023-01-01..2023-03-31"
 * @param outcome  the outcome
 * @param detail  the facts compared, such as "drawdownDate = 2023-01-15"
 * @param citation  the clause that sets the condition
 */
public record ConditionStep(LocalizedText condition, ConditionOutcome outcome, String detail, Citation citation)
    implements ExplanationStep {

  /** A detail that is one fact, its name or pointer without a space, followed by "not given". */
  private static final Pattern NOT_GIVEN = Pattern.compile("(\\S+) not given");
  /** A value not given in a list of facts and their values, {@code highTech = not given}. */
  private static final Pattern VALUE_NOT_GIVEN = Pattern.compile(" = not given(?=,|$)");

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
        + (zh ? detailZh(detail) : detail) + (zh ? "）[" : ") [") + citation.label() + "]";
  }

  /**
   * A detail in Chinese where the library writes it in its shared English forms of a fact not given: the whole detail
   * {@code rentPaid not given} (a fact's name or JSON Pointer, no space in it) reads {@code 未提供 rentPaid}, and a
   * value in a list of facts, {@code techSme = true, highTech = not given}, reads {@code highTech = 未提供}. Anything
   * else (a fact and its value, {@code drawdownDate = 2023-01-15}, or a calculator's own wording) is kept as it is.
   */
  private static String detailZh(String detail) {
    Matcher notGiven = NOT_GIVEN.matcher(detail);
    return notGiven.matches() ? "未提供 " + notGiven.group(1)
        : VALUE_NOT_GIVEN.matcher(detail).replaceAll(" = 未提供");
  }
}
