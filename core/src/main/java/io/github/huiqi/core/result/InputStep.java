package io.github.huiqi.core.result;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.LocalizedText;
import java.util.Locale;

/**
 * An input the calculation took, such as the principal of a loan.
 *
 * @param name  what the input is
 * @param value  its value as text
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
    return (ExplanationStep.isChinese(locale) ? "输入：" : "Input: ") + name.in(locale) + " = " + value;
  }
}
