package io.github.huiqi.calculators.tax.smalllowprofit;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.tax.QuarterlyAverage;
import io.github.huiqi.core.time.DateRange;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The explained 小型微利企业 income tax on a taxable income: the verdict, the tax due, the standard-rate tax and the
 * relief, with the rates applied.
 * <p>
 * Eligible: tax due = min(TI, 1,000,000) × lower-slice rate + (TI − 1,000,000)⁺ × upper-slice rate. Ineligible
 * (including any taxable income above 3,000,000: the cliff): tax due = TI × 25% and no relief. Undetermined (a fact
 * missing and no condition failed): the amounts are the range between the two.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param taxYear  the tax year
 * @param eligibility  the verdict, its reasons, and the missing facts when undetermined
 * @param taxableIncome  the taxable income taxed, CNY
 * @param averageEmployees  the employees averaged by quarter, if known
 * @param averageTotalAssets  the total assets averaged by quarter, in yuan, if known
 * @param rateYears  the tax years of the table row applied
 * @param lowerSliceRate  the row's effective rate on the part up to 1,000,000
 * @param upperSliceRate  the row's effective rate on the part from 1,000,000 to 3,000,000
 * @param standardRate  the standard rate (25%)
 * @param taxDue  the tax due, rounded once, CNY
 * @param standardTax  the taxable income at the standard rate, rounded once, CNY
 * @param relief  {@code standardTax − taxDue} (减免所得税额), never negative, CNY
 * @param explanation  the steps, citing their clauses
 */
public record SmallLowProfitResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    int taxYear,
    Eligibility eligibility,
    MonetaryAmount taxableIncome,
    Optional<QuarterlyAverage> averageEmployees,
    Optional<QuarterlyAverage> averageTotalAssets,
    DateRange rateYears,
    Rate lowerSliceRate,
    Rate upperSliceRate,
    Rate standardRate,
    AmountRange taxDue,
    MonetaryAmount standardTax,
    AmountRange relief,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or an amount negative or not CNY
   */
  public SmallLowProfitResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Cny.notNegativeComputed(taxableIncome, "taxableIncome");
    Args.notNullOptional(averageEmployees, "averageEmployees");
    Args.notNullOptional(averageTotalAssets, "averageTotalAssets");
    Args.notNull(rateYears, "rateYears");
    Args.notNull(lowerSliceRate, "lowerSliceRate");
    Args.notNull(upperSliceRate, "upperSliceRate");
    Args.notNull(standardRate, "standardRate");
    Args.notNull(taxDue, "taxDue");
    Cny.notNegativeComputed(taxDue.minimum(), "taxDue/minimum");
    Cny.notNegativeComputed(standardTax, "standardTax");
    Args.notNull(relief, "relief");
    Cny.notNegativeComputed(relief.minimum(), "relief/minimum");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public SmallLowProfitResult withReceipt(Receipt receipt) {
    return new SmallLowProfitResult(measure, documentStatus, taxYear, eligibility, taxableIncome, averageEmployees,
        averageTotalAssets, rateYears, lowerSliceRate, upperSliceRate, standardRate, taxDue, standardTax, relief,
        explanation.withReceipt(receipt));
  }
}
