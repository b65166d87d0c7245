package io.github.huiqi.calculators.space.rent;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.util.List;

/**
 * The policy rent of a firm's 创新型产业用房 leases, per month, with the verdict and explanation.
 * <p>
 * {@code monthlyRent} is exact where each lease's discount is given, otherwise the range from the rent at the largest
 * discount (70%) to that at the smallest (30%): the most the landlord may charge under the rule is the maximum.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param eligibility  the verdict: eligible when a lease is 创新型产业用房 with its reference rent known
 * @param monthlyRent  the policy rent a month over the leases, CNY at the fen's scale
 * @param missingFacts  the facts still needed, such as {@code /leases/0/referenceRent}
 * @param explanation  the steps, citing their clauses
 */
public record RentPolicyResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    AmountRange monthlyRent,
    List<String> missingFacts,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public RentPolicyResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(monthlyRent, "monthlyRent");
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
  public RentPolicyResult withReceipt(Receipt receipt) {
    return new RentPolicyResult(measure, documentStatus, eligibility, monthlyRent, missingFacts,
        explanation.withReceipt(receipt));
  }
}
