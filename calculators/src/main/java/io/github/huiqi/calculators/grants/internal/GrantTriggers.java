package io.github.huiqi.calculators.grants.internal;

import io.github.huiqi.calculators.grants.GrantFacts;
import io.github.huiqi.calculators.internal.SpecialisedRecognition;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.grants.GrantQualification;
import io.github.huiqi.core.grants.GrantTrigger;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Matches a grant's trigger against the facts: the one reading of "newly recognised within the window" and "an event
 * of this code within the window (ranked so high, while holding that qualification)" that every grant calculator
 * shares. Not part of the public API.
 * <p>
 * A recognition: the qualification not known is one unknown match naming it ({@code /littleGiant}); not held, no
 * match; held with no {@code since}, an unknown match naming {@code /littleGiant/since}; recognised within the window
 * (both ends inclusive), a match dated then; otherwise none. An event: the list not known is one unknown match
 * naming {@code /grantEvents}, and the qualification to hold on the event's date too when that is not given, or no
 * match when it is held on no day of the window (decisions register §4.6 item 75); otherwise one match per event of
 * the code dated within the window, unknown while its rank (when the trigger limits it) or the qualification to hold
 * on its date is not known. A 专精特新 qualification to hold ({@code SPECIALISED_AND_INNOVATIVE}) is held through
 * either the 专精特新中小企业 or the 专精特新"小巨人" recognition ({@link SpecialisedRecognition}).
 */
public final class GrantTriggers {

  /** Each kind's name in kebab case, worked out once (an unmodifiable map). */
  private static final Map<GrantQualification, String> KEBAB = kebabNames();
  /** Each kind's recognition condition code and profile pointer, worked out once (unmodifiable maps). */
  private static final Map<GrantQualification, String> RECOGNITION_CODES = byKind(kind -> "newly-recognised-"
      + KEBAB.get(kind));
  private static final Map<GrantQualification, String> PROFILE_POINTERS = byKind(kind -> "/" + kind.profileField());

  private GrantTriggers() {
  }

  /**
   * Matches a trigger, recording its conditions.
   *
   * @param trigger  the trigger
   * @param facts  the facts
   * @param check  where the conditions are recorded
   * @return the matches, in the events' order; empty if nothing matches
   */
  public static List<Match> match(GrantTrigger trigger, GrantFacts facts, GrantCheck check) {
    return match(trigger, facts, check, -1);
  }

  /**
   * Matches a trigger on one event only, recording that event's conditions alone: the earliest event of a one-off
   * award ("首次…一次性奖励"), whose later events of the code can never earn and are not explained as if they could.
   *
   * @param trigger  the trigger
   * @param facts  the facts
   * @param check  where the conditions are recorded
   * @param onlyEvent  the index of the one event of the code to match, or -1 for every event (as
   *     {@link #match(GrantTrigger, GrantFacts, GrantCheck)}); ignored for a recognition
   * @return the matches: at most one when {@code onlyEvent} is given; empty if nothing matches
   */
  public static List<Match> match(GrantTrigger trigger, GrantFacts facts, GrantCheck check, int onlyEvent) {
    if (trigger.newlyRecognised().isPresent()) {
      return recognition(trigger, trigger.newlyRecognised().get(), facts, check);
    }
    String code = trigger.event().orElseThrow();
    Citation condition = trigger.condition();
    DateRange window = trigger.window().value();
    // the condition's reason code, made only when explaining: the plain form records no reason
    String eventCode = check.explaining() ? "event-" + code : code;
    Optional<List<GrantEvent>> given = facts.grantEvents();
    if (given.isEmpty()) {
      check.record(ConditionOutcome.UNKNOWN, eventCode, () -> eventText(code, window),
          () -> "grantEvents not given", condition);
      return trigger.heldOnEventDate().isEmpty() ? List.of(Match.unknownList())
          : unknownEvents(trigger, trigger.heldOnEventDate().get(), facts, check);
    }
    List<GrantEvent> events = given.get();
    List<Match> matches = new ArrayList<>();
    boolean anyOfCode = false;
    for (int i = 0; i < events.size(); i++) {
      GrantEvent event = events.get(i);
      if (!event.code().equals(code) || onlyEvent >= 0 && i != onlyEvent) {
        continue;
      }
      anyOfCode = true;
      String at = "/grantEvents/" + i;
      boolean inWindow = window.contains(event.date());
      check.record(inWindow ? ConditionOutcome.MET : ConditionOutcome.NOT_MET, eventCode,
          () -> eventText(code, window), () -> at + ": " + event.eventId() + " on " + event.date(), condition);
      if (!inWindow) {
        continue;
      }
      List<String> unknown = new ArrayList<>(0);
      if (!rankMet(trigger, event, at, unknown, check) || !heldOnDate(trigger, event, facts, unknown, check)) {
        continue;
      }
      Optional<BigDecimal> amount = event.amount().map(a -> Cny.notNegativeYuan(a, at + "/amount"));
      matches.add(new Match(i, Optional.of(event.date()), amount, unknown.isEmpty(), List.copyOf(unknown)));
    }
    if (!anyOfCode) {
      check.record(ConditionOutcome.NOT_MET, eventCode, () -> eventText(code, window),
          () -> "no grantEvents entry with code " + code, condition);
    }
    return matches;
  }

