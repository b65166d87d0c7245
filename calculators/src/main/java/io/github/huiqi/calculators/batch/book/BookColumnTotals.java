package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import java.math.BigDecimal;

/**
 * The totals of a columnar run in fen, summed with overflow checked (a book whose total passes a long's fen is refused
 * as bad input): counts by status and the amount from what eligible items certainly receive to what undetermined ones
 * would add.
 * <p>
 * Mutable and not thread-safe while a run fills it; each thread of a parallel run fills its own and they are merged,
 * so the totals are the same on any number of threads.
 */
public final class BookColumnTotals {

  private long eligible;
  private long ineligible;
  private long undetermined;
  private long failed;
  private long minimumFen;
  private long maximumFen;

  /** Creates empty totals. */
  public BookColumnTotals() {
  }

  /** Creates totals from a run's counts and sums. */
  BookColumnTotals(long eligible, long ineligible, long undetermined, long failed, long minimumFen, long maximumFen) {
    this.eligible = eligible;
    this.ineligible = ineligible;
    this.undetermined = undetermined;
    this.failed = failed;
    this.minimumFen = minimumFen;
    this.maximumFen = maximumFen;
  }

  /**
   * Adds a block's counts and sums.
   *
   * @param eligible  items eligible
   * @param ineligible  items ineligible
   * @param undetermined  items undetermined
   * @param failed  items failed
   * @param minimumFen  the sum of the least each receives, fen
   * @param maximumFen  the sum of the most each would receive, fen
   * @throws InvalidInputException naming the book if a sum passes a long's fen (92,233,720,368,547,758.07 yuan)
   */
  void add(long eligible, long ineligible, long undetermined, long failed, long minimumFen, long maximumFen) {
    this.eligible += eligible;
    this.ineligible += ineligible;
    this.undetermined += undetermined;
    this.failed += failed;
    this.minimumFen = sum(this.minimumFen, minimumFen);
    this.maximumFen = sum(this.maximumFen, maximumFen);
  }

  /**
   * Adds another run's totals to these.
   *
   * @param other  the other totals
   * @return these totals
   * @throws InvalidInputException naming the book if a sum passes a long's fen
   */
  BookColumnTotals merge(BookColumnTotals other) {
    eligible += other.eligible;
    ineligible += other.ineligible;
    undetermined += other.undetermined;
    failed += other.failed;
    minimumFen = sum(minimumFen, other.minimumFen);
    maximumFen = sum(maximumFen, other.maximumFen);
    return this;
  }

  /**
   * Adds two sums of fen, refusing the book whose total passes a long (the fast paths' block sums use it too).
   *
   * @param total  a sum so far
   * @param more  what to add
   * @return the sum
   * @throws InvalidInputException naming the book if the sum passes a long
   */
  static long sum(long total, long more) {
    long result = total + more;
    if (((total ^ result) & (more ^ result)) < 0) {
      throw new InvalidInputException("book", BigDecimal.valueOf(total).add(BigDecimal.valueOf(more))
          .movePointLeft(2).toPlainString(), "must total at most 92,233,720,368,547,758.07 yuan (a long's fen): "
          + "split it into smaller books");
    }
    return result;
  }

  /**
   * Returns the least total in fen: what the eligible items certainly receive.
   *
   * @return the fen
   */
  public long minimumFen() {
    return minimumFen;
  }

  /**
   * Returns the most total in fen: adding what the undetermined items would receive.
   *
   * @return the fen
   */
  public long maximumFen() {
    return maximumFen;
  }

  /**
   * Returns the totals in the form the streaming path gives them.
   *
   * @return the totals
   */
  public BookTotals toTotals() {
    return new BookTotals(eligible + ineligible + undetermined + failed, eligible, ineligible, undetermined, failed,
        new AmountRange(Cny.of(BigDecimal.valueOf(minimumFen, 2)), Cny.of(BigDecimal.valueOf(maximumFen, 2))));
  }
}
