package io.github.huiqi.calculators.financing.renovation;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The explained technical-renovation grant of one project.
 * <p>
 * The grant is "up to" an amount ("不超过项目总投资额10-20%"): the authority fixes the figure, so {@code amount} runs
 * from zero to the cap-limited maximum when the project is eligible, and from zero to the most favourable maximum
 * when facts are missing; it is zero to zero when the project is ineligible.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param eligibility  the project's verdict
 * @param rate  the tier rate applied, if one could be chosen (the highest tier's when the level is not known)
 * @param amount  the grant range, in CNY, rounded to the fen
 * @param bindingLimit  the cap that reduced the maximum, if one did
 * @param explanation  the steps, citing their clauses
 */
public record RenovationGrantResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    Optional<Rate> rate,
    AmountRange amount,
    Optional<BindingLimit> bindingLimit,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public RenovationGrantResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNullOptional(rate, "rate");
    Args.notNull(amount, "amount");
    Args.notNullOptional(bindingLimit, "bindingLimit");
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
  public RenovationGrantResult withReceipt(Receipt receipt) {
    return new RenovationGrantResult(measure, documentStatus, eligibility, rate, amount, bindingLimit,
        explanation.withReceipt(receipt));
  }
}
