package io.github.huiqi.calculators.testkit;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.internal.Args;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs the conformance pack against any implementation given as a function from a vector to an answer, and reports
 * each vector passed or failed with its differences. A bank plugs in its own system; huiqi itself is {@link #huiqi()}.
 * <pre>
 * ConformanceReport report = ConformanceRunner.run(vector -&gt; {
 *   BankResult r = bankSystem.subsidy(vector.measure().value(), toBankInput(vector.profile()), vector.asOf());
 *   return ConformanceAnswer.exactly(r.verdict(), r.amount()).withClause(r.clause());
 * });
 * System.out.println(report.summary());
 * </pre>
 * An answer passes when its verdict is the one expected, its amount is the one expected to the fen (compared by
 * value: an exact amount, a range's two ends, or a floor with no maximum), and, if it names a clause, that clause is
 * the one the vector cites. An implementation that throws or answers null fails the vector and the run goes on.
 * Thread-safe; needs neither JUnit nor AssertJ.
 */
public final class ConformanceRunner {

  private ConformanceRunner() {
  }

  /**
   * Runs the built-in pack.
   *
   * @param implementation  the implementation under test
   * @return the report, one result per vector in the pack's order
   * @throws io.github.huiqi.core.error.InvalidInputException if the implementation is null
   */
  public static ConformanceReport run(Function<ConformanceVector, ConformanceAnswer> implementation) {
    return run(ConformancePack.builtIn(), implementation);
  }

  /**
   * Runs a pack.
   *
   * @param pack  the pack
   * @param implementation  the implementation under test
   * @return the report, one result per vector in the pack's order
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public static ConformanceReport run(ConformancePack pack,
      Function<ConformanceVector, ConformanceAnswer> implementation) {
    Args.notNull(pack, "pack");
    Args.notNull(implementation, "implementation");
    List<ConformanceResult> results = new ArrayList<>();
    for (ConformanceVector vector : pack.vectors()) {
      results.add(new ConformanceResult(vector.id(), vector.clause(), differences(vector, implementation)));
    }
    return new ConformanceReport(results);
  }

  /**
   * Returns huiqi's own implementation: the built-in entitlement engine's outcome of the vector's measure, asked for
   * that measure alone ({@link ConformanceVector#request()}). The engine, unlike {@link Catalog#evaluate}, classifies
   * a profile that gives its figures but not its size (工信部联企业〔2011〕300号) before a measure that needs the size,
   * as the pack's vectors of such profiles expect.
   *
   * @return the implementation; a vector whose measure the engine fails answers by throwing, naming the field
   */
  public static Function<ConformanceVector, ConformanceAnswer> huiqi() {
    EntitlementEngine engine = EntitlementEngine.builtIn();
    return vector -> {
      EntitlementReport report = engine.evaluate(vector.request());
      return report.outcome(vector.measure()).map(ConformanceAnswer::of).orElseThrow(() -> new IllegalStateException(
          "huiqi failed " + vector.measure().value() + ": " + report.failures()));
    };
  }

  private static List<String> differences(ConformanceVector vector,
      Function<ConformanceVector, ConformanceAnswer> implementation) {
    ConformanceAnswer answer;
    try {
      answer = implementation.apply(vector);
    } catch (RuntimeException ex) {
      return List.of("the implementation threw " + ex);
    }
    if (answer == null) {
      return List.of("the implementation answered null");
    }
    ConformanceExpectation expected = vector.expected();
    List<String> differences = new ArrayList<>();
    if (answer.verdict() != expected.verdict()) {
      differences.add("verdict: expected " + expected.verdict() + " but was " + answer.verdict());
    }
    if (answer.minimum().compareTo(expected.minimum()) != 0 || !same(answer.maximum(), expected.maximum())) {
      differences.add("amount: expected " + ConformanceAnswer.showAmount(expected.minimum(), expected.maximum())
          + " but was " + ConformanceAnswer.showAmount(answer.minimum(), answer.maximum()));
    }
    answer.clause().filter(clause -> !clause.equals(vector.clause()))
        .ifPresent(clause -> differences.add("clause: expected " + vector.clause() + " but was " + clause));
    return differences;
  }

  private static boolean same(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
  }
}
