package io.github.huiqi.calculators.space.highrise;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Explanation;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * A project's average rent against the 工业上楼 ceiling.
 * <p>
 * {@code withinCeiling} compares the unrounded average (Σ rent ≤ ceiling × Σ area, so no division rounds it);
 * {@code averageRent} is the average rounded half-up to the fen, for display.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param totalArea  the leases' area, square metres
 * @param totalMonthlyRent  the leases' rent a month, CNY
 * @param averageRent  the average rent, CNY per square metre per month, rounded half-up to the fen
 * @param ceiling  the ceiling, CNY per square metre per month
 * @param withinCeiling  true if the average is at most the ceiling
 * @param explanation  the steps, citing their clauses
 */
public record HighRiseResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    BigDecimal totalArea,
    MonetaryAmount totalMonthlyRent,
    MonetaryAmount averageRent,
    MonetaryAmount ceiling,
    boolean withinCeiling,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public HighRiseResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(totalArea, "totalArea");
    Args.notNull(totalMonthlyRent, "totalMonthlyRent");
    Args.notNull(averageRent, "averageRent");
    Args.notNull(ceiling, "ceiling");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public HighRiseResult withReceipt(Receipt receipt) {
    return new HighRiseResult(measure, documentStatus, totalArea, totalMonthlyRent, averageRent, ceiling, withinCeiling,
        explanation.withReceipt(receipt));
  }
}
