package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import javax.money.MonetaryAmount;

/**
 * The totals of a book: how many items had each verdict or failed, and the amount summed over the evaluated items.
 * <p>
 * The amount adds ranges end by end: its minimum is what the eligible items certainly receive, its maximum adds what
 * the undetermined items would receive if their missing facts went their way. Failed items add nothing.
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
   * Returns the minimum of the summed amount: what the eligible items certainly receive.
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
