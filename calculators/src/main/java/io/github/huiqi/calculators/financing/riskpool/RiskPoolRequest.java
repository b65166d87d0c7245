package io.github.huiqi.calculators.financing.riskpool;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A bank's batch of claims on a risk-compensation pool, with the options.
 * <p>
 * In JSON: {@code {"claims": [{...}, ...], "options": {"lossBasis": "PRINCIPAL", "returnRecoveries": true}}};
 * {@code options} may be omitted. Missing facts and failures are named as JSON Pointers into this shape, such as
 * {@code /claims/2/reGuaranteed}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableRiskPoolRequest.class)
@JsonDeserialize(as = ImmutableRiskPoolRequest.class)
public abstract class RiskPoolRequest {

  RiskPoolRequest() {
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
   * Returns the claims, at least one; a repeated loan id is reported as a failure of the later claim.
   *
   * @return the claims
   */
  public abstract List<RiskPoolClaim> claims();

  /**
   * Returns the options; empty for the defaults.
   *
   * @return the options, if given
   */
  public abstract Optional<RiskPoolOptions> options();

  /**
   * Obtains a request with the default options.
   *
   * @param claims  the claims
   * @return the request
   */
  public static RiskPoolRequest of(List<RiskPoolClaim> claims) {
    return builder().claims(Args.notNull(claims, "claims")).build();
  }

  /**
   * Returns a copy with options.
   *
   * @param chosen  the options
   * @return the copy
   */
  public RiskPoolRequest withOptions(RiskPoolOptions chosen) {
    return builder().from(this).options(Args.notNull(chosen, "options")).build();
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public RiskPoolOptions effectiveOptions() {
    return options().orElse(RiskPoolOptions.DEFAULTS);
  }

  @Value.Check
  void check() {
    List<RiskPoolClaim> claims = claims();
    Optional<RiskPoolOptions> options = options();
    claims = Args.listCopy(claims, "claims");
    if (claims.isEmpty()) {
      throw new InvalidInputException("claims", "[]", "must hold at least one claim");
    }
    Args.notNullOptional(options, "options");
  }

  /**
   * Builds a {@link RiskPoolRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if a field is null or there is no claim.
   */
  public static class Builder extends ImmutableRiskPoolRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
