package io.github.huiqi.calculators.space.rent;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.space.rent.RentLease;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A request for a share-of-rent subsidy such as 龙岗区's: whether the firm is a 国家高新技术企业, its leases, the support
 * year, and optionally the first year of its support.
 * <p>
 * The subsidy of support year y is reckoned on the rent paid in y − 1 on leases in district-level parks. Without
 * {@code firstSupportYear} the consecutive-years limit is not checked (the evaluator says so in a note).
 * <p>
 * In JSON: {@code {"highTech": true, "leases": [ ... ], "supportYear": 2023, "firstSupportYear": 2022}}; the leases'
 * pointers, such as {@code /leases/0/rentPaid}, are those of an enterprise profile.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param highTech  whether the firm holds the 国家高新技术企业 qualification, if known
 * @param leases  the leases, possibly empty
 * @param supportYear  the year the subsidy is for, 1900 to 2200
 * @param firstSupportYear  the first year of the firm's support, not after the support year, if known
 */
public record RentShareRequest(Optional<Boolean> highTech, List<RentLease> leases,
    @JsonProperty(value = "supportYear", required = true) int supportYear,
    Optional<Integer> firstSupportYear) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if a field is null, a year out of range or out of order, or a lease id repeats
   */
  public RentShareRequest {
    highTech = highTech == null ? Optional.empty() : highTech;
    firstSupportYear = firstSupportYear == null ? Optional.empty() : firstSupportYear;
    leases = RentLeases.checked(leases);
    if (supportYear < 1900 || supportYear > 2200) {
      throw new InvalidInputException("supportYear", supportYear, "must be a year from 1900 to 2200");
    }
    int year = supportYear;
    firstSupportYear.ifPresent(first -> {
      if (first > year) {
        throw InvalidInputException.outOfOrder("supportYear", year, "firstSupportYear", first);
      }
    });
  }

  /**
   * Obtains the request of an enterprise profile for a support year: the 国家高新技术企业 qualification counts when it
   * is held and its dates, where given, reach the support year (granted on or before its last day, valid on or after
   * its first). The engine tests it on its evaluation date instead.
   *
   * @param profile  the profile
   * @param supportYear  the year the subsidy is for
   * @return the request, empty if the profile's leases are not known
   */
  public static Optional<RentShareRequest> from(EnterpriseProfile profile, int supportYear) {
    Args.notNull(profile, "profile");
    return profile.leases().map(leases -> new RentShareRequest(profile.highTech().map(q -> q.held()
        && q.since().map(since -> since.getYear() <= supportYear).orElse(true)
        && q.until().map(until -> until.getYear() >= supportYear).orElse(true)), leases, supportYear,
        Optional.empty()));
  }

  /**
   * Obtains the request of an enterprise profile for a support year, the qualification tested on a date (the
   * engine's evaluation date): a certificate expired or not yet granted then is not held.
   *
   * @param profile  the profile
   * @param supportYear  the year the subsidy is for
   * @param asOf  the date the 国家高新技术企业 qualification must be held on
   * @return the request, empty if the profile's leases are not known
   */
  static Optional<RentShareRequest> from(EnterpriseProfile profile, int supportYear, LocalDate asOf) {
    Args.notNull(profile, "profile");
    Args.notNull(asOf, "asOf");
    return profile.leases().map(leases -> new RentShareRequest(profile.highTech().map(q -> q.isHeldOn(asOf)),
        leases, supportYear, Optional.empty()));
  }
}
