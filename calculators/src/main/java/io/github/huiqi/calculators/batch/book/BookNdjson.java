package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolLoanCompensation;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.ResponseTooLargeException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.JsonCodec;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Eligibility;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;
import java.util.function.Function;

/**
 * Streams a loan book in NDJSON: one request a line in, one result a line out, the totals on the last line, holding
 * one line in, one line out, the running totals and the loan ids read (to fail a repeat; none held with
 * {@link BookSource#withoutIdCheck()}, the memory then constant in the number of lines).
 * <p>
 * Each input line is read with {@link BookSource#ndjson(Reader, Class, Function, String, JsonCodec)} under the codec's
 * limits.
 * Each output line is compact JSON, whatever the codec's indentation, in one of two forms:
 * <ul>
 *   <li>{@link #items}, for any family's {@link BookCalculator}: the line's {@link BookItem} (verdict, amount, reason
 *       code, missing facts, or the failure, and the document status of a measure not in force:
 *       {@code "documentStatus":"DRAFT"} on every line of a draft's book), about 180 characters a loan, indexed by
 *       line number;</li>
 *   <li>{@link #riskPool} and {@link #firstLoan}: the line's explained result as a {@link BookResultLine}, with or
 *       without its explanation as the codec's {@link JsonOutput} says (a risk-compensation claim is about 2.4 KB
 *       without its explanation, with its reasons and their citations, and about 9 KB with it).</li>
 * </ul>
 * A book of a measure whose document is not in force (a draft's) says its status on every line, the totals' included:
 * {@code {"index":1,"verdict":"ELIGIBLE",...,"documentStatus":"DRAFT"}} ({@link BookItem#documentStatus()}).
 * The last line is a {@link BookTotalsLine}:
 * <pre>
 * {"index":1,"id":"B-1","verdict":"ELIGIBLE","amount":{...},"missingFacts":[]}
 * {"index":2,"id":"B-2","missingFacts":[],"failure":{"field":"/principalOutstanding","value":"2000000.00",...}}
 * {"totals":{"items":2,"eligible":1,"ineligible":0,"undetermined":0,"failed":1,"amount":{...}}}
 * </pre>
 * A bad line (malformed JSON, a missing or invalid field, a line longer than the limit) is a failure naming its line
 * number and its field as a JSON Pointer into the line; the other lines are computed. A request the calculator
 * rejects is a failure too. A failure carries the loan's id whenever it can be read: from the request when the line
 * binds, else from the line's id member read as a JSON string (for claims {@code loanId}); a malformed line, one
 * longer than the limit, or one whose id member is absent or not a string has none
 * ({@link BookSource#ndjson(Reader, Class, Function, String, JsonCodec)}). A first-loan request has no identifier
 * of its own, so its lines have none: they are matched by line number. An id is left off a failure's line only if
 * with it the line would be longer than the codec's response limit (possible only with a response limit below the
 * string limit), so that a failure is written wherever it was before ids were read.
 * <p>
 * A loan id is paid once: a line whose id an earlier line of the book holds fails as a repeat (code
 * {@code input.duplicate}, the id member's pointer such as {@code /loanId}, the id as the value, the problem naming
 * the earlier line), whatever else it holds, and the rest is computed, as a repeated claim of
 * {@link RiskPoolCalculator#explainClaims} fails. A line holds its id whenever its id was read, failed or not
 * ({@link BookSource}). The book holds each id read to do so, about 120 bytes an id of ten characters (113 MB for
 * 1,000,000 loans); a book whose ids are unique upstream is read in constant memory with
 * {@link BookSource#withoutIdCheck()} (a repeated id is then paid twice), through {@link #items} or
 * {@link #riskPool(RiskPoolMeasure, RiskPoolOptions, BookSource, Writer, JsonCodec)}.
 * <p>
 * Usage, for a bank's book of risk-compensation claims:
 * <pre>{@code
 * try (Reader in = Files.newBufferedReader(claims); Writer out = Files.newBufferedWriter(results)) {
 *   BookTotals totals = BookNdjson.items(BookSource.ndjson(in, RiskPoolClaim.class, c -> Optional.of(c.loanId()),
 *       "loanId", HuiqiJson.codec()), BookCalculators.riskPool(measure, RiskPoolOptions.DEFAULTS), out,
 *       HuiqiJson.codec());
 * }
 * }</pre>
 * <p>
 * This class is immutable and thread-safe; each run uses its own reader and writer, which are the caller's to close.
 */
