package io.github.huiqi.calculators.financing.guaranteefee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageWeighting;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.time.DayCount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Choices the caller may make where no source defines a guarantor's average fee rate.
 * <p>
 * An empty option uses the measure's documented default, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableGuaranteeFeeAverageOptions.class)
@JsonDeserialize(as = ImmutableGuaranteeFeeAverageOptions.class)
public abstract class GuaranteeFeeAverageOptions {

  /** No overrides: every documented default applies. */
  public static final GuaranteeFeeAverageOptions DEFAULTS = builder().build();

  GuaranteeFeeAverageOptions() {
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
   * Returns how guarantees are weighted; default the measure's ({@code AMOUNT_TIME} built in).
   *
   * @return the weighting, if chosen
   */
  public abstract Optional<GuaranteeFeeAverageWeighting> weighting();

  /**
   * Returns the day count of each guarantee's time in force; default the measure's (built in: {@code WHOLE-MONTHS}).
   *
   * @return the day count, if chosen
   */
  public abstract Optional<DayCount> dayCount();

  /**
   * Returns a copy with a weighting chosen.
   *
   * @param chosen  the weighting
   * @return the copy
   */
  public GuaranteeFeeAverageOptions withWeighting(GuaranteeFeeAverageWeighting chosen) {
    return builder().from(this).weighting(Args.notNull(chosen, "weighting")).build();
  }

  /**
   * Returns a copy with a day count chosen.
   *
   * @param chosen  the day count
   * @return the copy
   */
  public GuaranteeFeeAverageOptions withDayCount(DayCount chosen) {
    return builder().from(this).dayCount(Args.notNull(chosen, "dayCount")).build();
  }

  @Value.Check
  void check() {
    Optional<GuaranteeFeeAverageWeighting> weighting = weighting();
    Optional<DayCount> dayCount = dayCount();
    Args.notNullOptional(weighting, "weighting");
    Args.notNullOptional(dayCount, "dayCount");
  }

  /**
   * Builds a {@link GuaranteeFeeAverageOptions}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} if an option is null rather than empty.
   */
  public static class Builder extends ImmutableGuaranteeFeeAverageOptions.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
