package io.github.huiqi.calculators.financing.renovation;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.time.DateRange;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The explained interest subsidy of one technical-renovation project.
 * <p>
 * {@code amount} is exact (equal ends) when the project is decided: the subsidy when eligible, zero when not. When
 * the project's eligibility is not known it is the range from zero to what it would receive if eligible.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param eligibility  the project's verdict
 * @param subsidisedYears  the subsidised years applied, both ends inclusive
 * @param interestCounted  the interest paid within the subsidised years, in CNY
 * @param amount  the subsidy, exact or a range, in CNY, rounded to the fen
 * @param bindingLimit  the cap that reduced the amount, if one did
 * @param payments  each payment's part, in request order
 * @param explanation  the steps, citing their clauses
 */
public record RenovationInterestResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    DateRange subsidisedYears,
    MonetaryAmount interestCounted,
    AmountRange amount,
    Optional<BindingLimit> bindingLimit,
    List<RenovationPaymentPart> payments,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public RenovationInterestResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(subsidisedYears, "subsidisedYears");
    Cny.notNegativeComputed(interestCounted, "interestCounted");
    Args.notNull(amount, "amount");
    Args.notNullOptional(bindingLimit, "bindingLimit");
    payments = Args.listCopy(payments, "payments");
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
  public RenovationInterestResult withReceipt(Receipt receipt) {
    return new RenovationInterestResult(measure, documentStatus, eligibility, subsidisedYears, interestCounted, amount,
        bindingLimit, payments, explanation.withReceipt(receipt));
  }
}
