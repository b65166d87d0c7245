package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.result.AmountRange;
import java.util.Optional;
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
 * {@link #documentStatus()} is the legal status of the book's measure where it is not in force, as its items say it
 * ({@link BookItem#documentStatus()}): a book of a <b>draft</b> measure (the Shenzhen 专精特新 draft's guarantee-fee
 * cap) totals to figures that are indicative only ({@link #indicativeOnly()}, {@code "documentStatus":"DRAFT"} in the
 * NDJSON totals line). Where items of several statuses were summed, the least binding is said (a draft before a
 * descriptive text, before an expired document, before one in force), so that a total holding a draft's figure never
 * reads as binding; empty when nothing said one (a measure in force).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param items  the items read, failed ones included
 * @param eligible  the eligible items
 * @param ineligible  the ineligible items
 * @param undetermined  the undetermined items
 * @param failed  the items that failed as bad input
 * @param amount  the summed amount in CNY at the fen
 * @param documentStatus  the legal status of the measure's document when not in force, if the calculator or the
 *     items say it
 */
public record BookTotals(long items, long eligible, long ineligible, long undetermined, long failed,
    AmountRange amount, Optional<DocumentStatus> documentStatus) {

  /**
   * Creates totals.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a count is negative, the counts do not add up to the
   *     items, or the amount is null
   */
  public BookTotals {
    Args.notNull(amount, "amount");
    Args.notNullOptional(documentStatus, "documentStatus");
    if (items < 0 || eligible < 0 || ineligible < 0 || undetermined < 0 || failed < 0
        || eligible + ineligible + undetermined + failed != items) {
      throw new io.github.huiqi.core.error.InvalidInputException("items", items,
          "must be the sum of the non-negative counts");
    }
  }

  /**
   * Creates totals whose document status is not said, such as the columnar paths' or a Spark job's.
   *
   * @param items  the items read
   * @param eligible  the eligible items
   * @param ineligible  the ineligible items
   * @param undetermined  the undetermined items
   * @param failed  the failed items
   * @param amount  the summed amount
   * @throws io.github.huiqi.core.error.InvalidInputException as the canonical constructor
   */
  public BookTotals(long items, long eligible, long ineligible, long undetermined, long failed, AmountRange amount) {
    this(items, eligible, ineligible, undetermined, failed, amount, Optional.empty());
  }

  /**
   * Checks whether the totals sum a draft measure's figures, indicative only.
   *
   * @return true if the status said is {@link DocumentStatus#DRAFT}
   */
  public boolean indicativeOnly() {
    return documentStatus.orElse(null) == DocumentStatus.DRAFT;
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
