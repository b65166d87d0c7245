package io.github.huiqi.calculators.grants.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.grants.GrantFacts;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.grants.GrantQualification;
import io.github.huiqi.core.grants.GrantTrigger;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link GrantTriggers} to its one reading of a grant's trigger (its class Javadoc): a recognition within the
 * window, both ends inclusive; an event of the code within the window, ranked high enough and while holding the
 * qualification asked for; and each fact not known as an unknown match naming it.
 */
class GrantTriggersTest {

  private static final Citation CLAUSE = Citation.libraryDefault("test", "a grant's trigger");
  /** The window 2023-01-01 .. 2023-12-31, both ends inclusive. */
  private static final Parameter<DateRange> WINDOW = Parameter.of(DateRange.of(LocalDate.of(2023, 1, 1),
      LocalDate.of(2023, 12, 31)), CLAUSE, DateRange.startingOn(LocalDate.of(2020, 1, 1)));

  /** The facts a trigger reads. */
  private record Facts(Optional<Qualification> techSme, Optional<Qualification> specialisedAndInnovative,
      Optional<Qualification> littleGiant, Optional<Qualification> highTech,
      Optional<List<GrantEvent>> grantEvents) implements GrantFacts {
  }

  private static Facts littleGiant(Optional<Qualification> littleGiant) {
    return new Facts(Optional.empty(), Optional.empty(), littleGiant, Optional.empty(), Optional.empty());
  }

  private static Facts events(Optional<Qualification> littleGiant, GrantEvent... events) {
    return new Facts(Optional.empty(), Optional.empty(), littleGiant, Optional.empty(), Optional.of(List.of(events)));
  }

  private static Qualification since(String date) {
    return Qualification.builder().held(true).since(LocalDate.parse(date)).build();
  }

  private static GrantEvent event(String id, String code, String date, Integer rank, String amount) {
    GrantEvent.Builder b = GrantEvent.builder().eventId(id).code(code).date(LocalDate.parse(date));
    if (rank != null) {
      b.rank(rank);
    }
    if (amount != null) {
      b.amount(Cny.of(amount));
    }
    return b.build();
  }

  private static List<String> details(GrantCheck check) {
    return check.steps().stream().map(s -> ((ConditionStep) s).detail()).toList();
  }

  private static List<String> codes(GrantCheck check, Verdict verdict) {
    return check.eligibility(verdict, verdict == Verdict.UNDETERMINED ? List.of("/x") : List.of(),
        () -> new Reason("none", io.github.huiqi.core.policy.LocalizedText.of("无", "none"), CLAUSE))
        .reasons().stream().map(Reason::code).toList();
  }

  @Test
  void recognition_withinTheWindow_bothEndsInclusive() {
    GrantTrigger trigger = GrantTrigger.newlyRecognised(GrantQualification.LITTLE_GIANT, WINDOW, CLAUSE);
    for (String day : List.of("2023-01-01", "2023-07-01", "2023-12-31")) {
      GrantCheck check = new GrantCheck(true);
      List<GrantTriggers.Match> matches = GrantTriggers.match(trigger, littleGiant(Optional.of(since(day))), check);
      assertThat(matches).singleElement().satisfies(m -> {
        assertThat(m.met()).isTrue();
        assertThat(m.date()).contains(LocalDate.parse(day));
        assertThat(m.eventIndex()).isEqualTo(-1);
        assertThat(m.missingFacts()).isEmpty();
      });
      assertThat(codes(check, Verdict.ELIGIBLE)).containsExactly("newly-recognised-little-giant");
      assertThat(((ConditionStep) check.steps().get(0)).detail()).isEqualTo("littleGiant.since = " + day);
    }
    for (String day : List.of("2022-12-31", "2024-01-01")) {
      GrantCheck check = new GrantCheck(true);
      assertThat(GrantTriggers.match(trigger, littleGiant(Optional.of(since(day))), check)).isEmpty();
      assertThat(codes(check, Verdict.INELIGIBLE)).containsExactly("not-newly-recognised-little-giant");
    }
  }

