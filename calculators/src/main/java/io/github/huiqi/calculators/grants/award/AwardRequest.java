package io.github.huiqi.calculators.grants.award;

import io.github.huiqi.calculators.grants.GrantFacts;
import io.github.huiqi.calculators.grants.internal.GrantTriggers;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.internal.Args;
import java.util.List;
import java.util.Optional;

/**
 * The facts an award reads, under the enterprise profile's names, and the options: the qualifications and events a
 * tier's trigger reads, and the size class a measure for 中小企业 tests (its {@code smeRule}, such as
 * 沪企服办〔2023〕1号 第六条). In JSON:
 * <pre>
 * {"littleGiant": {"held": true, "since": "2023-07-01"}, "size": "SMALL",
 *  "grantEvents": [{"eventId": "M-1", "code": "maker-china-shenzhen-award", "date": "2023-09-20"}]}
 * </pre>
 * Absent facts are not known; an absent {@code grantEvents} is not known and an empty one is known to be none. An
 * absent {@code size} leaves a measure for 中小企业 undetermined, naming {@code /size}; a measure for any size does not
 * read it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param techSme  the 科技型中小企业 enrolment, if known
 * @param specialisedAndInnovative  the 专精特新中小企业 recognition, if known
 * @param littleGiant  the 小巨人 recognition, if known
 * @param highTech  the 高新技术企业 certification, if known
 * @param grantEvents  the events, each id at most once, if known
 * @param size  the size class under 工信部联企业〔2011〕300号, if known
 * @param options  the options; {@link AwardOptions#DEFAULTS} when absent
 */
public record AwardRequest(
    Optional<Qualification> techSme,
    Optional<Qualification> specialisedAndInnovative,
    Optional<Qualification> littleGiant,
    Optional<Qualification> highTech,
    Optional<List<GrantEvent>> grantEvents,
    Optional<EnterpriseSize> size,
    AwardOptions options) implements GrantFacts {

  /**
   * Creates a request.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if an event is null or an event id repeats, naming it
   */
  public AwardRequest {
    techSme = orEmpty(techSme);
    specialisedAndInnovative = orEmpty(specialisedAndInnovative);
    littleGiant = orEmpty(littleGiant);
    highTech = orEmpty(highTech);
    grantEvents = orEmpty(grantEvents).map(GrantTriggers::uniqueEvents);
    size = orEmpty(size);
    options = options == null ? AwardOptions.DEFAULTS : options;
  }

  /**
   * Creates a request whose size is not known.
   *
   * @param techSme  the 科技型中小企业 enrolment, if known
   * @param specialisedAndInnovative  the 专精特新中小企业 recognition, if known
   * @param littleGiant  the 小巨人 recognition, if known
   * @param highTech  the 高新技术企业 certification, if known
   * @param grantEvents  the events, each id at most once, if known
   * @param options  the options; {@link AwardOptions#DEFAULTS} when null
   * @throws io.github.huiqi.core.error.InvalidInputException if an event is null or an event id repeats, naming it
   */
  public AwardRequest(Optional<Qualification> techSme, Optional<Qualification> specialisedAndInnovative,
      Optional<Qualification> littleGiant, Optional<Qualification> highTech,
      Optional<List<GrantEvent>> grantEvents, AwardOptions options) {
    this(techSme, specialisedAndInnovative, littleGiant, highTech, grantEvents, Optional.empty(), options);
  }

  /**
   * Builds the request from an enterprise profile, with the default options: its qualifications,
   * {@code grantEvents} and {@code size}.
   *
   * @param profile  the profile
   * @return the request
   */
  public static AwardRequest from(EnterpriseProfile profile) {
    Args.notNull(profile, "profile");
    return new AwardRequest(profile.techSme(), profile.specialisedAndInnovative(), profile.littleGiant(),
        profile.highTech(), profile.grantEvents(), profile.size(), AwardOptions.DEFAULTS);
  }

  /**
   * Returns a copy with other options.
   *
   * @param newOptions  the options
   * @return the copy
   */
  public AwardRequest withOptions(AwardOptions newOptions) {
    return new AwardRequest(techSme, specialisedAndInnovative, littleGiant, highTech, grantEvents, size,
        Args.notNull(newOptions, "options"));
  }

  /**
   * Returns a copy with the size class known.
   *
   * @param newSize  the size class under 工信部联企业〔2011〕300号
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the size is null
   */
  public AwardRequest withSize(EnterpriseSize newSize) {
    return new AwardRequest(techSme, specialisedAndInnovative, littleGiant, highTech, grantEvents,
        Optional.of(Args.notNull(newSize, "size")), options);
  }

  private static <T> Optional<T> orEmpty(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }
}
