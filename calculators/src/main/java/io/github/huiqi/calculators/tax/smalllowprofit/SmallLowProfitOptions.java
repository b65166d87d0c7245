package io.github.huiqi.calculators.tax.smalllowprofit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitNegativePrepayment;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Choices the caller may make where no source settles the 小型微利企业 income-tax arithmetic.
 * <p>
 * An empty option uses the measure's documented default, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableSmallLowProfitOptions.class)
@JsonDeserialize(as = ImmutableSmallLowProfitOptions.class)
public abstract class SmallLowProfitOptions {

  /** No overrides: every documented default applies. */
  public static final SmallLowProfitOptions DEFAULTS = builder().build();

  SmallLowProfitOptions() {
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
   * Returns the rounding of the tax due and of the standard tax (decisions register §4.5 item 35); default the
   * measure's (half-up to the fen built in).
   *
   * @return the rounding, if chosen
   */
  public abstract Optional<MoneyRounding> rounding();

  /**
   * Returns what a quarterly prepayment does when the tax due to date is below the tax already prepaid (decisions
   * register §4.5 item 30); default the measure's (carry to the annual settlement built in).
   *
   * @return the negative prepayment, if chosen
   */
  public abstract Optional<SmallLowProfitNegativePrepayment> negativePrepayment();

  /**
   * Returns a copy choosing the rounding.
   *
   * @param chosen  the rounding, such as {@link MoneyRounding#FEN_DOWN}
   * @return the copy
   */
  public SmallLowProfitOptions withRounding(MoneyRounding chosen) {
    return builder().from(this).rounding(Args.notNull(chosen, "rounding")).build();
  }

  /**
   * Returns a copy choosing the treatment of a negative prepayment.
   *
   * @param chosen  the treatment, such as {@link SmallLowProfitNegativePrepayment#REFUND}
   * @return the copy
   */
  public SmallLowProfitOptions withNegativePrepayment(SmallLowProfitNegativePrepayment chosen) {
    return builder().from(this).negativePrepayment(Args.notNull(chosen, "negativePrepayment")).build();
  }

  @Value.Check
  void check() {
    Optional<MoneyRounding> rounding = rounding();
    Optional<SmallLowProfitNegativePrepayment> negativePrepayment = negativePrepayment();
    Args.notNullOptional(rounding, "rounding");
    Args.notNullOptional(negativePrepayment, "negativePrepayment");
  }

  /**
   * Builds a {@link SmallLowProfitOptions}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} if an option is null rather than empty.
   */
  public static class Builder extends ImmutableSmallLowProfitOptions.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
