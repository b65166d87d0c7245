package io.github.huiqi.core.financing.techsme;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.FinancingChecks;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
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
 * A loan interest subsidy for enrolled technology-based SMEs (科技型中小企业贷款贴息贴保), with its companion
 * guarantee-fee and guarantee-insurance premium subsidies under common per-enterprise caps.
 * <p>
 * The built-in instance is 深工信〔2023〕26号 第13条: "对符合条件的入库科技型中小企业2023年期间产生的利息，贴息支持比例提高30个
 * 百分点，最高可按照实际支付利息的80%予以资助。" Its base programme is 《深圳市科技型中小微企业贷款贴息贴保项目管理办法》
 * (市科技创新委, 2020) 第十四条, an external instrument: (一) 50% of the interest actually paid,
 * 70% for a first-time borrower; (二) 50% of the small-loan guarantee-insurance premium, at most 500,000 a year;
 * (三) 50% of the guarantee fee, at most 300,000 a year; (四) all items together at most 1,000,000 per enterprise a
 * year and 3,000,000 over the 办法's validity.
 * <p>
 * The interest ratio of interest arising in the uplift window is {@code min(base + uplift points, ceiling)}, so 50%
 * becomes 80% and 70% becomes {@code min(100%, 80%) = 80%}; interest outside the window keeps its base ratio. Every
 * base ratio lies within 0%..ceiling, so the uplift never lowers a ratio.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param interestRatio  the share of interest actually paid that is subsidised ("50%"), 0% to the ceiling
 * @param firstTimeBorrowerInterestRatio  the share for a first-time borrower ("70%"), 0% to the ceiling
 * @param upliftWindow  the dates whose interest is uplifted ("2023年期间"), inclusive; closed
 * @param upliftPoints  the percentage points added in the window ("提高30个百分点"), 0% to 100%
 * @param ceiling  the highest uplifted ratio ("最高可按照实际支付利息的80%"), 0% to 100%
 * @param guaranteeFeeRatio  the share of the guarantee fee actually paid that is subsidised ("50%")
 * @param guaranteeFeeCapPerYear  the most the guarantee-fee subsidy pays one enterprise a year (300,000)
 * @param insurancePremiumRatio  the share of the small-loan guarantee-insurance premium subsidised ("50%")
 * @param insurancePremiumCapPerYear  the most the premium subsidy pays one enterprise a year (500,000)
 * @param capPerEnterprisePerYear  the most all items together pay one enterprise a year (1,000,000)
 * @param capPerEnterpriseOverProgramme  the most all items pay one enterprise over the programme (3,000,000)
 * @param accrualBasis  which interest counts as arising in the window (no source settles it: a documented default)
 * @param splitDayCount  the day count that splits a period straddling the window's edge (a documented default)
 * @param rounding  the rounding of each item's subsidy (no source prescribes one: a documented default)
 * @param enrolmentRule  the rule that the enterprise is an enrolled (入库) 科技型中小企业
 */