  private static List<Match> recognition(GrantTrigger trigger, GrantQualification kind, GrantFacts facts,
      GrantCheck check) {
    String field = PROFILE_POINTERS.get(kind);
    String code = RECOGNITION_CODES.get(kind);
    DateRange window = trigger.window().value();
    Citation condition = trigger.condition();
    Optional<Qualification> qualification = facts.qualification(kind);
    if (qualification.isEmpty()) {
      check.record(ConditionOutcome.UNKNOWN, code, () -> recognitionText(kind, window),
          () -> kind.profileField() + " not given", condition);
      return List.of(new Match(-1, Optional.empty(), Optional.empty(), false, List.of(field)));
    }
    Qualification held = qualification.get();
    if (!held.held()) {
      check.record(ConditionOutcome.NOT_MET, code, () -> recognitionText(kind, window),
          () -> kind.profileField() + ".held = false", condition);
      return List.of();
    }
    Optional<LocalDate> until = held.until();
    if (held.since().isEmpty() && until.isPresent() && until.get().isBefore(window.start())) {
      // a recognition starts on or before its end (Qualification): one that ended before the window was granted
      // before it, so it is not 新认定 within it, whenever it started
      check.record(ConditionOutcome.NOT_MET, code, () -> recognitionText(kind, window),
          () -> kind.profileField() + ".until = " + until.get() + ", before the window", condition);
      return List.of();
    }
    if (held.since().isEmpty()) {
      check.record(ConditionOutcome.UNKNOWN, code, () -> recognitionText(kind, window),
          () -> kind.profileField() + ".since not given", condition);
      return List.of(new Match(-1, Optional.empty(), Optional.empty(), false, List.of(field + "/since")));
    }
    LocalDate since = held.since().get();
    boolean met = window.contains(since);
    check.record(met ? ConditionOutcome.MET : ConditionOutcome.NOT_MET, code,
        () -> recognitionText(kind, window), () -> kind.profileField() + ".since = " + since, condition);
    return met ? List.of(new Match(-1, Optional.of(since), Optional.empty(), true, List.of())) : List.of();
  }

  /**
   * The events not known, a qualification to hold on the event's date: whatever the events, one can earn only on a
   * day of the window the qualification may be held on (decisions register §4.6 item 75). Known to be held on no day
   * of it (not held, granted after the window, expired before it), no event can earn: no match. Not given, it decides
   * as the events do, and the unknown match names both; otherwise the events alone.
   */
  private static List<Match> unknownEvents(GrantTrigger trigger, GrantQualification kind, GrantFacts facts,
      GrantCheck check) {
    DateRange window = trigger.window().value();
    String code = "held-" + kebab(kind) + "-on-event-date";
    Optional<Boolean> possible = kind == GrantQualification.SPECIALISED_AND_INNOVATIVE
        ? specialisedInWindow(facts, window) : facts.qualification(kind).map(q -> heldWithin(q, window));
    if (possible.isEmpty()) {
      String fact = kind == GrantQualification.SPECIALISED_AND_INNOVATIVE
          && facts.specialisedAndInnovative().isPresent() ? SpecialisedRecognition.LITTLE_GIANT
          : "/" + kind.profileField();
      check.record(ConditionOutcome.UNKNOWN, code, () -> heldText(kind), () -> fact.substring(1) + " not given",
          trigger.condition());
      return List.of(new Match(-1, Optional.empty(), Optional.empty(), false, List.of("/grantEvents", fact)));
    }
    if (!possible.get()) {
      check.record(ConditionOutcome.NOT_MET, code, () -> heldText(kind),
          () -> kind.profileField() + " held on no day of " + window, trigger.condition());
      return List.of();
    }
    return List.of(Match.unknownList());
  }

