package io.github.huiqi.calculators.financing.techsme;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * One payment of loan interest claimed for the tech-SME interest subsidy: the loan, the period the interest accrued
 * over, the date it was paid and the amount actually paid (实际支付利息), as on the bank's interest statement.
 * <p>
 * The accrual period counts 算头不算尾: from {@code accrualStart}, counted, to {@code accrualEnd}, not counted, so a
 * quarter's interest settled on the 21st runs from 2022-12-21 to 2023-03-21.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param itemId  the item's identifier, unique within a request
 * @param loanId  the loan the interest was paid on
 * @param accrualStart  the first day of the accrual period, counted
 * @param accrualEnd  the end of the accrual period, not counted; after the start
 * @param paymentDate  the date the interest was actually paid; not before the accrual start
 * @param interestPaid  the interest actually paid, zero or positive, CNY
 */
public record TechSmeInterestItem(
    String itemId,
    String loanId,
    LocalDate accrualStart,
    LocalDate accrualEnd,
    LocalDate paymentDate,
    MonetaryAmount interestPaid) {

  /**
   * Creates an item.
   *
   * @throws InvalidInputException if a field is missing, the dates are out of order or the amount is negative or not
   *     CNY, naming the field
   */
  public TechSmeInterestItem {
    Args.notBlank(itemId, "itemId");
    Args.notBlank(loanId, "loanId");
    Args.date(accrualStart, "accrualStart");
    Args.date(accrualEnd, "accrualEnd");
    if (!accrualEnd.isAfter(accrualStart)) {
      throw InvalidInputException.notAfter("accrualEnd", accrualEnd, "accrualStart", accrualStart);
    }
    Args.date(paymentDate, "paymentDate");
    Args.inOrder(accrualStart, paymentDate, "accrualStart", "paymentDate");
    Cny.notNegativeYuan(interestPaid, "interestPaid");
  }

  /**
   * Obtains an item.
   *
   * @param itemId  the item id
   * @param loanId  the loan id
   * @param accrualStart  the first accrual day, counted
   * @param accrualEnd  the accrual end, not counted
   * @param paymentDate  the payment date
   * @param interestPaid  the interest actually paid
   * @return the item
   */
  public static TechSmeInterestItem of(String itemId, String loanId, LocalDate accrualStart, LocalDate accrualEnd,
      LocalDate paymentDate, MonetaryAmount interestPaid) {
    return new TechSmeInterestItem(itemId, loanId, accrualStart, accrualEnd, paymentDate, interestPaid);
  }
}
