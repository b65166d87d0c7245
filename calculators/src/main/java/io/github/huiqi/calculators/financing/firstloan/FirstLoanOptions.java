package io.github.huiqi.calculators.financing.firstloan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.time.DayCount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Choices the caller may make where no source settles the first-loan subsidy's arithmetic.
 * <p>
 * An empty option uses the measure's documented default, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableFirstLoanOptions.class)
@JsonDeserialize(as = ImmutableFirstLoanOptions.class)
public abstract class FirstLoanOptions {

  /** No overrides: every documented default applies. */
  public static final FirstLoanOptions DEFAULTS = builder().build();

  FirstLoanOptions() {
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
   * Returns the day count for the pro-rata period; default the measure's ({@code ACT/360} built in).
   *
   * @return the day count, if chosen
   */
  public abstract Optional<DayCount> dayCount();

  /**
   * Returns a copy with a day count chosen.
   *
   * @param chosen  the day count
   * @return the copy
   */
  public FirstLoanOptions withDayCount(DayCount chosen) {
    return builder().from(this).dayCount(Args.notNull(chosen, "dayCount")).build();
  }

  @Value.Check
  void check() {
    Optional<DayCount> dayCount = dayCount();
    Args.notNullOptional(dayCount, "dayCount");
  }

  /**
   * Builds a {@link FirstLoanOptions}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} if an option is null rather than empty.
   */
  public static class Builder extends ImmutableFirstLoanOptions.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
