package io.github.huiqi.examples.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.github.huiqi.calculators.batch.book.BookCalculator;
import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookCsvRow;
import io.github.huiqi.calculators.batch.book.BookFailure;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.batch.book.BookSource;
import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.result.AmountRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Loan books on Spark (深工信〔2023〕26号 第5条). A bank's quarterly risk-compensation claims: the book's CSV (the
 * columns of {@link BookSource#RISK_POOL_CLAIMS}, with a header) read as text by Spark, each partition's rows turned
 * into claims by the library's own CSV mapper and evaluated by its book calculator, one {@link SparkBookItem} a loan.
 * The first-loan interest subsidies: an NDJSON book of {@code FirstLoanRequest}s (one enterprise's request a line,
 * as {@link BookSource#ndjson} reads it), one item an enterprise. The totals are summed by Spark in fen.
 * <p>
 * An item's index is its position in its partition (Spark's readers give no line numbers); a loan is known by its
 * id.
 * <p>
 * A bad row is a failed item naming its column, as on one machine; the rest of the book is computed. Spark's CSV
 * reader splits the fields (RFC 4180 quoting), so a row with the wrong number of fields, which {@link BookSource#csv}
 * reports, is read here with its missing fields empty.
 * <p>
 * A loan is paid once, as on one machine (decisions register §4.6 item 89): a row whose loan id an earlier row of
 * the book holds fails, whatever else it holds, with code {@code input.duplicate} naming {@code loanId}, however the
 * book is split over partitions. Spark counts the rows of each id with a window over the whole book (one shuffle by
 * id; the job's partitions are then the shuffle's), and the first in its reading order, for one file its line
 * order, is computed. A row holds its id whenever its id was read, as on one machine; the problem says only that an
 * earlier row holds it, as Spark gives no line number.
 * <p>
 * Bytes that are not UTF-8 text. Spark's readers decode a file as UTF-8 and put U+FFFD, the replacement character,
 * in place of a byte sequence that is not, where a book read through {@code BookTextReader} on one machine fails the
 * row (decisions register §4.6 items 61 and 63). So that the two runs agree on such a book too, a row whose text holds
 * U+FFFD fails here as it does there: a CSV row names the first column holding it (code {@code input.invalid}, its id
 * kept unless the id holds it), an NDJSON line fails as a whole ({@code /}, code {@code input.malformed-json}), and a
 * header holding it refuses the book (field {@code header}). The value is {@code U+FFFD}, not the byte's offset,
 * which Spark does not give; a character U+FFFD written as valid UTF-8 fails alike, having no other use in a book.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SparkBookJob {

  /** What Spark's readers put in place of a byte sequence that is not UTF-8 text. */
  private static final char REPLACEMENT = '\uFFFD';
  /** The working columns of the repeat check: a row's place in the reading order, its id, whether it repeats. */
  private static final String ORDER = "__huiqi_order";
  private static final String ID = "__huiqi_id";
  private static final String REPEAT = "__huiqi_repeat";

  private SparkBookJob() {
  }

  /**
   * Reads a loan book from CSV, every column as text.
   *
   * @param spark  the session
   * @param path  the CSV file or directory, with a header naming the columns
   * @return the rows
   */
  public static Dataset<Row> readCsv(SparkSession spark, String path) {
    return spark.read().option("header", "true").option("escape", "\"").option("inferSchema", "false").csv(path);
  }

  /**
   * Evaluates every claim of a book, per partition, with the built-in Shenzhen pool and the documented defaults.
   *
   * @param book  the rows, every column as text (see {@link #readCsv})
   * @return one item a row, lazily
   * @throws InvalidInputException if the header names a column {@link BookSource#RISK_POOL_CLAIMS} does not read
   *     (field {@code header/i}, its 0-based position), as {@link BookSource#csv} refuses it, or holds U+FFFD in place
   *     of bytes that are not UTF-8 (field {@code header}, value {@code U+FFFD})
   */
  public static Dataset<SparkBookItem> claims(Dataset<Row> book) {
    String[] columns = book.columns();
    // as BookSource.csv does, on the driver: a header naming a column the mapper does not read (a misspelt
    // baseRatio) is refused, rather than read as absent on every row
    Set<String> known = BookSource.RISK_POOL_CLAIMS.columns().orElseThrow();
    for (int i = 0; i < columns.length; i++) {
      if (columns[i].indexOf(REPLACEMENT) >= 0) {
        throw notText(InvalidInputException.INVALID, "header");
      }
      // a column without a name (Spark calls it _c13) cannot be a misspelt one: left unread, as BookSource.csv does
      boolean unnamed = unnamed(columns, i);
      if (!unnamed && !known.contains(columns[i].trim())) {
        throw new InvalidInputException("header/" + i, columns[i], "must be one of the columns "
            + String.join(", ", known));
      }
    }
    // a loan claimed on several rows is paid once, as on one machine (decisions register §4.6 item 89): each row is
    // marked a repeat when an earlier row, in the book's reading order, holds its id; the window counts per id
    // across partitions, so a repeat is found whichever partition holds it
    Dataset<Row> marked = markRepeats(book, columns);
    MapPartitionsFunction<Row, SparkBookItem> perPartition = rows -> {
      BookCalculator<RiskPoolClaim> calculator = BookCalculators.riskPool(SparkPolicy.riskPool(),
          RiskPoolOptions.DEFAULTS);
      Map<String, Integer> header = new HashMap<>();
      for (int i = 0; i < columns.length; i++) {
        header.put(columns[i].trim(), i);
      }
      return new Iterator<>() {
        private long position;

        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public SparkBookItem next() {
          return SparkBookItem.of(evaluate(calculator, columns, header, rows.next(), position++));
        }
      };
    };
    return marked.mapPartitions(perPartition, Encoders.bean(SparkBookItem.class));
  }

  /**
   * The book's rows, each with one more field, last: whether an earlier row holds its loan id. A row's id is read as
   * {@link BookSource#csv} reads it (stripped of white space; none when blank or holding U+FFFD); the earlier row is
   * the earlier in Spark's reading order (for one file, its line order: a file's splits are read in order), over all
   * partitions, by a window over each id. A book without a {@code loanId} column has no ids (its rows all fail).
   */
  private static Dataset<Row> markRepeats(Dataset<Row> book, String[] columns) {
    int idAt = -1;
    for (int i = 0; i < columns.length && idAt < 0; i++) {
      idAt = columns[i].trim().equals("loanId") ? i : -1;
    }
    if (idAt < 0) {
      return book.withColumn(REPEAT, lit(false));
    }
    UserDefinedFunction readId = udf((UDF1<String, String>) text -> {
      String id = text == null ? "" : text.strip();
      return id.isEmpty() || id.indexOf(REPLACEMENT) >= 0 ? null : id;
    }, DataTypes.StringType);
    WindowSpec byId = Window.partitionBy(col(ID)).orderBy(col(ORDER));
    return book.withColumn(ORDER, monotonically_increasing_id())
        .withColumn(ID, readId.apply(col("`" + columns[idAt].replace("`", "``") + "`")))
        .withColumn(REPEAT, col(ID).isNotNull().and(row_number().over(byId).gt(1)))
        .drop(ORDER, ID);
  }

  /**
   * Evaluates every first-loan subsidy request of an NDJSON book, per partition, with the built-in Shenzhen measure;
   * blank lines are skipped and a line the JSON reading rejects is a failed item naming the field, as
   * {@link BookSource#ndjson} does.
   *
   * @param lines  the book's lines, such as {@code spark.read().textFile(path)}
   * @return one item a request, lazily
   */
  public static Dataset<SparkBookItem> firstLoans(Dataset<String> lines) {
    MapPartitionsFunction<String, SparkBookItem> perPartition = texts -> {
      BookCalculator<FirstLoanRequest> calculator = BookCalculators.firstLoan(SparkPolicy.firstLoan());
      return new Iterator<>() {
        private long position;

        @Override
        public boolean hasNext() {
          return texts.hasNext();
        }

        @Override
        public SparkBookItem next() {
          return SparkBookItem.of(firstLoan(calculator, texts.next(), position++));
        }
      };
    };
    return lines.filter((FilterFunction<String>) line -> !line.isBlank())
        .mapPartitions(perPartition, Encoders.bean(SparkBookItem.class));
  }

  /**
   * Sums a book's items: counts by verdict and failure, amounts in fen.
   *
   * @param items  the items
   * @return the totals, the amounts in CNY at the fen
   */
  public static BookTotals totals(Dataset<SparkBookItem> items) {
    Column verdict = col("verdict");
    Row row = items.agg(count(lit(1)), countWhere(verdict.equalTo("ELIGIBLE")),
        countWhere(verdict.equalTo("INELIGIBLE")), countWhere(verdict.equalTo("UNDETERMINED")),
        countWhere(verdict.isNull()), coalesce(sum("minimumFen"), lit(0L)), coalesce(sum("maximumFen"), lit(0L)))
        .first();
    return new BookTotals(row.getLong(0), row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
        new AmountRange(SparkFen.yuan(row.getLong(5)), SparkFen.yuan(row.getLong(6))));
  }

  /** Counts the rows where a condition holds. */
  static Column countWhere(Column condition) {
    return coalesce(sum(when(condition, 1L).otherwise(0L)), lit(0L));
  }

  /** Whether the header's column {@code i} has no name: blank, or named {@code _ci} by Spark. */
  private static boolean unnamed(String[] columns, int i) {
    return columns[i].isBlank() || columns[i].equals("_c" + i);
  }

  /**
   * The error of a row, line or header whose text holds U+FFFD (see the class's description): the field and code of
   * {@link BookSource}'s for bytes that are not text, the value {@code U+FFFD}.
   */
  private static InvalidInputException notText(String code, String field) {
    return new InvalidInputException(code, field, "U+FFFD",
        "must be UTF-8 text (Spark's reader put U+FFFD in place of bytes that are not)",
        "须为 UTF-8 文本（Spark 读取时以 U+FFFD 替换了非 UTF-8 字节）", null);
  }

  /** Builds one row's claim with the library's CSV mapper and evaluates it; a bad row is a failed item. */
  private static BookItem evaluate(BookCalculator<RiskPoolClaim> calculator, String[] columns,
      Map<String, Integer> header, Row row, long position) {
    // the book's fields, then the repeat mark (markRepeats)
    List<String> fields = new ArrayList<>(columns.length);
    for (int i = 0; i < columns.length; i++) {
      fields.add(row.isNullAt(i) ? "" : row.getString(i));
    }
    BookCsvRow csv = BookCsvRow.of(header, fields);
    if (row.getBoolean(columns.length)) {
      // a repeat, whatever else it holds, as BookSource fails it; Spark gives no line number to name the earlier row
      String id = csv.optionalText("loanId").orElseThrow();
      return BookItem.failed(position, Optional.of(id), BookFailure.from(new InvalidInputException(
          InvalidInputException.DUPLICATE, "loanId", id, "must be unique in the book; an earlier row holds it already",
          "必须唯一（账簿内）；更早的一行已有此编号", null)));
    }
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).indexOf(REPLACEMENT) >= 0) {
        // named by the first column holding it, as BookSource.csv does; an id holding it is no id
        String column = i < columns.length && !unnamed(columns, i) ? columns[i].trim() : BookSource.RECORD;
        Optional<String> id = csv.optionalText("loanId").filter(text -> text.indexOf(REPLACEMENT) < 0);
        return BookItem.failed(position, id, BookFailure.from(notText(InvalidInputException.INVALID, column)));
      }
    }
    Optional<String> id = csv.optionalText("loanId");
    RiskPoolClaim claim;
    try {
      claim = BookSource.RISK_POOL_CLAIMS.map(csv);
    } catch (HuiqiException ex) {
      return BookItem.failed(position, id, BookFailure.from(ex));
    }
    return calculator.evaluate(position, claim);
  }

  /** Reads one line's request and evaluates it; a line the reading rejects is a failed item. */
  private static BookItem firstLoan(BookCalculator<FirstLoanRequest> calculator, String line, long position) {
    if (line.indexOf(REPLACEMENT) >= 0) {
      // the line as a whole, as BookSource.ndjson fails a line holding bytes that are not text, however long
      return BookItem.failed(position, Optional.empty(),
          BookFailure.from(notText(InvalidInputException.MALFORMED_JSON, "/")));
    }
    if (line.length() > HuiqiJson.MAX_DOCUMENT_LENGTH) {
      // as BookSource.ndjson reports a long line: input.too-large, field "/", the length as the value
      return BookItem.failed(position, Optional.empty(),
          BookFailure.lineTooLong(line.length(), HuiqiJson.MAX_DOCUMENT_LENGTH));
    }
    FirstLoanRequest request;
    try {
      request = HuiqiJson.read(line, FirstLoanRequest.class);
    } catch (HuiqiException ex) {
      return BookItem.failed(position, Optional.empty(), BookFailure.from(ex));
    }
    return calculator.evaluate(position, request);
  }
}
