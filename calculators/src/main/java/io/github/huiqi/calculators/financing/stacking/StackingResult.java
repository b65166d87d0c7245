package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.techsme.TechSmeResult;
import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Explanation;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The municipal interest subsidies of one enterprise after stacking: per loan, which one applies and why; each
 * measure's result over the loans it applies to (its per-enterprise caps summed across them); and the totals.
 * <p>
 * The totals count only what is decided: a loan whose choice is undetermined counts for neither measure, and the
 * facts it awaits are in {@code missingFacts}. The tech-SME result also holds the programme's guarantee-fee and
 * premium subsidies, which share its caps.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param loans  each loan's decision, in request order
 * @param firstLoan  the first-loan result over the loans it applies to, empty if it applies to none
 * @param techSme  the tech-SME result over its loans and the fee and premium items, empty if there is nothing to
 *     claim
 * @param firstLoanTotal  the first-loan subsidy after its cap
 * @param techSmeTotal  the tech-SME subsidy after its caps (the certain amount when undetermined)
 * @param total  the sum of the two
 * @param missingFacts  the facts the undetermined parts await; empty when everything is decided
 * @param explanation  the steps: the precedence used, each loan's decision citing the one-subsidy-per-loan rule, then
 *     each measure's steps
 */
public record StackingResult(
    List<StackingLoanDecision> loans,
    Optional<FirstLoanResult> firstLoan,
    Optional<TechSmeResult> techSme,
    MonetaryAmount firstLoanTotal,
    MonetaryAmount techSmeTotal,
    MonetaryAmount total,
    List<String> missingFacts,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or an amount negative or not CNY
   */
  public StackingResult {
    loans = Args.listCopy(loans, "loans");
    Args.notNullOptional(firstLoan, "firstLoan");
    Args.notNullOptional(techSme, "techSme");
    Cny.notNegativeComputed(firstLoanTotal, "firstLoanTotal");
    Cny.notNegativeComputed(techSmeTotal, "techSmeTotal");
    Cny.notNegativeComputed(total, "total");
    missingFacts = Args.listCopy(missingFacts, "missingFacts");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public StackingResult withReceipt(Receipt receipt) {
    return new StackingResult(loans, firstLoan, techSme, firstLoanTotal, techSmeTotal, total, missingFacts,
        explanation.withReceipt(receipt));
  }
}
