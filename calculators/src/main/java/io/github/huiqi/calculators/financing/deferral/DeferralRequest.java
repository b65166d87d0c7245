package io.github.huiqi.calculators.financing.deferral;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.deferral.DeferralBorrowerKind;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request to know whether a loan may be deferred (延期还本付息) and to when.
 * <p>
 * Required: the loan id, the borrower kind and the due date. Optional, absent meaning "not known": the enterprise
 * size (asked for an {@link DeferralBorrowerKind#ENTERPRISE}), whether the loan is for business (asked for an
 * individual business or an owner), whether the borrower is temporarily in difficulty because of the epidemic, and
 * the date the borrower asks to defer to, which must be after the due date.
 * <p>
 * In JSON: {@code {"loanId": "L-1", "borrowerKind": "ENTERPRISE", "borrowerSize": "SMALL", "dueDate": "2022-11-15",
 * "affectedByEpidemic": true, "requestedDeferredDate": "2023-06-30"}}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableDeferralRequest.class)
@JsonDeserialize(as = ImmutableDeferralRequest.class)
public abstract class DeferralRequest {

  DeferralRequest() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the bank's identifier for the loan.
   *
   * @return the loan id
   */
  public abstract String loanId();

  /**
   * Returns who borrowed.
   *
   * @return the borrower kind
   */
  public abstract DeferralBorrowerKind borrowerKind();

  /**
   * Returns the enterprise's size class (工信部联企业〔2011〕300号), if known.
   *
   * @return the borrower size, if known
   */
  public abstract Optional<EnterpriseSize> borrowerSize();

  /**
   * Returns whether the loan is a business loan (经营性贷款), if known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> forBusiness();

  /**
   * Returns the date the principal or interest falls due (到期日).
   *
   * @return the due date
   */
  public abstract LocalDate dueDate();

  /**
   * Returns whether the borrower is temporarily in difficulty because of the epidemic (受疫情影响暂时遇困), if known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> affectedByEpidemic();

  /**
   * Returns the date the borrower asks to defer to, if any; after the due date.
   *
   * @return the requested date, if any
   */
  public abstract Optional<LocalDate> requestedDeferredDate();

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
    return builder().loanId(loanId).borrowerKind(DeferralBorrowerKind.ENTERPRISE)
        .borrowerSize(Args.notNull(size, "borrowerSize")).dueDate(dueDate).affectedByEpidemic(affectedByEpidemic)
        .requestedDeferredDate(Optional.ofNullable(requestedDeferredDate)).build();
  }

  @Value.Check
  void check() {
    String loanId = loanId();
    DeferralBorrowerKind borrowerKind = borrowerKind();
    Optional<EnterpriseSize> borrowerSize = borrowerSize();
    Optional<Boolean> forBusiness = forBusiness();
    LocalDate dueDate = dueDate();
    Optional<Boolean> affectedByEpidemic = affectedByEpidemic();
    Optional<LocalDate> requestedDeferredDate = requestedDeferredDate();
    Args.notBlank(loanId, "loanId");
    Args.notNull(borrowerKind, "borrowerKind");
    Args.notNullOptional(borrowerSize, "borrowerSize");
    Args.notNullOptional(forBusiness, "forBusiness");
    Args.date(dueDate, "dueDate");
    Args.notNullOptional(affectedByEpidemic, "affectedByEpidemic");
    Args.date(requestedDeferredDate, "requestedDeferredDate");
    requestedDeferredDate.ifPresent(date -> {
      if (!date.isAfter(dueDate)) {
        throw InvalidInputException.notAfter("requestedDeferredDate", date, "dueDate", dueDate);
      }
    });
  }

  /**
   * Builds a {@link DeferralRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if a required field is missing or the requested date is not after the due date,
   * naming the field.
   */
  public static class Builder extends ImmutableDeferralRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
