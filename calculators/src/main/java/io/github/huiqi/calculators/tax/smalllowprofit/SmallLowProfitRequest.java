package io.github.huiqi.calculators.tax.smalllowprofit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.tax.OperatingQuarter;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

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
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableSmallLowProfitRequest.class)
@JsonDeserialize(as = ImmutableSmallLowProfitRequest.class)
public abstract class SmallLowProfitRequest {

  SmallLowProfitRequest() {
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
   * Returns the tax year (纳税年度), a calendar year.
   *
   * @return the tax year
   */
  @JsonProperty(value = "taxYear", required = true)
  public abstract int taxYear();

  /**
   * Returns the annual taxable income (应纳税所得额) after any loss carried forward and any R&amp;D extra deduction, CNY, not
   * negative (a loss year is zero).
   *
   * @return the taxable income
   */
  public abstract MonetaryAmount taxableIncome();

  /**
   * Returns whether the enterprise is in a restricted or prohibited industry, if known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> restrictedOrProhibitedIndustry();

  /**
   * Returns the quarters operated in the year, in order, each once (a firm that started mid-year gives only its
   * quarters); empty if unknown.
   *
   * @return the quarters
   */
  public abstract List<OperatingQuarter> quarters();

  /**
   * Returns the options; empty for the defaults.
   *
   * @return the options, if given
   */
  public abstract Optional<SmallLowProfitOptions> options();

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
    return builder().taxYear(taxYear).taxableIncome(taxableIncome).restrictedOrProhibitedIndustry(false)
        .quarters(Args.notNull(quarters, "quarters")).build();
  }

  /**
   * Returns a copy with the industry condition.
   *
   * @param restricted  whether the industry is restricted or prohibited; empty if unknown
   * @return the copy
   */
  public SmallLowProfitRequest withRestrictedOrProhibitedIndustry(Optional<Boolean> restricted) {
    return builder().from(this)
        .restrictedOrProhibitedIndustry(Args.notNull(restricted, "restrictedOrProhibitedIndustry")).build();
  }

  /**
   * Returns a copy with options.
   *
   * @param chosen  the options
   * @return the copy
   */
  public SmallLowProfitRequest withOptions(SmallLowProfitOptions chosen) {
    return builder().from(this).options(Args.notNull(chosen, "options")).build();
  }

  /**
   * Returns the facts averaged from the quarters.
   *
   * @return the facts
   */
  public SmallLowProfitFacts facts() {
    return SmallLowProfitFacts.fromQuarters(restrictedOrProhibitedIndustry(), quarters());
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public SmallLowProfitOptions effectiveOptions() {
    return options().orElse(SmallLowProfitOptions.DEFAULTS);
  }

  @Value.Check
  void check() {
    if (taxYear() == 0) {
      // no year 0 in the calendar: what the JSON reader gives when the document has no taxYear
      throw new InvalidInputException("taxYear");
    }
    MonetaryAmount taxableIncome = taxableIncome();
    Optional<Boolean> restrictedOrProhibitedIndustry = restrictedOrProhibitedIndustry();
    List<OperatingQuarter> quarters = quarters();
    Optional<SmallLowProfitOptions> options = options();
    Cny.notNegativeYuan(taxableIncome, "taxableIncome");
    Args.notNullOptional(restrictedOrProhibitedIndustry, "restrictedOrProhibitedIndustry");
    quarters = quarters == null ? List.of() : Args.listCopy(quarters, "quarters");
    Args.notNullOptional(options, "options");
    SmallLowProfitFacts.fromQuarters(restrictedOrProhibitedIndustry, quarters);
  }

  /**
   * Builds a {@link SmallLowProfitRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} if a required field is null, the income negative or not
   * CNY, or the quarters out of order or duplicated; naming the field.
   */
  public static class Builder extends ImmutableSmallLowProfitRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