public record TechSmeMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<Rate> interestRatio,
    Parameter<Rate> firstTimeBorrowerInterestRatio,
    Parameter<DateRange> upliftWindow,
    Parameter<Rate> upliftPoints,
    Parameter<Rate> ceiling,
    Parameter<Rate> guaranteeFeeRatio,
    Parameter<MonetaryAmount> guaranteeFeeCapPerYear,
    Parameter<Rate> insurancePremiumRatio,
    Parameter<MonetaryAmount> insurancePremiumCapPerYear,
    Parameter<MonetaryAmount> capPerEnterprisePerYear,
    Parameter<MonetaryAmount> capPerEnterpriseOverProgramme,
    Parameter<TechSmeAccrualBasis> accrualBasis,
    Parameter<DayCount> splitDayCount,
    Parameter<MoneyRounding> rounding,
    Citation enrolmentRule) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "financing.tech-sme-interest-subsidy";

  /** The built-in Shenzhen 2023 measure's id. */
  public static final TypedMeasureId<TechSmeMeasure> SHENZHEN_2023 =
      TypedMeasureId.of("sz-gxj-2023-26.tech-sme-interest-subsidy", TechSmeMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, a base ratio exceeds the ceiling, or
   *     the window is open-ended, naming the field
   */
  public TechSmeMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(ceiling, "ceiling");
    FinancingChecks.requireRatio(ceiling.value(), "ceiling/value");
    Args.notNull(interestRatio, "interestRatio");
    requireAtMostCeiling(interestRatio.value(), ceiling.value(), "interestRatio/value");
    Args.notNull(firstTimeBorrowerInterestRatio, "firstTimeBorrowerInterestRatio");
    requireAtMostCeiling(firstTimeBorrowerInterestRatio.value(), ceiling.value(),
        "firstTimeBorrowerInterestRatio/value");
    FinancingChecks.requireClosedWindow(upliftWindow, "upliftWindow");
    Args.notNull(upliftPoints, "upliftPoints");
    FinancingChecks.requireRatio(upliftPoints.value(), "upliftPoints/value");
    Args.notNull(guaranteeFeeRatio, "guaranteeFeeRatio");
    FinancingChecks.requireRatio(guaranteeFeeRatio.value(), "guaranteeFeeRatio/value");
    Args.notNull(guaranteeFeeCapPerYear, "guaranteeFeeCapPerYear");
    Cny.positiveYuan(guaranteeFeeCapPerYear.value(), "guaranteeFeeCapPerYear/value");
    Args.notNull(insurancePremiumRatio, "insurancePremiumRatio");
    FinancingChecks.requireRatio(insurancePremiumRatio.value(), "insurancePremiumRatio/value");
    Args.notNull(insurancePremiumCapPerYear, "insurancePremiumCapPerYear");
    Cny.positiveYuan(insurancePremiumCapPerYear.value(), "insurancePremiumCapPerYear/value");
    Args.notNull(capPerEnterprisePerYear, "capPerEnterprisePerYear");
    Cny.positiveYuan(capPerEnterprisePerYear.value(), "capPerEnterprisePerYear/value");
    Args.notNull(capPerEnterpriseOverProgramme, "capPerEnterpriseOverProgramme");
    Cny.positiveYuan(capPerEnterpriseOverProgramme.value(), "capPerEnterpriseOverProgramme/value");
    Args.notNull(accrualBasis, "accrualBasis");
    Args.notNull(splitDayCount, "splitDayCount");
    Args.notNull(rounding, "rounding");
    Args.notNull(enrolmentRule, "enrolmentRule");
  }

  /**
   * Returns the interest ratio of an enterprise outside the uplift window: the first-time borrower's ratio or the
   * ordinary one.
   *
   * @param firstTimeBorrower  whether the enterprise is a first-time borrower
   * @return the base ratio, exact
   */
  public Rate baseRatio(boolean firstTimeBorrower) {
    return firstTimeBorrower ? firstTimeBorrowerInterestRatio.value() : interestRatio.value();
  }

  /**
   * Returns the interest ratio in the uplift window: the base ratio plus the uplift in percentage points, never
   * above the ceiling ({@code min(50% + 30, 80%) = 80%}; {@code min(70% + 30, 80%) = 80%}).
   *
   * @param firstTimeBorrower  whether the enterprise is a first-time borrower
   * @return the uplifted ratio, exact, at most the ceiling
   */
  public Rate upliftedRatio(boolean firstTimeBorrower) {
    return baseRatio(firstTimeBorrower).plusPercentagePoints(upliftPoints.value().percent()).min(ceiling.value());
  }

  private static void requireAtMostCeiling(Rate ratio, Rate ceiling, String field) {
    FinancingChecks.requireRatio(ratio, field);
    if (ratio.isGreaterThan(ceiling)) {
      throw new InvalidInputException(field, ratio, "must not exceed the ceiling " + ceiling);
    }
  }
}
