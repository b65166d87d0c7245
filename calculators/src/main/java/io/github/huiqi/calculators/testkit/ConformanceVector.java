package io.github.huiqi.calculators.testkit;

import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.MeasureId;
import java.time.LocalDate;
import java.util.List;

/**
 * One hand-worked case of the conformance pack: a measure, an evaluation date and an enterprise profile as input;
 * the verdict and amount worked by hand from the clause as expected; the clause and the working as the reason.
 * <pre>
 * for (ConformanceVector vector : ConformancePack.builtIn().vectors()) {
 *   EnterpriseProfile profile = vector.profile();        // the input, as huiqi's one profile
 *   String json = HuiqiJson.write(vector.request());       // or the whole request in JSON, as the engine takes it
 *   ConformanceExpectation expected = vector.expected();   // what the clause says
 * }
 * </pre>
 * This class is immutable and thread-safe.
 *
 * @param id  the vector's id, such as {@code first-loan/ninety-days}: the family, then the case
 * @param measure  the measure evaluated
 * @param asOf  the evaluation date
 * @param profile  the enterprise's facts
 * @param expected  the verdict and amount the clause gives
 * @param clause  the clause the expectation applies, such as {@code 深工信〔2023〕26号 第5条}
 * @param working  the hand working, such as {@code 1,000,000 × 2% × 90/360 = 5,000.00}
 * @param source  the library test the case was copied from, where it is asserted beside its citation
 */
public record ConformanceVector(String id, MeasureId measure, LocalDate asOf, EnterpriseProfile profile,
    ConformanceExpectation expected, String clause, String working, String source) {

  /**
   * Creates a vector.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or a text blank
   */
  public ConformanceVector {
    Args.notBlank(id, "id");
    Args.notNull(measure, "measure");
    Args.notNull(asOf, "asOf");
    Args.notNull(profile, "profile");
    Args.notNull(expected, "expected");
    Args.notBlank(clause, "clause");
    Args.notBlank(working, "working");
    Args.notBlank(source, "source");
  }

  /**
   * Returns the vector's family: its id up to the first {@code /}, such as {@code first-loan}.
   *
   * @return the family
   */
  public String family() {
    int slash = id.indexOf('/');
    return slash < 0 ? id : id.substring(0, slash);
  }

  /**
   * Returns the input as an entitlement request for this one measure, the form huiqi's engine and its JSON entry
   * point take, giving the default options the expected outcome was worked under (so that an engine set with other
   * options still evaluates the vector as worked).
   *
   * @return the request, plain (not explained)
   */
  public EntitlementRequest request() {
    return EntitlementRequest.of(profile, asOf).withMeasures(List.of(measure)).withOptions(EngineOptions.DEFAULTS);
  }
}
