package io.github.huiqi.core.grants;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.time.DateRange;
import java.util.Optional;

/**
 * What earns a grant: a qualification newly recognised within a window ("对新认定专精特新中小企业"), or an event of the
 * profile's {@code grantEvents} with a given code dated within the window (a placing, a contract signed, a project
 * approved, a first entry into the "四上" statistics), optionally ranked at most so high (top 500) and optionally
 * while the enterprise holds a qualification on the event's date ("有效期内高新技术企业").
 * <p>
 * Exactly one of {@code newlyRecognised} and {@code event} is given; {@code maximumRank} and {@code heldOnEventDate}
 * go with an event only. In a pack:
 * <pre>
 * {"event": "sh-digital-service-contract", "window": {"value": {"start": "2023-01-01", "end": "2023-12-31"},
 *  "citation": {...}, "validity": {...}}, "condition": {"provenance": "SOURCE_TEXT", ...}}
 * </pre>
 * This class is immutable and thread-safe.
 *
 * @param newlyRecognised  the qualification whose recognition date ({@code since}) must fall in the window
 * @param event  the code of the {@link GrantEvent}s that earn the grant: lower-case words joined by hyphens
 * @param maximumRank  the lowest placing that earns it, inclusive (500 for "全国500强"), at least 1
 * @param heldOnEventDate  a qualification the enterprise must hold on the event's date
 * @param window  the dates the recognition or the event must fall in, inclusive, cited
 * @param condition  the words of the source that state the condition
 */
public record GrantTrigger(
    Optional<GrantQualification> newlyRecognised,
    Optional<String> event,
    Optional<Integer> maximumRank,
    Optional<GrantQualification> heldOnEventDate,
    Parameter<DateRange> window,
    Citation condition) {

  /**
   * Creates a trigger, checking its invariants.
   *
   * @throws InvalidInputException if a field is null, both or neither of {@code newlyRecognised} and {@code event}
   *     is given, the event code is not lower-case words joined by hyphens, or a rank is below 1
   */
  public GrantTrigger {
    Args.notNullOptional(newlyRecognised, "newlyRecognised");
    Args.notNullOptional(event, "event");
    Args.notNullOptional(maximumRank, "maximumRank");
    Args.notNullOptional(heldOnEventDate, "heldOnEventDate");
    Args.notNull(window, "window");
    Args.notNull(condition, "condition");
    if (newlyRecognised.isPresent() == event.isPresent()) {
      throw new InvalidInputException("event", event.orElse(null),
          "exactly one of newlyRecognised and event must be given");
    }
    if (event.isPresent()) {
      GrantEvent.checkCode(event.get(), "event");
    }
    if (newlyRecognised.isPresent() && (maximumRank.isPresent() || heldOnEventDate.isPresent())) {
      throw new InvalidInputException("maximumRank", maximumRank.orElse(null),
          "maximumRank and heldOnEventDate go with an event only");
    }
    if (maximumRank.isPresent() && maximumRank.get() < 1) {
      throw new InvalidInputException("maximumRank", maximumRank.get(), "must be at least 1");
    }
  }

  /**
   * Obtains a trigger on a qualification newly recognised within a window.
   *
   * @param qualification  the qualification
   * @param window  the window
   * @param condition  the source's words
   * @return the trigger
   */
  public static GrantTrigger newlyRecognised(GrantQualification qualification, Parameter<DateRange> window,
      Citation condition) {
    return new GrantTrigger(Optional.of(Args.notNull(qualification, "qualification")), Optional.empty(),
        Optional.empty(), Optional.empty(), window, condition);
  }

  /**
   * Obtains a trigger on events of a code within a window.
   *
   * @param event  the event code
   * @param window  the window
   * @param condition  the source's words
   * @return the trigger
   */
  public static GrantTrigger event(String event, Parameter<DateRange> window, Citation condition) {
    return new GrantTrigger(Optional.empty(), Optional.of(Args.notNull(event, "event")), Optional.empty(),
        Optional.empty(), window, condition);
  }
}
