/**
 * Loan books: a family calculator over a stream of its own requests, each loan's verdict, amount, reason code and
 * missing facts as a {@link io.github.huiqi.calculators.batch.book.BookItem} (a bad loan is a reported failure, never
 * an exception), with the totals; a columnar {@code long}-fen fast path for the risk-compensation pool and the
 * first-loan subsidy that gives the plain form's amounts to the fen; and readers of books from CSV and NDJSON, whose
 * bytes {@link io.github.huiqi.calculators.batch.book.BookTextReader} decodes so that a row holding bytes that are not
 * text fails alone.
 */
package io.github.huiqi.calculators.batch.book;
