package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.IsoDates;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One CSV row of a book, read by the header's column names, each value parsed strictly and a bad one reported as an
 * {@link InvalidInputException} naming the column.
 * <p>
 * An empty field, or a column the header does not have, is an absent fact: {@code optional...} accessors return
 * empty, required ones fail. Amounts are decimal yuan ({@code 1000000.00}), rates percentages ({@code 30%}), dates
 * ISO ({@code 2023-01-31}), yes/no facts {@code true}/{@code false} in any case (a spreadsheet's {@code TRUE}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BookCsvRow {

  private final Map<String, Integer> header;
  private final List<String> fields;

  BookCsvRow(Map<String, Integer> header, List<String> fields) {
    this.header = header;
    this.fields = fields;
  }

  /**
   * Obtains a row that a host's own CSV reader has split (such as Spark's), so that the library's mappers (such as
   * {@link BookSource#RISK_POOL_CLAIMS}) build its request exactly as {@link BookSource#csv} would.
   * <p>
   * A null field is read as an empty one (an absent fact), as such readers give an empty field.
   *
   * @param header  each column's name and its position in the row, the same map for every row of a book
   * @param fields  the row's fields, in the header's positions
   * @return the row
   * @throws InvalidInputException if an argument is null
   */
  public static BookCsvRow of(Map<String, Integer> header, List<String> fields) {
    Args.notNull(header, "header");
    Args.notNull(fields, "fields");
    List<String> texts = new ArrayList<>(fields.size());
    for (String field : fields) {
      texts.add(field == null ? "" : field);
    }
    return new BookCsvRow(header, texts);
  }

  /**
   * Returns a column's text, empty when the field is empty or white space only, or the column absent.
   *
   * @param column  the column name
   * @return the text without leading and trailing white space; a control character (a NUL of a corrupted export) is
   *     kept, so that the cell fails as the value it is rather than reading as absent
   */
  public Optional<String> optionalText(String column) {
    Integer at = header.get(Args.notNull(column, "column"));
    if (at == null || at >= fields.size()) {
      return Optional.empty();
    }
    String value = fields.get(at).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * Returns a required column's text.
   *
   * @param column  the column name
   * @return the text, trimmed
   * @throws InvalidInputException if the field is empty or the column absent
   */
  public String text(String column) {
    return optionalText(column).orElseThrow(() -> new InvalidInputException(column));
  }

  /**
   * Returns an amount in yuan, if given.
   *
   * @param column  the column name
   * @return the amount in CNY
   * @throws InvalidInputException if the text is not a plain decimal
   */
  public Optional<MonetaryAmount> optionalAmount(String column) {
    return optionalText(column).map(text -> Cny.of(Cny.parseDecimal(text, column)));
  }

  /**
   * Returns a required amount in yuan.
   *
   * @param column  the column name
   * @return the amount in CNY
   * @throws InvalidInputException if absent or not a plain decimal
   */
  public MonetaryAmount amount(String column) {
    return optionalAmount(column).orElseThrow(() -> new InvalidInputException(column));
  }

  /**
   * Returns an ISO date, if given.
   *
   * @param column  the column name
   * @return the date
   * @throws InvalidInputException if the text is not an ISO date {@code yyyy-MM-dd}, or no calendar date (code
   *     {@code input.date-format}, as the JSON readers)
   */
  public Optional<LocalDate> optionalDate(String column) {
    // the JSON readers' reading (an NDJSON book's), so that one fault is one code in either file
    return optionalText(column).map(text -> IsoDates.parse(text, column));
  }

  /**
   * Returns a required ISO date.
   *
   * @param column  the column name
   * @return the date
   * @throws InvalidInputException if absent or not an ISO date
   */
  public LocalDate date(String column) {
    return optionalDate(column).orElseThrow(() -> new InvalidInputException(column));
  }

  /**
   * Returns a percentage such as {@code 30%}, if given.
   *
   * @param column  the column name
   * @return the rate
   * @throws InvalidInputException if the text is not a percentage
   */
  public Optional<Rate> optionalRate(String column) {
    return optionalText(column).map(text -> {
      try {
        return Rate.parse(text);
      } catch (InvalidInputException ex) {
        throw ex.withField(column);
      }
    });
  }

  /**
   * Returns a yes/no fact, empty when not known.
   *
   * @param column  the column name
   * @return the fact
   * @throws InvalidInputException if the text is not {@code true} or {@code false}, in any case (code
   *     {@code input.wrong-type}, as the JSON readers)
   */
  public Optional<Boolean> optionalBoolean(String column) {
    return optionalText(column).map(text -> {
      // in any case: a spreadsheet writes TRUE and FALSE
      if (text.equalsIgnoreCase("true")) {
        return Boolean.TRUE;
      }
      if (text.equalsIgnoreCase("false")) {
        return Boolean.FALSE;
      }
      throw new InvalidInputException(InvalidInputException.WRONG_TYPE, column, text,
          "must be true or false (in any case, such as TRUE)", "必须为 true 或 false（不区分大小写，例如 TRUE）", null);
    });
  }

  /**
   * Returns a required enum constant by its name.
   *
   * @param <E>  the enum type
   * @param column  the column name
   * @param type  the enum type
   * @return the constant
   * @throws InvalidInputException if absent or not a constant's name (code {@code input.unknown-value}, as the
   *     JSON readers)
   */
  public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
    String text = text(column);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    String names = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    throw new InvalidInputException(InvalidInputException.UNKNOWN_VALUE, column, text, "must be one of " + names,
        "必须为以下之一：" + names, null);
  }
}
