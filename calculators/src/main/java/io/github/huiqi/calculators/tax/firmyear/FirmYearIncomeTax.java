package io.github.huiqi.calculators.tax.firmyear;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.calculators.tax.internal.ProfileTaxYear;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFacts;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitOptions;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.tax.OperatingQuarter;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The income-tax part of a firm-year request: the taxable income before the R&amp;D extra deduction and the facts
 * of the 小型微利企业 test.
 * <p>
 * In JSON:
 * <pre>
 * {"taxableIncomeBeforeRd": {"amount": 3400000, "currency": "CNY"}, "restrictedOrProhibitedIndustry": false,
 *  "quarters": [{"quarter": 1, "employeesAtStart": 80, "employeesAtEnd": 90,
 *                "totalAssetsAtStart": {"amount": 12000000, "currency": "CNY"}, ...}, ...],
 *  "options": {"rounding": {"scale": 2, "mode": "HALF_UP"}}}
 * </pre>
 * Only {@code taxableIncomeBeforeRd} is required. An absent industry flag, or no quarters, leaves that fact unknown:
 * the income-tax part is then undetermined, naming {@code /incomeTax/restrictedOrProhibitedIndustry} or
 * {@code /incomeTax/quarters}, unless another condition already fails.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableFirmYearIncomeTax.class)
@JsonDeserialize(as = ImmutableFirmYearIncomeTax.class)
public abstract class FirmYearIncomeTax {

