package io.github.huiqi.calculators.financing.riskpool;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.financing.riskpool.RiskPoolLossBasis;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Choices the caller may make where no source settles the risk-compensation pool's arithmetic (decisions
 * register §4.2 item 12 and §4.2 item 13).
 * <p>
 * An empty option uses the measure's documented default, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableRiskPoolOptions.class)
@JsonDeserialize(as = ImmutableRiskPoolOptions.class)
public abstract class RiskPoolOptions {

  /** No overrides: every documented default applies. */
  public static final RiskPoolOptions DEFAULTS = builder().build();

  RiskPoolOptions() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what counts as the compensable loss; default the measure's ({@code PRINCIPAL} built in).
   *
   * @return the loss basis, if chosen
   */
  public abstract Optional<RiskPoolLossBasis> lossBasis();

  /**
   * Returns whether recoveries after compensation return to the pool pro rata (recovery × ratio, never more than the
   * compensation); default the measure's ({@code true} built in).
   *
   * @return true or false, if chosen
   */
  public abstract Optional<Boolean> returnRecoveries();

  /**
   * Returns a copy with a loss basis chosen.
   *
   * @param basis  the basis
   * @return the copy
   */
  public RiskPoolOptions withLossBasis(RiskPoolLossBasis basis) {
    return builder().from(this).lossBasis(Args.notNull(basis, "lossBasis")).build();
  }

  /**
   * Returns a copy with the return of recoveries switched on or off.
   *
   * @param returned  true to return recoveries to the pool pro rata
   * @return the copy
   */
  public RiskPoolOptions withReturnRecoveries(boolean returned) {
    return builder().from(this).returnRecoveries(returned).build();
  }

  @Value.Check
  void check() {
    Optional<RiskPoolLossBasis> lossBasis = lossBasis();
    Optional<Boolean> returnRecoveries = returnRecoveries();
    Args.notNullOptional(lossBasis, "lossBasis");
    Args.notNullOptional(returnRecoveries, "returnRecoveries");
  }

  /**
   * Builds a {@link RiskPoolOptions}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} if an option is null rather than empty.
   */
  public static class Builder extends ImmutableRiskPoolOptions.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
