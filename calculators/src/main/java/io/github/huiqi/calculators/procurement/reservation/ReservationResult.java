package io.github.huiqi.calculators.procurement.reservation;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Explanation;
import javax.money.MonetaryAmount;

/**
 * Whether a works project's SME reservation meets the rule, the least it must reserve, and why.
 * <p>
 * {@code requiredReservation} is the whole budget for a project within the full-reservation limit, otherwise the
 * minimum share of the budget rounded up to the fen (the least amount that meets "40%以上"; the test itself compares
 * unrounded).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param fullyReserved  true if the project is within the full-reservation limit
 * @param requiredReservation  the least the project must reserve, CNY at the fen's scale
 * @param meetsRule  true if the reserved part is at least the required one
 * @param explanation  the steps, citing their clauses
 */
public record ReservationResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    boolean fullyReserved,
    MonetaryAmount requiredReservation,
    boolean meetsRule,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public ReservationResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(requiredReservation, "requiredReservation");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public ReservationResult withReceipt(Receipt receipt) {
    return new ReservationResult(measure, documentStatus, fullyReserved, requiredReservation, meetsRule,
        explanation.withReceipt(receipt));
  }
}
