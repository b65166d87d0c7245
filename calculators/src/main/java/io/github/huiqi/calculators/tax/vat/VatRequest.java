package io.github.huiqi.calculators.tax.vat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.RegionCodes;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatPeriodSales;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A small-scale VAT taxpayer's filing period: its sales and the facts the relief depends on.
 * <p>
 * In JSON:
 * <pre>
 * {"period": {"year": 2023, "quarter": 2},
 *  "sales": {"amount": 280000, "currency": "CNY"}, "salesBasis": "EXCLUDING_VAT",
 *  "specialInvoiceSales": {"amount": 30000, "currency": "CNY"}, "specialInvoiceRate": "1%",
 *  "immovablePropertySales": {"amount": 0, "currency": "CNY"},
 *  "taxpayerRegionCode": "440305", "options": {"specialInvoiceSalesInThresholdTest": true}}
 * </pre>
 * Only {@code period}, {@code sales} and {@code salesBasis} are required. An absent amount means none (zero): a
 * filer knows its invoices and property sales. The region is needed only for periods with a regional levy (Hubei in
 * 2020-03..2021-03); when it is needed and absent the result is undetermined and names {@code /taxpayerRegionCode}.
 * <p>
 * {@code sales} are the period's sales of goods, services and intangibles at the 3% levy rate (适用3%征收率), other
 * than those with special VAT invoices and other than sales of immovable property. A taxpayer under 差额征税 gives the
 * amount after the deduction (国家税务总局公告2023年第1号).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableVatRequest.class)
@JsonDeserialize(as = ImmutableVatRequest.class)
public abstract class VatRequest {

