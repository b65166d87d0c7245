package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.time.YearFraction;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The explained price of one guarantee under a guarantee-fee reduction such as 深工信〔2023〕26号 第6条.
 * <p>
 * {@code reducedFeeRate} is what the measure allows when it applies: {@code min(standard × (1 − reduction),
 * ceiling)}. {@code amount} is the fee the guarantor may charge for the period: the reduced fee when eligible, the
 * standard fee when ineligible (the measure does not apply), and the range between them when undetermined.
 * {@code limitsConflict} flags the finding that the two limits of the clause cannot both hold for this standard rate:
 * {@code standard × (1 − maximum reduction) > ceiling}, so reaching the 1% ceiling needs a cut of more than 40%; the
 * library then applies the ceiling (decisions register §4.3 item 18) and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param eligibility  whether the guarantee qualifies
 * @param standardFeeRate  the guarantor's standard annual fee rate
 * @param reduction  the relative reduction used: the caller's, or the measure's maximum
 * @param reducedFeeRate  the annual fee rate under the measure, exact
 * @param ceilingBinding  true if the ceiling, not the reduction, set the reduced rate
 * @param limitsConflict  true if the maximum reduction cannot reach the ceiling for this standard rate
 * @param period  the guarantee period as an exact year fraction
 * @param standardFee  the fee at the standard rate for the period, rounded
 * @param reducedFee  the fee at the reduced rate for the period, rounded
 * @param amount  the fee the guarantor may charge, exact or a range when undetermined
 * @param bindingLimit  the fee-rate ceiling expressed as the fee at the ceiling, when it was binding
 * @param reGuarantee  the re-guarantee fee, if the request gave a re-guarantee rate
 * @param explanation  the steps, citing their clauses
 */
public record GuaranteeFeeReductionResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    Rate standardFeeRate,
    Rate reduction,
    Rate reducedFeeRate,
    boolean ceilingBinding,
    boolean limitsConflict,
    YearFraction period,
    MonetaryAmount standardFee,
    MonetaryAmount reducedFee,
    AmountRange amount,
    Optional<BindingLimit> bindingLimit,
    Optional<GuaranteeFeeReGuarantee> reGuarantee,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or an amount not CNY
   */
  public GuaranteeFeeReductionResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(standardFeeRate, "standardFeeRate");
    Args.notNull(reduction, "reduction");
    Args.notNull(reducedFeeRate, "reducedFeeRate");
    Args.notNull(period, "period");
    Cny.notNegativeComputed(standardFee, "standardFee");
    Cny.notNegativeComputed(reducedFee, "reducedFee");
    Args.notNull(amount, "amount");
    Args.notNullOptional(bindingLimit, "bindingLimit");
    Args.notNullOptional(reGuarantee, "reGuarantee");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns the amount when it is determined: the same as {@code amount().exact()}.
   *
   * @return the amount in CNY, empty when the amount is a range
   */
  public Optional<MonetaryAmount> exactAmount() {
    return amount.exact();
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public GuaranteeFeeReductionResult withReceipt(Receipt receipt) {
    return new GuaranteeFeeReductionResult(measure, documentStatus, eligibility, standardFeeRate, reduction,
        reducedFeeRate, ceilingBinding, limitsConflict, period, standardFee, reducedFee, amount, bindingLimit,
        reGuarantee, explanation.withReceipt(receipt));
  }
}
