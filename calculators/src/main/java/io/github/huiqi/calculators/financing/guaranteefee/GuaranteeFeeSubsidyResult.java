package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The explained guarantee-fee subsidy of one enterprise for one year.
 * <p>
 * The enterprise is eligible if any loan is; undetermined if none is eligible and some depend on missing facts;
 * ineligible otherwise, with each loan's reasons in {@code loans}. {@code amount} is exact when every loan is decided,
 * otherwise the range from what the eligible loans earn to what all would earn if the missing facts were favourable,
 * within the cap. {@code documentStatus} is the reporting document's: {@link DocumentStatus#INFORMATIONAL} for the
 * built-in measure, whose rules come from the programme's application guide.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param eligibility  the enterprise's verdict
 * @param amount  the subsidy, exact or a range, in CNY
 * @param bindingLimit  the annual cap, if it reduced the amount (an open amount's upper end)
 * @param loans  each loan's part, in request order
 * @param explanation  the steps, citing their clauses
 */
public record GuaranteeFeeSubsidyResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    AmountRange amount,
    Optional<BindingLimit> bindingLimit,
    List<GuaranteeFeeLoanSubsidy> loans,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public GuaranteeFeeSubsidyResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(amount, "amount");
    Args.notNullOptional(bindingLimit, "bindingLimit");
    loans = Args.listCopy(loans, "loans");
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
  public GuaranteeFeeSubsidyResult withReceipt(Receipt receipt) {
    return new GuaranteeFeeSubsidyResult(measure, documentStatus, eligibility, amount, bindingLimit, loans,
        explanation.withReceipt(receipt));
  }
}
