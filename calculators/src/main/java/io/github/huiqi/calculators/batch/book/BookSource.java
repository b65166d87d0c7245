package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonCodec;
import io.github.huiqi.core.json.JsonLimits;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A loan book read from a file, row by row: CSV with a header naming the fields ({@link #csv}) or NDJSON, one
 * request as JSON a line ({@link #ndjson}). A bad row is a {@link BookRow} holding its failure, named by line and
 * field; the rows after it are read as usual. Read a file's bytes through
 * {@link BookTextReader}, so that a row holding bytes that are not text in the file's charset is such a bad row too:
 * <pre>
 * try (Reader in = BookTextReader.utf8(Files.newInputStream(path))) {
 *   BookTotals totals = BookSource.csv(in, BookSource.RISK_POOL_CLAIMS, "loanId").run(calculator, sink);
 * }
 * </pre>
 * <p>
 * A loan is paid once. A book whose rows carry an id (a CSV book's id column; an NDJSON book's id, from its request
 * or, for a line that fails to bind, its id member) checks that no two rows hold the same one, as
 * {@code RiskPoolCalculator.explainClaims} checks a batch's claims (decisions register §4.6 item 89): the first row
 * holding an id is read as usual; every later row holding it fails, whatever else it holds, with code
 * {@value InvalidInputException#DUPLICATE}, the id's field (the id column such as {@code loanId}; in NDJSON the id
 * member's pointer such as {@code /loanId}, or {@code /} when the book names no member), the id as the value and a
 * problem naming the line that holds it ({@code must be unique in the book; line 3 holds it already}). A row holds
 * its id whenever its id was read, even when the row itself failed; a row whose id could not be read (none in the
 * column, an NDJSON line malformed or too long) holds none and is never a repeat. Ids are compared as read: a CSV
 * field stripped of white space, an NDJSON string as written, case kept.
 * <p>
 * To do so the book holds each id read with the line that first held it: about 120 bytes an id of ten characters.
 * Apart from those ids nothing is held beyond the current row. A book whose ids are unique upstream can be read in
 * memory constant in the number of rows with {@link #withoutIdCheck()}; a repeated id is then computed, and paid,
 * once for each row that holds it. A book without ids (first-loan requests, whose id is always empty) holds none.
 * <p>
 * Mutable and not thread-safe: iterate once. The reader is the caller's to close.
 *
 * @param <R>  the request type
 */
public final class BookSource<R> implements Iterator<BookRow<R>> {

  /**
   * The CSV columns of a risk-compensation claim, as {@link RiskPoolClaim}'s JSON names them: {@code loanId,
   * category, principal, grantDate, extensionDate, firstNonPerformingDate, principalOutstanding, accruedInterest,
   * recoveries, baseRatio, guaranteedByFinancingGuarantor, reGuaranteed, underOtherRiskCompensation}; the first
   * seven except {@code extensionDate} are required (a header without one is refused, naming it, rather than every
   * row failing on it), the others may be left out of the header, and a header naming any other column is refused,
   * so that a misspelt one is not read as absent on every row. A book that carries
   * other columns on purpose is read with {@code BookSource.RISK_POOL_CLAIMS::map}, a mapper that names none.
   */
  public static final BookCsvMapper<RiskPoolClaim> RISK_POOL_CLAIMS = BookCsvMapper.withColumns(List.of("loanId",
      "category", "principal", "grantDate", "extensionDate", "firstNonPerformingDate", "principalOutstanding",
      "accruedInterest", "recoveries", "baseRatio", "guaranteedByFinancingGuarantor", "reGuaranteed",
      "underOtherRiskCompensation"), List.of("loanId", "category", "principal", "grantDate", "firstNonPerformingDate",
      "principalOutstanding"), row -> {
    RiskPoolClaim.Builder builder = RiskPoolClaim.builder()
        .loanId(row.text("loanId"))
        .category(row.enumValue("category", RiskPoolLoanCategory.class))
        .principal(row.amount("principal"))
        .grantDate(row.date("grantDate"))
        .extensionDate(row.optionalDate("extensionDate"))
        .firstNonPerformingDate(row.date("firstNonPerformingDate"))
        .principalOutstanding(row.amount("principalOutstanding"))
        .accruedInterest(row.optionalAmount("accruedInterest"))
        .recoveries(row.optionalAmount("recoveries"))
        .baseRatio(row.optionalRate("baseRatio"))
        .guaranteedByFinancingGuarantor(row.optionalBoolean("guaranteedByFinancingGuarantor"))
        .reGuaranteed(row.optionalBoolean("reGuaranteed"))
        .underOtherRiskCompensation(row.optionalBoolean("underOtherRiskCompensation"));
    return builder.build();
  });

  /**
   * The field a CSV book's failure names when no one column is to blame: a row with more or fewer fields than the
   * header, or one that cannot be read in a field beyond the header's width (decisions register §4.6 item 47).
   */
  public static final String RECORD = "line";

  private final Function<Line, BookRow<R>> parse;
  private final Reading reading;
  /** Whether failures name their field as a JSON Pointer into the line (NDJSON) rather than as a column (CSV). */
  private final boolean pointers;
  /** The field a repeated id's failure names: the id column (CSV), the id member's pointer or {@code /} (NDJSON). */
  private final String idName;
  /**
   * Each id read so far, with the line that first held it; null once {@link #withoutIdCheck()} is called. About 120
   * bytes an id of ten characters on a 64-bit JVM with compressed references (decisions register §4.6 item 89).
   */
  private Map<String, Long> seen = new HashMap<>();
  private boolean started;
  private BookRow<R> next;

  private BookSource(Reading reading, Function<Line, BookRow<R>> parse, boolean pointers, String idName) {
    this.reading = reading;
    this.parse = parse;
    this.pointers = pointers;
    this.idName = idName;
  }

  /**
   * Opens a CSV book: the first record is the header, naming each column; every later record is a row. An empty
   * line (a record of one blank field) is skipped but counted, as an NDJSON book's blank lines are: it holds no loan.
   * <p>
   * A bad row is one failed item (decisions register §4.6 item 47): its index is the line its record starts on, and
   * its failure's field never repeats it. The field is the column to blame, by the header's name, whether its value
   * is bad ({@code principal}, value {@code 1,000,000.00}) or the reader could not read it (text after its closing
   * quote, a quote not closed, a field longer than {@link BookCsvReader#MAX_FIELD_LENGTH}: the value its text, or its
   * length); it is {@value #RECORD} when no one column is (the row has more or fewer fields than the header, the value
   * their number; a field beyond the header's width cannot be read). The item carries the row's id whenever its id
   * column was read, even when a later field could not be.
   *
   * @param <R>  the request type
   * @param in  the characters, from a {@link BookTextReader} for a file's bytes
   * @param mapper  builds a row's request, such as {@link #RISK_POOL_CLAIMS}
   * @param idColumn  the column holding a row's id (reported with a failure, and a repeat failed: see the class
   *     description), such as {@code loanId}
   * @return the book
   * @throws InvalidInputException if an argument is null, the input has no header, the header cannot be read (field
   *     {@code header/i}, the bad column's 0-based position; more than {@link BookCsvReader#MAX_FIELDS} columns at
   *     that position), a column name repeats or the mapper names its columns
   *     ({@link BookCsvMapper#columns()}) and the header names another (field {@code header/i}, its 0-based
   *     position; a column without a name, one or several, is left unread), or the header lacks a column the mapper
   *     says every row needs ({@link BookCsvMapper#requiredColumns()}; field {@code header}, the value the column's
   *     name), or the header holds a byte that is not text (field {@code header}, the value {@code byte K}; field
   *     {@code in} if the reader, not a {@link BookTextReader}, throws at it)
   */
  public static <R> BookSource<R> csv(Reader in, BookCsvMapper<R> mapper, String idColumn) {
    Args.notNull(mapper, "mapper");
    Args.notNull(idColumn, "idColumn");
    BookCsvReader csv = new BookCsvReader(in);
    BookCsvReader.Fields names;
    try {
      names = nonBlank(csv);
    } catch (InvalidInputException ex) {
      // a header that cannot be read (a quote not closed, text after a closing quote): named by its column's place
      throw ex.withField("header/" + csv.failedField());
    } catch (UncheckedIOException ex) {
      throw notDecoded(ex, csv.line());
    }
    if (names == null) {
      throw new InvalidInputException("header", "", "must name the columns on the first line");
    }
    OptionalLong headerByte = badByte(in, csv.recordLine(), csv.lastLine());
    if (headerByte.isPresent()) {
      throw notText(InvalidInputException.INVALID, "header", headerByte.getAsLong(), in);
    }
    Map<String, Integer> header = new HashMap<>();
    Optional<Set<String>> known = mapper.columns();
    for (int i = 0; i < names.fields().size(); i++) {
      String name = names.fields().get(i).trim();
      if (name.isEmpty()) {
        // a column without a name (an export's trailing commas, one or several) cannot be a misspelt one nor repeat
        // one: it is left unread
        continue;
      }
      if (known.isPresent() && !known.get().contains(name)) {
        throw new InvalidInputException("header/" + i, names.fields().get(i), "must be one of the columns "
            + String.join(", ", known.get()));
      }
      if (header.put(name, i) != null) {
        throw new InvalidInputException("header/" + i, names.fields().get(i), "must be unique");
      }
    }
    for (String required : mapper.requiredColumns()) {
      if (!header.containsKey(required)) {
        throw new InvalidInputException("header", required, "must name the column " + required
            + ", which every row needs");
      }
    }
    int width = names.fields().size();
    // a row of more fields than the header fails as one of fewer does, its fields after the header's width counted
    // rather than held (a file whose lines end in a lone carriage return is read as one record)
    String wrongWidth = "must have " + width + " fields as the header has";
    csv.limitFields(width, wrongWidth);
    Reading reading = () -> {
      BookCsvReader.Fields fields;
      try {
        fields = nonBlank(csv);
      } catch (InvalidInputException ex) {
        // named by the column of the field that could not be read, the loan by the fields read before it
        int at = csv.failedField();
        String column = at < width ? names.fields().get(at).trim() : "";
        InvalidInputException named = ex.withField(column.isEmpty() ? RECORD : column);
        return new Line(csv.recordLine(), new BookCsvReader.Fields(csv.recordLine(), csv.failedFields()), null,
            named, 0, badByte(in, csv.recordLine(), csv.lastLine()));
      } catch (UncheckedIOException ex) {
        throw notDecoded(ex, csv.line());
      }
      return fields == null ? null
          : new Line(fields.line(), fields, null, null, 0, badByte(in, fields.line(), csv.lastLine()));
    };
    return new BookSource<>(reading, line -> {
      List<String> fields = line.fields.fields();
      BookCsvRow row = new BookCsvRow(header, fields);
      if (line.badByte.isPresent()) {
        // named by the first column whose text holds a replacement character: an id holding one is no id
        int at = 0;
        while (at < fields.size() && fields.get(at).indexOf('\uFFFD') < 0) {
          at++;
        }
        String column = at < fields.size() && at < width ? names.fields().get(at).trim() : "";
        Optional<String> id = row.optionalText(idColumn).filter(text -> text.indexOf('\uFFFD') < 0);
        return failed(line.number, id, notText(InvalidInputException.INVALID, column.isEmpty() ? RECORD : column,
            line.badByte.getAsLong(), in));
      }
      Optional<String> id = row.optionalText(idColumn);
      if (line.error != null) {
        return failed(line.number, id, line.error);
      }
      if (fields.size() != width) {
        return failed(line.number, id, new InvalidInputException(RECORD, fields.size(), wrongWidth));
      }
      try {
        return new BookRow<>(line.number, id, Optional.of(mapper.map(row)), Optional.empty());
      } catch (HuiqiException ex) {
        return failed(line.number, id, ex);
      }
    }, false, idColumn);
  }

  /**
   * Opens an NDJSON book: each non-blank line is one request as JSON, read with the library's hardened JSON reading
   * (limits, strict duplicates, no coercion) under the limits in force ({@link HuiqiJson#limits()}); a bad line fails
   * naming the JSON Pointer of the culprit, without an id: to have a bad line's failure carry the id it holds, name
   * the member with {@link #ndjson(Reader, Class, Function, String, JsonCodec)}.
   *
   * @param <R>  the request type
   * @param in  the characters, from a {@link BookTextReader} for a file's bytes
   * @param type  the request type, such as {@code RiskPoolClaim.class}
   * @param id  a request's id (reported with the item, a repeat failed), such as {@code RiskPoolClaim::loanId} in an
   *     Optional; {@code r -> Optional.empty()} for a request without one
   * @return the book
   * @throws InvalidInputException if an argument is null
   */
  public static <R> BookSource<R> ndjson(Reader in, Class<R> type, Function<? super R, Optional<String>> id) {
    return ndjson(in, type, id, HuiqiJson.codec());
  }

  /**
   * Opens an NDJSON book read under a codec's limits: each line is a document of at most
   * {@link JsonLimits#maxDocumentLength()} characters. A longer line is a failure of that line (code
   * {@value InvalidInputException#TOO_LARGE}, field {@code /}, its length as the value), counted to its end but never
   * held in memory; the lines after it are read as usual. Memory stays constant in the number of lines but for the
   * ids the book holds to check them (see the class description; {@link #withoutIdCheck()}). A bad
   * line's failure carries no id: see {@link #ndjson(Reader, Class, Function, String, JsonCodec)}.
   *
   * @param <R>  the request type
   * @param in  the characters, from a {@link BookTextReader} for a file's bytes
   * @param type  the request type, such as {@code RiskPoolClaim.class}
   * @param id  a request's id (reported with the item, a repeat failed)
   * @param codec  the codec whose limits apply to each line, such as {@code HuiqiJson.codec()}
   * @return the book
   * @throws InvalidInputException if an argument is null
   */
  public static <R> BookSource<R> ndjson(Reader in, Class<R> type, Function<? super R, Optional<String>> id,
      JsonCodec codec) {
    return ndjson(in, type, id, Optional.empty(), codec);
  }

  /**
   * Opens an NDJSON book read under a codec's limits, as {@link #ndjson(Reader, Class, Function, JsonCodec)} does,
   * whose failures carry the id of their line whenever it can be read, as a CSV book's do: a bank reconciling the
   * failures against its core system needs the loan, not only the line.
   * <p>
   * A line that binds takes its id from its request ({@code id}), whether it is then computed or rejected by the
   * calculator. A line that fails to bind (a missing or invalid field, a value the reading refuses) is read again,
   * and only then, as a JSON tree under the same limits: its id is the top-level member {@code idField} when that is
   * a JSON string that is not blank, as written ({@code {"loanId":"B-7","principalOutstanding":-5}} fails as
   * {@code B-7}). A line with no such member, or whose member is not a string ({@code "loanId":7}) or blank, and a
   * line that is not one well-formed JSON object within the limits (malformed, a member name repeated, too deep) or
   * is longer than the limit, has no id; its failure still names its line number and field. Good lines are read once.
   * <p>
   * Name the member {@code id} reads, so that a line has the same id whether it binds or not: for risk-compensation
   * claims, {@code ndjson(in, RiskPoolClaim.class, c -> Optional.of(c.loanId()), "loanId", codec)}. A first-loan
   * request ({@code FirstLoanRequest}) has no top-level identifier (its enterprise's name is for display; each loan
   * has its own id), so its book names none.
   *
   * @param <R>  the request type
   * @param in  the characters, from a {@link BookTextReader} for a file's bytes
   * @param type  the request type, such as {@code RiskPoolClaim.class}
   * @param id  a bound request's id (reported with the item, a repeat failed), such as {@code RiskPoolClaim::loanId}
   *     in an Optional
   * @param idField  the top-level member holding a line's id, read from a line that fails to bind, such as
   *     {@code loanId}
   * @param codec  the codec whose limits apply to each line, such as {@code HuiqiJson.codec()}
   * @return the book
   * @throws InvalidInputException if an argument is null or the id field is blank
   */
  public static <R> BookSource<R> ndjson(Reader in, Class<R> type, Function<? super R, Optional<String>> id,
      String idField, JsonCodec codec) {
    return ndjson(in, type, id, Optional.of(Args.notBlank(idField, "idField")), codec);
  }

  private static <R> BookSource<R> ndjson(Reader in, Class<R> type, Function<? super R, Optional<String>> id,
      Optional<String> idField, JsonCodec codec) {
    Args.notNull(in, "in");
    Args.notNull(type, "type");
    Args.notNull(id, "id");
    Args.notNull(codec, "codec");
    long maxLength = codec.limits().maxDocumentLength();
    BookLines lines = new BookLines(in, maxLength);
    Reading reading = () -> {
      try {
        BookLines.Line line = lines.next();
        return line == null ? null : new Line(line.number(), null, line.text(), null, line.length(),
            badByte(in, line.number(), line.number()));
      } catch (IOException ex) {
        throw notDecoded(new UncheckedIOException(ex), lines.number() + 1);
      }
    };
    return new BookSource<>(reading, line -> {
      if (line.badByte.isPresent()) {
        // the line as a whole, as malformed JSON is; its id read as for any line that fails, unless it holds the
        // replacement character
        Optional<String> lineId = line.text == null ? Optional.empty()
            : BookLineId.read(line.text, idField.orElse(null), codec).filter(text -> text.indexOf('\uFFFD') < 0);
        return failed(line.number, lineId, notText(InvalidInputException.MALFORMED_JSON, "/",
            line.badByte.getAsLong(), in));
      }
      if (line.text == null) {
        return failed(line.number, Optional.empty(), BookFailure.lineTooLongError(line.length, maxLength));
      }
      try {
        R request = codec.read(line.text, type);
        return new BookRow<>(line.number, id.apply(request), Optional.of(request), Optional.empty());
      } catch (HuiqiException ex) {
        // only a line that fails is read again, for its id
        return failed(line.number, BookLineId.read(line.text, idField.orElse(null), codec), ex);
      }
    }, true, "/" + idField.orElse(""));
  }

  /**
   * Runs a calculator over the rest of the book, each item (indexed by line) to a sink, returning the totals. In an
   * NDJSON book a failure names its field as a JSON Pointer into the line, whether the reading or the calculator
   * rejected it; in a CSV book, by its column.
   *
   * @param calculator  the calculator
   * @param sink  receives each item
   * @return the totals, bad rows counted as failed
   * @throws InvalidInputException if an argument is null, or if the reader throws at a byte that is not text (a
   *     reader other than {@link BookTextReader}, which cannot be read past it): field {@code in}, the value the line
   *     the book had reached
   * @throws UncheckedIOException if reading fails otherwise
   */
  public BookTotals run(BookCalculator<? super R> calculator, Consumer<? super BookItem> sink) {
    Args.notNull(calculator, "calculator");
    Args.notNull(sink, "sink");
    BookTally tally = new BookTally().documentStatus(calculator.documentStatus());
    while (hasNext()) {
      BookItem item = next().evaluate(calculator);
      if (pointers && item.isFailed()) {
        item = item.withFailure(item.failure().orElseThrow().asPointer());
      }
      tally.add(item);
      sink.accept(item);
    }
    return tally.totals();
  }

  /**
   * Returns this book without its check that ids are unique, for a book whose ids are unique upstream (a core
   * system's export keyed by loan): its memory then stays constant in the number of lines, and a <b>repeated id is
   * computed, and paid, once for each line that holds it</b>. Without this call, a book holds each id it has read,
   * with the line that first held it, so that a later line with the same id fails as a repeat (see the class
   * description): about 120 bytes an id of ten characters (113 MB measured for 1,000,000 ids {@code SZ-0000001}
   * and on, JDK 17, compressed references), on top of what the run itself needs.
   * <p>
   * This instance is changed and returned; call it before the first row is read.
   *
   * @return this book, not checking ids
   * @throws IllegalStateException if a row has already been read
   */
  public BookSource<R> withoutIdCheck() {
    if (started) {
      throw new IllegalStateException("withoutIdCheck() must be called before the book's first row is read");
    }
    seen = null;
    return this;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      started = true;
      Line line = reading.read();
      next = line == null ? null : unique(parse.apply(line));
    }
    return next != null;
  }

  @Override
  public BookRow<R> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    BookRow<R> row = next;
    next = null;
    return row;
  }

  /** Reads the next CSV record that is not an empty line (one blank field), null at the end. */
  private static BookCsvReader.Fields nonBlank(BookCsvReader csv) {
    BookCsvReader.Fields fields = csv.next();
    while (fields != null && fields.fields().size() == 1 && fields.fields().get(0).isBlank()) {
      fields = csv.next();
    }
    return fields;
  }

  /**
   * The row itself, or its failure as a repeat when an earlier line held its id (decisions register §4.6 item 89):
   * code {@value InvalidInputException#DUPLICATE}, the id's field, the id as the value, the earlier line named.
   * A row holds its id whenever its id was read, failed or not; a repeat fails as a repeat whatever else is wrong
   * with it, as a repeated claim of {@code RiskPoolCalculator.explainClaims} does.
   */
  private BookRow<R> unique(BookRow<R> row) {
    if (seen == null || row.id().isEmpty()) {
      return row;
    }
    String id = row.id().get();
    Long first = seen.putIfAbsent(id, row.line());
    return first == null ? row : failed(row.line(), row.id(), repeated(idName, id, first));
  }

  /** The failure of a line whose id an earlier line of the book holds. */
  private static InvalidInputException repeated(String field, String id, long firstLine) {
    return new InvalidInputException(InvalidInputException.DUPLICATE, field, id,
        "must be unique in the book; line " + firstLine + " holds it already",
        "必须唯一（账簿内）；第 " + firstLine + " 行已有此编号", null);
  }

  private static <R> BookRow<R> failed(long line, Optional<String> id, HuiqiException ex) {
    return new BookRow<>(line, id, Optional.empty(), Optional.of(BookFailure.from(ex)));
  }

  /** The first bad byte on the lines, when the characters come from a {@link BookTextReader}. */
  private static OptionalLong badByte(Reader in, long from, long to) {
    return in instanceof BookTextReader text ? text.badByte(from, to) : OptionalLong.empty();
  }

  /**
   * The failure of a row holding bytes that are not text in the book's charset (decisions register §4.6 item 61):
   * the value {@code byte K}, the 0-based offset of the first bad byte in the input.
   */
  private static InvalidInputException notText(String code, String field, long offset, Reader in) {
    String charset = ((BookTextReader) in).charset().name();
    return new InvalidInputException(code, field, "byte " + offset,
        "must be " + charset + " text (byte " + offset + ")",
        "须为 " + charset + " 文本（第 " + offset + " 字节，自0起）", null);
  }

  /**
   * The error that ends a book whose reader threw at a byte that is not text (such as the strict decoder of
   * {@code Files.newBufferedReader}), naming the line the book had reached (the reader decodes ahead of it, a buffer
   * at a time, so the bad byte is on that line or after it); any other reading failure as it is.
   */
  private static RuntimeException notDecoded(UncheckedIOException ex, long line) {
    if (!(ex.getCause() instanceof CharacterCodingException)) {
      return ex;
    }
    return new InvalidInputException(InvalidInputException.INVALID, "in", "line " + line,
        "must be text in the book's charset: its reader could not decode it at or after line " + line
            + "; read a book of bytes through BookTextReader, so that a line that is not fails alone and the rest "
            + "is computed",
        "须为该字符集的文本：读取器在第 " + line + " 行或其后无法解码；请以 BookTextReader 读取字节文件，使该行单独失败、其余照常计算",
        ex.getCause());
  }

  /** Reads the next raw line or record, null at the end. */
  @FunctionalInterface
  private interface Reading {
    Line read();
  }

  /**
   * A raw line (NDJSON: its text, null if longer than the limit, and its length) or record (CSV), or the error that
   * kept a record from being read; and the offset of its first byte that is not text, when it has one.
   */
  private record Line(long number, BookCsvReader.Fields fields, String text, InvalidInputException error,
      long length, OptionalLong badByte) {
  }
}
