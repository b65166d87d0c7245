package io.github.huiqi.calculators.financing.renovation;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Explanation;

/**
 * The combined technical-renovation support of one project: the grant range and the loan interest subsidy, which
 * stack ("还可叠加享受贷款贴息"), and their total.
 * <p>
 * {@code total} adds the ends: from the grant's minimum plus the subsidy's minimum to the grant's maximum plus the
 * subsidy's maximum. Each part keeps its own verdict and explanation; {@code explanation} says that they stack,
 * citing the clause, and how the total was formed.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param grant  the grant's explained result
 * @param interestSubsidy  the interest subsidy's explained result
 * @param total  the stacked total, in CNY
 * @param explanation  the stacking steps, citing the clause
 */
public record RenovationSupportResult(
    RenovationGrantResult grant,
    RenovationInterestResult interestSubsidy,
    AmountRange total,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public RenovationSupportResult {
    Args.notNull(grant, "grant");
    Args.notNull(interestSubsidy, "interestSubsidy");
    Args.notNull(total, "total");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public RenovationSupportResult withReceipt(Receipt receipt) {
    return new RenovationSupportResult(grant, interestSubsidy, total, explanation.withReceipt(receipt));
  }
}
