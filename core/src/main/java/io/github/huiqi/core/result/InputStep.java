package io.github.huiqi.core.result;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.LocalizedText;
import java.util.Locale;

/**
 * An input the calculation took, such as the principal of a loan.
 *
 * @param name  what the input is
 * @param value  its value as text (in English where it has words; {@link #render} in Chinese reads the library's
 *     shared forms of it in Chinese, such as ", no guarantee facts" as "，无担保信息")
 */
public record InputStep(LocalizedText name, String value) implements ExplanationStep {

  /**
   * Creates the step.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public InputStep {
    Args.notNull(name, "name");
    Args.notNull(value, "value");
  }

  @Override
  public String render(Locale locale) {
    boolean zh = ExplanationStep.isChinese(locale);
    return (zh ? "输入：" : "Input: ") + name.in(locale) + " = " + (zh ? StepTextZh.of(value) : value);
  }
}
