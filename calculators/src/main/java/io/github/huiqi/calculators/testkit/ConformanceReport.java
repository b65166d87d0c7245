package io.github.huiqi.calculators.testkit;

import io.github.huiqi.core.internal.Args;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of running the conformance pack against an implementation: one {@link ConformanceResult} per vector,
 * in the pack's order. A report, not a test failure, so it needs no test framework; a bank's test asserts on it.
 * <pre>
 * ConformanceReport report = ConformanceRunner.run(bankSystem::answer);
 * assertThat(report.failed()).as(report.summary()).isEmpty();
 * </pre>
 * This class is immutable and thread-safe.
 *
 * @param results  the result of each vector
 */
public record ConformanceReport(List<ConformanceResult> results) {

  /**
   * Creates a report.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if the list or an element is null
   */
  public ConformanceReport {
    results = Args.listCopy(results, "results");
  }

  /**
   * Returns the vectors that passed.
   *
   * @return the results that passed
   */
  public List<ConformanceResult> passed() {
    return results.stream().filter(ConformanceResult::passed).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the vectors that failed, each with its differences.
   *
   * @return the results that failed
   */
  public List<ConformanceResult> failed() {
    return results.stream().filter(r -> !r.passed()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether every vector passed.
   *
   * @return true when none failed
   */
  public boolean allPassed() {
    return failed().isEmpty();
  }

  /**
   * Returns a summary: the counts, then one line per failed vector.
   *
   * @return the summary, such as {@code 40 vectors: 39 passed, 1 failed} and the failure
   */
  public String summary() {
    StringBuilder text = new StringBuilder().append(results.size()).append(" vectors: ").append(passed().size())
        .append(" passed, ").append(failed().size()).append(" failed");
    failed().forEach(result -> text.append('\n').append(result));
    return text.toString();
  }
}
