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
 * @param id  the row's id (such as its loan id) when it could be read
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
   * Evaluates the row: the calculator's item for a read request, a failed item for a bad row, indexed by line.
   *
   * @param calculator  the calculator
   * @return the item
   */
  public BookItem evaluate(BookCalculator<? super R> calculator) {
    return request.isPresent() ? calculator.evaluate(line, request.get())
        : BookItem.failed(line, id, failure.orElseThrow());
  }
}
