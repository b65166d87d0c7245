package io.github.huiqi.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Test assertions on the conditions of an explanation: each {@link ConditionStep}'s outcome, in the order the
 * calculator checks them, so that a rule whose outcome flips (MET for NOT_MET, UNKNOWN for MET) fails the test even
 * when the amount does not change. A failure lists every condition with its outcome, in English.
 * <pre>
 * ExplainedConditions.assertOutcomes(result.explanation(), MET, MET, NOT_MET, UNKNOWN);
 * ExplainedConditions.assertOutcome(result.explanation(), "first-time borrower", NOT_MET);
 * </pre>
 */
public final class ExplainedConditions {

  private ExplainedConditions() {
  }

  /**
   * The outcome of every condition step, in order.
   *
   * @param explanation  the explanation of a result
   * @return the outcomes, in the order of the steps
   */
  public static List<ConditionOutcome> outcomes(Explanation explanation) {
    return explanation.stepsOf(ConditionStep.class).stream().map(ConditionStep::outcome)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Asserts the outcome of every condition step, in order, and that there are no others.
   *
   * @param explanation  the explanation of a result
   * @param expected  the outcomes expected, one for each condition step
   */
  public static void assertOutcomes(Explanation explanation, ConditionOutcome... expected) {
    assertThat(outcomes(explanation)).as(describe(explanation)).containsExactly(expected);
  }

  /**
   * Asserts the outcome of the one condition whose English text contains {@code text}, and that there is exactly one
   * such condition.
   *
   * @param explanation  the explanation of a result
   * @param text  part of the condition's English text, such as {@code "first-time borrower"}
   * @param expected  the outcome expected
   */
  public static void assertOutcome(Explanation explanation, String text, ConditionOutcome expected) {
    List<ConditionStep> matching = explanation.stepsOf(ConditionStep.class).stream()
        .filter(step -> step.condition().in(Locale.ENGLISH).contains(text))
        .collect(Collectors.toUnmodifiableList());
    assertThat(matching).as("conditions containing \"%s\" in%n%s", text, describe(explanation)).hasSize(1);
    assertThat(matching.get(0).outcome()).as(describe(explanation)).isEqualTo(expected);
  }

  /**
   * Asserts the outcomes of the condition steps that contain {@code text} in their English text, in order: for
   * explanations that repeat a condition for each loan or each item.
   *
   * @param explanation  the explanation of a result
   * @param text  part of the conditions' English text
   * @param expected  the outcomes expected, one for each matching condition
   */
  public static void assertOutcomesOf(Explanation explanation, String text, ConditionOutcome... expected) {
    List<ConditionOutcome> matching = explanation.stepsOf(ConditionStep.class).stream()
        .filter(step -> step.condition().in(Locale.ENGLISH).contains(text)).map(ConditionStep::outcome)
        .collect(Collectors.toUnmodifiableList());
    assertThat(matching).as("conditions containing \"%s\" in%n%s", text, describe(explanation))
        .containsExactly(expected);
  }

  /**
   * The details of the condition steps whose English text contains {@code text}, in order: the facts and limits the
   * explanation shows beside each outcome.
   *
   * @param explanation  the explanation of a result
   * @param text  part of the conditions' English text
   * @return the details, in order
   */
  public static List<String> detailsOf(Explanation explanation, String text) {
    return explanation.stepsOf(ConditionStep.class).stream()
        .filter(step -> step.condition().in(Locale.ENGLISH).contains(text)).map(ConditionStep::detail)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The kind of every step, in order, so that a test can assert the explanation leaves no step out.
   *
   * @param explanation  the explanation of a result
   * @return the step types, in order
   */
  public static List<Class<?>> kinds(Explanation explanation) {
    return explanation.steps().stream().<Class<?>>map(Object::getClass).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The one calculation step whose English name contains a text, failing the test if there is none or more than one.
   *
   * @param explanation  the explanation of a result
   * @param name  a part of the step's English name
   * @return the step
   */
  public static CalculationStep calculation(Explanation explanation, String name) {
    List<CalculationStep> matching = explanation.stepsOf(CalculationStep.class).stream()
        .filter(step -> step.name().in(Locale.ENGLISH).contains(name)).collect(Collectors.toUnmodifiableList());
    assertThat(matching).as("calculation steps named \"%s\"", name).hasSize(1);
    return matching.get(0);
  }

  /**
   * Every input step rendered in a language, in order.
   *
   * @param explanation  the explanation of a result
   * @param locale  the language
   * @return the rendered input steps
   */
  public static List<String> inputs(Explanation explanation, Locale locale) {
    return explanation.stepsOf(InputStep.class).stream().map(step -> step.render(locale))
        .collect(Collectors.toUnmodifiableList());
  }

  private static String describe(Explanation explanation) {
    return explanation.stepsOf(ConditionStep.class).stream()
        .map(step -> "  " + step.outcome() + "  " + step.condition().in(Locale.ENGLISH) + " (" + step.detail() + ")")
        .collect(Collectors.joining("\n", "conditions:\n", "\n"));
  }
}
