package io.github.huiqi.calculators.tax.vat;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.MoneyRounding;
import java.util.Optional;

/**
 * Choices the caller may make where no source settles the small-scale VAT arithmetic.
 * <p>
 * An empty option uses the measure's documented default, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param specialInvoiceSalesInThresholdTest  whether sales with special VAT invoices count toward the exemption
 *     threshold (domain reference §4.5 item 32); default the measure's ({@code true} built in). Either way those sales
 *     are never exempt.
 * @param rounding  the rounding of converted VAT-inclusive sales, of the VAT due and of the standard VAT (domain
 *     reference §4.5 item 35); default the measure's (half-up to the fen built in)
 */
public record VatOptions(
    Optional<Boolean> specialInvoiceSalesInThresholdTest,
    Optional<MoneyRounding> rounding) {

  /** No overrides: every documented default applies. */
  public static final VatOptions DEFAULTS = new VatOptions(Optional.empty(), Optional.empty());

  /**
   * Creates options.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if an option is null rather than empty
   */
  public VatOptions {
    Args.notNullOptional(specialInvoiceSalesInThresholdTest, "specialInvoiceSalesInThresholdTest");
    Args.notNullOptional(rounding, "rounding");
  }

  /**
   * Returns a copy choosing whether special-invoice sales count toward the threshold.
   *
   * @param included  true to count them, false to leave them out of the test
   * @return the copy
   */
  public VatOptions withSpecialInvoiceSalesInThresholdTest(boolean included) {
    return new VatOptions(Optional.of(included), rounding);
  }

  /**
   * Returns a copy choosing the rounding.
   *
   * @param chosen  the rounding, such as {@link MoneyRounding#FEN_DOWN}
   * @return the copy
   */
  public VatOptions withRounding(MoneyRounding chosen) {
    return new VatOptions(specialInvoiceSalesInThresholdTest,
        Optional.of(Args.notNull(chosen, "rounding")));
  }
}
