package io.github.huiqi.calculators.grants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link GrantCheck} to the reason-code convention ({@code not-} + the code when not met) and to the verdict
 * the caller decides: its reasons are the conditions met, failed or unknown; the plain form builds no text.
 */
class GrantCheckTest {

  private static final Citation CLAUSE = Citation.libraryDefault("test", "a grant's condition");
  private static final LocalizedText TEXT = LocalizedText.of("条件", "a condition");

  private static GrantCheck recorded(boolean explain) {
    GrantCheck check = new GrantCheck(explain);
    check.record(ConditionOutcome.MET, "event-listed", () -> TEXT, () -> "listed on 2023-05-01", CLAUSE);
    check.record(ConditionOutcome.NOT_MET, "ranked-within-3", () -> TEXT, () -> "rank = 5", CLAUSE);
    check.record(ConditionOutcome.UNKNOWN, "held-little-giant-on-event-date", () -> TEXT,
        () -> "littleGiant not given", CLAUSE);
    return check;
  }

  @Test
  void explaining_reasonsByTheVerdictDecided() {
    GrantCheck check = recorded(true);
    assertThat(check.explaining()).isTrue();
    assertThat(check.eligibility(Verdict.ELIGIBLE, List.of(), () -> null).reasons()).extracting(Reason::code)
        .containsExactly("event-listed");
    Eligibility ineligible = check.eligibility(Verdict.INELIGIBLE, List.of(), () -> null);
    assertThat(ineligible.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(ineligible.reasons()).extracting(Reason::code).containsExactly("not-ranked-within-3");
    Eligibility undetermined = check.eligibility(Verdict.UNDETERMINED, List.of("/littleGiant"), () -> null);
    assertThat(undetermined.reasons()).extracting(Reason::code).containsExactly("held-little-giant-on-event-date");
    assertThat(undetermined.missingFacts()).containsExactly("/littleGiant");
    // one step per condition, in order, with its outcome and detail
    assertThat(check.steps()).hasSize(3);
    assertThat(check.steps()).extracting(s -> ((ConditionStep) s).outcome()).containsExactly(ConditionOutcome.MET,
        ConditionOutcome.NOT_MET, ConditionOutcome.UNKNOWN);
    assertThat(check.steps()).extracting(s -> ((ConditionStep) s).detail()).containsExactly(
        "listed on 2023-05-01", "rank = 5", "littleGiant not given");
  }

  @Test
  void ineligible_withNoFailedCondition_givesTheNoneReason() {
    GrantCheck check = new GrantCheck(true);
    Reason none = new Reason("no-event", TEXT, CLAUSE);
    assertThat(check.eligibility(Verdict.INELIGIBLE, List.of(), () -> none).reasons()).containsExactly(none);
    check.step(() -> new ConditionStep(TEXT, ConditionOutcome.MET, "extra", CLAUSE));
    assertThat(check.steps()).hasSize(1);
  }

  @Test
  void plainForm_buildsNothing() {
    AtomicInteger built = new AtomicInteger();
    GrantCheck check = new GrantCheck(false);
    check.record(ConditionOutcome.NOT_MET, "ranked-within-3", () -> {
      built.incrementAndGet();
      return TEXT;
    }, () -> "rank = 5", CLAUSE);
    check.step(() -> {
      built.incrementAndGet();
      return null;
    });
    assertThat(check.explaining()).isFalse();
    assertThat(check.eligibility(Verdict.INELIGIBLE, List.of(), () -> null)).isNull();
    assertThat(check.steps()).isEmpty();
    assertThat(built).hasValue(0);
  }
}
