package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import javax.money.MonetaryAmount;

/**
 * The re-guarantee fee on a guarantee: the re-guarantor's standard rate, the reduction granted, the rate after it
 * and the fee for the guarantee period.
 * <p>
 * The reduction applies only when the guarantee qualifies for the measure ("对符合前述条件的政府性融资担保机构"); otherwise,
 * when it does not or when that is undetermined, it is 0% and the explanation says which.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param standardRate  the re-guarantor's standard annual rate
 * @param reduction  the relative reduction applied
 * @param rate  the annual rate after the reduction: {@code standardRate × (1 − reduction)}, exact
 * @param fee  the fee for the period: {@code principal × rate × year fraction}, rounded once
 */
public record GuaranteeFeeReGuarantee(Rate standardRate, Rate reduction, Rate rate, MonetaryAmount fee) {

  /**
   * Creates the fee.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or the fee is negative or not CNY
   */
  public GuaranteeFeeReGuarantee {
    Args.notNull(standardRate, "standardRate");
    Args.notNull(reduction, "reduction");
    Args.notNull(rate, "rate");
    Cny.notNegativeYuan(fee, "fee");
  }
}
