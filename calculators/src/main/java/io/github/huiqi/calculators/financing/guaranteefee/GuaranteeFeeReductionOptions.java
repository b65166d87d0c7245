package io.github.huiqi.calculators.financing.guaranteefee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DayCount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Choices the caller may make where the guarantee-fee reduction (深工信〔2023〕26号 第6条) leaves room or no source
 * settles the arithmetic.
 * <p>
 * An empty option uses the documented default, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableGuaranteeFeeReductionOptions.class)
@JsonDeserialize(as = ImmutableGuaranteeFeeReductionOptions.class)
public abstract class GuaranteeFeeReductionOptions {

  /** No overrides: every documented default applies. */
  public static final GuaranteeFeeReductionOptions DEFAULTS = builder().build();

  GuaranteeFeeReductionOptions() {
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
   * Returns the relative reduction of the standard fee rate the guarantor grants, 0% up to the measure's maximum (40%);
   * default the maximum.
   *
   * @return the reduction, if chosen
   */
  public abstract Optional<Rate> reduction();

  /**
   * Returns the relative reduction of the re-guarantee fee ("可适当减收"), 0% to 100%; default the measure's (0%).
   *
   * @return the re-guarantee fee reduction, if chosen
   */
  public abstract Optional<Rate> reGuaranteeReduction();

  /**
   * Returns the day count of the fee period; default the measure's (built in: {@code WHOLE-MONTHS}, whole months ÷ 12
   * plus odd days ÷ 360, so a whole year at rate r costs exactly r × the amount); {@code ACT/360} or {@code ACT/365F}
   * where the guarantee contract counts actual days.
   *
   * @return the day count, if chosen
   */
  public abstract Optional<DayCount> dayCount();

  /**
   * Returns a copy with a reduction chosen.
   *
   * @param chosen  the reduction, 0% up to the measure's maximum
   * @return the copy
   */
  public GuaranteeFeeReductionOptions withReduction(Rate chosen) {
    return builder().from(this).reduction(Args.notNull(chosen, "reduction")).build();
  }

  /**
   * Returns a copy with a re-guarantee fee reduction chosen.
   *
   * @param chosen  the reduction, 0% to 100%
   * @return the copy
   */
  public GuaranteeFeeReductionOptions withReGuaranteeReduction(Rate chosen) {
    return builder().from(this).reGuaranteeReduction(Args.notNull(chosen, "reGuaranteeReduction")).build();
  }

  /**
   * Returns a copy with a day count chosen.
   *
   * @param chosen  the day count
   * @return the copy
   */
  public GuaranteeFeeReductionOptions withDayCount(DayCount chosen) {
    return builder().from(this).dayCount(Args.notNull(chosen, "dayCount")).build();
  }

  static void requireRatio(Rate rate, String field) {
    if (rate.compareTo(Rate.ZERO) < 0 || rate.isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
      throw new InvalidInputException(field, rate, "must be from 0% to 100%");
    }
  }

  @Value.Check
  void check() {
    Optional<Rate> reduction = reduction();
    Optional<Rate> reGuaranteeReduction = reGuaranteeReduction();
    Optional<DayCount> dayCount = dayCount();
    Args.notNullOptional(reduction, "reduction");
    Args.notNullOptional(reGuaranteeReduction, "reGuaranteeReduction");
    Args.notNullOptional(dayCount, "dayCount");
    reduction.ifPresent(r -> requireRatio(r, "reduction"));
    reGuaranteeReduction.ifPresent(r -> requireRatio(r, "reGuaranteeReduction"));
  }

  /**
   * Builds a {@link GuaranteeFeeReductionOptions}. Each setter returns this builder; {@code build()} validates,
   * throwing {@link InvalidInputException} if an option is null rather than empty, or a reduction is outside 0%..100%.
   */
  public static class Builder extends ImmutableGuaranteeFeeReductionOptions.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
