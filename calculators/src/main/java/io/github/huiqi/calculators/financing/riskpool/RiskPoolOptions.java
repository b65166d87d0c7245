package io.github.huiqi.calculators.financing.riskpool;

import io.github.huiqi.core.financing.riskpool.RiskPoolLossBasis;
import io.github.huiqi.core.internal.Args;
import java.util.Optional;

/**
 * Choices the caller may make where no source settles the risk-compensation pool's arithmetic (domain reference
 * §4.2 items 12 and 13).
 * <p>
 * An empty option uses the measure's documented default, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param lossBasis  what counts as the compensable loss; default the measure's ({@code PRINCIPAL} built in)
 * @param returnRecoveries  whether recoveries after compensation return to the pool pro rata (recovery × ratio,
 *     never more than the compensation); default the measure's ({@code true} built in)
 */
public record RiskPoolOptions(Optional<RiskPoolLossBasis> lossBasis, Optional<Boolean> returnRecoveries) {

  /** No overrides: every documented default applies. */
  public static final RiskPoolOptions DEFAULTS =
      new RiskPoolOptions(Optional.empty(), Optional.empty());

  /**
   * Creates options.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if an option is null rather than empty
   */
  public RiskPoolOptions {
    Args.notNullOptional(lossBasis, "lossBasis");
    Args.notNullOptional(returnRecoveries, "returnRecoveries");
  }

  /**
   * Returns a copy with a loss basis chosen.
   *
   * @param basis  the basis
   * @return the copy
   */
  public RiskPoolOptions withLossBasis(RiskPoolLossBasis basis) {
    return new RiskPoolOptions(Optional.of(Args.notNull(basis, "lossBasis")), returnRecoveries);
  }

  /**
   * Returns a copy with the return of recoveries switched on or off.
   *
   * @param returned  true to return recoveries to the pool pro rata
   * @return the copy
   */
  public RiskPoolOptions withReturnRecoveries(boolean returned) {
    return new RiskPoolOptions(lossBasis, Optional.of(returned));
  }
}
