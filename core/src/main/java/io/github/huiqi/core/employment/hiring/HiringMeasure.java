package io.github.huiqi.core.employment.hiring;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.FinancingChecks;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.core.time.DateRange;
import javax.money.MonetaryAmount;

/**
 * A one-off hiring subsidy (一次性吸纳就业补贴): a fixed amount per eligible hire.
 * <p>
 * The built-in instance is 沪企服办〔2023〕1号 第十九条: "自2023年1月1日至12月31日期间，吸纳在本市登记失业3个月及以上人员
 * 或本市2023届高校毕业生就业，并签订1年及以上劳动合同，按规定缴纳社会保险费的本市企业、社会组织和个体工商户等用人单位，按照
 * 2000元/人的标准给予一次性吸纳就业补贴". A hire is eligible when hired in the window, registered unemployed at least
 * the minimum months or a graduate of the cohort, on a contract of at least the minimum years, with social insurance
 * paid. "及以上" includes the number.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param hireWindow  the dates a hire must fall in, inclusive; closed
 * @param minimumUnemployedMonths  the least months registered unemployed, inclusive (3), not negative
 * @param graduationYear  the graduate cohort (届) that qualifies (2023)
 * @param minimumContractYears  the least contract term in whole years, inclusive (1), positive
 * @param amountPerHire  the subsidy per eligible hire (2,000), positive
 * @param socialInsurance  the rule that social insurance is paid as required
 */
public record HiringMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<DateRange> hireWindow,
    Parameter<Integer> minimumUnemployedMonths,
    Parameter<Integer> graduationYear,
    Parameter<Integer> minimumContractYears,
    Parameter<MonetaryAmount> amountPerHire,
    Citation socialInsurance) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "employment.hiring-subsidy";

  /** The built-in Shanghai 2023 measure's id (沪企服办〔2023〕1号 第十九条). */
  public static final TypedMeasureId<HiringMeasure> SHANGHAI_2023 =
      TypedMeasureId.of("sh-qfb-2023-1.hiring-subsidy", HiringMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming it
   */
  public HiringMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    FinancingChecks.requireClosedWindow(hireWindow, "hireWindow");
    Args.notNull(minimumUnemployedMonths, "minimumUnemployedMonths");
    Args.notNegative(minimumUnemployedMonths.value(), "minimumUnemployedMonths/value");
    Args.notNull(graduationYear, "graduationYear");
    Args.notNull(minimumContractYears, "minimumContractYears");
    if (minimumContractYears.value() <= 0) {
      throw new InvalidInputException("minimumContractYears/value", minimumContractYears.value(), "must be positive");
    }
    Args.notNull(amountPerHire, "amountPerHire");
    Cny.positiveYuan(amountPerHire.value(), "amountPerHire/value");
    Args.notNull(socialInsurance, "socialInsurance");
  }
}
