package io.github.huiqi.calculators.catalog.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.MeasureId;
import java.util.Locale;

/**
 * A measure the engine could not evaluate for an enterprise, reported as a value so that the other measures are
 * still evaluated. A report with a failure is not whole: {@link EntitlementReport#complete()} is false and its
 * totals leave the failed measure out.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure
 * @param code  the error's {@link io.github.huiqi.core.error.HuiqiException#code() code} (such as
 *     {@code input.invalid} for a profile fact the measure cannot use); {@code internal-error} otherwise
 * @param field  the JSON Pointer of the fact in the profile, empty when no single fact is to blame
 * @param value  the offending value as text, empty when none
 * @param message  what is wrong, in English
 * @param messageZh  what is wrong, in Chinese; the English message when none is given (as in a report saved before
 *     the field was added, or for an internal error)
 */
public record EvaluationFailure(MeasureId measure, String code, String field, String value, String message,
    String messageZh) {

  /**
   * Creates a failure.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field but {@code messageZh} is null or the code
   *     blank
   */
  @JsonCreator
  public EvaluationFailure {
    Args.notNull(measure, "measure");
    Args.notBlank(code, "code");
    Args.notNull(field, "field");
    Args.notNull(value, "value");
    Args.notNull(message, "message");
    messageZh = messageZh == null ? message : messageZh;
  }

  /**
   * Creates a failure whose message is in English only.
   *
   * @param measure  the measure
   * @param code  the error's code
   * @param field  the JSON Pointer of the fact, empty when none
   * @param value  the offending value, empty when none
   * @param message  what is wrong, in English (also given for Chinese)
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null or the code blank
   */
  public EvaluationFailure(MeasureId measure, String code, String field, String value, String message) {
    this(measure, code, field, value, message, message);
  }

  /**
   * Returns what is wrong in a language: Chinese for a locale whose language is {@code zh}, else English.
   *
   * @param locale  the locale
   * @return the message
   * @throws io.github.huiqi.core.error.InvalidInputException if the locale is null
   */
  public String message(Locale locale) {
    return "zh".equals(Args.notNull(locale, "locale").getLanguage()) ? messageZh : message;
  }
}
