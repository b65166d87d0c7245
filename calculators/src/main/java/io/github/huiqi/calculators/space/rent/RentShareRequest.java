package io.github.huiqi.calculators.space.rent;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.internal.RequiredList;
import io.github.huiqi.core.space.rent.RentLease;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request for a share-of-rent subsidy such as 龙岗区's: whether the firm is a 国家高新技术企业, its leases, the support
 * year, and optionally the first year of its support.
 * <p>
 * The subsidy of support year y is reckoned on the rent paid in y − 1 on leases in district-level parks. Without
 * {@code firstSupportYear} the consecutive-years limit is not checked (the evaluator says so in a note).
 * <p>
 * In JSON: {@code {"highTech": true, "leases": [ ... ], "supportYear": 2023, "firstSupportYear": 2022}}; the leases'
 * pointers, such as {@code /leases/0/rentPaid}, are those of an enterprise profile. {@code leases} and
 * {@code supportYear} are required; an empty list of leases is known to be none.
 * <p>
 * Build with {@link #builder()} (an unset qualification or first year is not known), or from a profile with
 * {@link #from}:
 * <pre>
 * RentShareRequest request = RentShareRequest.builder()
 *     .highTech(true)
 *     .leases(List.of(lease))
 *     .supportYear(2023)
 *     .firstSupportYear(2022)
 *     .build();
 * </pre>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableRentShareRequest.class)
@JsonDeserialize(as = ImmutableRentShareRequest.class)
public abstract class RentShareRequest {

  RentShareRequest() {
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
   * Returns whether the firm holds the 国家高新技术企业 qualification.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> highTech();

  /**
   * Returns the leases, each id at most once; required, possibly empty.
   *
   * @return the leases
   */
  @RequiredList
  public abstract List<RentLease> leases();

  /**
   * Returns the year the subsidy is for, 1900 to 2200; required.
   *
   * @return the support year
   */
  public abstract int supportYear();

  /**
   * Returns the first year of the firm's support, not after the support year.
   *
   * @return the first support year, if known
   */
  public abstract Optional<Integer> firstSupportYear();

  /**
   * Obtains the request of an enterprise profile for a support year: the 国家高新技术企业 qualification counts when it
   * is held and its dates, where given, reach the support year (granted on or before its last day, valid on or after
   * its first). The engine tests it on its evaluation date instead.
   *
   * @param profile  the profile
   * @param supportYear  the year the subsidy is for
   * @return the request, empty if the profile's leases are not known
   * @throws InvalidInputException if the profile is null or the year out of range
   */
  public static Optional<RentShareRequest> from(EnterpriseProfile profile, int supportYear) {
    Args.notNull(profile, "profile");
    return profile.leases().map(leases -> builder().highTech(profile.highTech().map(q -> q.held()
        && q.since().map(since -> since.getYear() <= supportYear).orElse(true)
        && q.until().map(until -> until.getYear() >= supportYear).orElse(true)))
        .leases(leases).supportYear(supportYear).build());
  }

  /**
   * Obtains the request of an enterprise profile for a support year, the qualification tested on a date (the
   * engine's evaluation date): a certificate expired or not yet granted then is not held.
   *
   * @param profile  the profile
   * @param supportYear  the year the subsidy is for
   * @param asOf  the date the 国家高新技术企业 qualification must be held on
   * @return the request, empty if the profile's leases are not known
   * @throws InvalidInputException if an argument is null or the year out of range
   */
  static Optional<RentShareRequest> from(EnterpriseProfile profile, int supportYear, LocalDate asOf) {
    Args.notNull(profile, "profile");
    Args.notNull(asOf, "asOf");
    return profile.leases().map(leases -> builder().highTech(profile.highTech().map(q -> q.isHeldOn(asOf)))
        .leases(leases).supportYear(supportYear).build());
  }

  @Value.Check
  void check() {
    int year = supportYear();
    if (year == 0) {
      // no year 0 in the calendar: what the builder and the JSON reader hold when the support year is not given
      throw new InvalidInputException("supportYear");
    }
    if (year < 1900 || year > 2200) {
      throw new InvalidInputException("supportYear", year, "must be a year from 1900 to 2200");
    }
    RentLeases.checked(leases());
    firstSupportYear().ifPresent(first -> {
      if (first > year) {
        throw InvalidInputException.outOfOrder("supportYear", year, "firstSupportYear", first);
      }
    });
  }

  /**
   * Builds a {@link RentShareRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if the support year or the leases are not set (a year of 0 is read as not set), the
   * year is outside 1900 to 2200 or before the first support year, a lease is null or a lease id repeats, naming the
   * field ({@code supportYear}, {@code leases}, {@code leases/1}, {@code leases/1/leaseId}).
   */
  public static class Builder extends ImmutableRentShareRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
