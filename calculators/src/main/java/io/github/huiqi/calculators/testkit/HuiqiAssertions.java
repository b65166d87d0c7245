package io.github.huiqi.calculators.testkit;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.outcome.MeasureOutcome;

/**
 * The entry point of the kit's AssertJ assertions, for a bank's own tests (AssertJ on its test class path; it is an
 * optional dependency of the library, never a runtime one).
 * <pre>
 * import static io.github.huiqi.calculators.testkit.HuiqiAssertions.assertThat;
 *
 * assertThat(outcome).isEligible().hasExactAmount("5000.00").hasNoBindingLimit().citesClause("第5条");
 * assertThat(undetermined).isUndetermined().namesMissingFact("/firstTimeBorrower");
 * assertThat(report).isComplete().outcome("sz-gxj-2023-26.first-loan-interest-subsidy").hasExactAmount("5000.00");
 * </pre>
 */
public final class HuiqiAssertions {

  private HuiqiAssertions() {
  }

  /**
   * Starts assertions on one measure's outcome.
   *
   * @param actual  the outcome
   * @return its assertions
   */
  public static MeasureOutcomeAssert assertThat(MeasureOutcome actual) {
    return new MeasureOutcomeAssert(actual);
  }

  /**
   * Starts assertions on an entitlement report.
   *
   * @param actual  the report
   * @return its assertions
   */
  public static EntitlementReportAssert assertThat(EntitlementReport actual) {
    return new EntitlementReportAssert(actual);
  }
}
