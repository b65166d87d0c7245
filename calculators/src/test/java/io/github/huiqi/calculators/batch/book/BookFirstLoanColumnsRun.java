package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import java.util.List;

/**
 * A first-loan book put into columns, exactly as large as its requests need, and computed by the columnar fast path
 * under the default options: the steps the book audits share before they check the totals and the rows.
 *
 * @param columns  the columns, with every result column filled
 * @param totals  the fast path's totals
 */
record BookFirstLoanColumnsRun(BookFirstLoanColumns columns, BookColumnTotals totals) {

  /**
   * Puts the requests into columns and computes them.
   *
   * @param measure  the measure
   * @param book  the requests, one enterprise each
   * @param threads  the threads to compute on
   * @return the columns and the totals
   */
  static BookFirstLoanColumnsRun of(FirstLoanMeasure measure, List<FirstLoanRequest> book, int threads) {
    int loans = book.stream().mapToInt(request -> request.loans().size()).sum();
    BookFirstLoanColumns columns = new BookFirstLoanColumns(book.size(), loans);
    book.forEach(columns::add);
    return new BookFirstLoanColumnsRun(columns,
        BookFirstLoanFastPath.of(measure, FirstLoanOptions.DEFAULTS).compute(columns, threads));
  }
}
