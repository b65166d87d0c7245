package io.github.huiqi.core.financing.firstloan;

import io.github.huiqi.core.enterprise.EnterpriseSize;
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
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * A first-loan interest subsidy for an enterprise's first inclusive-finance (普惠) loan obtained in a window through a
 * named policy guarantor: an annualised percentage of principal, capped per enterprise, with no stated term.
 * <p>
 * The built-in instance is 沪企服办〔2023〕1号 第十五条: "对2022年第四季度通过市中小微企业政策性融资担保基金管理中心担保、
 * 从上海辖内商业银行首次获得普惠贷款的中小微企业，给予2%的贴息补助，单户企业贴息金额最高20万元。"
 * <p>
 * <b>The source states no subsidy term</b> (unlike Shenzhen's "贴息期限不超过6个月"), and none was found in any
 * retrieved implementing rule (decisions register §4.1 item 5). The model therefore holds no term: the calculator
 * requires the caller to supply the subsidised term, and {@link #subsidyTerm()} cites why.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param firstLoanWindow  the dates the first loan must be obtained in, inclusive ("2022年第四季度")
 * @param lenderRegion  where the lending bank must be ("上海辖内商业银行")
 * @param guarantor  the guarantor that must guarantee the loan ("市中小微企业政策性融资担保基金管理中心")
 * @param eligibleBorrowerSizes  the size classes that qualify ("中小微企业"), at least one
 * @param annualSubsidyRate  the annualised subsidy rate on principal ("2%"), from 0% to 100%
 * @param capPerEnterprise  the most one enterprise receives, across its loans ("单户企业贴息金额最高20万元"), positive
 * @param dayCount  the day count for the subsidised term (not stated in any source: a documented default)
 * @param rounding  the rounding of each loan's subsidy (not stated in any source: a documented default)
 * @param inclusiveLoanDefinition  the definition behind "普惠贷款" (普惠型小微企业贷款), which the caller applies
 * @param subsidyTerm  the citation for the term: the source states none, so the caller must supply it
 */
public record FirstLoanGuaranteedMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<DateRange> firstLoanWindow,
    Parameter<Jurisdiction> lenderRegion,
    Parameter<String> guarantor,
    Parameter<List<EnterpriseSize>> eligibleBorrowerSizes,
    Parameter<Rate> annualSubsidyRate,
    Parameter<MonetaryAmount> capPerEnterprise,
    Parameter<DayCount> dayCount,
    Parameter<MoneyRounding> rounding,
    Citation inclusiveLoanDefinition,
    Citation subsidyTerm) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "financing.guaranteed-first-loan-interest-subsidy";

  /** The built-in Shanghai 2023 measure's id (沪企服办〔2023〕1号 第十五条). */
  public static final TypedMeasureId<FirstLoanGuaranteedMeasure> SHANGHAI_2023 =
      TypedMeasureId.of("sh-qfb-2023-1.first-loan-interest-subsidy", FirstLoanGuaranteedMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming it
   */
  public FirstLoanGuaranteedMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    FinancingChecks.requireClosedWindow(firstLoanWindow, "firstLoanWindow");
    Args.notNull(lenderRegion, "lenderRegion");
    Args.notNull(guarantor, "guarantor");
    Args.notBlank(guarantor.value(), "guarantor/value");
    Args.notNull(eligibleBorrowerSizes, "eligibleBorrowerSizes");
    eligibleBorrowerSizes = eligibleBorrowerSizes.withValue(
        Args.listCopy(eligibleBorrowerSizes.value(), "eligibleBorrowerSizes/value"));
    if (eligibleBorrowerSizes.value().isEmpty()) {
      throw new InvalidInputException("eligibleBorrowerSizes/value", "[]", "must name at least one size class");
    }
    Args.notNull(annualSubsidyRate, "annualSubsidyRate");
    FinancingChecks.requireRatio(annualSubsidyRate.value(), "annualSubsidyRate/value");
    Args.notNull(capPerEnterprise, "capPerEnterprise");
    Cny.positiveYuan(capPerEnterprise.value(), "capPerEnterprise/value");
    Args.notNull(dayCount, "dayCount");
    Args.notNull(rounding, "rounding");
    Args.notNull(inclusiveLoanDefinition, "inclusiveLoanDefinition");
    Args.notNull(subsidyTerm, "subsidyTerm");
  }
}
