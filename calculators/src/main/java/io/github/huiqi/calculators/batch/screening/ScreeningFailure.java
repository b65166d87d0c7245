package io.github.huiqi.calculators.batch.screening;

import io.github.huiqi.calculators.catalog.engine.EvaluationFailure;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.MeasureId;
import java.util.Optional;

/**
 * Why a firm of a screening could not be screened whole, typed: the measure the engine could not evaluate for it, or
 * its whole profile (a line that is not a profile, a profile the engine refused, no profile at all), with the error's
 * code, field, value and message, so that a reader counts and names failures without parsing their texts.
 * <p>
 * In a firm's NDJSON line it is one element of {@code "failureDetails"}, beside the text of the same failure in
 * {@code "failures"} ({@code "who: code at field"}, kept as it was): {@code {"code":"input.unknown-value",
 * "field":"/size","value":"HUGE","message":"…"}} for a line whose size class is none (no {@code "measure"}: the
 * whole profile), {@code {"measure":"sz-gxj-2023-26.first-loan-interest-subsidy","code":"input.invalid",…}} for a
 * measure the profile's facts break.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure that could not be evaluated; empty when the whole profile failed (the firm failed every
 *     measure)
 * @param code  the error's stable code ({@link HuiqiException#code()}, {@link EvaluationFailure#code()}), such as
 *     {@code input.unknown-value}
 * @param field  the field concerned: a JSON Pointer into the profile (into the line, for a line that is not a
 *     profile: {@code /} for malformed JSON), or {@code asOf}; empty when no one field is to blame
 * @param value  the rejected value as the error gives it ({@link HuiqiException#value()}, such as {@code HUGE} for a
 *     size class that is none); empty when none
 * @param message  what is wrong, in English; empty when only the text of the failure was given
 */
public record ScreeningFailure(Optional<MeasureId> measure, String code, String field, String value,
    String message) {

  /** The {@code who} of a failure's text when the whole profile failed. */
  static final String PROFILE = "profile";

  /**
   * Creates a failure.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or the code blank
   */
  public ScreeningFailure {
    Args.notNullOptional(measure, "measure");
    Args.notBlank(code, "code");
    Args.notNull(field, "field");
    Args.notNull(value, "value");
    Args.notNull(message, "message");
  }

  /**
   * Obtains the failure of a whole profile from the error that refused it (the JSON reading's, or the engine's).
   *
   * @param error  the error
   * @return the failure, with no measure
   */
  public static ScreeningFailure ofProfile(HuiqiException error) {
    Args.notNull(error, "error");
    return new ScreeningFailure(Optional.empty(), error.code(), error.field(), error.value(), error.getMessage());
  }

  /**
   * Obtains the failure of one measure from the engine's report of it.
   *
   * @param failure  the engine's failure
   * @return the failure, naming the measure
   */
  public static ScreeningFailure ofMeasure(EvaluationFailure failure) {
    Args.notNull(failure, "failure");
    return new ScreeningFailure(Optional.of(failure.measure()), failure.code(), failure.field(), failure.value(),
        failure.message());
  }

  /**
   * Reads a failure from its text, {@code "who: code at field"} ({@code who} a measure id or {@code profile}; a text
   * without {@code " at "} has no field, as {@code "profile: input.required"}), for a firm built from texts only
   * ({@link ScreeningFirm}'s six-argument constructor): the value and the message are empty, since the text holds
   * neither.
   *
   * @param text  the text
   * @return the failure
   * @throws InvalidInputException if the text is null, has no {@code ": "} after a
   *     {@code who}, or its {@code who} is neither {@code profile} nor a measure id
   */
  public static ScreeningFailure parse(String text) {
    Args.notNull(text, "failure");
    int colon = text.indexOf(": ");
    if (colon <= 0) {
      throw new InvalidInputException("failure", text,
          "must be \"who: code at field\", who a measure id or profile");
    }
    String who = text.substring(0, colon);
    String rest = text.substring(colon + 2);
    // a code holds no space: the first " at " ends it
    int at = rest.indexOf(" at ");
    String code = at < 0 ? rest : rest.substring(0, at);
    String field = at < 0 ? "" : rest.substring(at + 4);
    Optional<MeasureId> measure = who.equals(PROFILE) ? Optional.empty() : Optional.of(MeasureId.of(who));
    return new ScreeningFailure(measure, code.isBlank() ? text : code, field, "", "");
  }

  /**
   * Returns whether the whole profile failed (no measure named): the firm is counted failed for every measure.
   *
   * @return true when no measure is named
   */
  public boolean wholeProfile() {
    return measure.isEmpty();
  }

  /**
   * Returns who failed as a failure's text names it: the measure's id, or {@code profile}.
   *
   * @return the measure id's text, or {@code profile}
   */
  public String who() {
    return measure.map(MeasureId::value).orElse(PROFILE);
  }
}
