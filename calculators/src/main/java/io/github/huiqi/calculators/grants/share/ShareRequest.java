package io.github.huiqi.calculators.grants.share;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.calculators.grants.GrantFacts;
import io.github.huiqi.calculators.grants.internal.GrantTriggers;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

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
 * Build with {@link #builder()} (an absent fact is not known), or from a profile with {@link #from}:
 * <pre>
 * ShareRequest request = ShareRequest.builder()
 *     .size(EnterpriseSize.SMALL)
 *     .grantEvents(List.of(contract))
 *     .build();
 * </pre>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableShareRequest.class)
@JsonDeserialize(as = ImmutableShareRequest.class)
public abstract class ShareRequest implements GrantFacts {

  ShareRequest() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // the qualifications and the events are GrantFacts' attributes, read under the same names

  /**
   * Returns the size class under 工信部联企业〔2011〕300号.
   *
   * @return the size class, if known
   */
  public abstract Optional<EnterpriseSize> size();

  /**
   * Builds the request from an enterprise profile: its qualifications, {@code grantEvents} and {@code size}.
   *
   * @param profile  the profile
   * @return the request
   * @throws io.github.huiqi.core.error.InvalidInputException if the profile is null
   */
  public static ShareRequest from(EnterpriseProfile profile) {
    Args.notNull(profile, "profile");
    return builder().techSme(profile.techSme()).specialisedAndInnovative(profile.specialisedAndInnovative())
        .littleGiant(profile.littleGiant()).highTech(profile.highTech()).grantEvents(profile.grantEvents())
        .size(profile.size()).build();
  }

  /**
   * Obtains a request with events only (no qualification and no size known).
   *
   * @param events  the events
   * @return the request
   * @throws io.github.huiqi.core.error.InvalidInputException if the list or an event is null, or an id repeats
   */
  public static ShareRequest ofEvents(List<GrantEvent> events) {
    return builder().grantEvents(Args.notNull(events, "grantEvents")).build();
  }

  /**
   * Returns a copy with the size class known.
   *
   * @param newSize  the size class under 工信部联企业〔2011〕300号
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the size is null
   */
  public ShareRequest withSize(EnterpriseSize newSize) {
    return builder().from(this).size(Args.notNull(newSize, "size")).build();
  }

  /**
   * Checks the events (each not null, each id once) and keeps them as an unmodifiable list.
   *
   * @return this request, or its copy holding the events' own list
   */
  @Value.Check
  ShareRequest check() {
    Optional<List<GrantEvent>> events = Args.notNullOptional(grantEvents(), "grantEvents");
    if (events.isEmpty()) {
      return this;
    }
    List<GrantEvent> unique = GrantTriggers.uniqueEvents(events.get());
    return unique == events.get() ? this : builder().from(this).grantEvents(unique).build();
  }

  /**
   * Builds a {@link ShareRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} if an event is null or an event id repeats, naming it.
   */
  public static class Builder extends ImmutableShareRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
