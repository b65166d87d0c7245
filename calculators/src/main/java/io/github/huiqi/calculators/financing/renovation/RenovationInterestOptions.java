package io.github.huiqi.calculators.financing.renovation;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.util.Optional;

/**
 * Choices the caller may make where the plan (小升规方案 第十条) does not settle the renovation interest subsidy.
 * <p>
 * An empty option uses the measure's documented value, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param maximumSubsidyYears  the subsidised years from the project's subsidy start, 1 to 30; default the
 *     measure's (3, from the 2023-era operating rules; the plan is silent)
 */
public record RenovationInterestOptions(Optional<Integer> maximumSubsidyYears) {

  /** No overrides: every documented value applies. */
  public static final RenovationInterestOptions DEFAULTS = new RenovationInterestOptions(Optional.empty());

  /**
   * Creates options.
   *
   * @throws InvalidInputException if an option is null rather than empty, or the years are outside 1..30
   */
  public RenovationInterestOptions {
    Args.notNullOptional(maximumSubsidyYears, "maximumSubsidyYears");
    maximumSubsidyYears.ifPresent(years -> {
      if (years < 1 || years > 30) {
        throw new InvalidInputException("maximumSubsidyYears", years, "must be from 1 to 30");
      }
    });
  }

  /**
   * Returns a copy with the subsidised years chosen.
   *
   * @param years  the years, 1 to 30
   * @return the copy
   * @throws InvalidInputException if the years are outside 1..30
   */
  public RenovationInterestOptions withMaximumSubsidyYears(int years) {
    return new RenovationInterestOptions(Optional.of(years));
  }
}
