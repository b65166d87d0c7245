package io.github.huiqi.calculators.financing.techsme;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * One guarantee fee or small-loan guarantee-insurance premium actually paid, claimed under the tech-SME 贴息贴保
 * programme (2020 办法 第十四条 (二), (三)).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param itemId  the item's identifier, unique within a request
 * @param paymentDate  the date the fee or premium was paid
 * @param amountPaid  the fee or premium actually paid, zero or positive, CNY
 */
public record TechSmeFeePayment(String itemId, LocalDate paymentDate, MonetaryAmount amountPaid) {

  /**
   * Creates a payment.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is missing or the amount negative or not
   *     CNY, naming the field
   */
  public TechSmeFeePayment {
    Args.notBlank(itemId, "itemId");
    Args.date(paymentDate, "paymentDate");
    Cny.notNegativeYuan(amountPaid, "amountPaid");
  }

  /**
   * Obtains a payment.
   *
   * @param itemId  the item id
   * @param paymentDate  the payment date
   * @param amountPaid  the amount actually paid
   * @return the payment
   */
  public static TechSmeFeePayment of(String itemId, LocalDate paymentDate, MonetaryAmount amountPaid) {
    return new TechSmeFeePayment(itemId, paymentDate, amountPaid);
  }
}
