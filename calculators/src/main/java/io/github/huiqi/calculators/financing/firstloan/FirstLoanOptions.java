package io.github.huiqi.calculators.financing.firstloan;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.time.DayCount;
import java.util.Optional;

/**
 * Choices the caller may make where no source settles the first-loan subsidy's arithmetic.
 * <p>
 * An empty option uses the measure's documented default, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param dayCount  the day count for the pro-rata period; default the measure's ({@code ACT/360} built in)
 */
public record FirstLoanOptions(Optional<DayCount> dayCount) {

  /** No overrides: every documented default applies. */
  public static final FirstLoanOptions DEFAULTS = new FirstLoanOptions(Optional.empty());

  /**
   * Creates options.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if an option is null rather than empty
   */
  public FirstLoanOptions {
    Args.notNullOptional(dayCount, "dayCount");
  }

  /**
   * Returns a copy with a day count chosen.
   *
   * @param chosen  the day count
   * @return the copy
   */
  public FirstLoanOptions withDayCount(DayCount chosen) {
    return new FirstLoanOptions(Optional.of(Args.notNull(chosen, "dayCount")));
  }
}
