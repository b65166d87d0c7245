package io.github.huiqi.core.enterprise;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * Interest an enterprise paid on one of its loans for an accrual period, as a bank's interest receipt shows it.
 * <p>
 * In JSON: {@code {"paymentId": "I-1", "loanId": "L-1", "accrualStart": "2023-01-21", "accrualEnd": "2023-02-20",
 * "paymentDate": "2023-02-21", "interestPaid": {"amount": 3625.00, "currency": "CNY"}}}. The accrual period counts
 * its start and not its end (算头不算尾).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param paymentId  the payment's id, unique among the profile's interest payments
 * @param loanId  the id of the loan it was paid on
 * @param accrualStart  the first day of interest, counted
 * @param accrualEnd  the end of the accrual period, not counted; after the start
 * @param paymentDate  the day it was paid
 * @param interestPaid  the interest actually paid, CNY, not negative
 */
public record InterestPayment(
    String paymentId,
    String loanId,
    LocalDate accrualStart,
    LocalDate accrualEnd,
    LocalDate paymentDate,
    MonetaryAmount interestPaid) {

  /**
   * Creates a payment.
   *
   * @throws InvalidInputException if a field is null or blank, the period is empty or the amount negative
   */
  public InterestPayment {
    Args.notBlank(paymentId, "paymentId");
    Args.notBlank(loanId, "loanId");
    Args.date(accrualStart, "accrualStart");
    Args.date(accrualEnd, "accrualEnd");
    if (!accrualEnd.isAfter(accrualStart)) {
      throw InvalidInputException.notAfter("accrualEnd", accrualEnd, "accrualStart", accrualStart);
    }
    Args.date(paymentDate, "paymentDate");
    Cny.notNegativeYuan(interestPaid, "interestPaid");
  }
}
