package io.github.huiqi.calculators.internal;

import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The test that the event a rule pays on falls within the validity of the parameter that pays it: a loss classified
 * in 2011 is not compensated at a pool ratio valid from 2019. The decisive date is the one the source clause names (a
 * loss's classification date, a payment's date); the evaluation date does not decide it.
 * <p>
 * An event outside the validity fails with the reason code {@code event-outside-validity}, citing the parameter and
 * naming the date and the validity. An event within it adds no condition, so that a result within validity is the
 * same as before the test: the condition is reported only when it fails. Not part of the public API.
 */
public final class EventValidity {

  /** The reason code of an event outside the validity of the parameter that would pay it. */
  public static final String OUTSIDE = "event-outside-validity";

  private EventValidity() {
  }

  /**
   * Whether an event falls within a parameter's validity.
   *
   * @param parameter  the parameter that would pay the event
   * @param event  the event's date
   * @return true if the date is within the validity
   */
  public static boolean within(Parameter<?> parameter, LocalDate event) {
    return parameter.isValidOn(event);
  }

  /**
   * The failed condition of an event outside a parameter's validity.
   *
   * @param parameter  the parameter that would pay the event; its citation is the reason's
   * @param event  the event's date
   * @param fact  the date's JSON Pointer in the request, such as {@code /firstNonPerformingDate}
   * @param zh  the event, in Chinese, such as {@code 首次分类为不良的日期}
   * @param en  the event, in English, such as {@code date first classified non-performing}
   * @return the condition, not met
   */
  public static TracedCondition outside(Parameter<?> parameter, LocalDate event, String fact, String zh, String en) {
    return TracedCondition.of(Optional.of(event), parameter::isValidOn, fact, "event-within-validity", OUTSIDE,
        () -> LocalizedText.of(zh + "在所适用参数的有效期 " + parameter.validity() + " 内",
            en + " within the validity " + parameter.validity() + " of the parameter applied"),
        parameter.citation());
  }

  /**
   * Conditions with the event's validity test added when it fails; the conditions themselves when it holds.
   *
   * @param conditions  the other conditions
   * @param parameter  the parameter that would pay the event
   * @param event  the event's date
   * @param fact  the date's JSON Pointer in the request, built only when the event is outside
   * @param zh  the event, in Chinese
   * @param en  the event, in English
   * @return the conditions
   */
  public static List<TracedCondition> with(List<TracedCondition> conditions, Parameter<?> parameter,
      LocalDate event, Supplier<String> fact, String zh, String en) {
    if (within(parameter, event)) {
      return conditions;
    }
    List<TracedCondition> all = new ArrayList<>(conditions);
    all.add(outside(parameter, event, fact.get(), zh, en));
    return all;
  }
}
