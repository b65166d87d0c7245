package io.github.huiqi.calculators.tax;

import io.github.huiqi.core.internal.Args;
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
 */
public record SmallScaleVatOptions(Optional<Boolean> specialInvoiceSalesInThresholdTest) {

  /** No overrides: every documented default applies. */
  public static final SmallScaleVatOptions DEFAULTS = new SmallScaleVatOptions(Optional.empty());

  /**
   * Creates options.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if an option is null rather than empty
   */
  public SmallScaleVatOptions {
    Args.notNullOptional(specialInvoiceSalesInThresholdTest, "specialInvoiceSalesInThresholdTest");
  }

  /**
   * Returns a copy choosing whether special-invoice sales count toward the threshold.
   *
   * @param included  true to count them, false to leave them out of the test
   * @return the copy
   */
  public SmallScaleVatOptions withSpecialInvoiceSalesInThresholdTest(boolean included) {
    return new SmallScaleVatOptions(Optional.of(included));
  }
}
