package io.github.huiqi.core.financing.firstloan;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.FinancingChecks;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;
import io.github.huiqi.core.time.DayCount;
import javax.money.MonetaryAmount;

/**
 * A first-loan (首贷户) interest subsidy: an annualised percentage of the first drawdown's principal, for a limited
 * number of months, capped per enterprise.
 * <p>
 * The built-in instance is 深工信〔2023〕26号 第5条: "对2023年1-3月从深圳辖内商业银行首次获得贷款的企业，给予2%的贴息补助，
 * 单户企业贴息金额最高20万元，贴息期限不超过6个月。" Its operational rules (the minimum of one month's use, the loan-rate
 * floor of 2%, the first drawdown of the first contract) come from 《深圳市2022年“首贷户”贷款贴息项目实施细则》.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param firstLoanWindow  the dates the first loan must be obtained in, inclusive ("2023年1-3月")
 * @param region  where the enterprise must operate and the lending bank must be ("深圳辖内")
 * @param annualSubsidyRate  the annualised subsidy rate on principal ("2%")
 * @param maximumSubsidyMonths  the longest subsidised period in months ("不超过6个月")
 * @param minimumUseMonths  the shortest period of use that earns a subsidy, in months ("实际用款时间低于1个月的不予贴息")
 * @param minimumLoanRate  the lowest loan rate that earns a subsidy ("贷款年利率低于2%的不予贴息")
 * @param capPerEnterprise  the most one enterprise receives, across its loans ("单户企业贴息金额最高20万元")
 * @param dayCount  the day count for pro-rata periods (not stated in any source: a documented default)
 * @param rounding  the rounding of each loan's subsidy (not stated in any source: a documented default)
 * @param implementingRules  the rules behind the qualitative conditions: an independent legal person, not seriously
 *     dishonest, the first drawdown of the first contract, production use, no other municipal subsidy on the loan
 */
public record FirstLoanMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<DateRange> firstLoanWindow,
    Parameter<Jurisdiction> region,
    Parameter<Rate> annualSubsidyRate,
    Parameter<Integer> maximumSubsidyMonths,
    Parameter<Integer> minimumUseMonths,
    Parameter<Rate> minimumLoanRate,
    Parameter<MonetaryAmount> capPerEnterprise,
    Parameter<DayCount> dayCount,
    Parameter<MoneyRounding> rounding,
    Citation implementingRules) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "financing.first-loan-interest-subsidy";

  /** The built-in Shenzhen 2023 measure's id. */
  public static final TypedMeasureId<FirstLoanMeasure> SHENZHEN_2023 =
      TypedMeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy", FirstLoanMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming it
   */
  public FirstLoanMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    FinancingChecks.requireClosedWindow(firstLoanWindow, "firstLoanWindow");
    Args.notNull(region, "region");
    Args.notNull(annualSubsidyRate, "annualSubsidyRate");
    FinancingChecks.requireRatio(annualSubsidyRate.value(), "annualSubsidyRate/value");
    Args.notNull(maximumSubsidyMonths, "maximumSubsidyMonths");
    Args.notNull(minimumUseMonths, "minimumUseMonths");
    if (maximumSubsidyMonths.value() < 1 || maximumSubsidyMonths.value() > 120) {
      throw new InvalidInputException("maximumSubsidyMonths/value", maximumSubsidyMonths.value(),
          "must be from 1 to 120");
    }
    if (minimumUseMonths.value() < 0 || minimumUseMonths.value() > maximumSubsidyMonths.value()) {
      throw new InvalidInputException("minimumUseMonths/value", minimumUseMonths.value(),
          "must be from 0 to maximumSubsidyMonths");
    }
    Args.notNull(minimumLoanRate, "minimumLoanRate");
    FinancingChecks.requireRatio(minimumLoanRate.value(), "minimumLoanRate/value");
    Args.notNull(capPerEnterprise, "capPerEnterprise");
    Cny.positiveYuan(capPerEnterprise.value(), "capPerEnterprise/value");
    Args.notNull(dayCount, "dayCount");
    Args.notNull(rounding, "rounding");
    Args.notNull(implementingRules, "implementingRules");
  }

}