  @Test
  void recognition_notHeld_notKnown_sinceNotKnown() {
    GrantTrigger trigger = GrantTrigger.newlyRecognised(GrantQualification.LITTLE_GIANT, WINDOW, CLAUSE);
    GrantCheck notHeld = new GrantCheck(true);
    assertThat(GrantTriggers.match(trigger, littleGiant(Optional.of(Qualification.held(false))), notHeld)).isEmpty();
    assertThat(codes(notHeld, Verdict.INELIGIBLE)).containsExactly("not-newly-recognised-little-giant");
    assertThat(details(notHeld)).containsExactly("littleGiant.held = false");
    GrantCheck unknown = new GrantCheck(true);
    assertThat(GrantTriggers.match(trigger, littleGiant(Optional.empty()), unknown)).singleElement().satisfies(m -> {
      assertThat(m.met()).isFalse();
      assertThat(m.date()).isEmpty();
      assertThat(m.missingFacts()).containsExactly("/littleGiant");
    });
    assertThat(codes(unknown, Verdict.UNDETERMINED)).containsExactly("newly-recognised-little-giant");
    assertThat(details(unknown)).containsExactly("littleGiant not given");
    GrantCheck noSince = new GrantCheck(true);
    assertThat(GrantTriggers.match(trigger, littleGiant(Optional.of(Qualification.builder().held(true).build())),
        noSince)).singleElement().satisfies(m -> assertThat(m.missingFacts()).containsExactly("/littleGiant/since"));
    assertThat(codes(noSince, Verdict.UNDETERMINED)).containsExactly("newly-recognised-little-giant");
    assertThat(details(noSince)).containsExactly("littleGiant.since not given");
  }

  @Test
  void event_onlyOfTheCode_withinTheWindow_rankedHighEnough() {
    GrantTrigger trigger = new GrantTrigger(Optional.empty(), Optional.of("listed"), Optional.of(3),
        Optional.empty(), WINDOW, CLAUSE);
    Facts facts = events(Optional.empty(),
        event("E0", "other", "2023-05-01", 1, null),
        event("E1", "listed", "2022-12-31", 1, null),
        event("E2", "listed", "2023-12-31", 3, "80000.00"),
        event("E3", "listed", "2023-06-01", 4, null),
        event("E4", "listed", "2023-01-01", null, null));
    GrantCheck check = new GrantCheck(true);
    List<GrantTriggers.Match> matches = GrantTriggers.match(trigger, facts, check);
    // E0 another code; E1 the day before the window; E3 ranked 4th of at most 3rd; E2 on the window's last day,
    // ranked 3rd (inclusive), with its amount; E4 on the first day, its rank unknown
    assertThat(matches).extracting(GrantTriggers.Match::eventIndex).containsExactly(2, 4);
    GrantTriggers.Match e2 = matches.get(0);
    assertThat(e2.met()).isTrue();
    assertThat(e2.date()).contains(LocalDate.of(2023, 12, 31));
    assertThat(e2.amount()).contains(new BigDecimal("80000.00"));
    assertThat(e2.pointer()).isEqualTo("/grantEvents/2");
    GrantTriggers.Match e4 = matches.get(1);
    assertThat(e4.met()).isFalse();
    assertThat(e4.amount()).isEmpty();
    assertThat(e4.missingFacts()).containsExactly("/grantEvents/4/rank");
    assertThat(codes(check, Verdict.INELIGIBLE)).containsExactly("not-event-listed", "not-ranked-within-3");
    assertThat(codes(check, Verdict.UNDETERMINED)).containsExactly("ranked-within-3");
    assertThat(check.steps()).extracting(s -> ((ConditionStep) s).outcome()).containsExactly(
        ConditionOutcome.NOT_MET, ConditionOutcome.MET, ConditionOutcome.MET, ConditionOutcome.MET,
        ConditionOutcome.NOT_MET, ConditionOutcome.MET, ConditionOutcome.UNKNOWN);
    // each event named by its pointer, id and date; each rank by its pointer
    assertThat(details(check)).containsExactly("/grantEvents/1: E1 on 2022-12-31", "/grantEvents/2: E2 on 2023-12-31",
        "/grantEvents/2/rank = 3", "/grantEvents/3: E3 on 2023-06-01", "/grantEvents/3/rank = 4",
        "/grantEvents/4: E4 on 2023-01-01", "/grantEvents/4/rank not given");
    // the first event is /grantEvents/0, not the list
    GrantTriggers.Match first = GrantTriggers.match(trigger, events(Optional.empty(),
        event("E0", "listed", "2023-05-01", 1, null)), new GrantCheck(false)).get(0);
    assertThat(first.eventIndex()).isZero();
    assertThat(first.pointer()).isEqualTo("/grantEvents/0");
  }