public final class BookNdjson {

  private BookNdjson() {
  }

  /**
   * Streams risk-compensation claims ({@link RiskPoolClaim}, one a line) to their explained compensations
   * ({@link RiskPoolLoanCompensation}); the totals add the compensations before any return of recoveries. A line's
   * result carries no audit receipt ({@link ReceiptChoice#OMIT}): the book's lines are the record of its input, and
   * hashing each would cost about as much again as computing the line. A failed line carries its {@code loanId}
   * whenever it can be read, even when the line does not bind (see the class description).
   *
   * @param measure  the measure, such as {@link RiskPoolMeasure#SHENZHEN_2023}
   * @param options  the options, {@link RiskPoolOptions#DEFAULTS} for the documented defaults
   * @param in  the claims, one JSON object a line
   * @param out  receives the results, one JSON object a line, then the totals
   * @param codec  the limits of each line and the output form, such as {@code HuiqiJson.codec()}
   * @return the totals, as written on the last line
   * @throws InvalidInputException if an argument is null
   * @throws UncheckedIOException if reading or writing fails
   * @throws io.github.huiqi.core.error.ResponseTooLargeException if even a failure's line is longer than the codec's
   *     response limit
   */
  public static BookTotals riskPool(RiskPoolMeasure measure, RiskPoolOptions options, Reader in, Writer out,
      JsonCodec codec) {
    Args.notNull(measure, "measure");
    Args.notNull(options, "options");
    return riskPool(measure, options, BookSource.ndjson(in, RiskPoolClaim.class,
        claim -> Optional.of(claim.loanId()), "loanId", codec), out, codec);
  }

  /**
   * Streams a book of risk-compensation claims already opened, as {@link #riskPool(RiskPoolMeasure, RiskPoolOptions,
   * Reader, Writer, JsonCodec)} does: for a book read otherwise, such as one whose ids are unique upstream, read in
   * constant memory ({@link BookSource#withoutIdCheck()}, a repeated id then paid twice).
   *
   * @param measure  the measure, such as {@link RiskPoolMeasure#SHENZHEN_2023}
   * @param options  the options, {@link RiskPoolOptions#DEFAULTS} for the documented defaults
   * @param book  the claims, such as {@code BookSource.ndjson(in, RiskPoolClaim.class, c -> Optional.of(c.loanId()),
   *     "loanId", codec).withoutIdCheck()}
   * @param out  receives the results, one JSON object a line, then the totals
   * @param codec  the output form (the book has its own limits)
   * @return the totals, as written on the last line
   * @throws InvalidInputException if an argument is null
   * @throws UncheckedIOException if reading or writing fails
   * @throws io.github.huiqi.core.error.ResponseTooLargeException if even a failure's line is longer than the codec's
   *     response limit
   */
  public static BookTotals riskPool(RiskPoolMeasure measure, RiskPoolOptions options, BookSource<RiskPoolClaim> book,
      Writer out, JsonCodec codec) {
    Args.notNull(measure, "measure");
    Args.notNull(options, "options");
    Args.notNull(book, "book");
    return run(book, claim -> RiskPoolCalculator.DEFAULT.explainCompensation(measure, claim, options,
        ReceiptChoice.OMIT), result -> Optional.of(result.compensation()), result -> result.eligibility(),
        measure.documentStatus(), out, codec);
  }

