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
  void test_aReasonRecordedTwice_keptOnce_bothFactsNamed() {
    // two conditions of one clause that read alike (the 小升规 reward's first entry: a year's status not given, and
    // the history not given) give one reason line, and both facts stay missing
    Eligibility verdict = new Eligibility.Collector()
        .record(ConditionOutcome.UNKNOWN, "/years/0/aboveScale", reason("first-entry"))
        .record(ConditionOutcome.UNKNOWN, "/years", reason("first-entry"))
        .record(ConditionOutcome.UNKNOWN, "/years", reason("still-in-database"))
        .verdict();
    assertThat(verdict.reasons()).extracting(Reason::code).containsExactly("first-entry", "still-in-database");
    assertThat(verdict.missingFacts()).containsExactly("/years/0/aboveScale", "/years");
    // the same code with another message is another reason
    Eligibility two = new Eligibility.Collector()
        .met(new Reason("in-window", LocalizedText.of("贷款 L1 在窗口内", "loan L1 in the window"), CITED))
        .met(new Reason("in-window", LocalizedText.of("贷款 L2 在窗口内", "loan L2 in the window"), CITED))
        .verdict();
    assertThat(two.reasons()).hasSize(2);
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
