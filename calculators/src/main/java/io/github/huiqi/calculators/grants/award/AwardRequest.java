package io.github.huiqi.calculators.grants.award;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.calculators.grants.GrantFacts;
import io.github.huiqi.calculators.grants.internal.GrantTriggers;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

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
 * Build with {@link #builder()} (an absent fact is not known; absent options are the defaults,
 * {@link AwardOptions#DEFAULTS}), or from a profile with {@link #from}:
 * <pre>
 * AwardRequest request = AwardRequest.builder()
 *     .littleGiant(Qualification.builder().held(true).since(LocalDate.of(2023, 7, 1)).build())
 *     .size(EnterpriseSize.SMALL)
 *     .build();
 * </pre>
 * <p>
 * This class is immutable and thread-safe.

 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableAwardRequest.class)
@JsonDeserialize(as = ImmutableAwardRequest.class)
public abstract class AwardRequest implements GrantFacts {

  AwardRequest() {
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
   * Returns the options; empty for the defaults.
   *
   * @return the options, if given
   */
  public abstract Optional<AwardOptions> options();

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public AwardOptions effectiveOptions() {
    return options().orElse(AwardOptions.DEFAULTS);
  }

  /**
   * Builds the request from an enterprise profile, with the default options: its qualifications,
   * {@code grantEvents} and {@code size}.
   *
   * @param profile  the profile
   * @return the request
   * @throws io.github.huiqi.core.error.InvalidInputException if the profile is null
   */
  public static AwardRequest from(EnterpriseProfile profile) {
    Args.notNull(profile, "profile");
    return builder().techSme(profile.techSme()).specialisedAndInnovative(profile.specialisedAndInnovative())
        .littleGiant(profile.littleGiant()).highTech(profile.highTech()).grantEvents(profile.grantEvents())
        .size(profile.size()).build();
  }

  /**
   * Returns a copy with other options.
   *
   * @param newOptions  the options
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the options are null
   */
  public AwardRequest withOptions(AwardOptions newOptions) {
    return builder().from(this).options(Args.notNull(newOptions, "options")).build();
  }

  /**
   * Returns a copy with the size class known.
   *
   * @param newSize  the size class under 工信部联企业〔2011〕300号
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the size is null
   */
  public AwardRequest withSize(EnterpriseSize newSize) {
    return builder().from(this).size(Args.notNull(newSize, "size")).build();
  }

  /**
   * Checks the events (each not null, each id once) and keeps them as an unmodifiable list.
   *
   * @return this request, or its copy holding the events' own list
   */
  @Value.Check
  AwardRequest check() {
    Optional<List<GrantEvent>> events = Args.notNullOptional(grantEvents(), "grantEvents");
    if (events.isEmpty()) {
      return this;
    }
    List<GrantEvent> unique = GrantTriggers.uniqueEvents(events.get());
    return unique == events.get() ? this : builder().from(this).grantEvents(unique).build();
  }

  /**
   * Builds an {@link AwardRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} if an event is null or an event id repeats, naming it.
   */
  public static class Builder extends ImmutableAwardRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