  FirmYearIncomeTax() {
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
   * Returns the year's taxable income (应纳税所得额) computed with the R&amp;D costs deducted as ordinary expenses but before
   * the R&amp;D extra deduction, after any loss carried forward, CNY, not negative (a loss year gives zero: losses are
   * not carried by this view).
   *
   * @return the taxable income before the R&amp;D extra deduction
   */
  public abstract MonetaryAmount taxableIncomeBeforeRd();

  /**
   * Returns whether the enterprise is in a restricted or prohibited industry, if known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> restrictedOrProhibitedIndustry();

  /**
   * Returns the quarters operated in the year with employees and total assets, in order, each once; empty if unknown.
   *
   * @return the quarters
   */
  public abstract List<OperatingQuarter> quarters();

  /**
   * Returns the income-tax options (rounding); empty for the defaults.
   *
   * @return the options, if given
   */
  public abstract Optional<SmallLowProfitOptions> options();

  /**
   * Obtains the income-tax part of a tax year of an enterprise profile: the year's {@code taxableIncomeBeforeRd} (a
   * loss taken as zero: this view neither carries nor values losses), the profile's
   * {@code restrictedOrProhibitedIndustry} and the year's {@code quarters}, with default options. A missing fact of
   * the part is the profile's: {@code /restrictedOrProhibitedIndustry}, and {@code /years/i/quarters} for the
   * quarters (absent or empty), and for quarters that miss one the enterprise operated: every quarter from its
   * registration's (the first, when registered before the year, or when the date is not known) through the fourth,
   * as the year's quarterly average is taken (财税〔2019〕13号 第二条).
   *
   * @param profile  the enterprise
   * @param taxYear  the tax year, one of the profile's years
   * @return the part
   * @throws MissingFactsException naming {@code /years} if the profile has no such year, or
   *     {@code /years/i/taxableIncomeBeforeRd} if the income is not known
   * @throws InvalidInputException if the profile is null, a quarter is repeated (listed in any order, the quarters
   *     are read in the order of their numbers: decisions register §4.6 item 126), or a quarter
   *     ending before the registration date states a figure (decisions register §4.6 item 116), naming the profile's
   *     field, such as {@code /years/0/quarters/2/quarter}
   */
  public static FirmYearIncomeTax from(EnterpriseProfile profile, int taxYear) {
    Args.notNull(profile, "profile");
    int index = profile.yearIndex(taxYear);
    if (index < 0) {
      throw new MissingFactsException(List.of("/years"));
    }
    EnterpriseYear year = profile.years().orElseThrow().get(index);
    String at = "/years/" + index;
    MonetaryAmount income = year.taxableIncomeBeforeRd()
        .orElseThrow(() -> new MissingFactsException(List.of(at + "/taxableIncomeBeforeRd")));
    try {
      return builder().taxableIncomeBeforeRd(income.isNegative() ? Cny.ZERO : income)
          .restrictedOrProhibitedIndustry(profile.restrictedOrProhibitedIndustry())
          .quarters(ProfileTaxYear.quartersToAverage(profile, year)).build();
    } catch (InvalidInputException ex) {
      throw ex.at(at);
    }
  }

  /**
   * Obtains the part of an enterprise in a non-restricted industry, with default options.
   *
   * @param taxableIncomeBeforeRd  the taxable income before the R&amp;D extra deduction, CNY
   * @param quarters  the quarters operated, in order
   * @return the part
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is invalid, naming it
   */
  public static FirmYearIncomeTax of(MonetaryAmount taxableIncomeBeforeRd, List<OperatingQuarter> quarters) {
    return builder().taxableIncomeBeforeRd(taxableIncomeBeforeRd).restrictedOrProhibitedIndustry(false)
        .quarters(Args.notNull(quarters, "quarters")).build();
  }

  /**
   * Returns a copy with the industry condition.
   *
   * @param restricted  whether the industry is restricted or prohibited; empty if unknown
   * @return the copy
   */
  public FirmYearIncomeTax withRestrictedOrProhibitedIndustry(Optional<Boolean> restricted) {
    return builder().from(this)
        .restrictedOrProhibitedIndustry(Args.notNull(restricted, "restrictedOrProhibitedIndustry")).build();
  }

  /**
   * Returns a copy with options.
   *
   * @param chosen  the options
   * @return the copy
   */
  public FirmYearIncomeTax withOptions(SmallLowProfitOptions chosen) {
    return builder().from(this).options(Args.notNull(chosen, "options")).build();
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public SmallLowProfitOptions effectiveOptions() {
    return options().orElse(SmallLowProfitOptions.DEFAULTS);
  }

  /**
   * Returns the 小型微利企业 request on a taxable income: the one after the R&amp;D extra deduction.
   *
   * @param taxYear  the tax year
   * @param taxableIncome  the taxable income to test and tax, CNY, not negative
   * @return the request, with this part's industry flag, quarters and options
   */
  SmallLowProfitRequest on(int taxYear, MonetaryAmount taxableIncome) {
    return SmallLowProfitRequest.builder().taxYear(taxYear).taxableIncome(taxableIncome)
        .restrictedOrProhibitedIndustry(restrictedOrProhibitedIndustry()).quarters(quarters()).options(options())
        .build();
  }

  @Value.Check
  void check() {
    MonetaryAmount taxableIncomeBeforeRd = taxableIncomeBeforeRd();
    Optional<Boolean> restrictedOrProhibitedIndustry = restrictedOrProhibitedIndustry();
    List<OperatingQuarter> quarters = quarters();
    Optional<SmallLowProfitOptions> options = options();
    Cny.notNegativeYuan(taxableIncomeBeforeRd, "taxableIncomeBeforeRd");
    Args.notNullOptional(restrictedOrProhibitedIndustry, "restrictedOrProhibitedIndustry");
    quarters = quarters == null ? List.of() : Args.listCopy(quarters, "quarters");
    Args.notNullOptional(options, "options");
    SmallLowProfitFacts.fromQuarters(restrictedOrProhibitedIndustry, quarters);
  }

  /**
   * Builds a {@link FirmYearIncomeTax}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if the income is missing, negative or not CNY, or the quarters are out of order or
   * repeated; naming the field, such as {@code quarters/2/quarter}.
   */
  public static class Builder extends ImmutableFirmYearIncomeTax.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