  @Test
  void event_heldOnItsDate() {
    GrantTrigger trigger = new GrantTrigger(Optional.empty(), Optional.of("listed"), Optional.empty(),
        Optional.of(GrantQualification.LITTLE_GIANT), WINDOW, CLAUSE);
    GrantEvent listed = event("E0", "listed", "2023-06-01", null, null);
    // held since 2023-05-01: the event of 2023-06-01 counts
    GrantCheck held = new GrantCheck(true);
    assertThat(GrantTriggers.match(trigger, events(Optional.of(since("2023-05-01")), listed), held))
        .singleElement().satisfies(m -> assertThat(m.met()).isTrue());
    assertThat(codes(held, Verdict.ELIGIBLE)).containsExactly("event-listed", "held-little-giant-on-event-date");
    // held only from 2023-07-01: it does not
    GrantCheck late = new GrantCheck(true);
    assertThat(GrantTriggers.match(trigger, events(Optional.of(since("2023-07-01")), listed), late)).isEmpty();
    assertThat(codes(late, Verdict.INELIGIBLE)).containsExactly("not-held-little-giant-on-event-date");
    assertThat(details(late)).containsExactly("/grantEvents/0: E0 on 2023-06-01",
        "littleGiant since 2023-07-01, event on 2023-06-01");
    // held until 2023-05-31: not on the event's date either
    GrantCheck ended = new GrantCheck(true);
    Qualification until = Qualification.builder().held(true).since(LocalDate.of(2020, 1, 1))
        .until(LocalDate.of(2023, 5, 31)).build();
    assertThat(GrantTriggers.match(trigger, events(Optional.of(until), listed), ended)).isEmpty();
    assertThat(details(ended)).last().isEqualTo("littleGiant since 2020-01-01 until 2023-05-31, event on 2023-06-01");
    // not known: an unknown match naming the qualification
    GrantCheck unknown = new GrantCheck(true);
    assertThat(GrantTriggers.match(trigger, events(Optional.empty(), listed), unknown)).singleElement()
        .satisfies(m -> {
          assertThat(m.met()).isFalse();
          assertThat(m.missingFacts()).containsExactly("/littleGiant");
        });
    assertThat(codes(unknown, Verdict.UNDETERMINED)).containsExactly("held-little-giant-on-event-date");
    assertThat(details(unknown)).last().isEqualTo("littleGiant not given");
  }

  @Test
  void event_listNotKnown_orNoEventOfTheCode() {
    GrantTrigger trigger = GrantTrigger.event("listed", WINDOW, CLAUSE);
    GrantCheck unknown = new GrantCheck(true);
    assertThat(GrantTriggers.match(trigger, littleGiant(Optional.empty()), unknown)).singleElement()
        .satisfies(m -> {
          assertThat(m.met()).isFalse();
          assertThat(m.missingFacts()).containsExactly("/grantEvents");
          assertThat(m.pointer()).isEqualTo("/grantEvents");
        });
    assertThat(codes(unknown, Verdict.UNDETERMINED)).containsExactly("event-listed");
    assertThat(details(unknown)).containsExactly("grantEvents not given");
    GrantCheck none = new GrantCheck(true);
    assertThat(GrantTriggers.match(trigger, events(Optional.empty()), none)).isEmpty();
    assertThat(codes(none, Verdict.INELIGIBLE)).containsExactly("not-event-listed");
    assertThat(((ConditionStep) none.steps().get(0)).detail()).isEqualTo("no grantEvents entry with code listed");
  }

  @Test
  void uniqueEvents_andKebabNames() {
    GrantEvent a = event("E0", "listed", "2023-06-01", null, null);
    GrantEvent b = event("E1", "listed", "2023-06-01", null, null);
    assertThat(GrantTriggers.uniqueEvents(List.of(a, b))).containsExactly(a, b);
    assertThatThrownBy(() -> GrantTriggers.uniqueEvents(List.of(a, b, a))).isInstanceOf(InvalidInputException.class)
        .extracting(ex -> ((InvalidInputException) ex).field()).isEqualTo("grantEvents/2/eventId");
    assertThat(GrantTriggers.kebab(GrantQualification.SPECIALISED_AND_INNOVATIVE))
        .isEqualTo("specialised-and-innovative");
    assertThat(GrantTriggers.kebab(GrantQualification.TECH_SME)).isEqualTo("tech-sme");
  }
}
