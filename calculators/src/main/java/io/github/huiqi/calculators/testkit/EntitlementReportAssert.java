package io.github.huiqi.calculators.testkit;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import java.math.BigDecimal;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * AssertJ assertions on an entitlement report: which measures it has, the money in reach, and each outcome through
 * {@link #outcome(String)}. Obtain one from {@link HuiqiAssertions}.
 * <pre>
 * HuiqiAssertions.assertThat(EntitlementEngine.builtIn().evaluate(profile, asOf))
 *     .isComplete()
 *     .hasOutcome("sz-gxj-2023-26.first-loan-interest-subsidy")
 *     .totalInReachAtLeast("5000.00");
 * HuiqiAssertions.assertThat(report).outcome("sz-gxj-2023-26.first-loan-interest-subsidy")
 *     .isEligible().hasExactAmount("5000.00");
 * </pre>
 * Not thread-safe; use one per assertion, as with any AssertJ assertion.
 */
public final class EntitlementReportAssert extends AbstractObjectAssert<EntitlementReportAssert, EntitlementReport> {

  /**
   * Creates the assertion; prefer {@link HuiqiAssertions#assertThat(EntitlementReport)}.
   *
   * @param actual  the report under test
   */
  public EntitlementReportAssert(EntitlementReport actual) {
    super(actual, EntitlementReportAssert.class);
  }

  /**
   * Asserts every requested measure was evaluated (no {@code EvaluationFailure}).
   *
   * @return this assertion
   */
  public EntitlementReportAssert isComplete() {
    isNotNull();
    if (!actual.complete()) {
      failWithMessage("%nExpected the report to be complete but these measures failed: %s", actual.failures());
    }
    return this;
  }

  /**
   * Asserts the report has an outcome for this measure.
   *
   * @param measureId  the measure's id, such as {@code "sz-gxj-2023-26.first-loan-interest-subsidy"}
   * @return this assertion
   */
  public EntitlementReportAssert hasOutcome(String measureId) {
    find(measureId);
    return this;
  }

  /**
   * Returns the assertions on one measure's outcome, failing if the report has none for it.
   *
   * @param measureId  the measure's id
   * @return the outcome's assertions
   */
  public MeasureOutcomeAssert outcome(String measureId) {
    return new MeasureOutcomeAssert(find(measureId));
  }

  /**
   * Asserts the total money in reach is exactly this many yuan (compared by value, to the fen).
   *
   * @param yuan  the total expected
   * @return this assertion
   * @throws io.github.huiqi.core.error.InvalidInputException if {@code yuan} is not a number
   */
  public EntitlementReportAssert totalInReachExactly(String yuan) {
    isNotNull();
    BigDecimal expected = Fen.parse(yuan, "yuan");
    OutcomeAmount total = actual.totals().inReach();
    if (!total.isExact() || Fen.of(total.minimum()).compareTo(expected) != 0) {
      failWithMessage("%nExpected the total in reach to be exactly %s but was %s", Fen.show(expected),
          MeasureOutcomeAssert.show(total));
    }
    return this;
  }

  /**
   * Asserts the least total in reach is at least this many yuan.
   *
   * @param yuan  the floor expected
   * @return this assertion
   * @throws io.github.huiqi.core.error.InvalidInputException if {@code yuan} is not a number
   */
  public EntitlementReportAssert totalInReachAtLeast(String yuan) {
    isNotNull();
    BigDecimal expected = Fen.parse(yuan, "yuan");
    OutcomeAmount total = actual.totals().inReach();
    if (Fen.of(total.minimum()).compareTo(expected) < 0) {
      failWithMessage("%nExpected the total in reach to be at least %s but was %s", Fen.show(expected),
          MeasureOutcomeAssert.show(total));
    }
    return this;
  }

  private MeasureOutcome find(String measureId) {
    isNotNull();
    Optional<MeasureOutcome> outcome = actual.outcome(MeasureId.of(measureId));
    if (outcome.isEmpty()) {
      failWithMessage("%nExpected the report to have an outcome for <%s> but it has none", measureId);
    }
    return outcome.orElseThrow();
  }
}
