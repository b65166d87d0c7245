package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.IsoDates;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import java.math.BigDecimal;
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
 * empty, required ones fail. Amounts are decimal yuan ({@code 1000000.00}, or {@code 1e6} as an NDJSON book may
 * write it), rates percentages ({@code 30%}), dates ISO ({@code 2023-01-31}), yes/no facts {@code true}/{@code false}
 * in any case (a spreadsheet's {@code TRUE}).
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
   * Returns an amount in yuan, if given, read as the JSON readers read an amount's number: a decimal with an
   * optional minus sign and fraction ({@code 1000000.00}), optionally with an exponent ({@code 1e6}, {@code 1.5E+2}),
   * at most {@value HuiqiJson#MAX_NUMBER_LENGTH} characters, within the input bounds, and a whole number of fen, as
   * every input amount is ({@code Cny.inputYuan}). A request's own checks then apply as for a JSON line, such as a
   * negative amount where none may be (code {@value InvalidInputException#NEGATIVE}).
   *
   * @param column  the column name
   * @return the amount in CNY
   * @throws InvalidInputException naming the column and quoting the cell as written (stripped of white space), if
   *     the text is not such a number (code {@value InvalidInputException#WRONG_TYPE}: grouping commas, full-width
   *     digits, a sign other than a leading minus), out of bounds, or finer than the fen ({@code 1000000.005},
   *     {@code 1e-3}: code {@value InvalidInputException#BELOW_FEN}, the problem a JSON line's)
   */
  public Optional<MonetaryAmount> optionalAmount(String column) {
    return optionalText(column).map(text -> {
      MonetaryAmount amount = Cny.of(number(text, column));
      try {
        Cny.inputYuan(amount, column);
      } catch (InvalidInputException ex) {
        // the cell as written (1000000.005), as every other failure of a cell quotes it, not the amount read from it
        // (CNY 1000000.005), which the request's own check would quote
        throw new InvalidInputException(ex.code(), column, text, ex.problem(), ex.problemZh(), null);
      }
      return amount;
    });
  }

  /**
   * Returns a required amount in yuan, read as {@link #optionalAmount}.
   *
   * @param column  the column name
   * @return the amount in CNY
   * @throws InvalidInputException if absent, or not a number as {@link #optionalAmount} reads one
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

  /**
   * Reads a number as the JSON reader does ({@code HuiqiModule}'s amount): the literal's text as a decimal, never
   * through binary floating point, bounded before any arithmetic.
   */
  private static BigDecimal number(String text, String column) {
    if (text.length() > HuiqiJson.MAX_NUMBER_LENGTH || !isNumber(text)) {
      throw new InvalidInputException(InvalidInputException.WRONG_TYPE, column, text,
          "must be a decimal number such as 1234.56 or 1e6", "必须为数字，例如 1234.56 或 1e6", null);
    }
    return Args.bounded(new BigDecimal(text), column);
  }

  /**
   * Whether a text is a decimal in ASCII digits: an optional minus sign, digits, an optional fraction of at least one
   * digit, and an optional exponent ({@code e} or {@code E}, an optional sign, digits).
   */
  private static boolean isNumber(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    int start = i;
    i = digits(text, i);
    if (i == start) {
      return false;
    }
    if (i < text.length() && text.charAt(i) == '.') {
      int fraction = ++i;
      i = digits(text, i);
      if (i == fraction) {
        return false;
      }
    }
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponent = i;
      i = digits(text, i);
      if (i == exponent) {
        return false;
      }
    }
    return i == text.length();
  }

  private static int digits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
