package io.github.huiqi.calculators.tax.rd;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import javax.money.MonetaryAmount;

/**
 * One line of 《研发费用加计扣除优惠明细表》 (A107012, the R&amp;D super-deduction schedule of the annual income-tax
 * return) as the calculator fills it: its number and name as on the form, the amount, and the instrument behind it.
 * <p>
 * The calculator fills lines 2, 3, 7, 16, 19, 23, 28 and 34 (the enterprise's own R&amp;D by category, net of costs
 * paid from grants treated as non-taxable income, and the other related costs within the limit), 35 to 39 (entrusted
 * R&amp;D), 40 to 49 (the year's subtotal, expensed and capitalised, amortisation, and the amounts taken out), 51 (the
 * extra deduction, when determined) and 52 (materials carried forward). It does not fill line 1 (the number of
 * projects), the detail lines under each category (4–6, 8–15, …, 29–33), which need a finer ledger than the six
 * categories, or line 50 (the rate, given as the result's {@code expensedExtraRate}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param line  the line number (行次), such as 38
 * @param name  the line's name as on the form (zh) and in English
 * @param amount  the amount, CNY, rounded as the measure rounds, not negative
 * @param citation  the instrument of the rule the line applies (the form's own for pure sums)
 */
public record RdFormLine(int line, LocalizedText name, MonetaryAmount amount, Citation citation) {

  /**
   * Creates a line.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null, the line is outside 1..52 or the
   *     amount negative
   */
  public RdFormLine {
    if (line < 1 || line > 52) {
      throw new io.github.huiqi.core.error.InvalidInputException("line", line, "must be from 1 to 52");
    }
    Args.notNull(name, "name");
    Cny.notNegativeComputed(amount, "amount");
    Args.notNull(citation, "citation");
  }
}
