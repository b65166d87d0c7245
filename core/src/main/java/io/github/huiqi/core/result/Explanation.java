package io.github.huiqi.core.result;

import io.github.huiqi.core.internal.Args;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An explanation: the ordered steps of a calculation, each citing its clause.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param steps  the steps, in the order they were taken
 */
public record Explanation(List<ExplanationStep> steps) {

  /**
   * Creates an explanation.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if the list or a step is null
   */
  public Explanation {
    steps = Args.listCopy(steps, "steps");
  }

  /**
   * Renders the explanation as numbered lines.
   *
   * @param locale  the locale: {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}
   * @return the text, one line per step
   */
  public String render(Locale locale) {
    Args.notNull(locale, "locale");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < steps.size(); i++) {
      text.append(i + 1).append(". ").append(steps.get(i).render(locale)).append('\n');
    }
    return text.toString();
  }

  /**
   * Returns the steps of one type, in order.
   *
   * @param <T>  the step type
   * @param type  the step type
   * @return the matching steps
   */
  public <T extends ExplanationStep> List<T> stepsOf(Class<T> type) {
    return steps.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toUnmodifiableList());
  }
}
