package io.github.huiqi.core.financing.riskpool;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.rates.Rate;

/**
 * One row of a risk-compensation pool's base-ratio table: a loan category and its cited base ratio.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param category  the loan category
 * @param ratio  the base compensation ratio before any uplift, with its citation
 */
public record RiskPoolBaseRatio(RiskPoolLoanCategory category, Parameter<Rate> ratio) {

  /**
   * Creates a row.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public RiskPoolBaseRatio {
    Args.notNull(category, "category");
    Args.notNull(ratio, "ratio");
  }
}
