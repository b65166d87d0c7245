package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a family's request from one CSV row of a book, such as {@link BookSource#RISK_POOL_CLAIMS}.
 * <p>
 * A mapper made with {@link #withColumns} also names the columns it reads, so that {@link BookSource#csv} refuses a
 * header naming any other: a misspelt optional column (such as {@code baseRato}) would otherwise be read as absent on
 * every row, and the book computed without it. It may name the columns every row needs, so that a header without one
 * of them is refused at once rather than every row failing on it.
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

  /**
   * Returns the columns this mapper reads, if it names them; a header naming another column is then refused.
   *
   * @return the column names in the order given, empty when the mapper does not name them (any header is accepted)
   */
  default Optional<Set<String>> columns() {
    return Optional.empty();
  }

  /**
   * Returns the columns every row needs: a header without one of them is refused.
   *
   * @return the column names, empty when the mapper names none (a row without a needed field then fails alone)
   */
  default Set<String> requiredColumns() {
    return Set.of();
  }

  /**
   * Obtains a mapper that names the columns it reads.
   *
   * @param <R>  the request type
   * @param columns  every column the mapper reads, in the order a header would list them
   * @param mapper  builds a row's request
   * @return the mapper
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  static <R> BookCsvMapper<R> withColumns(List<String> columns, BookCsvMapper<R> mapper) {
    return withColumns(columns, List.of(), mapper);
  }

  /**
   * Obtains a mapper that names the columns it reads and those every row needs.
   *
   * @param <R>  the request type
   * @param columns  every column the mapper reads, in the order a header would list them
   * @param required  the columns among them that every row needs, such as a loan's id and its amounts
   * @param mapper  builds a row's request
   * @return the mapper
   * @throws InvalidInputException if an argument is null, or a required column is not one
   *     of the columns (naming {@code required/i})
   */
  static <R> BookCsvMapper<R> withColumns(List<String> columns, List<String> required, BookCsvMapper<R> mapper) {
    Set<String> names = Collections.unmodifiableSet(new LinkedHashSet<>(Args.listCopy(columns, "columns")));
    List<String> needed = Args.listCopy(required, "required");
    for (int i = 0; i < needed.size(); i++) {
      if (!names.contains(needed.get(i))) {
        throw new InvalidInputException("required/" + i, needed.get(i),
            "must be one of the columns");
      }
    }
    Set<String> neededNames = Collections.unmodifiableSet(new LinkedHashSet<>(needed));
    Args.notNull(mapper, "mapper");
    return new BookCsvMapper<>() {
      @Override
      public R map(BookCsvRow row) {
        return mapper.map(row);
      }

      @Override
      public Optional<Set<String>> columns() {
        return Optional.of(names);
      }

      @Override
      public Set<String> requiredColumns() {
        return neededNames;
      }
    };
  }
}
