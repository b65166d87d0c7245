package io.github.huiqi.calculators.financing;

import io.github.huiqi.core.financing.InterestAccrualBasis;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.time.DayCount;
import java.util.Optional;

/**
 * Choices the caller may make where no source settles the tech-SME subsidy's arithmetic.
 * <p>
 * An empty option uses the measure's documented default, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param accrualBasis  which interest counts as arising in the uplift window; default the measure's
 *     ({@link InterestAccrualBasis#ACCRUED_IN_WINDOW} built in: accrued for days in 2023 and actually paid)
 * @param splitDayCount  the day count splitting a period that straddles the window's edge; default the measure's
 *     ({@code ACT/360} built in, which splits by actual days)
 */
public record TechSmeSubsidyOptions(Optional<InterestAccrualBasis> accrualBasis, Optional<DayCount> splitDayCount) {

  /** No overrides: every documented default applies. */
  public static final TechSmeSubsidyOptions DEFAULTS = new TechSmeSubsidyOptions(Optional.empty(), Optional.empty());

  /**
   * Creates options.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if an option is null rather than empty
   */
  public TechSmeSubsidyOptions {
    Args.notNullOptional(accrualBasis, "accrualBasis");
    Args.notNullOptional(splitDayCount, "splitDayCount");
  }

  /**
   * Returns a copy with an accrual basis chosen.
   *
   * @param chosen  the basis
   * @return the copy
   */
  public TechSmeSubsidyOptions withAccrualBasis(InterestAccrualBasis chosen) {
    return new TechSmeSubsidyOptions(Optional.of(Args.notNull(chosen, "accrualBasis")), splitDayCount);
  }

  /**
   * Returns a copy with a split day count chosen.
   *
   * @param chosen  the day count
   * @return the copy
   */
  public TechSmeSubsidyOptions withSplitDayCount(DayCount chosen) {
    return new TechSmeSubsidyOptions(accrualBasis, Optional.of(Args.notNull(chosen, "splitDayCount")));
  }
}
