package io.github.huiqi.calculators.tax.vat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.money.MoneyRounding;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Choices the caller may make where no source settles the small-scale VAT arithmetic.
 * <p>
 * An empty option uses the measure's documented default, and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableVatOptions.class)
@JsonDeserialize(as = ImmutableVatOptions.class)
public abstract class VatOptions {

  /** No overrides: every documented default applies. */
  public static final VatOptions DEFAULTS = builder().build();

  VatOptions() {
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
   * Returns whether sales with special VAT invoices count toward the exemption threshold (decisions register
   * §4.5 item 32); default the measure's ({@code true} built in). Either way those sales are never exempt.
   *
   * @return true or false, if chosen
   */
  public abstract Optional<Boolean> specialInvoiceSalesInThresholdTest();

  /**
   * Returns the rounding of converted VAT-inclusive sales, of the VAT due and of the standard VAT (decisions register
   * §4.5 item 35); default the measure's (half-up to the fen built in).
   *
   * @return the rounding, if chosen
   */
  public abstract Optional<MoneyRounding> rounding();

  /**
   * Returns a copy choosing whether special-invoice sales count toward the threshold.
   *
   * @param included  true to count them, false to leave them out of the test
   * @return the copy
   */
  public VatOptions withSpecialInvoiceSalesInThresholdTest(boolean included) {
    return builder().from(this).specialInvoiceSalesInThresholdTest(included).build();
  }

  /**
   * Returns a copy choosing the rounding.
   *
   * @param chosen  the rounding, such as {@link MoneyRounding#FEN_DOWN}
   * @return the copy
   */
  public VatOptions withRounding(MoneyRounding chosen) {
    return builder().from(this).rounding(Args.notNull(chosen, "rounding")).build();
  }

  @Value.Check
  void check() {
    Optional<Boolean> specialInvoiceSalesInThresholdTest = specialInvoiceSalesInThresholdTest();
    Optional<MoneyRounding> rounding = rounding();
    Args.notNullOptional(specialInvoiceSalesInThresholdTest, "specialInvoiceSalesInThresholdTest");
    Args.notNullOptional(rounding, "rounding");
  }

  /**
   * Builds a {@link VatOptions}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} if an option is null rather than empty.
   */
  public static class Builder extends ImmutableVatOptions.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
