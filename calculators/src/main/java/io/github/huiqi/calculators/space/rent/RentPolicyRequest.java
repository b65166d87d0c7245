package io.github.huiqi.calculators.space.rent;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.space.rent.RentLease;
import java.util.List;
import java.util.Optional;

/**
 * A request for the policy rent of 创新型产业用房: the firm's leases, each id at most once. A lease counts when
 * {@code innovationSpace} is true; its {@code referenceRent} (per square metre per month) and, when the project has
 * set it, its {@code rentDiscount} give the rent.
 * <p>
 * In JSON: {@code {"leases": [{"leaseId": "L-1", "area": 500, "start": "2023-01-01", "innovationSpace": true,
 * "referenceRent": {"amount": 80, "currency": "CNY"}, "rentDiscount": "40%"}]}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param leases  the leases, possibly empty
 */
public record RentPolicyRequest(List<RentLease> leases) {

  /**
   * Creates a request.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if the list or a lease is null, or an id repeats
   */
  public RentPolicyRequest {
    leases = RentLeases.checked(leases);
  }

  /**
   * Obtains the request of an enterprise profile.
   *
   * @param profile  the profile
   * @return the request, empty if the profile's leases are not known
   */
  public static Optional<RentPolicyRequest> from(EnterpriseProfile profile) {
    return Args.notNull(profile, "profile").leases().map(RentPolicyRequest::new);
  }
}
