package io.github.huiqi.calculators.employment.insurance;

import io.github.huiqi.core.employment.insurance.InsuranceDeferral;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request for the late fee waived on deferred social-insurance contributions: the deferrals, each id at most once.
 * <p>
 * In JSON: {@code {"insuranceDeferrals": [{"deferralId": "S-1", "kind": "PENSION", ...}]}}, the fields of
 * {@link InsuranceDeferral}; a missing fact is named as {@code /insuranceDeferrals/0/repaidDate}, the same pointer as
 * in an enterprise profile.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param insuranceDeferrals  the deferrals, possibly empty
 */
public record InsuranceRequest(List<InsuranceDeferral> insuranceDeferrals) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if the list or an item is null, or an id repeats, naming it
   */
  public InsuranceRequest {
    insuranceDeferrals = Args.listCopy(insuranceDeferrals, "insuranceDeferrals");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < insuranceDeferrals.size(); i++) {
      if (!ids.add(insuranceDeferrals.get(i).deferralId())) {
        throw new InvalidInputException("insuranceDeferrals/" + i + "/deferralId",
            insuranceDeferrals.get(i).deferralId(), "must be unique in insuranceDeferrals");
      }
    }
  }

  /**
   * Obtains the request of an enterprise profile.
   *
   * @param profile  the profile
   * @return the request, empty if the profile's deferrals are not known
   */
  public static Optional<InsuranceRequest> from(EnterpriseProfile profile) {
    return Args.notNull(profile, "profile").insuranceDeferrals().map(InsuranceRequest::new);
  }
}
