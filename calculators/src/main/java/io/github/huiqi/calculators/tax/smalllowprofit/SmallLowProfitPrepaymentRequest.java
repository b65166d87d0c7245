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
 * A quarterly income-tax prepayment (季度预缴) under the cumulative method: the figures from the start of the tax year
 * to the end of the current quarter, and the tax already prepaid for the earlier quarters.
 * <p>
 * In JSON:
 * <pre>
 * {"taxYear": 2023, "throughQuarter": 2,
 *  "cumulativeTaxableIncome": {"amount": 1200000, "currency": "CNY"},
 *  "restrictedOrProhibitedIndustry": false,
 *  "quarters": [{"quarter": 1, ...}, {"quarter": 2, ...}],
 *  "alreadyPrepaid": {"amount": 25000, "currency": "CNY"},
 *  "options": {"negativePrepayment": "REFUND"}}
 * </pre>
 * The 小型微利企业 test uses the values to date: taxable income to date against the 3,000,000
 * limit, and employees and assets averaged over the quarters operated to date.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableSmallLowProfitPrepaymentRequest.class)
@JsonDeserialize(as = ImmutableSmallLowProfitPrepaymentRequest.class)
public abstract class SmallLowProfitPrepaymentRequest {

  SmallLowProfitPrepaymentRequest() {
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
   * Returns the tax year.
   *
   * @return the tax year
   */
  @JsonProperty(value = "taxYear", required = true)
  public abstract int taxYear();

  /**
   * Returns the current quarter, 1 to 4; the figures run from the year's start (or the firm's) to its end.
   *
   * @return the current quarter, 1 to 4
   */
  @JsonProperty(value = "throughQuarter", required = true)
  public abstract int throughQuarter();

  /**
   * Returns the taxable income (实际利润额) to date, CNY, not negative (a loss to date is zero).
   *
   * @return the cumulative taxable income
   */
  public abstract MonetaryAmount cumulativeTaxableIncome();

  /**
   * Returns whether the enterprise is in a restricted or prohibited industry, if known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> restrictedOrProhibitedIndustry();

  /**
   * Returns the quarters operated to date, in order, each once, the last being {@code throughQuarter}; empty if
   * unknown.
   *
   * @return the quarters
   */
  public abstract List<OperatingQuarter> quarters();

  /**
   * Returns the tax already prepaid for the earlier quarters of the year (已预缴所得税额), CNY, not negative.
   *
   * @return the tax already prepaid
   */
  public abstract MonetaryAmount alreadyPrepaid();

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
   * @param throughQuarter  the current quarter
   * @param cumulativeTaxableIncome  the taxable income to date, CNY
   * @param quarters  the quarters operated to date
   * @param alreadyPrepaid  the tax already prepaid this year, CNY
   * @return the request
   * @throws InvalidInputException if an argument is invalid, naming it
   */
  public static SmallLowProfitPrepaymentRequest of(int taxYear, int throughQuarter,
      MonetaryAmount cumulativeTaxableIncome, List<OperatingQuarter> quarters, MonetaryAmount alreadyPrepaid) {
    return builder().taxYear(taxYear).throughQuarter(throughQuarter).cumulativeTaxableIncome(cumulativeTaxableIncome)
        .restrictedOrProhibitedIndustry(false).quarters(Args.notNull(quarters, "quarters"))
        .alreadyPrepaid(alreadyPrepaid).build();
  }

  /**
   * Returns a copy with options.
   *
   * @param chosen  the options
   * @return the copy
   */
  public SmallLowProfitPrepaymentRequest withOptions(SmallLowProfitOptions chosen) {
    return builder().from(this).options(Args.notNull(chosen, "options")).build();
  }

  /**
   * Returns the facts averaged from the quarters to date.
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
    int throughQuarter = throughQuarter();
    if (throughQuarter == 0) {
      // no quarter 0: what the JSON reader gives when the document has no throughQuarter
      throw new InvalidInputException("throughQuarter");
    }
    MonetaryAmount cumulativeTaxableIncome = cumulativeTaxableIncome();
    Optional<Boolean> restrictedOrProhibitedIndustry = restrictedOrProhibitedIndustry();
    List<OperatingQuarter> quarters = quarters();
    MonetaryAmount alreadyPrepaid = alreadyPrepaid();
    Optional<SmallLowProfitOptions> options = options();
    if (throughQuarter < 1 || throughQuarter > 4) {
      throw new InvalidInputException("throughQuarter", throughQuarter, "must be from 1 to 4");
    }
    Cny.notNegativeYuan(cumulativeTaxableIncome, "cumulativeTaxableIncome");
    Args.notNullOptional(restrictedOrProhibitedIndustry, "restrictedOrProhibitedIndustry");
    quarters = quarters == null ? List.of() : Args.listCopy(quarters, "quarters");
    SmallLowProfitFacts.fromQuarters(restrictedOrProhibitedIndustry, quarters);
    for (int i = 0; i < quarters.size(); i++) {
      if (quarters.get(i).quarter() > throughQuarter) {
        throw new InvalidInputException("quarters/" + i + "/quarter", quarters.get(i).quarter(),
            "must not be after the current quarter " + throughQuarter);
      }
    }
    int last = quarters.size() - 1;
    if (last >= 0 && quarters.get(last).quarter() != throughQuarter) {
      // figures to date that stop before the current quarter would be averaged over too few quarters
      throw new InvalidInputException("quarters/" + last + "/quarter", quarters.get(last).quarter(),
          "must be the current quarter " + throughQuarter + ": the quarters to date end with it");
    }
    Cny.notNegativeYuan(alreadyPrepaid, "alreadyPrepaid");
    Args.notNullOptional(options, "options");
  }

  /**
   * Builds a {@link SmallLowProfitPrepaymentRequest}. Each setter returns this builder; {@code build()} validates,
   * throwing {@link InvalidInputException} if a required field is null, the quarter outside 1..4, an amount negative or
   * not CNY, or the quarters out of order, duplicated, after {@code throughQuarter} or not ending with it; naming the
   * field.
   */
  public static class Builder extends ImmutableSmallLowProfitPrepaymentRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