  /** Whether a qualification is held on some day of a window: held, granted by its end, valid from its start. */
  private static boolean heldWithin(Qualification qualification, DateRange window) {
    return qualification.held()
        && qualification.since().map(since -> window.end().map(end -> !since.isAfter(end)).orElse(true))
            .orElse(true)
        && qualification.until().map(until -> !until.isBefore(window.start())).orElse(true);
  }

  /**
   * Whether the enterprise is a 专精特新企业 on some day of a window, read as {@link SpecialisedRecognition} reads one
   * date: a 小巨人 recognition held within it qualifies; a 专精特新中小企业 recognition not held, or granted after the
   * window, rules the 小巨人 out too (decisions register §1.6 item 004-scope); one that expired before the window
   * leaves the 小巨人 recognition to decide (§4.6 item 59). Empty when the fact that decides is not given.
   */
  private static Optional<Boolean> specialisedInWindow(GrantFacts facts, DateRange window) {
    Optional<Qualification> littleGiant = facts.littleGiant();
    if (littleGiant.map(q -> heldWithin(q, window)).orElse(false)) {
      return Optional.of(true);
    }
    Optional<Qualification> specialised = facts.specialisedAndInnovative();
    if (specialised.isEmpty()) {
      return Optional.empty();
    }
    Qualification held = specialised.get();
    boolean expiredBefore = held.held() && held.until().map(until -> until.isBefore(window.start())).orElse(false);
    if (expiredBefore) {
      return littleGiant.isEmpty() ? Optional.empty() : Optional.of(false);
    }
    return Optional.of(heldWithin(held, window));
  }

  private static boolean rankMet(GrantTrigger trigger, GrantEvent event, String at, List<String> unknown,
      GrantCheck check) {
    if (trigger.maximumRank().isEmpty()) {
      return true;
    }
    int maximum = trigger.maximumRank().get();
    String code = "ranked-within-" + maximum;
    if (event.rank().isEmpty()) {
      check.record(ConditionOutcome.UNKNOWN, code, () -> rankText(maximum),
          () -> at + "/rank not given", trigger.condition());
      unknown.add(at + "/rank");
      return true;
    }
    int rank = event.rank().get();
    boolean met = rank <= maximum;
    check.record(met ? ConditionOutcome.MET : ConditionOutcome.NOT_MET, code, () -> rankText(maximum),
        () -> at + "/rank = " + rank, trigger.condition());
    return met;
  }

  private static boolean heldOnDate(GrantTrigger trigger, GrantEvent event, GrantFacts facts, List<String> unknown,
      GrantCheck check) {
    if (trigger.heldOnEventDate().isEmpty()) {
      return true;
    }
    GrantQualification kind = trigger.heldOnEventDate().get();
    String code = "held-" + kebab(kind) + "-on-event-date";
    if (kind == GrantQualification.SPECIALISED_AND_INNOVATIVE && SpecialisedRecognition.heldOn(Optional.empty(),
        facts.littleGiant(), event.date()).orElse(false)) {
      // the draft's 专精特新企业 include the 小巨人: its recognition held on the date qualifies the enterprise
      check.record(ConditionOutcome.MET, code, () -> LocalizedText.of(
          "事件发生之日为有效期内的专精特新企业（专精特新中小企业或“小巨人”企业）",
          "a 专精特新 enterprise (a specialised and innovative SME or a 'little giant') on the event's date"),
          () -> "littleGiant held on " + event.date(), trigger.condition());
      return true;
    }
    // the 专精特新中小企业 recognition expired with the 小巨人 one not given: not known (decisions register §4.6 item
    // 59), the 小巨人 recognition asked
    boolean littleGiantAsked = kind == GrantQualification.SPECIALISED_AND_INNOVATIVE
        && SpecialisedRecognition.factAsked(facts.specialisedAndInnovative(), facts.littleGiant(), event.date())
            .equals(SpecialisedRecognition.LITTLE_GIANT);
    Optional<Qualification> qualification = littleGiantAsked ? Optional.empty() : facts.qualification(kind);
    if (qualification.isEmpty()) {
      String fact = littleGiantAsked ? SpecialisedRecognition.LITTLE_GIANT : "/" + kind.profileField();
      check.record(ConditionOutcome.UNKNOWN, code, () -> heldText(kind),
          () -> fact.substring(1) + " not given", trigger.condition());
      unknown.add(fact);
      return true;
    }
    boolean met = qualification.get().isHeldOn(event.date());
    check.record(met ? ConditionOutcome.MET : ConditionOutcome.NOT_MET, code, () -> heldText(kind),
        () -> kind.profileField() + " " + qualification.get().since().map(d -> "since " + d).orElse("")
            + qualification.get().until().map(d -> " until " + d).orElse("") + ", event on " + event.date(),
        trigger.condition());
    return met;
  }

