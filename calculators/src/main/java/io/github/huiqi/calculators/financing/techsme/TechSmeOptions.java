package io.github.huiqi.calculators.financing.techsme;

import io.github.huiqi.core.financing.techsme.TechSmeAccrualBasis;
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
 *     ({@link TechSmeAccrualBasis#ACCRUED_IN_WINDOW} built in: accrued for days in 2023 and actually paid)
 * @param splitDayCount  the day count splitting a period that straddles the window's edge; default the measure's
 *     ({@code ACT/360} built in, which splits by actual days)
 */
public record TechSmeOptions(Optional<TechSmeAccrualBasis> accrualBasis, Optional<DayCount> splitDayCount) {

  /** No overrides: every documented default applies. */
  public static final TechSmeOptions DEFAULTS = new TechSmeOptions(Optional.empty(), Optional.empty());

  /**
   * Creates options.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if an option is null rather than empty
   */
  public TechSmeOptions {
    Args.notNullOptional(accrualBasis, "accrualBasis");
    Args.notNullOptional(splitDayCount, "splitDayCount");
  }

  /**
   * Returns a copy with an accrual basis chosen.
   *
   * @param chosen  the basis
   * @return the copy
   */
  public TechSmeOptions withAccrualBasis(TechSmeAccrualBasis chosen) {
    return new TechSmeOptions(Optional.of(Args.notNull(chosen, "accrualBasis")), splitDayCount);
  }

  /**
   * Returns a copy with a split day count chosen.
   *
   * @param chosen  the day count
   * @return the copy
   */
  public TechSmeOptions withSplitDayCount(DayCount chosen) {
    return new TechSmeOptions(accrualBasis, Optional.of(Args.notNull(chosen, "splitDayCount")));
  }
}
