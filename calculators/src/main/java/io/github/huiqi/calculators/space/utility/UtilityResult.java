package io.github.huiqi.calculators.space.utility;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * The utility arrears relief: whether the firm is covered (no cut-off, fees waived) and the late fees waived on the
 * bills whose rate is known.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param eligibility  the verdict
 * @param waivedKnown  the late fees waived on the bills whose rate is known, CNY at the fen's scale; zero when the
 *     firm is not covered (ineligible)
 * @param missingRates  the bills whose rate is missing, such as {@code /utilityBills/1/dailyLateFeeRate}
 * @param explanation  the steps, citing their clauses
 */
public record UtilityResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    MonetaryAmount waivedKnown,
    List<String> missingRates,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public UtilityResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(waivedKnown, "waivedKnown");
    missingRates = Args.listCopy(missingRates, "missingRates");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public UtilityResult withReceipt(Receipt receipt) {
    return new UtilityResult(measure, documentStatus, eligibility, waivedKnown, missingRates,
        explanation.withReceipt(receipt));
  }
}
