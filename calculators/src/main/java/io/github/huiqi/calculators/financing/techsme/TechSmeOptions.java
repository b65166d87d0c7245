package io.github.huiqi.calculators.financing.techsme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.financing.techsme.TechSmeAccrualBasis;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.time.DayCount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Choices the caller may make where no source settles the tech-SME subsidy's arithmetic.
 * <p>
 * An empty option uses the measure's documented default, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableTechSmeOptions.class)
@JsonDeserialize(as = ImmutableTechSmeOptions.class)
public abstract class TechSmeOptions {

  /** No overrides: every documented default applies. */
  public static final TechSmeOptions DEFAULTS = builder().build();

  TechSmeOptions() {
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
   * Returns which interest counts as arising in the uplift window; default the measure's
   * ({@link TechSmeAccrualBasis#ACCRUED_IN_WINDOW} built in: accrued for days in 2023 and actually paid).
   *
   * @return the accrual basis, if chosen
   */
  public abstract Optional<TechSmeAccrualBasis> accrualBasis();

  /**
   * Returns the day count splitting a period that straddles the window's edge; default the measure's ({@code ACT/360}
   * built in, which splits by actual days).
   *
   * @return the split day count, if chosen
   */
  public abstract Optional<DayCount> splitDayCount();

  /**
   * Returns a copy with an accrual basis chosen.
   *
   * @param chosen  the basis
   * @return the copy
   */
  public TechSmeOptions withAccrualBasis(TechSmeAccrualBasis chosen) {
    return builder().from(this).accrualBasis(Args.notNull(chosen, "accrualBasis")).build();
  }

  /**
   * Returns a copy with a split day count chosen.
   *
   * @param chosen  the day count
   * @return the copy
   */
  public TechSmeOptions withSplitDayCount(DayCount chosen) {
    return builder().from(this).splitDayCount(Args.notNull(chosen, "splitDayCount")).build();
  }

  @Value.Check
  void check() {
    Optional<TechSmeAccrualBasis> accrualBasis = accrualBasis();
    Optional<DayCount> splitDayCount = splitDayCount();
    Args.notNullOptional(accrualBasis, "accrualBasis");
    Args.notNullOptional(splitDayCount, "splitDayCount");
  }

  /**
   * Builds a {@link TechSmeOptions}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} if an option is null rather than empty.
   */
  public static class Builder extends ImmutableTechSmeOptions.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
