package io.github.huiqi.calculators.classification.size;

import io.github.huiqi.core.classification.size.SizeIndicator;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.result.ConditionOutcome;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One figure compared with one lower bound of the size standard: met when the figure is at or above the bound.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param column  the column whose bound it is: {@code LARGE}, {@code MEDIUM} or {@code SMALL}
 * @param indicator  the indicator
 * @param bound  the lower bound: persons for X, yuan for Y and Z
 * @param value  the firm's figure in the same unit, empty if not known
 * @param outcome  met, not met, or unknown when the figure is not known
 */
public record SizeComparison(
    EnterpriseSize column,
    SizeIndicator indicator,
    BigDecimal bound,
    Optional<BigDecimal> value,
    ConditionOutcome outcome) {

  /**
   * Creates a comparison.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public SizeComparison {
    Args.notNull(column, "column");
    Args.notNull(indicator, "indicator");
    Args.notNull(bound, "bound");
    Args.notNullOptional(value, "value");
    Args.notNull(outcome, "outcome");
  }
}
