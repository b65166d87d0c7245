package io.github.huiqi.calculators.space.rent;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.space.rent.RentPeriodUnit;
import javax.money.MonetaryAmount;

/**
 * A per-square-metre rent subsidy for one period, with the period it is for, whether that period is the default, the
 * verdict and explanation.
 * <p>
 * {@code perPeriod} is the subsidy for one period over the eligible leases' actual area; the source states no
 * duration, so it is the least the firm receives, with no upper bound.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param eligibility  the verdict
 * @param perPeriod  the subsidy for one period, CNY at the fen's scale
 * @param periodUnit  the period the rate was taken to be for
 * @param defaultPeriodUsed  true if the period is the measure's documented default
 * @param explanation  the steps, citing their clauses
 */
public record RentAreaResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    MonetaryAmount perPeriod,
    RentPeriodUnit periodUnit,
    boolean defaultPeriodUsed,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public RentAreaResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(perPeriod, "perPeriod");
    Args.notNull(periodUnit, "periodUnit");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public RentAreaResult withReceipt(Receipt receipt) {
    return new RentAreaResult(measure, documentStatus, eligibility, perPeriod, periodUnit, defaultPeriodUsed,
        explanation.withReceipt(receipt));
  }
}
