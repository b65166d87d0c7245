package io.github.huiqi.calculators.space.rent;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.internal.RequiredList;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentPeriodUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request for a per-square-metre rent subsidy such as 光明区's: whether the firm is a technology firm (a
 * 科技型中小企业 or a 高新技术企业: either is enough), its leases, and optionally the period the rate is for.
 * <p>
 * {@code periodUnit} is the option of decisions register §4.4 item 28: absent, the measure's documented default (a
 * month) applies.
 * <p>
 * In JSON: {@code {"techSme": true, "highTech": false, "leases": [ ... ], "periodUnit": "YEAR"}}. An absent
 * qualification is not known; {@code leases} is required, and an empty list is known to be none.
 * <p>
 * Build with {@link #builder()} (an unset qualification is not known, an unset period the default), or from a
 * profile with {@link #from}:
 * <pre>
 * RentAreaRequest request = RentAreaRequest.builder()
 *     .techSme(true)
 *     .leases(List.of(lease))
 *     .periodUnit(RentPeriodUnit.YEAR)
 *     .build();
 * </pre>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableRentAreaRequest.class)
@JsonDeserialize(as = ImmutableRentAreaRequest.class)
public abstract class RentAreaRequest {

  RentAreaRequest() {
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
   * Returns whether the firm is enrolled as a 科技型中小企业.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> techSme();

  /**
   * Returns whether the firm holds the 高新技术企业 qualification.
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
   * Returns the period the rate is for; empty for the measure's default.
   *
   * @return the period, if given
   */
  public abstract Optional<RentPeriodUnit> periodUnit();

  /**
   * Obtains the request of an enterprise profile, with the measure's default period.
   *
   * @param profile  the profile
   * @return the request, empty if the profile's leases are not known
   * @throws io.github.huiqi.core.error.InvalidInputException if the profile is null
   */
  public static Optional<RentAreaRequest> from(EnterpriseProfile profile) {
    Args.notNull(profile, "profile");
    return profile.leases().map(leases -> builder().techSme(profile.techSme().map(Qualification::held))
        .highTech(profile.highTech().map(Qualification::held)).leases(leases).build());
  }

  /**
   * Obtains the request of an enterprise profile, the qualifications tested on a date (the engine's evaluation
   * date): an enrolment or a certificate expired or not yet granted then is not held.
   *
   * @param profile  the profile
   * @param asOf  the date the 科技型中小企业 or 高新技术企业 qualification must be held on
   * @return the request, empty if the profile's leases are not known
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  static Optional<RentAreaRequest> from(EnterpriseProfile profile, LocalDate asOf) {
    Args.notNull(profile, "profile");
    Args.notNull(asOf, "asOf");
    return profile.leases().map(leases -> builder().techSme(profile.techSme().map(q -> q.isHeldOn(asOf)))
        .highTech(profile.highTech().map(q -> q.isHeldOn(asOf))).leases(leases).build());
  }

  @Value.Check
  void check() {
    RentLeases.checked(leases());
  }

  /**
   * Builds a {@link RentAreaRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} if the leases are not set (null), a lease is null or a
   * lease id repeats, naming it ({@code leases}, {@code leases/1}, {@code leases/1/leaseId}).
   */
  public static class Builder extends ImmutableRentAreaRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
