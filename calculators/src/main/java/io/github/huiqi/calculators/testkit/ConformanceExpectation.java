package io.github.huiqi.calculators.testkit;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a conformance vector expects, worked by hand from the clause: the verdict and the amount in yuan, exact
 * ({@code minimum} equal to {@code maximum}), a range, a ceiling ({@code minimum} zero) or a floor (no maximum).
 * <pre>
 * ConformanceExpectation expected = vector.expected();
 * boolean exact = expected.isExact(); // 5000.00 to 5000.00
 * </pre>
 * This class is immutable and thread-safe.
 *
 * @param verdict  the verdict expected
 * @param minimum  the least amount expected, yuan
 * @param maximum  the greatest amount expected, yuan; empty for a floor ("不低于…") with no upper bound
 */
public record ConformanceExpectation(Verdict verdict, BigDecimal minimum, Optional<BigDecimal> maximum) {

  /**
   * Creates an expectation.
   *
   * @throws InvalidInputException if a field is null, or the maximum below the minimum
   */
  public ConformanceExpectation {
    Args.notNull(verdict, "verdict");
    Args.notNull(minimum, "minimum");
    Args.notNullOptional(maximum, "maximum");
    if (maximum.isPresent() && maximum.get().compareTo(minimum) < 0) {
      // the minimum named too (relatedFields): either may be the one mistyped
      throw InvalidInputException.conflict("maximum", maximum.get().toPlainString(), "minimum",
          minimum.toPlainString(), "must not be below", "不得低于");
    }
  }

  /**
   * Whether the amount expected is exact.
   *
   * @return true when the maximum equals the minimum
   */
  public boolean isExact() {
    return maximum.map(max -> max.compareTo(minimum) == 0).orElse(false);
  }

  @Override
  public String toString() {
    return verdict + " " + ConformanceAnswer.showAmount(minimum, maximum);
  }
}
