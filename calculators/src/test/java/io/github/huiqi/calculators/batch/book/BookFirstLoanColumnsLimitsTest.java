package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.core.error.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The limits of the first-loan columns and of a result line at their edges: enterprise rows full while loan rows are
 * left, an empty book, the loan start named when one after a start at 0 or at the capacity is out of range, and a
 * result line numbered 0.
 */
class BookFirstLoanColumnsLimitsTest {

  @Test
  void enterpriseRowsFull_withLoanRowsLeft_refusesTheRequestByName() {
    BookFirstLoanColumns book = new BookFirstLoanColumns(1, 5);
    book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("A").build()));
    // one enterprise row, taken; four loan rows free
    assertThatThrownBy(() -> book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("B").build())))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("request"));
    assertThat(book.enterprises()).isEqualTo(1);
  }

  @Test
  void anEmptyBook_isABook_withNothingToPay() {
    BookFirstLoanColumns book = new BookFirstLoanColumns(2, 2);
    book.setEnterprises(0);
    assertThat(book.enterprises()).isZero();
    BookColumnTotals totals = BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS)
        .compute(book);
    assertThat(totals.toTotals().items()).isZero();
    assertThat(totals.maximumFen()).isZero();
  }

  @Test
  void aLoanStartOutOfRange_isNamed_notTheStartsAtZeroOrAtTheCapacityBeforeIt() {
    BookFirstLoanColumns book = new BookFirstLoanColumns(3, 2);
    // enterprise 0 holds both loan rows: starts 0 and 2 (the capacity); enterprise 1 none, until its start is spoilt
    book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("A1").build(), FirstLoanFixtures.loan("A2").build()));
    book.loanStart()[2] = 2;
    book.setEnterprises(2);
    book.loanStart()[2] = 3;   // beyond the 2 loan rows
    assertThatThrownBy(() -> BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS)
        .compute(book)).isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("loanStart/2"));
  }

  @Test
  void aResultLineNumberedZero_isRefused_lineOneIsTheFirst() {
    BookFailure failure = new BookFailure("/", "x", "input.malformed-json", "must be JSON");
    assertThat(new BookResultLine<String>(1, Optional.empty(), Optional.empty(), Optional.of(failure)).line())
        .isEqualTo(1);
    assertThatThrownBy(() -> new BookResultLine<String>(0, Optional.empty(), Optional.empty(), Optional.of(failure)))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("line"));
  }
}
