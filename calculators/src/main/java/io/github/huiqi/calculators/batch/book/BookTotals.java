package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import javax.money.MonetaryAmount;

/**
 * The totals of a book: how many items had each verdict or failed, and the amount summed over the evaluated items.
 * <p>
 * The amount adds every evaluated item's range end by end: its minimum is the least the items come to whichever way
 * their missing facts go (each eligible item's amount, and each undetermined item's least: zero in most books, but
 * the lower ratio's subsidy for a tech-SME firm whose first-time-borrower fact alone is open, and in a guarantee-fee
 * book the fee charged at the least, ineligible loans' standard fees included); its maximum adds what the
 * undetermined items would come to if their missing facts went their way. Failed items add nothing. A screening's
 * {@code certain} sums only the eligible firms' least amounts, so the two differ by the undetermined items whose
 * least is not zero.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param items  the items read, failed ones included
 * @param eligible  the eligible items
 * @param ineligible  the ineligible items
 * @param undetermined  the undetermined items
 * @param failed  the items that failed as bad input
 * @param amount  the summed amount in CNY at the fen
 */
public record BookTotals(long items, long eligible, long ineligible, long undetermined, long failed,
    AmountRange amount) {

  /**
   * Creates totals.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a count is negative, the counts do not add up to the
   *     items, or the amount is null
   */
  public BookTotals {
    Args.notNull(amount, "amount");
    if (items < 0 || eligible < 0 || ineligible < 0 || undetermined < 0 || failed < 0
        || eligible + ineligible + undetermined + failed != items) {
      throw new io.github.huiqi.core.error.InvalidInputException("items", items,
          "must be the sum of the non-negative counts");
    }
  }

  /**
   * Returns the minimum of the summed amount: the least the evaluated items come to, an undetermined item's least
   * included (see the class description).
   *
   * @return the amount in CNY
   */
  public MonetaryAmount certain() {
    return amount.minimum();
  }

  /**
   * Returns totals with nothing counted.
   *
   * @return the empty totals
   */
  public static BookTotals empty() {
    return new BookTotals(0, 0, 0, 0, 0, AmountRange.exactly(Cny.of("0.00")));
  }
}
