package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.result.AmountRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Counts a book's items as they pass and sums their amounts exactly, for {@link BookTotals}.
 * <p>
 * Mutable and not thread-safe: use one per thread and {@link #merge} them.
 */
public final class BookTally {

  private long eligible;
  private long ineligible;
  private long undetermined;
  private long failed;
  private BigDecimal minimum = BigDecimal.ZERO;
  private BigDecimal maximum = BigDecimal.ZERO;
  /** The least binding document status said so far, null if none. */
  private DocumentStatus status;

  /** The statuses from the least binding: a draft, a descriptive text, an expired document, one in force. */
  private static final List<DocumentStatus> LEAST_BINDING_FIRST = List.of(DocumentStatus.DRAFT,
      DocumentStatus.INFORMATIONAL, DocumentStatus.EXPIRED, DocumentStatus.IN_FORCE);

  /** Creates an empty tally. */
  public BookTally() {
  }

  /**
   * Counts an item.
   *
   * @param item  the item
   * @return this tally
   * @throws io.github.huiqi.core.error.InvalidInputException if the item is null
   */
  public BookTally add(BookItem item) {
    Args.notNull(item, "item");
    item.documentStatus().ifPresent(this::see);
    if (item.isFailed()) {
      failed++;
      return this;
    }
    switch (item.verdict().orElseThrow()) {
      case ELIGIBLE -> eligible++;
      case INELIGIBLE -> ineligible++;
      default -> undetermined++;
    }
    item.amount().ifPresent(range -> {
      minimum = minimum.add(Cny.yuan(range.minimum(), "amount/minimum"));
      maximum = maximum.add(Cny.yuan(range.maximum(), "amount/maximum"));
    });
    return this;
  }

  /**
   * Adds another tally's counts and sums to this one.
   *
   * @param other  the other tally
   * @return this tally
   */
  public BookTally merge(BookTally other) {
    Args.notNull(other, "other");
    eligible += other.eligible;
    ineligible += other.ineligible;
    undetermined += other.undetermined;
    failed += other.failed;
    minimum = minimum.add(other.minimum);
    maximum = maximum.add(other.maximum);
    if (other.status != null) {
      see(other.status);
    }
    return this;
  }

  /**
   * Records the document status of the book's measure, so that the totals say it even when no item does (an empty
   * book); a book calculator's {@link BookCalculator#documentStatus()}.
   *
   * @param said  the status, empty if not known (nothing is recorded)
   * @return this tally
   * @throws io.github.huiqi.core.error.InvalidInputException if the status is null
   */
  public BookTally documentStatus(Optional<DocumentStatus> said) {
    Args.notNullOptional(said, "documentStatus").ifPresent(this::see);
    return this;
  }

  private void see(DocumentStatus seen) {
    if (status == null || LEAST_BINDING_FIRST.indexOf(seen) < LEAST_BINDING_FIRST.indexOf(status)) {
      status = seen;
    }
  }

  /**
   * Returns the totals so far, the amounts at the fen (each item's amount is already at the fen, so no rounding
   * happens here).
   *
   * @return the totals
   */
  public BookTotals totals() {
    return new BookTotals(eligible + ineligible + undetermined + failed, eligible, ineligible, undetermined, failed,
        new AmountRange(Cny.of(minimum.setScale(2, RoundingMode.UNNECESSARY)),
            Cny.of(maximum.setScale(2, RoundingMode.UNNECESSARY))), Optional.ofNullable(status));
  }
}