  /**
   * Streams first-loan subsidy requests ({@link FirstLoanRequest}, one enterprise a line) to their explained subsidies
   * ({@link FirstLoanResult}); the totals add the subsidies after the per-enterprise cap. As for claims, a line's
   * result carries no audit receipt. A request has no identifier of its own (the enterprise's name is for display
   * only, and each of its loans has its own id), so no line, computed or failed, carries an id: match them by line
   * number.
   *
   * @param measure  the measure, such as {@link FirstLoanMeasure#SHENZHEN_2023}
   * @param in  the requests, one JSON object a line
   * @param out  receives the results, one JSON object a line, then the totals
   * @param codec  the limits of each line and the output form
   * @return the totals, as written on the last line
   * @throws InvalidInputException if an argument is null
   * @throws UncheckedIOException if reading or writing fails
   */
  public static BookTotals firstLoan(FirstLoanMeasure measure, Reader in, Writer out, JsonCodec codec) {
    Args.notNull(measure, "measure");
    return run(BookSource.ndjson(in, FirstLoanRequest.class, request -> Optional.empty(), codec),
        request -> FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request, ReceiptChoice.OMIT),
        result -> Optional.of(result.amount()), result -> result.eligibility(), measure.documentStatus(), out, codec);
  }

  /**
   * Streams a book read from NDJSON through a book calculator, writing each line's {@link BookItem} (indexed by its
   * line number) as one line, then the totals. An item carries the line's id where the book read one and the
   * calculator names none; a failed item's id is left off its line only if with it the line would be longer than
   * the response limit.
   *
   * @param <R>  the request type
   * @param book  the book, such as
   *     {@code BookSource.ndjson(in, RiskPoolClaim.class, c -> Optional.of(c.loanId()), "loanId", codec)}
   * @param calculator  the calculator, such as {@link BookCalculators#riskPool}
   * @param out  receives the items, one JSON object a line, then the totals
   * @param codec  the limits of each line written (only its response length applies; the book has its own)
   * @return the totals, as written on the last line
   * @throws InvalidInputException if an argument is null
   * @throws UncheckedIOException if reading or writing fails
   * @throws io.github.huiqi.core.error.ResponseTooLargeException if an item's line is longer than the codec's
   *     response limit
   */
  public static <R> BookTotals items(BookSource<R> book, BookCalculator<? super R> calculator, Writer out,
      JsonCodec codec) {
    Args.notNull(book, "book");
    Args.notNull(calculator, "calculator");
    Args.notNull(out, "out");
    Args.notNull(codec, "codec");
    JsonCodec lines = codec.with(JsonOutput.COMPACT);
    BookTotals totals = book.run(calculator, item -> writeLine(out, itemLine(lines, item)));
    writeLine(out, lines.write(new BookTotalsLine(totals)));
    return totals;
  }

  //-------------------------------------------------------------------------
  private static <R, T> BookTotals run(BookSource<R> source, Function<R, T> explain,
      Function<T, Optional<AmountRange>> amount,
      Function<T, Eligibility> eligibility, DocumentStatus status, Writer out, JsonCodec codec) {
    Args.notNull(out, "out");
    Args.notNull(codec, "codec");
    JsonCodec lines = codec.with(codec.output().compact());
    // the totals line says the measure's document status, as the items' lines do (BookItem)
    BookTally tally = new BookTally().documentStatus(BookItem.statusSaid(status));
    while (source.hasNext()) {
      BookRow<R> row = source.next();
      BookItem item;
      String text;
      if (row.request().isEmpty()) {
        item = BookItem.failed(row.line(), row.id(), row.failure().orElseThrow());
        text = failureLine(lines, row.line(), row.id(), item.failure().orElseThrow());
      } else {
        try {
          T result = explain.apply(row.request().get());
          text = lines.write(new BookResultLine<>(row.line(), row.id(), Optional.of(result), Optional.empty()));
          item = BookItem.of(row.line(), row.id(), eligibility.apply(result), amount.apply(result), Optional.empty());
        } catch (HuiqiException ex) {
          // a request the calculator rejects, or an explained result longer than the response limit
          BookFailure failure = BookFailure.from(ex).asPointer();
          item = BookItem.failed(row.line(), row.id(), failure);
          text = failureLine(lines, row.line(), row.id(), failure);
        }
      }
      tally.add(item);
      writeLine(out, text);
    }
    BookTotals totals = tally.totals();
    writeLine(out, lines.write(new BookTotalsLine(totals)));
    return totals;
  }

  /** A failure's line, with its id unless that would take it past the response limit, which it then fits as before. */
  private static String failureLine(JsonCodec lines, long line, Optional<String> id, BookFailure failure) {
    if (id.isPresent()) {
      try {
        return lines.write(new BookResultLine<>(line, id, Optional.empty(), Optional.of(failure)));
      } catch (ResponseTooLargeException ex) {
        // an id near the string limit under a response limit below it: the failure is still told, by its line
      }
    }
    return lines.write(new BookResultLine<>(line, Optional.empty(), Optional.empty(), Optional.of(failure)));
  }

  /** An item's line; a failed item's id is left off as a failure's line's is ({@link #failureLine}). */
  private static String itemLine(JsonCodec lines, BookItem item) {
    if (item.isFailed() && item.id().isPresent()) {
      try {
        return lines.write(item);
      } catch (ResponseTooLargeException ex) {
        return lines.write(item.withId(Optional.empty()));
      }
    }
    return lines.write(item);
  }

  private static void writeLine(Writer out, String text) {
    try {
      out.write(text);
      out.write('\n');
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