  /**
   * Copies a request's events, checking that none is null and that their ids are unique.
   *
   * @param events  the events
   * @return the copy
   * @throws InvalidInputException if an event is null or an id repeats, naming it ({@code grantEvents/1/eventId})
   */
  public static List<GrantEvent> uniqueEvents(List<GrantEvent> events) {
    List<GrantEvent> copy = Args.listCopy(events, "grantEvents");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      if (!seen.add(copy.get(i).eventId())) {
        throw new InvalidInputException("grantEvents/" + i + "/eventId", copy.get(i).eventId(),
            "must be unique in grantEvents");
      }
    }
    return copy;
  }

  /**
   * Returns a qualification's kind in lower-case words joined by hyphens, for a reason code.
   *
   * @param kind  the kind
   * @return such as {@code little-giant}
   */
  public static String kebab(GrantQualification kind) {
    return KEBAB.get(kind);
  }

  private static LocalizedText recognitionText(GrantQualification kind, DateRange window) {
    return LocalizedText.of("在 " + window + " 期间新认定为" + kind.zh(),
        "newly recognised as a " + kind.en() + " within " + window);
  }

  private static LocalizedText eventText(String code, DateRange window) {
    return LocalizedText.of("在 " + window + " 期间发生事件 " + code, "an event " + code + " within " + window);
  }

  private static LocalizedText rankText(int maximum) {
    return LocalizedText.of("名次在前 " + maximum + " 名以内", "placed within the top " + maximum);
  }

  private static LocalizedText heldText(GrantQualification kind) {
    return LocalizedText.of("事件发生之日为有效期内的" + kind.zh(), "a " + kind.en() + " on the event's date");
  }

  /**
   * One match of a trigger: an event (its index in {@code grantEvents}), a recognition (index -1), or the events not
   * being known at all (index -1, no date).
   *
   * @param eventIndex  the event's index, or -1
   * @param date  the event's or the recognition's date, if known
   * @param amount  the event's amount in yuan, if given
   * @param met  true if every condition is met; false if one is unknown
   * @param missingFacts  the unknown facts, as JSON Pointers; empty when met
   */
  public record Match(int eventIndex, Optional<LocalDate> date, Optional<BigDecimal> amount, boolean met,
      List<String> missingFacts) {

    static Match unknownList() {
      return new Match(-1, Optional.empty(), Optional.empty(), false, List.of("/grantEvents"));
    }

    /**
     * Returns the event's JSON Pointer, such as {@code /grantEvents/2}.
     *
     * @return the pointer, or {@code /grantEvents} when the events are not known
     */
    public String pointer() {
      return eventIndex < 0 ? "/grantEvents" : "/grantEvents/" + eventIndex;
    }
  }

  private static Map<GrantQualification, String> byKind(Function<GrantQualification, String> text) {
    Map<GrantQualification, String> texts = new EnumMap<>(GrantQualification.class);
    for (GrantQualification kind : GrantQualification.values()) {
      texts.put(kind, text.apply(kind));
    }
    return Collections.unmodifiableMap(texts);
  }

  private static Map<GrantQualification, String> kebabNames() {
    Map<GrantQualification, String> names = new EnumMap<>(GrantQualification.class);
    for (GrantQualification kind : GrantQualification.values()) {
      names.put(kind, kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return Collections.unmodifiableMap(names);
  }
}
