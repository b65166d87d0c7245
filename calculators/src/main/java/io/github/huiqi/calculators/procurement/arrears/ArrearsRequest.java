package io.github.huiqi.calculators.procurement.arrears;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.procurement.arrears.ArrearsClaim;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request to class overdue payments owed to an SME: the claims, each id at most once.
 * <p>
 * In JSON: {@code {"arrearsClaims": [{"claimId": "A-1", "debtorKind": "GOVERNMENT_AGENCY", ...}]}}; a missing fact
 * is named as {@code /arrearsClaims/0/disputed}, the same pointer as in an enterprise profile.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param arrearsClaims  the claims, possibly empty
 */
public record ArrearsRequest(List<ArrearsClaim> arrearsClaims) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if the list or a claim is null, or an id repeats, naming it
   */
  public ArrearsRequest {
    arrearsClaims = Args.listCopy(arrearsClaims, "arrearsClaims");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < arrearsClaims.size(); i++) {
      if (!ids.add(arrearsClaims.get(i).claimId())) {
        throw new InvalidInputException("arrearsClaims/" + i + "/claimId", arrearsClaims.get(i).claimId(),
            "must be unique in arrearsClaims");
      }
    }
  }

  /**
   * Obtains the request of an enterprise profile.
   *
   * @param profile  the profile
   * @return the request, empty if the profile's claims are not known
   */
  public static Optional<ArrearsRequest> from(EnterpriseProfile profile) {
    return Args.notNull(profile, "profile").arrearsClaims().map(ArrearsRequest::new);
  }
}
