package io.github.huiqi.calculators.tax.smalllowprofit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.tax.QuarterlyAverage;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * An enterprise's tax year for the 小型微利企业 annual test with the employees and total assets already averaged by
 * quarter (as on an annual return, or as a firm-year view works them out once): the building block of a firm-year
 * view. {@link SmallLowProfitRequest} is the same test from the quarters operated, averaged by the calculator.
 * <p>
 * In JSON:
 * <pre>
 * {"taxYear": 2023, "taxableIncome": {"amount": 2500000, "currency": "CNY"},
 *  "restrictedOrProhibitedIndustry": false,
 *  "averageEmployees": {"sumOfQuarterAverages": 500, "quarters": 4},
 *  "averageTotalAssets": {"sumOfQuarterAverages": 124000000, "quarters": 4},
 *  "options": {"rounding": {"scale": 2, "mode": "HALF_UP"}}}
 * </pre>
 * {@code taxYear} and {@code taxableIncome} are required. An absent fact is unknown: the verdict is then undetermined,
 * naming {@code /restrictedOrProhibitedIndustry}, {@code /averageEmployees} or {@code /averageTotalAssets}, unless
 * another condition already fails.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableSmallLowProfitAveragesRequest.class)
@JsonDeserialize(as = ImmutableSmallLowProfitAveragesRequest.class)
public abstract class SmallLowProfitAveragesRequest {

  SmallLowProfitAveragesRequest() {
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
   * Obtains a request from averaged facts, with the default options.
   *
   * @param taxYear  the tax year, such as 2023
   * @param taxableIncome  the taxable income, after any R&amp;D extra deduction, CNY, not negative
   * @param facts  the industry condition and the averaged employees and total assets
   * @return the request
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null or invalid, naming it
   *     ({@code taxableIncome}, {@code facts})
   */
  public static SmallLowProfitAveragesRequest of(int taxYear, MonetaryAmount taxableIncome,
      SmallLowProfitFacts facts) {
    Args.notNull(facts, "facts");
    return builder().taxYear(taxYear).taxableIncome(taxableIncome)
        .restrictedOrProhibitedIndustry(facts.restrictedOrProhibitedIndustry())
        .averageEmployees(facts.averageEmployees()).averageTotalAssets(facts.averageTotalAssets()).build();
  }

  /**
   * Returns the tax year (纳税年度), a calendar year.
   *
   * @return the tax year
   */
  @JsonProperty(value = "taxYear", required = true)
  public abstract int taxYear();

  /**
   * Returns the annual taxable income (应纳税所得额) after any loss carried forward and any R&amp;D extra deduction,
   * CNY, not negative (a loss year is zero).
   *
   * @return the taxable income
   */
  public abstract MonetaryAmount taxableIncome();

  /**
   * Returns whether the enterprise is in an industry the state restricts or prohibits (国家限制和禁止行业), if known;
   * true makes it ineligible.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> restrictedOrProhibitedIndustry();

  /**
   * Returns the employees averaged by quarter, if known.
   *
   * @return the average employees, if known
   */
  public abstract Optional<QuarterlyAverage> averageEmployees();

  /**
   * Returns the total assets in yuan averaged by quarter, if known.
   *
   * @return the average total assets, if known
   */
  public abstract Optional<QuarterlyAverage> averageTotalAssets();

  /**
   * Returns the options; empty for the defaults.
   *
   * @return the options, if given
   */
  public abstract Optional<SmallLowProfitOptions> options();

  /**
   * Returns a copy with options.
   *
   * @param chosen  the options
   * @return the copy
   */
  public SmallLowProfitAveragesRequest withOptions(SmallLowProfitOptions chosen) {
    return builder().from(this).options(Args.notNull(chosen, "options")).build();
  }

  /**
   * Returns the industry condition and the averages as {@link SmallLowProfitFacts}.
   *
   * @return the facts
   */
  public SmallLowProfitFacts facts() {
    return SmallLowProfitFacts.builder().restrictedOrProhibitedIndustry(restrictedOrProhibitedIndustry())
        .averageEmployees(averageEmployees()).averageTotalAssets(averageTotalAssets()).build();
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
    Cny.notNegativeYuan(taxableIncome(), "taxableIncome");
    Args.notNullOptional(restrictedOrProhibitedIndustry(), "restrictedOrProhibitedIndustry");
    Args.notNullOptional(averageEmployees(), "averageEmployees");
    Args.notNullOptional(averageTotalAssets(), "averageTotalAssets");
    Args.notNullOptional(options(), "options");
  }

  /**
   * Builds a {@link SmallLowProfitAveragesRequest}. Each setter returns this builder; {@code build()} validates,
   * throwing {@link io.github.huiqi.core.error.InvalidInputException} if the income is missing, negative or not CNY,
   * or an optional is null rather than empty, naming the field.
   */
  public static class Builder extends ImmutableSmallLowProfitAveragesRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
