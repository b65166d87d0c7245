package io.github.huiqi.calculators.financing.renovation;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import javax.money.MonetaryAmount;

/**
 * One interest payment's part of a renovation interest subsidy: how much of its interest falls in the subsidised
 * years.
 * <p>
 * {@code counted} is the whole interest when the period lies in the subsidised years, zero when it lies outside, and
 * {@code interestPaid × daysInWindow ÷ days} rounded half-up to the fen when it straddles their start or end.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param paymentId  the payment's id
 * @param days  the days of the interest period
 * @param daysInWindow  the days of the period within the subsidised years
 * @param interestPaid  the interest paid for the period
 * @param counted  the interest counted towards the subsidy
 */
public record RenovationPaymentPart(
    String paymentId,
    long days,
    long daysInWindow,
    MonetaryAmount interestPaid,
    MonetaryAmount counted) {

  /**
   * Creates a part.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or an amount negative or not CNY
   */
  public RenovationPaymentPart {
    Args.notBlank(paymentId, "paymentId");
    Cny.notNegativeComputed(interestPaid, "interestPaid");
    Cny.notNegativeComputed(counted, "counted");
  }
}
