package io.github.huiqi.calculators.batch.book;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A book's requests each paired with its position as it is read, for {@link BookCalculator#results}: the position is
 * taken in the source's encounter order, so that it stays the request's own when the stream of items is later made
 * parallel (a counter read where the items are computed would number them in the order the threads reach them).
 * Not part of the public API.
 *
 * @param <R>  the request type
 * @param index  the 0-based position
 * @param request  the request, possibly null
 */
record BookIndexed<R>(long index, R request) {

  /**
   * Pairs each request of a book with its position, lazily; closing the result closes the book.
   *
   * @param <R>  the request type
   * @param book  the requests
   * @return the pairs, ordered
   */
  static <R> Stream<BookIndexed<R>> of(Stream<? extends R> book) {
    Iterator<? extends R> requests = book.sequential().iterator();
    Iterator<BookIndexed<R>> pairs = new Iterator<>() {
      private long next;

      @Override
      public boolean hasNext() {
        return requests.hasNext();
      }

      @Override
      public BookIndexed<R> next() {
        return new BookIndexed<>(next++, requests.next());
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pairs, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(book::close);
  }
}
