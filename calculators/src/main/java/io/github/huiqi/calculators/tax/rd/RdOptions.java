package io.github.huiqi.calculators.tax.rd;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.MoneyRounding;
import java.util.Optional;

/**
 * Choices the caller may make where no source settles the R&amp;D super-deduction arithmetic.
 * <p>
 * An empty option uses the measure's documented default, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param rounding  the rounding of the other-costs cap and of each output amount (domain reference §4.5 item 35);
 *     default the measure's (half-up to the fen built in)
 * @param intangibleRateYear  which year's rate an R&amp;D intangible is amortised at (domain reference §4.5 item 34);
 *     default {@link RdIntangibleRateYear#TAX_YEAR}
 */
public record RdOptions(Optional<MoneyRounding> rounding,
    Optional<RdIntangibleRateYear> intangibleRateYear) {

  /** No overrides: every documented default applies. */
  public static final RdOptions DEFAULTS = new RdOptions(Optional.empty(),
      Optional.empty());

  /**
   * Creates options.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if an option is null rather than empty
   */
  public RdOptions {
    Args.notNullOptional(rounding, "rounding");
    Args.notNullOptional(intangibleRateYear, "intangibleRateYear");
  }

  /**
   * Returns a copy choosing the rounding.
   *
   * @param chosen  the rounding, such as {@link MoneyRounding#FEN_DOWN}
   * @return the copy
   */
  public RdOptions withRounding(MoneyRounding chosen) {
    return new RdOptions(Optional.of(Args.notNull(chosen, "rounding")), intangibleRateYear);
  }

  /**
   * Returns a copy choosing which year's rate R&amp;D intangibles are amortised at.
   *
   * @param chosen  the choice; {@link RdIntangibleRateYear#YEAR_FORMED} needs each intangible's {@code yearFormed}
   * @return the copy
   */
  public RdOptions withIntangibleRateYear(RdIntangibleRateYear chosen) {
    return new RdOptions(rounding, Optional.of(Args.notNull(chosen, "intangibleRateYear")));
  }
}
