package io.github.huiqi.core.financing.guaranteefee;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.FinancingChecks;
import io.github.huiqi.core.money.MoneyRounding;
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
import java.util.List;

/**
 * A guarantee-fee reduction for small and micro borrowers of government financing guarantors: the standard fee rate
 * reduced by at most a percentage, and never above a ceiling.
 * <p>
 * The built-in instance is 深工信〔2023〕26号 第6条: "2023年，政府性融资担保机构针对小微企业的担保费率最高减免40%、且不高于1%，
 * 对符合前述条件的政府性融资担保机构，政府性融资再担保机构可适当减收再担保费。" The library reads it as
 * {@code fee rate = min(standard rate × (1 − r), 1%)} with the reduction {@code r} at most 40% (decisions register
 * §4.3 item 18); when {@code standard × 60% > 1%} the two limits conflict (a 40% cut cannot reach 1%), and
 * the calculator reports it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param policyPeriod  the dates the guarantee must start in, inclusive ("2023年")
 * @param eligibleBorrowerSizes  the borrower size classes the reduction is for ("针对小微企业"), at least one
 * @param maximumReduction  the largest relative reduction of the standard fee rate ("最高减免40%"), 0% to 100%
 * @param feeRateCeiling  the highest annual fee rate after the reduction ("且不高于1%"), 0% to 100%
 * @param reGuaranteeReduction  the relative reduction of the re-guarantee fee for a qualifying guarantor
 *     ("可适当减收再担保费": no figure in any source, a documented default of 0%), 0% to 100%
 * @param dayCount  the day count that turns the annual fee rate into a fee for a period (contractual; a default)
 * @param rounding  the rounding of a fee amount (no source prescribes one; a default)
 */
public record GuaranteeFeeReductionMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<DateRange> policyPeriod,
    Parameter<List<EnterpriseSize>> eligibleBorrowerSizes,
    Parameter<Rate> maximumReduction,
    Parameter<Rate> feeRateCeiling,
    Parameter<Rate> reGuaranteeReduction,
    Parameter<DayCount> dayCount,
    Parameter<MoneyRounding> rounding) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "financing.guarantee-fee-reduction";

  /** The built-in Shenzhen 2023 measure's id. */
  public static final TypedMeasureId<GuaranteeFeeReductionMeasure> SHENZHEN_2023 =
      TypedMeasureId.of("sz-gxj-2023-26.guarantee-fee-reduction", GuaranteeFeeReductionMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming it
   */
  public GuaranteeFeeReductionMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    FinancingChecks.requireClosedWindow(policyPeriod, "policyPeriod");
    Args.notNull(eligibleBorrowerSizes, "eligibleBorrowerSizes");
    eligibleBorrowerSizes = eligibleBorrowerSizes.withValue(
        Args.listCopy(eligibleBorrowerSizes.value(), "eligibleBorrowerSizes/value"));
    if (eligibleBorrowerSizes.value().isEmpty()) {
      throw new InvalidInputException("eligibleBorrowerSizes/value", "[]", "must name at least one size class");
    }
    Args.notNull(maximumReduction, "maximumReduction");
    FinancingChecks.requireRatio(maximumReduction.value(), "maximumReduction/value");
    Args.notNull(feeRateCeiling, "feeRateCeiling");
    FinancingChecks.requireRatio(feeRateCeiling.value(), "feeRateCeiling/value");
    Args.notNull(reGuaranteeReduction, "reGuaranteeReduction");
    FinancingChecks.requireRatio(reGuaranteeReduction.value(), "reGuaranteeReduction/value");
    Args.notNull(dayCount, "dayCount");
    Args.notNull(rounding, "rounding");
  }
}
