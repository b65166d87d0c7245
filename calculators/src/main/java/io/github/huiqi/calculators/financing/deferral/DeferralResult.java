package io.github.huiqi.calculators.financing.deferral;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a loan may be deferred under a deferral measure, to when, and why.
 * <p>
 * {@code deferredUntil} is the date the loan may be deferred to: the requested date when it is not after the latest
 * date, otherwise (or when none was requested) the latest date. It is empty when the loan is ineligible; when the
 * verdict is undetermined it is the date that would apply if the missing facts were favourable. A requested date
 * after the latest date is not allowed: {@code requestCapped} is true and the explanation says so.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param loanId  the loan's id
 * @param eligibility  the verdict
 * @param latestDeferredDate  the latest date any loan may be deferred to under the measure
 * @param requestedDeferredDate  the date asked for, if any
 * @param deferredUntil  the date this loan may be deferred to, unless ineligible
 * @param requestCapped  true if a date was asked for after the latest date (not allowed; capped to the latest)
 * @param explanation  the steps, citing their clauses
 */
public record DeferralResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    String loanId,
    Eligibility eligibility,
    LocalDate latestDeferredDate,
    Optional<LocalDate> requestedDeferredDate,
    Optional<LocalDate> deferredUntil,
    boolean requestCapped,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public DeferralResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notBlank(loanId, "loanId");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(latestDeferredDate, "latestDeferredDate");
    Args.notNullOptional(requestedDeferredDate, "requestedDeferredDate");
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
  public DeferralResult withReceipt(Receipt receipt) {
    return new DeferralResult(measure, documentStatus, loanId, eligibility, latestDeferredDate, requestedDeferredDate,
        deferredUntil, requestCapped, explanation.withReceipt(receipt));
  }
}
