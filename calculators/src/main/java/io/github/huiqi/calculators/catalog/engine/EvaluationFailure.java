package io.github.huiqi.calculators.catalog.engine;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.MeasureId;

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
 */
public record EvaluationFailure(MeasureId measure, String code, String field, String value, String message) {

  /**
   * Creates a failure.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or the code blank
   */
  public EvaluationFailure {
    Args.notNull(measure, "measure");
    Args.notBlank(code, "code");
    Args.notNull(field, "field");
    Args.notNull(value, "value");
    Args.notNull(message, "message");
  }
}
