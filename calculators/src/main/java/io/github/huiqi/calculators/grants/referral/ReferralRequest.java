package io.github.huiqi.calculators.grants.referral;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.grants.GrantQualification;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts a referral reads, under the enterprise profile's names, and the date the qualification is tested on:
 * the qualifications, and the industry and size that a measure for small and micro industrial enterprises tests.
 * In JSON: {@code {"specialisedAndInnovative": {"held": true, "since": "2022-09-01"}, "industryCode": "C3484",
 * "size": "SMALL", "asOf": "2023-06-30"}}.
 * <p>
 * Build with {@link #builder()} (an absent fact is not known; {@code asOf} is required), or from a profile with
 * {@link #from}:
 * <pre>
 * ReferralRequest request = ReferralRequest.builder()
 *     .specialisedAndInnovative(Qualification.builder().held(true).since(LocalDate.of(2022, 9, 1)).build())
 *     .asOf(LocalDate.of(2023, 6, 30))
 *     .build();
 * </pre>
 * <p>
 * This class is immutable and thread-safe.

 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableReferralRequest.class)
@JsonDeserialize(as = ImmutableReferralRequest.class)
public abstract class ReferralRequest {

  ReferralRequest() {
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
   * Returns the 科技型中小企业 enrolment.
   *
   * @return the qualification, if known
   */
  public abstract Optional<Qualification> techSme();

  /**
   * Returns the 专精特新中小企业 recognition.
   *
   * @return the qualification, if known
   */
  public abstract Optional<Qualification> specialisedAndInnovative();

  /**
   * Returns the 专精特新"小巨人" recognition.
   *
   * @return the qualification, if known
   */
  public abstract Optional<Qualification> littleGiant();

  /**
   * Returns the 高新技术企业 certification.
   *
   * @return the qualification, if known
   */
  public abstract Optional<Qualification> highTech();

  /**
   * Returns the GB/T 4754-2017 code, such as {@code C3484} (a section letter with 0, 2, 3 or 4 digits).
   *
   * @return the code, if known
   */
  public abstract Optional<String> industryCode();

  /**
   * Returns the size class under 工信部联企业〔2011〕300号.
   *
   * @return the size class, if known
   */
  public abstract Optional<EnterpriseSize> size();

  /**
   * Returns the date a required qualification must be held on.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Builds the request from an enterprise profile and the evaluation date.
   *
   * @param profile  the profile
   * @param asOf  the evaluation date
   * @return the request
   * @throws InvalidInputException if the profile or the date is null, or the date out of range
   */
  public static ReferralRequest from(EnterpriseProfile profile, LocalDate asOf) {
    Args.notNull(profile, "profile");
    return builder().techSme(profile.techSme()).specialisedAndInnovative(profile.specialisedAndInnovative())
        .littleGiant(profile.littleGiant()).highTech(profile.highTech()).industryCode(profile.industryCode())
        .size(profile.size()).asOf(Args.notNull(asOf, "asOf")).build();
  }

  /**
   * Returns a qualification by its kind.
   *
   * @param kind  the kind
   * @return the qualification, if known
   * @throws InvalidInputException if the kind is null
   */
  public Optional<Qualification> qualification(GrantQualification kind) {
    switch (Args.notNull(kind, "kind")) {
      case TECH_SME:
        return techSme();
      case SPECIALISED_AND_INNOVATIVE:
        return specialisedAndInnovative();
      case LITTLE_GIANT:
        return littleGiant();
      default:
        return highTech();
    }
  }

  @Value.Check
  void check() {
    Args.notNullOptional(industryCode(), "industryCode").ifPresent(code -> Args.industryCode(code, "industryCode"));
    Args.date(asOf(), "asOf");
  }

  /**
   * Builds a {@link ReferralRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if the date is absent or out of range, or the industry code malformed, naming it.
   */
  public static class Builder extends ImmutableReferralRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
