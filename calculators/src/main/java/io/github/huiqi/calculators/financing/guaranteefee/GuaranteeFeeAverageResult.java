package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageWeighting;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * The explained average guarantee fee rate of a guarantor's book, tested against a ceiling such as 沪企服办〔2023〕1号
 * 第十五条's "平均担保费率保持1%（含）以下".
 * <p>
 * {@code eligibility} says whether the measure applies to the guarantor (a government financing guarantor); the
 * average and the test are computed either way. {@code withinCeiling} is decided exactly on
 * {@link GuaranteeFeeAverageRate#isAtMost(Rate)}, inclusive of the ceiling.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param eligibility  whether the measure applies to the guarantor
 * @param weighting  the weighting used
 * @param averageFeeRate  the average annual fee rate, exact, with its rounded display value
 * @param ceiling  the ceiling on the average
 * @param withinCeiling  true if the average is at most the ceiling
 * @param feeIncome  the fee income within the period: the sum of each guarantee's rounded fee income
 * @param guarantees  each guarantee's part, in request order
 * @param explanation  the steps, citing their clauses
 */
public record GuaranteeFeeAverageResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    GuaranteeFeeAverageWeighting weighting,
    GuaranteeFeeAverageRate averageFeeRate,
    Rate ceiling,
    boolean withinCeiling,
    MonetaryAmount feeIncome,
    List<GuaranteeFeeInPeriod> guarantees,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or the income negative or not CNY
   */
  public GuaranteeFeeAverageResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(weighting, "weighting");
    Args.notNull(averageFeeRate, "averageFeeRate");
    Args.notNull(ceiling, "ceiling");
    Cny.notNegativeComputed(feeIncome, "feeIncome");
    guarantees = Args.listCopy(guarantees, "guarantees");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public GuaranteeFeeAverageResult withReceipt(Receipt receipt) {
    return new GuaranteeFeeAverageResult(measure, documentStatus, eligibility, weighting, averageFeeRate, ceiling,
        withinCeiling, feeIncome, guarantees, explanation.withReceipt(receipt));
  }
}
