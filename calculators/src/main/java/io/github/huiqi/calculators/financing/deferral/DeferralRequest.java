package io.github.huiqi.calculators.financing.deferral;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.deferral.DeferralBorrowerKind;
import io.github.huiqi.core.internal.Args;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A request to know whether a loan may be deferred (延期还本付息) and to when.
 * <p>
 * Required: the loan id, the borrower kind and the due date. Optional, absent meaning "not known": the enterprise
 * size (asked for an {@link DeferralBorrowerKind#ENTERPRISE}), whether the loan is for business (asked for an individual
 * business or an owner), whether the borrower is temporarily in difficulty because of the epidemic, and the date the
 * borrower asks to defer to, which must be after the due date.
 * <p>
 * In JSON: {@code {"loanId": "L-1", "borrowerKind": "ENTERPRISE", "borrowerSize": "SMALL", "dueDate": "2022-11-15",
 * "affectedByEpidemic": true, "requestedDeferredDate": "2023-06-30"}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param loanId  the bank's identifier for the loan
 * @param borrowerKind  who borrowed
 * @param borrowerSize  the enterprise's size class (工信部联企业〔2011〕300号), if known
 * @param forBusiness  whether the loan is a business loan (经营性贷款), if known
 * @param dueDate  the date the principal or interest falls due (到期日)
 * @param affectedByEpidemic  whether the borrower is temporarily in difficulty because of the epidemic
 *     (受疫情影响暂时遇困), if known
 * @param requestedDeferredDate  the date the borrower asks to defer to, if any; after the due date
 */
public record DeferralRequest(
    String loanId,
    DeferralBorrowerKind borrowerKind,
    Optional<EnterpriseSize> borrowerSize,
    Optional<Boolean> forBusiness,
    LocalDate dueDate,
    Optional<Boolean> affectedByEpidemic,
    Optional<LocalDate> requestedDeferredDate) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if a required field is missing or the requested date is not after the due date,
   *     naming the field
   */
  public DeferralRequest {
    Args.notBlank(loanId, "loanId");
    Args.notNull(borrowerKind, "borrowerKind");
    Args.notNullOptional(borrowerSize, "borrowerSize");
    Args.notNullOptional(forBusiness, "forBusiness");
    Args.date(dueDate, "dueDate");
    Args.notNullOptional(affectedByEpidemic, "affectedByEpidemic");
    Args.date(requestedDeferredDate, "requestedDeferredDate");
    requestedDeferredDate.ifPresent(date -> {
      if (!date.isAfter(dueDate)) {
        throw new InvalidInputException("requestedDeferredDate", date, "must be after dueDate " + dueDate);
      }
    });
  }

  /**
   * Obtains a request for an enterprise's loan.
   *
   * @param loanId  the loan id
   * @param size  the enterprise's size class
   * @param dueDate  the due date
   * @param affectedByEpidemic  whether the borrower is in difficulty because of the epidemic
   * @param requestedDeferredDate  the date asked for, or null for none
   * @return the request
   */
  public static DeferralRequest ofEnterprise(String loanId, EnterpriseSize size, LocalDate dueDate,
      boolean affectedByEpidemic, LocalDate requestedDeferredDate) {
    return new DeferralRequest(loanId, DeferralBorrowerKind.ENTERPRISE, Optional.of(Args.notNull(size, "borrowerSize")),
        Optional.empty(), dueDate, Optional.of(affectedByEpidemic), Optional.ofNullable(requestedDeferredDate));
  }
}
