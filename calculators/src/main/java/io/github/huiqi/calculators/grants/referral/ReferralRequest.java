package io.github.huiqi.calculators.grants.referral;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.grants.GrantQualification;
import io.github.huiqi.core.internal.Args;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The facts a referral reads, under the enterprise profile's names, and the date the qualification is tested on:
 * the qualifications, and the industry and size that a measure for small and micro industrial enterprises tests.
 * In JSON: {@code {"specialisedAndInnovative": {"held": true, "since": "2022-09-01"}, "industryCode": "C3484",
 * "size": "SMALL", "asOf": "2023-06-30"}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param techSme  the 科技型中小企业 enrolment, if known
 * @param specialisedAndInnovative  the 专精特新中小企业 recognition, if known
 * @param littleGiant  the 小巨人 recognition, if known
 * @param highTech  the 高新技术企业 certification, if known
 * @param industryCode  the GB/T 4754-2017 code, such as {@code C3484} (a section letter with 0, 2, 3 or 4 digits), if
 *     known
 * @param size  the size class under 工信部联企业〔2011〕300号, if known
 * @param asOf  the date a required qualification must be held on
 */
public record ReferralRequest(
    Optional<Qualification> techSme,
    Optional<Qualification> specialisedAndInnovative,
    Optional<Qualification> littleGiant,
    Optional<Qualification> highTech,
    Optional<String> industryCode,
    Optional<EnterpriseSize> size,
    LocalDate asOf) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if the date is null or out of range, or the industry code malformed, naming it
   */
  public ReferralRequest {
    techSme = techSme == null ? Optional.empty() : techSme;
    specialisedAndInnovative = specialisedAndInnovative == null ? Optional.empty() : specialisedAndInnovative;
    littleGiant = littleGiant == null ? Optional.empty() : littleGiant;
    highTech = highTech == null ? Optional.empty() : highTech;
    industryCode = industryCode == null ? Optional.empty() : industryCode;
    industryCode.ifPresent(code -> {
      if (!Args.isIndustryCode(code)) {
        throw new InvalidInputException("industryCode", code,
            "must be a GB/T 4754-2017 code: a section letter A..T with 0, 2, 3 or 4 digits, such as C3484");
      }
    });
    size = size == null ? Optional.empty() : size;
    Args.date(asOf, "asOf");
  }

  /**
   * Creates a request with the qualifications only, the industry and size not known.
   *
   * @param techSme  the 科技型中小企业 enrolment, if known
   * @param specialisedAndInnovative  the 专精特新中小企业 recognition, if known
   * @param littleGiant  the 小巨人 recognition, if known
   * @param highTech  the 高新技术企业 certification, if known
   * @param asOf  the date a required qualification must be held on
   * @throws InvalidInputException if the date is null or out of range
   */
  public ReferralRequest(Optional<Qualification> techSme, Optional<Qualification> specialisedAndInnovative,
      Optional<Qualification> littleGiant, Optional<Qualification> highTech, LocalDate asOf) {
    this(techSme, specialisedAndInnovative, littleGiant, highTech, Optional.empty(), Optional.empty(), asOf);
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
        profile.highTech(), profile.industryCode(), profile.size(), asOf);
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
