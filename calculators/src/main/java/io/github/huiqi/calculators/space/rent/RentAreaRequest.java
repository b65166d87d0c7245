package io.github.huiqi.calculators.space.rent;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentPeriodUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A request for a per-square-metre rent subsidy such as 光明区's: whether the firm is a technology firm (a
 * 科技型中小企业 or a 高新技术企业: either is enough), its leases, and optionally the period the rate is for.
 * <p>
 * {@code periodUnit} is the option of decisions register §4.4 item 28: absent, the measure's documented default (a
 * month) applies.
 * <p>
 * In JSON: {@code {"techSme": true, "highTech": false, "leases": [ ... ], "periodUnit": "YEAR"}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param techSme  whether the firm is enrolled as a 科技型中小企业, if known
 * @param highTech  whether the firm holds the 高新技术企业 qualification, if known
 * @param leases  the leases, possibly empty
 * @param periodUnit  the period the rate is for, empty for the measure's default
 */
public record RentAreaRequest(Optional<Boolean> techSme, Optional<Boolean> highTech, List<RentLease> leases,
    Optional<RentPeriodUnit> periodUnit) {

  /**
   * Creates a request.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if the list or a lease is null, or an id repeats
   */
  public RentAreaRequest {
    techSme = techSme == null ? Optional.empty() : techSme;
    highTech = highTech == null ? Optional.empty() : highTech;
    periodUnit = periodUnit == null ? Optional.empty() : periodUnit;
    leases = RentLeases.checked(leases);
  }

  /**
   * Obtains the request of an enterprise profile, with the measure's default period.
   *
   * @param profile  the profile
   * @return the request, empty if the profile's leases are not known
   */
  public static Optional<RentAreaRequest> from(EnterpriseProfile profile) {
    Args.notNull(profile, "profile");
    return profile.leases().map(leases -> new RentAreaRequest(profile.techSme().map(Qualification::held),
        profile.highTech().map(Qualification::held), leases, Optional.empty()));
  }

  /**
   * Obtains the request of an enterprise profile, the qualifications tested on a date (the engine's evaluation
   * date): an enrolment or a certificate expired or not yet granted then is not held.
   *
   * @param profile  the profile
   * @param asOf  the date the 科技型中小企业 or 高新技术企业 qualification must be held on
   * @return the request, empty if the profile's leases are not known
   */
  static Optional<RentAreaRequest> from(EnterpriseProfile profile, LocalDate asOf) {
    Args.notNull(profile, "profile");
    Args.notNull(asOf, "asOf");
    return profile.leases().map(leases -> new RentAreaRequest(profile.techSme().map(q -> q.isHeldOn(asOf)),
        profile.highTech().map(q -> q.isHeldOn(asOf)), leases, Optional.empty()));
  }
}
