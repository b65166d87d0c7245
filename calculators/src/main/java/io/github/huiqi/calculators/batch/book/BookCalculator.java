package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A family calculator applied to one request of a book at a time, with failures as values: the book's unit of work.
 * <p>
 * Obtain one from {@link BookCalculators} (such as {@link BookCalculators#riskPool}); run it over a book with
 * {@link #run(Iterator, Consumer)} (each item to a sink, the totals returned, nothing held in memory) or map a stream
 * lazily with {@link #results(Stream)}. A null request or one the calculator rejects as bad input is a failed item
 * naming the field; the book goes on.
 * <p>
 * Implementations are immutable and thread-safe.
 *
 * @param <R>  the family's request type, such as {@code RiskPoolClaim}
 */
@FunctionalInterface
public interface BookCalculator<R> {

  /**
   * Evaluates one request of the book, never throwing for bad input.
   *
   * @param index  the item's position (0-based index, or a file's line number)
   * @param request  the request, possibly null (reported as a failure)
   * @return the item: its verdict, amount, reason code and missing facts, or its failure
   */
  BookItem evaluate(long index, R request);

  /**
   * Returns the legal status of the measure's document where it is not in force, which each item and the totals then
   * say (a draft's figures are indicative only), as an engine outcome says it; every {@link BookCalculators}
   * calculator of such a measure gives it ({@link BookItem#documentStatus()}).
   *
   * @return the status, empty for a measure in force and by default (a host's calculator that does not say it)
   */
  default Optional<DocumentStatus> documentStatus() {
    return Optional.empty();
  }

  /**
   * Runs the calculator over a book, passing each item to a sink in book order and returning the totals.
   * <p>
   * Streams: holds one request and one item at a time.
   *
   * @param book  the requests, in book order
   * @param sink  receives each item; use {@code item -> { }} to keep only the totals
   * @return the totals
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  default BookTotals run(Iterator<? extends R> book, Consumer<? super BookItem> sink) {
    Args.notNull(book, "book");
    Args.notNull(sink, "sink");
    BookTally tally = new BookTally().documentStatus(documentStatus());
    long index = 0;
    while (book.hasNext()) {
      BookItem item = evaluate(index++, book.next());
      tally.add(item);
      sink.accept(item);
    }
    return tally.totals();
  }

  /**
   * Runs the calculator over a book held as an {@link Iterable}.
   *
   * @param book  the requests, in book order
   * @param sink  receives each item
   * @return the totals
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  default BookTotals run(Iterable<? extends R> book, Consumer<? super BookItem> sink) {
    return run(Args.notNull(book, "book").iterator(), sink);
  }

  /**
   * Runs the calculator over a book held as a {@link Stream}, consuming it in order.
   *
   * @param book  the requests, in book order
   * @param sink  receives each item
   * @return the totals
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  default BookTotals run(Stream<? extends R> book, Consumer<? super BookItem> sink) {
    return run(Args.notNull(book, "book").sequential().iterator(), sink);
  }

  /**
   * Maps a book lazily to its items, indexed in encounter order; sum them with a {@link BookTally}.
   * <p>
   * Each request's index is taken as the book is read, in its encounter order, so the items may be computed in
   * parallel ({@code results(book).parallel()}) and each still carries its own request's index.
   *
   * @param book  the requests, read in encounter order
   * @return the items, one per request; closing it closes the book
   * @throws io.github.huiqi.core.error.InvalidInputException if the book is null
   */
  default Stream<BookItem> results(Stream<? extends R> book) {
    return BookIndexed.<R>of(Args.notNull(book, "book")).map(pair -> evaluate(pair.index(), pair.request()));
  }
}
