package io.github.huiqi.calculators.tax.smalllowprofit;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitNegativePrepayment;
import java.util.Optional;

/**
 * Choices the caller may make where no source settles the 小型微利企业 income-tax arithmetic.
 * <p>
 * An empty option uses the measure's documented default, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param rounding  the rounding of the tax due and of the standard tax (domain reference §4.5 item 35); default the
 *     measure's (half-up to the fen built in)
 * @param negativePrepayment  what a quarterly prepayment does when the tax due to date is below the tax already
 *     prepaid (domain reference §4.5 item 30); default the measure's (carry to the annual settlement built in)
 */
public record SmallLowProfitOptions(
    Optional<MoneyRounding> rounding,
    Optional<SmallLowProfitNegativePrepayment> negativePrepayment) {

  /** No overrides: every documented default applies. */
  public static final SmallLowProfitOptions DEFAULTS = new SmallLowProfitOptions(Optional.empty(), Optional.empty());

  /**
   * Creates options.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if an option is null rather than empty
   */
  public SmallLowProfitOptions {
    Args.notNullOptional(rounding, "rounding");
    Args.notNullOptional(negativePrepayment, "negativePrepayment");
  }

  /**
   * Returns a copy choosing the rounding.
   *
   * @param chosen  the rounding, such as {@link MoneyRounding#FEN_DOWN}
   * @return the copy
   */
  public SmallLowProfitOptions withRounding(MoneyRounding chosen) {
    return new SmallLowProfitOptions(Optional.of(Args.notNull(chosen, "rounding")), negativePrepayment);
  }

  /**
   * Returns a copy choosing the treatment of a negative prepayment.
   *
   * @param chosen  the treatment, such as {@link SmallLowProfitNegativePrepayment#REFUND}
   * @return the copy
   */
  public SmallLowProfitOptions withNegativePrepayment(SmallLowProfitNegativePrepayment chosen) {
    return new SmallLowProfitOptions(rounding, Optional.of(Args.notNull(chosen, "negativePrepayment")));
  }
}
