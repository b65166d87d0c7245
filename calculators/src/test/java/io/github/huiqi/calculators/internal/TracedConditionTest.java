package io.github.huiqi.calculators.internal;

import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.POOL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Tests {@link TracedCondition}: reason codes when met, not met and unknown, and no text in the plain form. */
class TracedConditionTest {

  private static final LocalizedText TEXT = LocalizedText.of("贷款未纳入再担保", "loan not covered by re-guarantee");

  private static Eligibility explained(TracedCondition condition) {
    return TracedCondition.decide(List.of(condition), new StepTrace(true)).eligibility();
  }

  @Test
  void test_defaultFailureCodeIsNotPlusTheCode() {
    TracedCondition failed = TracedCondition.of(Optional.of(false), Boolean::booleanValue, "/inRegion", "in-region",
        () -> TEXT, POOL.exclusionRules());
    assertThat(explained(failed).reasons()).extracting(r -> r.code()).containsExactly("not-in-region");
    TracedCondition met = TracedCondition.of(Optional.of(true), Boolean::booleanValue, "/inRegion", "in-region",
        () -> TEXT, POOL.exclusionRules());
    assertThat(explained(met).reasons()).extracting(r -> r.code()).containsExactly("in-region");
  }

  @Test
  void test_explicitFailureCode() {
    TracedCondition excluded = TracedCondition.of(Optional.of(true), (Boolean b) -> !b, "/reGuaranteed",
        "not-re-guaranteed", "re-guaranteed", () -> TEXT, POOL.exclusionRules());
    assertThat(explained(excluded).verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(explained(excluded).reasons()).extracting(r -> r.code()).containsExactly("re-guaranteed");
    TracedCondition kept = TracedCondition.of(Optional.of(false), (Boolean b) -> !b, "/reGuaranteed",
        "not-re-guaranteed", "re-guaranteed", () -> TEXT, POOL.exclusionRules());
    assertThat(explained(kept).reasons()).extracting(r -> r.code()).containsExactly("not-re-guaranteed");
    TracedCondition unknown = TracedCondition.of(Optional.empty(), (Boolean b) -> !b, "/reGuaranteed",
        "not-re-guaranteed", "re-guaranteed", () -> TEXT, POOL.exclusionRules());
    assertThat(explained(unknown).reasons()).extracting(r -> r.code()).containsExactly("not-re-guaranteed");
    assertThat(explained(unknown).missingFacts()).containsExactly("/reGuaranteed");
  }

  @Test
  void test_plainFormBuildsNoText() {
    AtomicInteger built = new AtomicInteger();
    TracedCondition unknown = TracedCondition.of(Optional.empty(), (Boolean b) -> !b, "/reGuaranteed",
        "not-re-guaranteed", "re-guaranteed", () -> {
          built.incrementAndGet();
          return TEXT;
        }, POOL.exclusionRules());
    TracedCondition.Decision decision = TracedCondition.decide(List.of(unknown), new StepTrace(false));
    assertThat(decision.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.missingFacts()).containsExactly("/reGuaranteed");
    assertThat(decision.eligibility()).isNull();
    assertThat(built).hasValue(0);
  }

  @Test
  void test_decide_failedBeatsUnknown_unknownBeatsMet_missingFactsOnce() {
    TracedCondition met = TracedCondition.known(true, "in-region", () -> TEXT, () -> "440300 = 440300",
        POOL.exclusionRules());
    TracedCondition unknownA = TracedCondition.of(Optional.empty(), (Boolean b) -> b, "/a", "a", () -> TEXT,
        POOL.exclusionRules());
    TracedCondition unknownB = TracedCondition.of(Optional.empty(), (Boolean b) -> b, "/b", "b", () -> TEXT,
        POOL.exclusionRules());
    TracedCondition failed = TracedCondition.known(false, "first-drawdown", () -> TEXT, () -> "second drawdown",
        POOL.exclusionRules());
    // all met: eligible, nothing missing
    assertThat(TracedCondition.decide(List.of(met), new StepTrace(false)).verdict()).isEqualTo(Verdict.ELIGIBLE);
    // unknowns, the same fact twice: undetermined, each fact once in order
    TracedCondition.Decision open = TracedCondition.decide(List.of(unknownB, met, unknownA, unknownB),
        new StepTrace(false));
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missingFacts()).containsExactly("/b", "/a");
    // one failed condition: ineligible whatever is unknown, and no fact is missing
    TracedCondition.Decision closed = TracedCondition.decide(List.of(unknownA, failed, met), new StepTrace(true));
    assertThat(closed.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(closed.missingFacts()).isEmpty();
    assertThat(closed.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(closed.eligibility().reasons()).extracting(r -> r.code()).containsExactly("not-first-drawdown");
  }

  @Test
  void test_steps_oneACondition_withTheFactsCompared() {
    StepTrace steps = new StepTrace(true);
    TracedCondition.decide(List.of(
        TracedCondition.known(true, "in-region", () -> TEXT, () -> "440300 = 440300", POOL.exclusionRules()),
        TracedCondition.of(Optional.of(3), (Integer n) -> n > 1, "/loans/0/months", "months", () -> TEXT,
            POOL.exclusionRules()),
        TracedCondition.of(Optional.empty(), (Integer n) -> n > 1, "/loans/0/rank", "rank", () -> TEXT,
            POOL.exclusionRules())), steps);
    assertThat(steps.list()).extracting(s -> ((ConditionStep) s).outcome()).containsExactly(ConditionOutcome.MET,
        ConditionOutcome.MET, ConditionOutcome.UNKNOWN);
    // a known fact's detail is given; an optional fact's is its last name and value, or "not given"
    assertThat(steps.list()).extracting(s -> ((ConditionStep) s).detail()).containsExactly("440300 = 440300",
        "months = 3", "rank not given");
    assertThat(steps.list()).extracting(s -> ((ConditionStep) s).condition()).containsOnly(TEXT);
  }

  @Test
  void test_unknown_namesTheFact_withTheConditionsCode() {
    TracedCondition unknown = TracedCondition.unknown("/loans/0/reGuaranteed", "not-re-guaranteed", () -> TEXT,
        POOL.exclusionRules());
    StepTrace steps = new StepTrace(true);
    TracedCondition.Decision decision = TracedCondition.decide(List.of(unknown), steps);
    assertThat(decision.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.missingFacts()).containsExactly("/loans/0/reGuaranteed");
    assertThat(decision.eligibility().reasons()).extracting(r -> r.code()).containsExactly("not-re-guaranteed");
    assertThat(steps.list()).singleElement().isInstanceOfSatisfying(ConditionStep.class, step -> {
      assertThat(step.outcome()).isEqualTo(ConditionOutcome.UNKNOWN);
      assertThat(step.detail()).isEqualTo("reGuaranteed not given");
    });
  }
}
