package io.github.huiqi.core.financing.renovation;

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
import javax.money.MonetaryAmount;

/**
 * A technical-renovation loan interest subsidy (技术改造贷款贴息): a share of the interest actually paid on fixed-asset
 * bank loans and equipment finance leases that fund a renovation project, for a limited number of years, capped per
 * project, and stackable with the renovation grant.
 * <p>
 * The built-in instance is the Shenzhen 小升规 three-year plan (2022-2024) 第十条: "对其中采用银行固定资产贷款或融资租赁方式
 * 开展技术改造的项目，还可叠加享受贷款贴息，按实际支付利息的50%，给予最高500万元的贴息资助。" The three-year limit and the
 * per-project reading of the cap come from the Shenzhen tech-renovation operating rules in force around 2022-2023
 * (decisions register §4.1 item 9), not from the plan itself.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param subsidyRatio  the share of interest actually paid that is subsidised ("按实际支付利息的50%"), above 0%, at most
 *     100%
 * @param capPerProject  the most one project receives ("最高500万元"), positive
 * @param maximumSubsidyYears  the longest subsidised period in years from the project's subsidy start (3), 1 to 30
 * @param rounding  the rounding of the subsidy (not stated in any source: a documented default)
 * @param stackingWithGrant  the clause that lets the subsidy stack with the renovation grant ("还可叠加享受贷款贴息")
 */
public record RenovationInterestMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<Rate> subsidyRatio,
    Parameter<MonetaryAmount> capPerProject,
    Parameter<Integer> maximumSubsidyYears,
    Parameter<MoneyRounding> rounding,
    Citation stackingWithGrant) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "financing.technical-renovation-interest-subsidy";

  /** The built-in Shenzhen measure's id (小升规 three-year plan 第十条). */
  public static final TypedMeasureId<RenovationInterestMeasure> SHENZHEN_2022 =
      TypedMeasureId.of("sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy",
          RenovationInterestMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming it
   */
  public RenovationInterestMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(subsidyRatio, "subsidyRatio");
    FinancingChecks.requirePositiveRatio(subsidyRatio.value(), "subsidyRatio/value");
    Args.notNull(capPerProject, "capPerProject");
    Cny.positiveYuan(capPerProject.value(), "capPerProject/value");
    Args.notNull(maximumSubsidyYears, "maximumSubsidyYears");
    if (maximumSubsidyYears.value() < 1 || maximumSubsidyYears.value() > 30) {
      throw new InvalidInputException("maximumSubsidyYears/value", maximumSubsidyYears.value(),
          "must be from 1 to 30");
    }
    Args.notNull(rounding, "rounding");
    Args.notNull(stackingWithGrant, "stackingWithGrant");
  }
}
