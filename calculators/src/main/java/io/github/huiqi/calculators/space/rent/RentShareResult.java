package io.github.huiqi.calculators.space.rent;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A share-of-rent subsidy for one support year, with its verdict, base and explanation.
 * <p>
 * {@code subsidy} runs from zero to {@code min(cap, share × prior-year rent)}: "不超过…最高" leaves the figure to the
 * authority. While facts are missing the maximum is what it would be were they favourable (a lease whose rent is not
 * known counts up to the cap).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param eligibility  the verdict
 * @param supportYear  the year the subsidy is for
 * @param priorYearRent  the rent paid in the year before on the park leases known to count, CNY
 * @param subsidy  the range of the subsidy, CNY at the fen's scale
 * @param bindingLimit  the yearly cap, when it bound
 * @param explanation  the steps, citing their clauses
 */
public record RentShareResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    int supportYear,
    MonetaryAmount priorYearRent,
    AmountRange subsidy,
    Optional<BindingLimit> bindingLimit,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public RentShareResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(priorYearRent, "priorYearRent");
    Args.notNull(subsidy, "subsidy");
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
  public RentShareResult withReceipt(Receipt receipt) {
    return new RentShareResult(measure, documentStatus, eligibility, supportYear, priorYearRent, subsidy, bindingLimit,
        explanation.withReceipt(receipt));
  }
}
