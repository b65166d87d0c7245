package io.github.huiqi.calculators.financing.riskpool;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.util.List;
import java.util.Optional;

/**
 * The JSON shape of a {@link RiskPoolRequest} with each claim kept as a tree, so that one unreadable claim
 * becomes a failure of that claim rather than of the batch. Not part of the public API.
 *
 * @param claims  the claims as JSON trees, at least one
 * @param options  the options; empty for the defaults
 */
record RiskPoolClaimsEnvelope(List<JsonNode> claims, Optional<RiskPoolOptions> options) {

  RiskPoolClaimsEnvelope {
    claims = Args.listCopy(claims, "claims");
    if (claims.isEmpty()) {
      throw new InvalidInputException("claims", "[]", "must hold at least one claim");
    }
    Args.notNullOptional(options, "options");
  }

  RiskPoolOptions effectiveOptions() {
    return options.orElse(RiskPoolOptions.DEFAULTS);
  }
}
