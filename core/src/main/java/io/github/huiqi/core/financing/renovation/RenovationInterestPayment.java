package io.github.huiqi.core.financing.renovation;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Interest actually paid (实际支付利息) for one interest period of a renovation project's loan or finance lease.
 * <p>
 * The period runs from {@code interestFrom}, counted, to {@code interestUntil}, not counted (算头不算尾), so that the
 * subsidised years can be applied to it; a period that straddles their start or end is apportioned by days.
 * <p>
 * {@code loanId}, when given, names the loan of the profile's {@code loans} the interest was paid on, so that one
 * municipal interest subsidy per loan can be checked against the first-loan and tech-SME subsidies
 * ({@code RenovationLoanStackingRule}, decisions register §4.6 item 43); a payment without it is subsidised as before,
 * and its outcome notes that the check could not be made.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param paymentId  the caller's identifier, unique within a request
 * @param kind  the financing: fixed-asset bank loan or equipment finance lease
 * @param interestFrom  the first day of the interest period, counted
 * @param interestUntil  the end of the interest period, not counted, after {@code interestFrom}
 * @param interestPaid  the interest actually paid for the period, in CNY, zero or positive
 * @param loanId  the id of the profile's loan the interest was paid on, if given; not blank
 */
public record RenovationInterestPayment(
    String paymentId,
    RenovationFinancingKind kind,
    LocalDate interestFrom,
    LocalDate interestUntil,
    MonetaryAmount interestPaid,
    Optional<String> loanId) {

  /**
   * Creates a payment.
   *
   * @throws InvalidInputException if a field is null, the period is empty or reversed, the interest is negative,
   *     not CNY or out of bounds, or the loan id is blank, naming the field
   */
  public RenovationInterestPayment {
    Args.notBlank(paymentId, "paymentId");
    Args.notNull(kind, "kind");
    Args.date(interestFrom, "interestFrom");
    Args.date(interestUntil, "interestUntil");
    if (!interestUntil.isAfter(interestFrom)) {
      throw InvalidInputException.notAfter("interestUntil", interestUntil, "interestFrom", interestFrom);
    }
    Cny.notNegativeYuan(interestPaid, "interestPaid");
    Args.notNullOptional(loanId, "loanId").ifPresent(id -> Args.notBlank(id, "loanId"));
  }

  /**
   * Creates a payment that names no loan.
   *
   * @param paymentId  the caller's identifier, unique within a request
   * @param kind  the financing: fixed-asset bank loan or equipment finance lease
   * @param interestFrom  the first day of the interest period, counted
   * @param interestUntil  the end of the interest period, not counted, after {@code interestFrom}
   * @param interestPaid  the interest actually paid for the period, in CNY, zero or positive
   * @throws InvalidInputException as the canonical constructor
   */
  public RenovationInterestPayment(String paymentId, RenovationFinancingKind kind, LocalDate interestFrom,
      LocalDate interestUntil, MonetaryAmount interestPaid) {
    this(paymentId, kind, interestFrom, interestUntil, interestPaid, Optional.empty());
  }

  /**
   * Returns this payment naming the loan it was paid on.
   *
   * @param id  the loan's id, not blank
   * @return the payment with {@code loanId} set
   * @throws InvalidInputException if the id is null or blank
   */
  public RenovationInterestPayment onLoan(String id) {
    return new RenovationInterestPayment(paymentId, kind, interestFrom, interestUntil, interestPaid,
        Optional.of(Args.notBlank(id, "loanId")));
  }
}
