package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.internal.Args;

/**
 * The last line of an NDJSON book's output ({@link BookNdjson}): the totals of the book, {@code {"totals":{...}}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param totals  the totals: items by verdict, failures, the summed amount
 */
public record BookTotalsLine(BookTotals totals) {

  /**
   * Creates the line.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if the totals are null
   */
  public BookTotalsLine {
    Args.notNull(totals, "totals");
  }
}
