package io.github.huiqi.calculators.grants.award;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.grants.award.AwardCombination;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The choices no source settles for an award, each defaulting to the measure's pack.
 * <p>
 * In JSON, as an award request's {@code options}: {@code {"combination": "SUM"}}.
 * <pre>{@code
 * AwardRequest request = AwardRequest.from(profile).withOptions(AwardOptions.combining(AwardCombination.SUM));
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableAwardOptions.class)
@JsonDeserialize(as = ImmutableAwardOptions.class)
public abstract class AwardOptions {

  /** The defaults: everything as the measure's pack says. */
  public static final AwardOptions DEFAULTS = builder().build();

  AwardOptions() {
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
   * Obtains options with a combination rule.
   *
   * @param combination  the rule
   * @return the options
   * @throws io.github.huiqi.core.error.InvalidInputException if the rule is null
   */
  public static AwardOptions combining(AwardCombination combination) {
    return builder().combination(Args.notNull(combination, "combination")).build();
  }

  /**
   * Returns how tiers combine when more than one is earned; empty for the measure's {@code combination} parameter
   * (the highest one alone for every built-in measure, decisions register §4.4 item 25).
   *
   * @return the rule, if chosen
   */
  public abstract Optional<AwardCombination> combination();

  @Value.Check
  void check() {
    Args.notNullOptional(combination(), "combination");
  }

  /**
   * Builds {@link AwardOptions}. Each setter returns this builder; {@code build()} validates.
   */
  public static class Builder extends ImmutableAwardOptions.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
