package io.github.huiqi.calculators.financing.riskpool;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolLossBasis;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The explained risk compensation of one non-performing loan.
 * <p>
 * The ratio is computed whatever the verdict. The amounts are exact when the loan is decided (zero when excluded);
 * when an exclusion fact is missing they range from zero to what the loan would receive if it were not excluded.
 * {@code netCompensation} is the compensation less the recoveries returned to the pool.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param loanId  the loan's id
 * @param eligibility  the loan's verdict, with the exclusion reasons
 * @param category  the loan category
 * @param effectiveGrantDate  the date deciding the uplift: the extension date if extended, else the grant date
 * @param upliftWindow  the uplift window the date fell in, if any
 * @param baseRatio  the base ratio used: the claim's agreed ratio or the measure's table row
 * @param ratio  the compensation ratio: min(base + uplift, ceiling)
 * @param lossBasis  the loss basis used
 * @param compensableLoss  the compensable loss, CNY
 * @param compensation  the compensation, CNY, rounded to the fen
 * @param recoveryReturn  the recoveries returned to the pool, CNY, rounded to the fen
 * @param netCompensation  the compensation less the return, CNY
 * @param bindingLimit  the ceiling, if it reduced the ratio or the amount
 * @param explanation  the steps, citing their clauses; empty from the plain form
 */
public record RiskPoolLoanCompensation(
    String loanId,
    Eligibility eligibility,
    RiskPoolLoanCategory category,
    LocalDate effectiveGrantDate,
    Optional<DateRange> upliftWindow,
    Rate baseRatio,
    Rate ratio,
    RiskPoolLossBasis lossBasis,
    MonetaryAmount compensableLoss,
    AmountRange compensation,
    AmountRange recoveryReturn,
    AmountRange netCompensation,
    Optional<BindingLimit> bindingLimit,
    Explanation explanation) {

  /**
   * Creates a loan's result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or an amount not CNY
   */
  public RiskPoolLoanCompensation {
    Args.notBlank(loanId, "loanId");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(category, "category");
    Args.notNull(effectiveGrantDate, "effectiveGrantDate");
    Args.notNullOptional(upliftWindow, "upliftWindow");
    Args.notNull(baseRatio, "baseRatio");
    Args.notNull(ratio, "ratio");
    Args.notNull(lossBasis, "lossBasis");
    Cny.notNegativeComputed(compensableLoss, "compensableLoss");
    Args.notNull(compensation, "compensation");
    Args.notNull(recoveryReturn, "recoveryReturn");
    Args.notNull(netCompensation, "netCompensation");
    Args.notNullOptional(bindingLimit, "bindingLimit");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public RiskPoolLoanCompensation withReceipt(Receipt receipt) {
    return new RiskPoolLoanCompensation(loanId, eligibility, category, effectiveGrantDate, upliftWindow, baseRatio,
        ratio, lossBasis, compensableLoss, compensation, recoveryReturn, netCompensation, bindingLimit,
        explanation.withReceipt(receipt));
  }
}
