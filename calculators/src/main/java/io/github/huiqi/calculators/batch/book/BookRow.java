package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.util.Optional;

/**
 * One row of a book read from a file: its line number and either the request it holds or why it could not be read.
 * <p>
 * This class is immutable and thread-safe if the request is.
 *
 * @param <R>  the request type
 * @param line  the 1-based line number
 * @param id  the row's id (such as its loan id) when it could be read: from the request, or for a bad row from its
 *     text (a CSV book's id column; an NDJSON book's id member, see {@link BookSource#ndjson(java.io.Reader, Class,
 *     java.util.function.Function, String, io.github.huiqi.core.json.JsonCodec)})
 * @param request  the request, empty when the row is bad
 * @param failure  why the row is bad, empty when it was read
 */
public record BookRow<R>(long line, Optional<String> id, Optional<R> request, Optional<BookFailure> failure) {

  /**
   * Creates a row.
   *
   * @throws InvalidInputException if a field is null or not exactly one of request and failure is present
   */
  public BookRow {
    Args.notNullOptional(id, "id");
    Args.notNullOptional(request, "request");
    Args.notNullOptional(failure, "failure");
    if (request.isPresent() == failure.isPresent()) {
      throw new InvalidInputException("failure", failure.orElse(null), "must be present exactly when request is not");
    }
  }

  /**
   * Evaluates the row: the calculator's item for a read request, a failed item for a bad row, indexed by line. The
   * item of a bad row says the calculator's document status ({@link BookCalculator#documentStatus()}), as its
   * computed items do. The item carries the row's id where the calculator names none (a host's calculator that knows
   * no ids, or one that rejects the request), so that a row read with an id is reported with it, computed or failed.
   *
   * @param calculator  the calculator
   * @return the item
   */
  public BookItem evaluate(BookCalculator<? super R> calculator) {
    if (request.isEmpty()) {
      // the row's failure says the calculator's document status, as its computed rows do
      BookItem failed = BookItem.failed(line, id, failure.orElseThrow());
      return calculator.documentStatus().isEmpty() ? failed : failed.withDocumentStatus(calculator.documentStatus());
    }
    BookItem item = calculator.evaluate(line, request.get());
    return item.id().isEmpty() && id.isPresent() ? item.withId(id) : item;
  }
}
