package io.github.huiqi.calculators.tax.smalllowprofit;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitNegativePrepayment;
import javax.money.MonetaryAmount;

/**
 * The explained quarterly prepayment under the cumulative method: the tax due to date (itself explained), the tax
 * already prepaid and what is payable this quarter.
 * <p>
 * {@code payable} is 本期应补(退)所得税额: tax due to date − already prepaid, positive to pay. When that is negative
 * it is zero under {@link SmallLowProfitNegativePrepayment#CARRY_TO_ANNUAL_SETTLEMENT} (the excess is
 * {@code creditCarried}) and negative, a refund, under {@link SmallLowProfitNegativePrepayment#REFUND}. The amounts
 * are ranges when the verdict to date is undetermined.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param throughQuarter  the current quarter
 * @param toDate  the tax on the taxable income to date, with its verdict and explanation; the explanation ends with
 *     the prepayment's own steps (tax already prepaid, the difference, its treatment)
 * @param alreadyPrepaid  the tax already prepaid this year, CNY
 * @param negativePrepayment  the treatment of a negative difference that was applied
 * @param payable  the amount payable this quarter, negative for a refund, CNY
 * @param creditCarried  the excess prepaid left for the annual settlement, never negative, CNY
 */
public record SmallLowProfitPrepaymentResult(
    int throughQuarter,
    SmallLowProfitResult toDate,
    MonetaryAmount alreadyPrepaid,
    SmallLowProfitNegativePrepayment negativePrepayment,
    AmountRange payable,
    AmountRange creditCarried) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or an amount not CNY
   */
  public SmallLowProfitPrepaymentResult {
    Args.notNull(toDate, "toDate");
    Cny.notNegativeComputed(alreadyPrepaid, "alreadyPrepaid");
    Args.notNull(negativePrepayment, "negativePrepayment");
    Args.notNull(payable, "payable");
    Args.notNull(creditCarried, "creditCarried");
    Cny.notNegativeComputed(creditCarried.minimum(), "creditCarried/minimum");
  }
}
