package io.github.huiqi.calculators.tax.smalllowprofit;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.tax.OperatingQuarter;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * An enterprise's tax year for the 小型微利企业 annual test: its taxable income and the quarters it operated.
 * <p>
 * In JSON:
 * <pre>
 * {"taxYear": 2023, "taxableIncome": {"amount": 2500000, "currency": "CNY"},
 *  "restrictedOrProhibitedIndustry": false,
 *  "quarters": [{"quarter": 1, "employeesAtStart": 120, "employeesAtEnd": 130,
 *                "totalAssetsAtStart": {"amount": 30000000, "currency": "CNY"},
 *                "totalAssetsAtEnd": {"amount": 32000000, "currency": "CNY"}}, ...],
 *  "options": {"rounding": {"scale": 2, "mode": "HALF_UP"}}}
 * </pre>
 * {@code taxYear} and {@code taxableIncome} are required. An absent industry flag, or no quarters, leaves that fact
 * unknown and the verdict undetermined (naming {@code /restrictedOrProhibitedIndustry} or {@code /quarters}) unless
 * another condition already fails.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param taxYear  the tax year (纳税年度), a calendar year
 * @param taxableIncome  the annual taxable income (应纳税所得额) after any loss carried forward and any R&amp;D extra
 *     deduction, CNY, not negative (a loss year is zero)
 * @param restrictedOrProhibitedIndustry  whether the enterprise is in a restricted or prohibited industry, if known
 * @param quarters  the quarters operated in the year, in order, each once (a firm that started mid-year gives only
 *     its quarters); empty if unknown
 * @param options  the options; empty for the defaults
 */
public record SmallLowProfitRequest(
    @JsonProperty(value = "taxYear", required = true) int taxYear,
    MonetaryAmount taxableIncome,
    Optional<Boolean> restrictedOrProhibitedIndustry,
    List<OperatingQuarter> quarters,
    Optional<SmallLowProfitOptions> options) {

  /**
   * Creates a request.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a required field is null, the income negative or not
   *     CNY, or the quarters out of order or duplicated; naming the field
   */
  public SmallLowProfitRequest {
    Cny.notNegativeYuan(taxableIncome, "taxableIncome");
    Args.notNullOptional(restrictedOrProhibitedIndustry, "restrictedOrProhibitedIndustry");
    quarters = quarters == null ? List.of() : Args.listCopy(quarters, "quarters");
    Args.notNullOptional(options, "options");
    SmallLowProfitFacts.fromQuarters(restrictedOrProhibitedIndustry, quarters);
  }

  /**
   * Obtains a request in a non-restricted industry with default options.
   *
   * @param taxYear  the tax year
   * @param taxableIncome  the taxable income, CNY
   * @param quarters  the quarters operated, in order
   * @return the request
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is invalid, naming it
   */
  public static SmallLowProfitRequest of(int taxYear, MonetaryAmount taxableIncome,
      List<OperatingQuarter> quarters) {
    return new SmallLowProfitRequest(taxYear, taxableIncome, Optional.of(false), quarters, Optional.empty());
  }

  /**
   * Returns a copy with the industry condition.
   *
   * @param restricted  whether the industry is restricted or prohibited; empty if unknown
   * @return the copy
   */
  public SmallLowProfitRequest withRestrictedOrProhibitedIndustry(Optional<Boolean> restricted) {
    return new SmallLowProfitRequest(taxYear, taxableIncome, restricted, quarters, options);
  }

  /**
   * Returns a copy with options.
   *
   * @param chosen  the options
   * @return the copy
   */
  public SmallLowProfitRequest withOptions(SmallLowProfitOptions chosen) {
    return new SmallLowProfitRequest(taxYear, taxableIncome, restrictedOrProhibitedIndustry, quarters,
        Optional.of(Args.notNull(chosen, "options")));
  }

  /**
   * Returns the facts averaged from the quarters.
   *
   * @return the facts
   */
  public SmallLowProfitFacts facts() {
    return SmallLowProfitFacts.fromQuarters(restrictedOrProhibitedIndustry, quarters);
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public SmallLowProfitOptions effectiveOptions() {
    return options.orElse(SmallLowProfitOptions.DEFAULTS);
  }
}
