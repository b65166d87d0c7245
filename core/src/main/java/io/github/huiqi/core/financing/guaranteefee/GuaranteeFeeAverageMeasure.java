package io.github.huiqi.core.financing.guaranteefee;

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

/**
 * A ceiling on a government financing guarantor's average guarantee fee rate over a period: an institution-level
 * average across its book of guarantees, not a per-loan cap.
 * <p>
 * The built-in instance is 沪企服办〔2023〕1号 第十五条: "落实2023年国家小微企业融资担保降费奖补政策，政府性融资担保机构平均担保费率
 * 保持1%（含）以下。" The ceiling is inclusive ("（含）"). The average is weighted by guaranteed amount times time in force
 * by default (decisions register §4.3 item 22): total fee income over total annualised guaranteed amount.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param policyPeriod  the period the average is measured over, inclusive ("2023年")
 * @param averageFeeCeiling  the highest average annual fee rate, inclusive ("1%（含）以下"), 0% to 100%
 * @param weighting  how the guarantees are weighted (not stated in any source: a documented default)
 * @param dayCount  the day count that measures each guarantee's time in force (a documented default)
 * @param rounding  the rounding of each guarantee's fee income (a documented default)
 */
public record GuaranteeFeeAverageMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<DateRange> policyPeriod,
    Parameter<Rate> averageFeeCeiling,
    Parameter<GuaranteeFeeAverageWeighting> weighting,
    Parameter<DayCount> dayCount,
    Parameter<MoneyRounding> rounding) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "financing.average-guarantee-fee-ceiling";

  /** The built-in Shanghai 2023 measure's id. */
  public static final TypedMeasureId<GuaranteeFeeAverageMeasure> SHANGHAI_2023 =
      TypedMeasureId.of("sh-qfb-2023-1.average-guarantee-fee-ceiling", GuaranteeFeeAverageMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming it
   */
  public GuaranteeFeeAverageMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    FinancingChecks.requireClosedWindow(policyPeriod, "policyPeriod");
    Args.notNull(averageFeeCeiling, "averageFeeCeiling");
    FinancingChecks.requireRatio(averageFeeCeiling.value(), "averageFeeCeiling/value");
    Args.notNull(weighting, "weighting");
    Args.notNull(dayCount, "dayCount");
    Args.notNull(rounding, "rounding");
  }
}
