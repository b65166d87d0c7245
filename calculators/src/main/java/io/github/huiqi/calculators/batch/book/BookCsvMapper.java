package io.github.huiqi.calculators.batch.book;

/**
 * Builds a family's request from one CSV row of a book, such as {@link BookSource#RISK_POOL_CLAIMS}.
 *
 * @param <R>  the request type
 */
@FunctionalInterface
public interface BookCsvMapper<R> {

  /**
   * Builds the request of a row.
   *
   * @param row  the row
   * @return the request
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is missing or bad, naming its column
   */
  R map(BookCsvRow row);
}
