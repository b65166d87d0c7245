package io.github.huiqi.calculators.employment.housingfund;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a housing-fund deferral may be granted, and to when.
 * <p>
 * {@code deferredUntil} is the requested end capped to the latest end (or the latest end when none was asked), empty
 * when ineligible; {@code requestCapped} is true when the request ran past the latest end.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param applicationId  the application's id
 * @param eligibility  the verdict
 * @param latestEnd  the latest day the deferral may run to
 * @param deferredUntil  the day it may run to, unless ineligible
 * @param requestCapped  true if the request ran past the latest end
 * @param explanation  the steps, citing their clauses
 */
public record HousingFundResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    String applicationId,
    Eligibility eligibility,
    LocalDate latestEnd,
    Optional<LocalDate> deferredUntil,
    boolean requestCapped,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public HousingFundResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notBlank(applicationId, "applicationId");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(latestEnd, "latestEnd");
    Args.notNullOptional(deferredUntil, "deferredUntil");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public HousingFundResult withReceipt(Receipt receipt) {
    return new HousingFundResult(measure, documentStatus, applicationId, eligibility, latestEnd, deferredUntil,
        requestCapped, explanation.withReceipt(receipt));
  }
}
