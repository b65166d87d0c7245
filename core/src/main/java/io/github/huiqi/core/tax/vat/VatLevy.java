package io.github.huiqi.core.tax.vat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.rates.Rate;

/**
 * How a small-scale taxpayer's sales at the 3% levy rate (适用3%征收率的应税销售收入) are taxed in a period: at a levy
 * rate, or exempt.
 * <p>
 * {@code rate} is the levy rate (征收率) in force: 3% normally, 1% under the 2023–2027 reduction. VAT-inclusive sales
 * are converted at it (sales = gross ÷ (1 + rate)), and special VAT invoices are issued at it by default. When
 * {@code exempt} is true the sales are exempt (免征) whatever their amount, as in 2022-04..2022-12, and {@code rate} is
 * still the rate that converts the sales and that a special invoice bears (3%).
 * <p>
 * In JSON: {@code {"exempt": false, "rate": "1%"}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param exempt  whether the sales are exempt in the period regardless of the threshold
 * @param rate  the levy rate, greater than 0% and at most 100%
 */
public record VatLevy(
    @JsonProperty(value = "exempt", required = true) boolean exempt,
    @JsonProperty(value = "rate", required = true) Rate rate) {

  /**
   * Creates a levy.
   *
   * @throws InvalidInputException if the rate is null, not positive or above 100%, naming {@code rate}
   */
  public VatLevy {
    Args.notNull(rate, "rate");
    if (rate.compareTo(Rate.ZERO) <= 0 || rate.isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
      throw new InvalidInputException("rate", rate, "must be above 0% and at most 100%");
    }
  }

  /**
   * Obtains a levy at a rate, not exempt.
   *
   * @param rate  the levy rate, such as 1%
   * @return the levy
   */
  public static VatLevy atRate(Rate rate) {
    return new VatLevy(false, rate);
  }

  /**
   * Obtains an exemption, keeping the levy rate that converts sales and that special invoices bear.
   *
   * @param rate  the levy rate still in force for conversion and special invoices, such as 3%
   * @return the levy
   */
  public static VatLevy exemptAt(Rate rate) {
    return new VatLevy(true, rate);
  }

  /**
   * Returns the levy as text: {@code "1%"}, or {@code "exempt (3%)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return exempt ? "exempt (" + rate + ")" : rate.toString();
  }
}
