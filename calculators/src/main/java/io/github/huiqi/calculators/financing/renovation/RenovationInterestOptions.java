package io.github.huiqi.calculators.financing.renovation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Choices the caller may make where the plan (小升规方案 第十条) does not settle the renovation interest subsidy.
 * <p>
 * An empty option uses the measure's documented value, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableRenovationInterestOptions.class)
@JsonDeserialize(as = ImmutableRenovationInterestOptions.class)
public abstract class RenovationInterestOptions {

  /** No overrides: every documented value applies. */
  public static final RenovationInterestOptions DEFAULTS = builder().build();

  RenovationInterestOptions() {
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
   * Returns the subsidised years from the project's subsidy start, 1 to 30; default the measure's (3, from the 2023-era
   * operating rules; the plan is silent).
   *
   * @return the subsidised years, if chosen
   */
  public abstract Optional<Integer> maximumSubsidyYears();

  /**
   * Returns a copy with the subsidised years chosen.
   *
   * @param years  the years, 1 to 30
   * @return the copy
   * @throws InvalidInputException if the years are outside 1..30
   */
  public RenovationInterestOptions withMaximumSubsidyYears(int years) {
    return builder().from(this).maximumSubsidyYears(years).build();
  }

  @Value.Check
  void check() {
    Optional<Integer> maximumSubsidyYears = maximumSubsidyYears();
    Args.notNullOptional(maximumSubsidyYears, "maximumSubsidyYears");
    maximumSubsidyYears.ifPresent(years -> {
      if (years < 1 || years > 30) {
        throw new InvalidInputException("maximumSubsidyYears", years, "must be from 1 to 30");
      }
    });
  }

  /**
   * Builds a {@link RenovationInterestOptions}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if an option is null rather than empty, or the years are outside 1..30.
   */
  public static class Builder extends ImmutableRenovationInterestOptions.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
