package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bad rows of a columnar book are reported by row and column; the other rows are computed. */
class BookColumnsFailureTest {

  @Test
  void riskPool_eachBadColumnFailsItsRowOnly() {
    BookRiskPoolColumns book = new BookRiskPoolColumns(5);
    for (int i = 0; i < 5; i++) {
      book.set(i, RiskPoolFixtures.claim("L" + i, LocalDate.of(2023, 1, 1)).build());
    }
    book.principalOutstandingFen()[1] = -1;
    book.category()[2] = 99;
    book.reGuaranteed()[3] = 7;
    book.baseRatioPpm()[4] = 800_001;   // one millionth above the 80% ceiling
    BookColumnTotals totals = BookRiskPoolFastPath.of(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS).compute(book);

    // row 0: 1,000,000 × (30% + 30 pp) = 600,000.00 (深工信〔2023〕26号 第5条)
    assertThat(book.compensationFen()[0]).isEqualTo(60_000_000L);
    assertThat(book.failedColumn()).containsExactly(BookRiskPoolColumns.NO_FAILURE,
        BookRiskPoolColumns.FAILED_OUTSTANDING, BookRiskPoolColumns.FAILED_CATEGORY, BookRiskPoolColumns.FAILED_FACT,
        BookRiskPoolColumns.FAILED_BASE_RATIO);
    assertThat(book.item(1).failure())
        .hasValueSatisfying(f -> assertThat(f.field()).isEqualTo("/principalOutstanding"));
    assertThat(totals.toTotals()).isEqualTo(new BookTotals(5, 1, 0, 0, 4,
        AmountRange.exactly(Cny.of("600000.00"))));
  }

  @Test
  void firstLoan_aBadLoanFailsItsEnterpriseOnly() {
    BookFirstLoanColumns book = new BookFirstLoanColumns(3, 3);
    for (int e = 0; e < 3; e++) {
      book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("L" + e).build()));
    }
    book.principalFen()[1] = 0;
    book.firstTimeBorrower()[2] = 3;
    BookColumnTotals totals = BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS)
        .compute(book);
    // enterprise 0: 1,000,000 × 2% × 181/360 = 10,055.555… → 10,055.56
    assertThat(book.minimumFen()[0]).isEqualTo(1_005_556L);
    assertThat(book.failedColumn()).containsExactly(BookFirstLoanColumns.NO_FAILURE,
        BookFirstLoanColumns.FAILED_PRINCIPAL, BookFirstLoanColumns.FAILED_FACT);
    assertThat(totals.toTotals().failed()).isEqualTo(2);
    assertThat(totals.minimumFen()).isEqualTo(1_005_556L);
  }
}
