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
