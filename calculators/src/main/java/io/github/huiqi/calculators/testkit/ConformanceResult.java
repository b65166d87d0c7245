package io.github.huiqi.calculators.testkit;

import io.github.huiqi.core.internal.Args;
import java.util.List;

/**
 * The result of one conformance vector: passed, or failed with each difference between the answer and the hand-worked
 * expectation spelled out ("amount: expected exactly 5000.00 but was exactly 5000.01").
 * <pre>
 * report.failed().forEach(r -&gt; System.out.println(r.vectorId() + ": " + r.differences()));
 * </pre>
 * This class is immutable and thread-safe.
 *
 * @param vectorId  the vector's id
 * @param clause  the clause the vector cites
 * @param differences  the differences found; empty when the vector passed
 */
public record ConformanceResult(String vectorId, String clause, List<String> differences) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public ConformanceResult {
    Args.notBlank(vectorId, "vectorId");
    Args.notBlank(clause, "clause");
    differences = Args.listCopy(differences, "differences");
  }

  /**
   * Whether the answer agreed with the expectation.
   *
   * @return true when there is no difference
   */
  public boolean passed() {
    return differences.isEmpty();
  }

  @Override
  public String toString() {
    return (passed() ? "PASS " : "FAIL ") + vectorId + " (" + clause + ")"
        + (passed() ? "" : ": " + String.join("; ", differences));
  }
}
