package io.github.huiqi.calculators.tax.rd;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.money.MoneyRounding;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Choices the caller may make where no source settles the R&amp;D super-deduction arithmetic.
 * <p>
 * An empty option uses the measure's documented default, and the explanation says so. Build with
 * {@link #builder()}, or start from {@link #DEFAULTS} and use the {@code with…} methods.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableRdOptions.class)
@JsonDeserialize(as = ImmutableRdOptions.class)
public abstract class RdOptions {

  /** No overrides: every documented default applies. */
  public static final RdOptions DEFAULTS = builder().build();

  RdOptions() {
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
   * Returns the rounding of the other-costs cap and of each output amount (decisions register §4.5 item 35); default
   * the measure's (half-up to the fen built in).
   *
   * @return the rounding, if chosen
   */
  public abstract Optional<MoneyRounding> rounding();

  /**
   * Returns which year's rate an R&amp;D intangible is amortised at (decisions register §4.5 item 34); default
   * {@link RdIntangibleRateYear#TAX_YEAR}.
   *
   * @return the choice, if made
   */
  public abstract Optional<RdIntangibleRateYear> intangibleRateYear();

  /**
   * Returns a copy choosing the rounding.
   *
   * @param chosen  the rounding, such as {@link MoneyRounding#FEN_DOWN}
   * @return the copy
   */
  public RdOptions withRounding(MoneyRounding chosen) {
    return builder().from(this).rounding(Args.notNull(chosen, "rounding")).build();
  }

  /**
   * Returns a copy choosing which year's rate R&amp;D intangibles are amortised at.
   *
   * @param chosen  the choice; {@link RdIntangibleRateYear#YEAR_FORMED} needs each intangible's {@code yearFormed}
   * @return the copy
   */
  public RdOptions withIntangibleRateYear(RdIntangibleRateYear chosen) {
    return builder().from(this).intangibleRateYear(Args.notNull(chosen, "intangibleRateYear")).build();
  }

  @Value.Check
  void check() {
    Args.notNullOptional(rounding(), "rounding");
    Args.notNullOptional(intangibleRateYear(), "intangibleRateYear");
  }

  /**
   * Builds {@link RdOptions}. Each setter returns this builder; {@code build()} validates.
   */
  public static class Builder extends ImmutableRdOptions.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
