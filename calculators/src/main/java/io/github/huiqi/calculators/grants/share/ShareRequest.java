package io.github.huiqi.calculators.grants.share;

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
 * The facts a share reads, under the enterprise profile's names: the events whose {@code amount} is the base (a
 * contract amount, an approved total investment, the prior-year R&amp;D input, a base entitlement) and the
 * qualifications a trigger may require on an event's date, and the size class a measure for 中小企业 tests (its
 * {@code smeRule}, such as 沪企服办〔2023〕1号 第八条). In JSON:
 * <pre>
 * {"size": "SMALL",
 *  "grantEvents": [{"eventId": "C-1", "code": "sh-digital-service-contract", "date": "2023-07-01",
 *                   "amount": {"amount": 800000, "currency": "CNY"}}]}
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
 */
public record ShareRequest(
    Optional<Qualification> techSme,
    Optional<Qualification> specialisedAndInnovative,
    Optional<Qualification> littleGiant,
    Optional<Qualification> highTech,
    Optional<List<GrantEvent>> grantEvents,
    Optional<EnterpriseSize> size) implements GrantFacts {

  /**
   * Creates a request.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if an event is null or an event id repeats, naming it
   */
  public ShareRequest {
    techSme = orEmpty(techSme);
    specialisedAndInnovative = orEmpty(specialisedAndInnovative);
    littleGiant = orEmpty(littleGiant);
    highTech = orEmpty(highTech);
    grantEvents = orEmpty(grantEvents).map(GrantTriggers::uniqueEvents);
    size = orEmpty(size);
  }

  /**
   * Creates a request whose size is not known.
   *
   * @param techSme  the 科技型中小企业 enrolment, if known
   * @param specialisedAndInnovative  the 专精特新中小企业 recognition, if known
   * @param littleGiant  the 小巨人 recognition, if known
   * @param highTech  the 高新技术企业 certification, if known
   * @param grantEvents  the events, each id at most once, if known
   * @throws io.github.huiqi.core.error.InvalidInputException if an event is null or an event id repeats, naming it
   */
  public ShareRequest(Optional<Qualification> techSme, Optional<Qualification> specialisedAndInnovative,
      Optional<Qualification> littleGiant, Optional<Qualification> highTech,
      Optional<List<GrantEvent>> grantEvents) {
    this(techSme, specialisedAndInnovative, littleGiant, highTech, grantEvents, Optional.empty());
  }

  /**
   * Builds the request from an enterprise profile: its qualifications, {@code grantEvents} and {@code size}.
   *
   * @param profile  the profile
   * @return the request
   */
  public static ShareRequest from(EnterpriseProfile profile) {
    Args.notNull(profile, "profile");
    return new ShareRequest(profile.techSme(), profile.specialisedAndInnovative(), profile.littleGiant(),
        profile.highTech(), profile.grantEvents(), profile.size());
  }

  /**
   * Obtains a request with events only (no qualification and no size known).
   *
   * @param events  the events
   * @return the request
   */
  public static ShareRequest ofEvents(List<GrantEvent> events) {
    return new ShareRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(Args.notNull(events, "grantEvents")));
  }

  /**
   * Returns a copy with the size class known.
   *
   * @param newSize  the size class under 工信部联企业〔2011〕300号
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the size is null
   */
  public ShareRequest withSize(EnterpriseSize newSize) {
    return new ShareRequest(techSme, specialisedAndInnovative, littleGiant, highTech, grantEvents,
        Optional.of(Args.notNull(newSize, "size")));
  }

  private static <T> Optional<T> orEmpty(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }
}
