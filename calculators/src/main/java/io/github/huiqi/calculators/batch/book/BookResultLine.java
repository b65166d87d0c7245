package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.util.Optional;

/**
 * One line of an NDJSON book's output ({@link BookNdjson}): the explained result of the input line of the same
 * number, or its failure.
 * <p>
 * In JSON, one object a line: {@code {"line":3,"id":"B-3","result":{...}}} or
 * {@code {"line":4,"id":"B-4","failure":{"field":"/principal/amount","value":"-1","code":"input.not-positive",...}}},
 * the id present whenever it can be read ({@link BookNdjson}). Read one back with
 * {@code HuiqiJson.read(text, new TypeReference<BookResultLine<RiskPoolLoanCompensation>>() { })}.
 * <p>
 * This class is immutable and thread-safe if the result is.
 *
 * @param <T>  the explained result type, such as {@code RiskPoolLoanCompensation}
 * @param line  the input line's 1-based number
 * @param id  the request's id (such as its loan id) when it could be read, from the request or, for a line that
 *     failed to bind, from the line ({@link BookRow#id()})
 * @param result  the explained result, empty when the line failed
 * @param failure  why the line could not be evaluated, empty when it was
 */
public record BookResultLine<T>(long line, Optional<String> id, Optional<T> result, Optional<BookFailure> failure) {

  /**
   * Creates a line.
   *
   * @throws InvalidInputException if a field is null, the line not positive, or not exactly one of result and failure
   *     is present
   */
  public BookResultLine {
    Args.notNullOptional(id, "id");
    Args.notNullOptional(result, "result");
    Args.notNullOptional(failure, "failure");
    if (line <= 0) {
      throw new InvalidInputException("line", line, "must be positive");
    }
    if (result.isPresent() == failure.isPresent()) {
      throw new InvalidInputException("failure", failure.orElse(null), "must be present exactly when result is not");
    }
  }
}
