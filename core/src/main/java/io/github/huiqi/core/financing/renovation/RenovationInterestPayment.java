package io.github.huiqi.core.financing.renovation;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * Interest actually paid (实际支付利息) for one interest period of a renovation project's loan or finance lease.
 * <p>
 * The period runs from {@code interestFrom}, counted, to {@code interestUntil}, not counted (算头不算尾), so that the
 * subsidised years can be applied to it; a period that straddles their start or end is apportioned by days.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param paymentId  the caller's identifier, unique within a request
 * @param kind  the financing: fixed-asset bank loan or equipment finance lease
 * @param interestFrom  the first day of the interest period, counted
 * @param interestUntil  the end of the interest period, not counted, after {@code interestFrom}
 * @param interestPaid  the interest actually paid for the period, in CNY, zero or positive
 */
public record RenovationInterestPayment(
    String paymentId,
    RenovationFinancingKind kind,
    LocalDate interestFrom,
    LocalDate interestUntil,
    MonetaryAmount interestPaid) {

  /**
   * Creates a payment.
   *
   * @throws InvalidInputException if a field is null, the period is empty or reversed, or the interest is negative,
   *     not CNY or out of bounds, naming the field
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
  }
}
