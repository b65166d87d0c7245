package io.github.huiqi.calculators.financing.renovation;

import io.github.huiqi.core.internal.Args;

/**
 * A request for the combined technical-renovation support of one project (小升规方案 第十条): its grant and its loan
 * interest subsidy, which stack.
 * <p>
 * In JSON: {@code {"grant": {...RenovationGrantRequest...}, "interest": {...RenovationInterestRequest...}}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param grant  the project as the grant sees it
 * @param interest  the project's loans and leases as the interest subsidy sees them
 */
public record RenovationSupportRequest(RenovationGrantRequest grant, RenovationInterestRequest interest) {

  /**
   * Creates a request.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a part is null
   */
  public RenovationSupportRequest {
    Args.notNull(grant, "grant");
    Args.notNull(interest, "interest");
  }

  /**
   * Obtains a request.
   *
   * @param grant  the project as the grant sees it
   * @param interest  the project's loans and leases as the interest subsidy sees them
   * @return the request
   * @throws io.github.huiqi.core.error.InvalidInputException if a part is null
   */
  public static RenovationSupportRequest of(RenovationGrantRequest grant, RenovationInterestRequest interest) {
    return new RenovationSupportRequest(grant, interest);
  }
}
