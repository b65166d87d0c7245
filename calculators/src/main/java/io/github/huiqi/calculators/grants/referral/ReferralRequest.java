package io.github.huiqi.calculators.grants.referral;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.grants.GrantQualification;
import io.github.huiqi.core.internal.Args;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The facts a referral reads, under the enterprise profile's names, and the date the qualification is tested on.
 * In JSON: {@code {"specialisedAndInnovative": {"held": true, "since": "2022-09-01"}, "asOf": "2023-06-30"}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param techSme  the 科技型中小企业 enrolment, if known
 * @param specialisedAndInnovative  the 专精特新中小企业 recognition, if known
 * @param littleGiant  the 小巨人 recognition, if known
 * @param highTech  the 高新技术企业 certification, if known
 * @param asOf  the date a required qualification must be held on
 */
public record ReferralRequest(
    Optional<Qualification> techSme,
    Optional<Qualification> specialisedAndInnovative,
    Optional<Qualification> littleGiant,
    Optional<Qualification> highTech,
    LocalDate asOf) {

  /**
   * Creates a request.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if the date is null or out of range
   */
  public ReferralRequest {
    techSme = techSme == null ? Optional.empty() : techSme;
    specialisedAndInnovative = specialisedAndInnovative == null ? Optional.empty() : specialisedAndInnovative;
    littleGiant = littleGiant == null ? Optional.empty() : littleGiant;
    highTech = highTech == null ? Optional.empty() : highTech;
    Args.date(asOf, "asOf");
  }

  /**
   * Builds the request from an enterprise profile and the evaluation date.
   *
   * @param profile  the profile
   * @param asOf  the evaluation date
   * @return the request
   */
  public static ReferralRequest from(EnterpriseProfile profile, LocalDate asOf) {
    Args.notNull(profile, "profile");
    return new ReferralRequest(profile.techSme(), profile.specialisedAndInnovative(), profile.littleGiant(),
        profile.highTech(), asOf);
  }

  /**
   * Returns a qualification by its kind.
   *
   * @param kind  the kind
   * @return the qualification, if known
   */
  public Optional<Qualification> qualification(GrantQualification kind) {
    switch (Args.notNull(kind, "kind")) {
      case TECH_SME:
        return techSme;
      case SPECIALISED_AND_INNOVATIVE:
        return specialisedAndInnovative;
      case LITTLE_GIANT:
        return littleGiant;
      default:
        return highTech;
    }
  }
}
