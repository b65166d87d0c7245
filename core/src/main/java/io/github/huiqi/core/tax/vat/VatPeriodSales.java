package io.github.huiqi.core.tax.vat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * One VAT filing period's sales as an enterprise profile holds them: the facts the small-scale VAT relief reads.
 * <p>
 * In JSON, in a profile year's {@code vatPeriods}: {@code {"period": {"year": 2023, "quarter": 1}, "sales":
 * {"amount": 280000, "currency": "CNY"}, "salesBasis": "EXCLUDING_VAT"}}. The fields mean what the VAT calculator's
 * request says they mean ({@code io.github.huiqi.calculators.tax.vat.VatRequest}); absent amounts are none.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableVatPeriodSales.class)
@JsonDeserialize(as = ImmutableVatPeriodSales.class)
public abstract class VatPeriodSales {

  VatPeriodSales() {
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
   * Obtains a period's sales with no special invoices and no immovable property.
   *
   * @param period  the filing period
   * @param sales  the sales, CNY
   * @param salesBasis  whether the sales include VAT
   * @return the period's sales
   */
  public static VatPeriodSales of(VatFilingPeriod period, MonetaryAmount sales, VatSalesBasis salesBasis) {
    return builder().period(period).sales(sales).salesBasis(salesBasis).build();
  }

  /**
   * Returns the filing period: a calendar month (monthly filer) or quarter (quarterly filer).
   *
   * @return the period
   */
  public abstract VatFilingPeriod period();

  /**
   * Returns the sales at the 3% levy rate other than special-invoice and immovable-property sales, CNY.
   *
   * @return the sales, not negative
   */
  public abstract MonetaryAmount sales();

  /**
   * Returns whether {@link #sales()} include VAT.
   *
   * @return the basis
   */
  public abstract VatSalesBasis salesBasis();

  /**
   * Returns the sales with special VAT invoices (专用发票), excluding VAT, CNY.
   *
   * @return the amount; empty for none
   */
  public abstract Optional<MonetaryAmount> specialInvoiceSales();

  /**
   * Returns the rate the special invoices bear.
   *
   * @return the rate; empty for the levy rate in force
   */
  public abstract Optional<Rate> specialInvoiceRate();

  /**
   * Returns the sales of immovable property, excluding VAT, CNY.
   *
   * @return the amount; empty for none
   */
  public abstract Optional<MonetaryAmount> immovablePropertySales();

  /**
   * Returns the VAT on the immovable-property sales by their own rules, CNY.
   *
   * @return the amount; empty for none
   */
  public abstract Optional<MonetaryAmount> immovablePropertyVat();

  @Value.Check
  void check() {
    Args.notNull(period(), "period");
    Cny.notNegativeYuan(sales(), "sales");
    Args.notNull(salesBasis(), "salesBasis");
    Args.notNullOptional(specialInvoiceSales(), "specialInvoiceSales")
        .ifPresent(amount -> Cny.notNegativeYuan(amount, "specialInvoiceSales"));
    Args.notNullOptional(specialInvoiceRate(), "specialInvoiceRate")
        .ifPresent(rate -> Args.inputRate(rate, "specialInvoiceRate"));
    Args.notNullOptional(immovablePropertySales(), "immovablePropertySales")
        .ifPresent(amount -> Cny.notNegativeYuan(amount, "immovablePropertySales"));
    Args.notNullOptional(immovablePropertyVat(), "immovablePropertyVat")
        .ifPresent(amount -> Cny.notNegativeYuan(amount, "immovablePropertyVat"));
  }

  /**
   * Builds a {@link VatPeriodSales}. Each setter returns this builder; {@code build()} validates.
   */
  public static class Builder extends ImmutableVatPeriodSales.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