  VatRequest() {
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
   * Returns the filing period, a calendar month (monthly filer) or quarter (quarterly filer).
   *
   * @return the period
   */
  public abstract VatFilingPeriod period();

  /**
   * Returns the sales other than special-invoice and immovable-property sales, CNY, not negative.
   *
   * @return the sales
   */
  public abstract MonetaryAmount sales();

  /**
   * Returns whether {@code sales} include VAT.
   *
   * @return the sales basis
   */
  public abstract VatSalesBasis salesBasis();

  /**
   * Returns the sales with special VAT invoices (专用发票), excluding VAT as the invoices state them, CNY, not negative;
   * empty for none.
   *
   * @return the special-invoice sales, if any
   */
  public abstract Optional<MonetaryAmount> specialInvoiceSales();

  /**
   * Returns the rate the special invoices bear, above 0% and at most the measure's standard rate (3%); empty for the
   * levy rate in force (1% in 2023–2027; 3% where the period's sales are exempt).
   *
   * @return the special-invoice rate, if stated
   */
  public abstract Optional<Rate> specialInvoiceRate();

  /**
   * Returns the sales of immovable property (销售不动产), excluding VAT, CNY, not negative; empty for none. They count
   * toward the threshold only when the whole period is tested (see the calculator).
   *
   * @return the immovable-property sales, if any
   */
  public abstract Optional<MonetaryAmount> immovablePropertySales();

  /**
   * Returns the VAT on those sales by their own rules (often the 5% levy rate), computed by the caller, CNY, not
   * negative; empty for none; must be zero when there are no such sales.
   *
   * @return the immovable-property VAT, if any
   */
  public abstract Optional<MonetaryAmount> immovablePropertyVat();

  /**
   * Returns the taxpayer's six-digit administrative division code (行政区划代码), if known.
   *
   * @return the taxpayer region code, if known
   */
  public abstract Optional<String> taxpayerRegionCode();

  /**
   * Returns the options; empty for the defaults.
   *
   * @return the options, if given
   */
  public abstract Optional<VatOptions> options();

  /**
   * Obtains the request of one of an enterprise profile's VAT filing periods (a year's {@code vatPeriods}): the
   * period's sales as the profile holds them, and the taxpayer's region from the profile's
   * {@code registrationRegionCode} (the missing fact {@code /taxpayerRegionCode} is the profile's
   * {@code /registrationRegionCode}), with the default options.
   *
   * @param profile  the enterprise
   * @param period  one of its filing periods
   * @return the request
   * @throws InvalidInputException if an argument is null or the period's facts are inconsistent (such as
   *     immovable-property VAT without immovable-property sales), naming the field as the period names it
   */
  public static VatRequest from(EnterpriseProfile profile, VatPeriodSales period) {
    Args.notNull(profile, "profile");
    Args.notNull(period, "period");
    return builder().period(period.period()).sales(period.sales()).salesBasis(period.salesBasis())
        .specialInvoiceSales(period.specialInvoiceSales()).specialInvoiceRate(period.specialInvoiceRate())
        .immovablePropertySales(period.immovablePropertySales()).immovablePropertyVat(period.immovablePropertyVat())
        .taxpayerRegionCode(profile.registrationRegionCode()).build();
  }

  /**
   * Obtains a request with only the period and the sales: no special invoices, no immovable property, region
   * unknown, default options.
   *
   * @param period  the filing period
   * @param sales  the sales, CNY
   * @param salesBasis  whether the sales include VAT
   * @return the request
   * @throws InvalidInputException if an argument is invalid, naming it
   */
  public static VatRequest of(VatFilingPeriod period, MonetaryAmount sales,
      VatSalesBasis salesBasis) {
    return builder().period(period).sales(sales).salesBasis(salesBasis).build();
  }

  /**
   * Returns a copy with special-invoice sales at the default rate (the levy rate in force).
   *
   * @param amount  the special-invoice sales excluding VAT, CNY
   * @return the copy
   * @throws InvalidInputException if the amount is invalid, naming {@code specialInvoiceSales}
   */
  public VatRequest withSpecialInvoiceSales(MonetaryAmount amount) {
    return builder().from(this).specialInvoiceSales(Args.notNull(amount, "specialInvoiceSales"))
        .specialInvoiceRate(Optional.empty()).build();
  }

  /**
   * Returns a copy with special-invoice sales at a stated rate.
   *
   * @param amount  the special-invoice sales excluding VAT, CNY
   * @param rate  the rate the invoices bear, such as 3%
   * @return the copy
   * @throws InvalidInputException if an argument is invalid, naming it
   */
  public VatRequest withSpecialInvoiceSales(MonetaryAmount amount, Rate rate) {
    return builder().from(this).specialInvoiceSales(Args.notNull(amount, "specialInvoiceSales"))
        .specialInvoiceRate(Args.notNull(rate, "specialInvoiceRate")).build();
  }

  /**
   * Returns a copy with sales of immovable property and the VAT on them.
   *
   * @param propertySales  the immovable-property sales excluding VAT, CNY
   * @param propertyVat  the VAT on them by their own rules, CNY
   * @return the copy
   * @throws InvalidInputException if an argument is invalid, naming it
   */
  public VatRequest withImmovableProperty(MonetaryAmount propertySales, MonetaryAmount propertyVat) {
    return builder().from(this).immovablePropertySales(Args.notNull(propertySales, "immovablePropertySales"))
        .immovablePropertyVat(Args.notNull(propertyVat, "immovablePropertyVat")).build();
  }

  /**
   * Returns a copy with the taxpayer's region.
   *
   * @param regionCode  the six-digit administrative division code, such as {@code 420100} (武汉市)
   * @return the copy
   * @throws InvalidInputException if the code is not six digits, naming {@code taxpayerRegionCode}
   */
  public VatRequest withTaxpayerRegionCode(String regionCode) {
    return builder().from(this).taxpayerRegionCode(Args.notNull(regionCode, "taxpayerRegionCode")).build();
  }

  /**
   * Returns a copy with options.
   *
   * @param chosen  the options
   * @return the copy
   */
  public VatRequest withOptions(VatOptions chosen) {
    return builder().from(this).options(Args.notNull(chosen, "options")).build();
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public VatOptions effectiveOptions() {
    return options().orElse(VatOptions.DEFAULTS);
  }

  @Value.Check
  void check() {
    VatFilingPeriod period = period();
    MonetaryAmount sales = sales();
    VatSalesBasis salesBasis = salesBasis();
    Optional<MonetaryAmount> specialInvoiceSales = specialInvoiceSales();
    Optional<Rate> specialInvoiceRate = specialInvoiceRate();
    Optional<MonetaryAmount> immovablePropertySales = immovablePropertySales();
    Optional<MonetaryAmount> immovablePropertyVat = immovablePropertyVat();
    Optional<String> taxpayerRegionCode = taxpayerRegionCode();
    Optional<VatOptions> options = options();
    Args.notNull(period, "period");
    Cny.notNegativeYuan(sales, "sales");
    Args.notNull(salesBasis, "salesBasis");
    Args.notNullOptional(specialInvoiceSales, "specialInvoiceSales")
        .ifPresent(amount -> Cny.notNegativeYuan(amount, "specialInvoiceSales"));
    Args.notNullOptional(specialInvoiceRate, "specialInvoiceRate").ifPresent(rate -> {
      if (rate.compareTo(Rate.ZERO) <= 0 || rate.isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
        throw new InvalidInputException("specialInvoiceRate", rate, "must be above 0% and at most 100%");
      }
    });
    Args.notNullOptional(immovablePropertySales, "immovablePropertySales")
        .ifPresent(amount -> Cny.notNegativeYuan(amount, "immovablePropertySales"));
    Args.notNullOptional(immovablePropertyVat, "immovablePropertyVat")
        .ifPresent(amount -> Cny.notNegativeYuan(amount, "immovablePropertyVat"));
    boolean noPropertySales = immovablePropertySales.map(amount -> amount.isZero()).orElse(true);
    boolean propertyVat = immovablePropertyVat.map(amount -> !amount.isZero()).orElse(false);
    if (noPropertySales && propertyVat) {
      throw InvalidInputException.conflict("immovablePropertyVat", immovablePropertyVat.get(),
          "immovablePropertySales", immovablePropertySales.map(Object::toString).orElse("null"),
          "must be zero when there are no immovable-property sales:", "在无不动产销售额时必须为零：");
    }
    Args.notNullOptional(taxpayerRegionCode, "taxpayerRegionCode")
        .ifPresent(code -> RegionCodes.check(code, "taxpayerRegionCode"));
    Args.notNullOptional(options, "options");
  }

  /**
   * Builds a {@link VatRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if a required field is null, an amount is negative, not CNY or out of bounds, the
   * special-invoice rate is not positive, the region code is not six digits, or immovable-property VAT is given without
   * immovable-property sales; naming the field.
   */
  public static class Builder extends ImmutableVatRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
