package io.github.huiqi.core.financing.guaranteefee;

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
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * A subsidy of a percentage of the guarantee fee that small and micro enterprises actually paid on guaranteed bank
 * loans, summed over the year's eligible loans and capped per enterprise per year.
 * <p>
 * The built-in instance is Shenzhen's 小型微型企业银行贷款担保费资助, reported by the 2021 reply letter (市工业和信息化局
 * 第20210370号提案答复, status {@link DocumentStatus#INFORMATIONAL}): "市中小企业服务局设立小型微型企业银行贷款担保费资助项目，
 * 主要对小型微型企业通过融资性担保机构获得银行贷款的担保费给予补贴". Its figures come from the programme's 2017 application
 * guide (decisions register §2.4): loans guaranteed by a Shenzhen financing guarantor, single loan at most 3,000,000
 * inclusive, guarantee fee rate at most 50% of the loan's rate, vehicle and real-estate purchases excluded;
 * "补贴额 = 单笔担保额小于300万元的银行贷款实际发生的担保费 × 30% × 笔数 ≤ 30万元".
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the clause of the reporting document
 * @param documentStatus  the legal status of the reporting document
 * @param title  the title
 * @param region  where the enterprise and the guarantor must be ("深圳市")
 * @param eligibleBorrowerSizes  the size classes that qualify ("小型微型企业"), at least one
 * @param subsidyRatio  the share of the fee actually paid that is subsidised (30%), above 0% and at most 100%
 * @param maximumLoanPrincipal  the largest single loan that qualifies, inclusive (3,000,000), positive
 * @param maximumFeeToLoanRate  the highest guarantee fee rate as a share of the loan's rate, inclusive (50%)
 * @param capPerEnterprisePerYear  the most one enterprise receives in a year (300,000), positive
 * @param rounding  the rounding of each loan's subsidy (no source prescribes one; a documented default)
 * @param implementingRules  the rules behind the qualitative conditions (purpose, guarantor)
 */
public record GuaranteeFeeSubsidyMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<Jurisdiction> region,
    Parameter<List<EnterpriseSize>> eligibleBorrowerSizes,
    Parameter<Rate> subsidyRatio,
    Parameter<MonetaryAmount> maximumLoanPrincipal,
    Parameter<Rate> maximumFeeToLoanRate,
    Parameter<MonetaryAmount> capPerEnterprisePerYear,
    Parameter<MoneyRounding> rounding,
    Citation implementingRules) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "financing.small-micro-guarantee-fee-subsidy";

  /** The built-in Shenzhen measure's id. */
  public static final TypedMeasureId<GuaranteeFeeSubsidyMeasure> SHENZHEN_2021 =
      TypedMeasureId.of("sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy",
          GuaranteeFeeSubsidyMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming it
   */
  public GuaranteeFeeSubsidyMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(region, "region");
    Args.notNull(eligibleBorrowerSizes, "eligibleBorrowerSizes");
    eligibleBorrowerSizes = eligibleBorrowerSizes.withValue(
        Args.listCopy(eligibleBorrowerSizes.value(), "eligibleBorrowerSizes/value"));
    if (eligibleBorrowerSizes.value().isEmpty()) {
      throw new InvalidInputException("eligibleBorrowerSizes/value", "[]", "must name at least one size class");
    }
    Args.notNull(subsidyRatio, "subsidyRatio");
    FinancingChecks.requirePositiveRatio(subsidyRatio.value(), "subsidyRatio/value");
    Args.notNull(maximumLoanPrincipal, "maximumLoanPrincipal");
    Cny.positiveYuan(maximumLoanPrincipal.value(), "maximumLoanPrincipal/value");
    Args.notNull(maximumFeeToLoanRate, "maximumFeeToLoanRate");
    FinancingChecks.requirePositiveRatio(maximumFeeToLoanRate.value(), "maximumFeeToLoanRate/value");
    Args.notNull(capPerEnterprisePerYear, "capPerEnterprisePerYear");
    Cny.positiveYuan(capPerEnterprisePerYear.value(), "capPerEnterprisePerYear/value");
    Args.notNull(rounding, "rounding");
    Args.notNull(implementingRules, "implementingRules");
  }
}
