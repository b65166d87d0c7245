package io.github.huiqi.calculators.employment.hiring;

import io.github.huiqi.core.employment.hiring.HiringRecord;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request for a hiring subsidy: the employer's hires, each id at most once.
 * <p>
 * In JSON: {@code {"hires": [{"hireId": "H-1", "hireDate": "2023-03-01", ...}]}}; the hires' fields are those of
 * {@link HiringRecord}, and a missing fact is named as {@code /hires/0/socialInsurancePaid}, the same pointer as in an
 * enterprise profile.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param hires  the hires, possibly empty
 */
public record HiringRequest(List<HiringRecord> hires) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if the list or a hire is null, or an id repeats, naming it
   */
  public HiringRequest {
    hires = Args.listCopy(hires, "hires");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < hires.size(); i++) {
      if (!ids.add(hires.get(i).hireId())) {
        throw new InvalidInputException("hires/" + i + "/hireId", hires.get(i).hireId(), "must be unique in hires");
      }
    }
  }

  /**
   * Obtains the request of an enterprise profile.
   *
   * @param profile  the profile
   * @return the request, empty if the profile's hires are not known
   */
  public static Optional<HiringRequest> from(EnterpriseProfile profile) {
    return Args.notNull(profile, "profile").hires().map(HiringRequest::new);
  }
}
