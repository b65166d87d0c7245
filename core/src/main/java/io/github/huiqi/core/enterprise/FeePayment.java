package io.github.huiqi.core.enterprise;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * A fee an enterprise paid: a guarantee fee (担保费) or a loan-guarantee insurance premium (保证保险费).
 * <p>
 * In JSON: {@code {"paymentId": "G-1", "paymentDate": "2023-03-01", "amountPaid": {"amount": 8000, "currency":
 * "CNY"}}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param paymentId  the payment's id, unique in its list
 * @param paymentDate  the day it was paid
 * @param amountPaid  the amount actually paid, CNY, not negative
 */
public record FeePayment(String paymentId, LocalDate paymentDate, MonetaryAmount amountPaid) {

  /**
   * Creates a payment.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or blank, or the amount negative
   */
  public FeePayment {
    Args.notBlank(paymentId, "paymentId");
    Args.date(paymentDate, "paymentDate");
    Cny.notNegativeYuan(amountPaid, "amountPaid");
  }
}
