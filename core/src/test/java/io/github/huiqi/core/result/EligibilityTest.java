package io.github.huiqi.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict's invariants and how conditions combine: a known failure wins over an unknown fact. */
class EligibilityTest {

  private static final Citation CITED = Citation.sourceText("深工信〔2023〕26号", "第5条", "2023年1-3月");

  private static Reason reason(String code) {
    return new Reason(code, LocalizedText.of(code, code), CITED);
  }

  @Test
  void test_allMet_eligibleWithTheMetConditions() {
    Eligibility verdict = new Eligibility.Collector()
        .record(ConditionOutcome.MET, "window", reason("in-window"))
        .record(ConditionOutcome.MET, "rate", reason("rate-at-least-2%"))
        .verdict();
    assertThat(verdict.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(verdict.reasons()).extracting(Reason::code).containsExactly("in-window", "rate-at-least-2%");
    assertThat(verdict.missingFacts()).isEmpty();
  }

  @Test
  void test_unknownFact_undeterminedNamingIt() {
    Eligibility verdict = new Eligibility.Collector()
        .record(ConditionOutcome.MET, "window", reason("in-window"))
        .record(ConditionOutcome.UNKNOWN, "/loans/0/lenderRegionCode", reason("lender-in-shenzhen"))
        .verdict();
    assertThat(verdict.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(verdict.missingFacts()).containsExactly("/loans/0/lenderRegionCode");
    assertThat(verdict.reasons()).extracting(Reason::code).containsExactly("lender-in-shenzhen");
  }

  @Test
  void test_knownFailureWinsOverUnknown() {
    Eligibility verdict = new Eligibility.Collector()
        .record(ConditionOutcome.UNKNOWN, "/loans/0/lenderRegionCode", reason("lender-in-shenzhen"))
        .record(ConditionOutcome.NOT_MET, "window", reason("not-in-window"))
        .verdict();
    assertThat(verdict.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(verdict.reasons()).extracting(Reason::code).containsExactly("not-in-window");
    assertThat(verdict.missingFacts()).isEmpty();
  }

  @Test
  void test_invariants() {
    assertThatThrownBy(() -> new Eligibility(Verdict.INELIGIBLE, List.of(), List.of()))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "reasons");
    assertThatThrownBy(() -> new Eligibility(Verdict.UNDETERMINED, List.of(), List.of()))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "missingFacts");
    assertThatThrownBy(() -> new Eligibility(Verdict.ELIGIBLE, List.of(), List.of("size")))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "missingFacts");
    assertThatThrownBy(() -> new Eligibility.Collector().record(null, "x", reason("x")))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "outcome");
    assertThatThrownBy(() -> new Eligibility.Collector().record(ConditionOutcome.UNKNOWN, " ", reason("x")))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "fact");
  }
}
