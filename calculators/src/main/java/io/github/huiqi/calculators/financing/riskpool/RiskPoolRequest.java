package io.github.huiqi.calculators.financing.riskpool;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.util.List;
import java.util.Optional;

/**
 * A bank's batch of claims on a risk-compensation pool, with the options.
 * <p>
 * In JSON: {@code {"claims": [{...}, ...], "options": {"lossBasis": "PRINCIPAL", "returnRecoveries": true}}};
 * {@code options} may be omitted. Missing facts and failures are named as JSON Pointers into this shape, such as
 * {@code /claims/2/reGuaranteed}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param claims  the claims, at least one; a repeated loan id is reported as a failure of the later claim
 * @param options  the options; empty for the defaults
 */
public record RiskPoolRequest(List<RiskPoolClaim> claims, Optional<RiskPoolOptions> options) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if a field is null or there is no claim
   */
  public RiskPoolRequest {
    claims = Args.listCopy(claims, "claims");
    if (claims.isEmpty()) {
      throw new InvalidInputException("claims", "[]", "must hold at least one claim");
    }
    Args.notNullOptional(options, "options");
  }

  /**
   * Obtains a request with the default options.
   *
   * @param claims  the claims
   * @return the request
   */
  public static RiskPoolRequest of(List<RiskPoolClaim> claims) {
    return new RiskPoolRequest(claims, Optional.empty());
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public RiskPoolOptions effectiveOptions() {
    return options.orElse(RiskPoolOptions.DEFAULTS);
  }
}
