package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.time.DateRange;
import io.github.huiqi.core.time.DayCount;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Boundaries of the first-loan fast path that the mutation run of 2026-12-07 found no test holding: a rate of exactly
 * 100%, a lender at the region's last code, an end of use before the drawdown alone in a clean block, principals
 * whose products pass a {@code long} each in its own way, the last day of a window one day longer than the date
 * tables, and the failure named for each bad column at its edge. Each is decided on the clean block loop and, with a
 * failed enterprise after it, on the row path: both must give the hand figure.
 */
class BookFirstLoanBoundariesTest {

  private static final BookFirstLoanFastPath PATH =
      BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS);
  /** 深工信〔2023〕26号 第5条: 1,000,000 × 2% × 181/360 (2023-01-15 to 2023-07-15) = 10,055.555… → 10,055.56. */
  private static final long FIXTURE_SUBSIDY_FEN = 1_005_556L;
  /** The 200,000.00 cap per enterprise (第5条), in fen. */
  private static final long CAP_FEN = 20_000_000L;

  private static BookFirstLoanColumns book(int enterprises, boolean withAFailedEnterprise) {
    int rows = enterprises + (withAFailedEnterprise ? 1 : 0);
    BookFirstLoanColumns book = new BookFirstLoanColumns(rows, rows);
    for (int e = 0; e < rows; e++) {
      book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("L" + e).build()));
    }
    if (withAFailedEnterprise) {
      book.principalFen()[rows - 1] = 0;   // a bad loan: the block is computed enterprise by enterprise
    }
    return book;
  }

  @ParameterizedTest(name = "with a failed enterprise after it: {0}")
  @ValueSource(booleans = {false, true})
  void aLoanRateOfExactly100Percent_isARate(boolean withAFailedEnterprise) {
    BookFirstLoanColumns book = book(1, withAFailedEnterprise);
    book.annualRatePpm()[0] = 1_000_000;   // 100%: the highest rate a loan can hold, above the 2% floor
    PATH.compute(book);
    assertThat(book.failedColumn()[0]).isEqualTo(BookFirstLoanColumns.NO_FAILURE);
    assertThat(book.status()[0]).isEqualTo(BookColumnCodes.ELIGIBLE);
    // the subsidy does not depend on the loan's own rate: 1,000,000 × 2% × 181/360 = 10,055.56
    assertThat(book.minimumFen()[0]).isEqualTo(FIXTURE_SUBSIDY_FEN);
  }

  @ParameterizedTest(name = "with a failed enterprise after it: {0}")
  @ValueSource(booleans = {false, true})
  void aLenderAtShenzhensLastCode_isALenderInShenzhen(boolean withAFailedEnterprise) {
    BookFirstLoanColumns book = book(1, withAFailedEnterprise);
    book.lenderRegion()[0] = 440399;   // 深圳市's codes are 440300–440399 (第5条: a bank in Shenzhen)
    PATH.compute(book);
    assertThat(book.status()[0]).isEqualTo(BookColumnCodes.ELIGIBLE);
    assertThat(book.minimumFen()[0]).isEqualTo(FIXTURE_SUBSIDY_FEN);
  }

  @Test
  void anEndOfUseBeforeTheDrawdown_theOnlyFaultOfItsBlock_failsItsEnterprise() {
    BookFirstLoanColumns book = book(2, false);
    book.endOfUseDay()[1] = book.drawdownDay()[1] - 1;   // used until the day before it was drawn
    BookColumnTotals totals = PATH.compute(book);
    assertThat(book.failedColumn()).containsExactly(BookFirstLoanColumns.NO_FAILURE,
        BookFirstLoanColumns.FAILED_END_OF_USE);
    assertThat(book.status()[1]).isEqualTo(BookColumnCodes.FAILED);
    assertThat(totals.toTotals().failed()).isEqualTo(1);
    assertThat(totals.minimumFen()).isEqualTo(FIXTURE_SUBSIDY_FEN);
  }

  /**
   * Principals whose fen × 20,000 ppm × 181 days passes a long in three ways: into the sign bit only (3 × 10^12 fen),
   * beyond 2^64 with a positive remainder (6 × 10^12) and fen × ppm itself just beyond 2^64, by 8,384
   * (922,337,203,685,478); each alone in its book, so that its block's bound on principals is its own.
   */
  @ParameterizedTest(name = "principal {0} fen, with a failed enterprise after it: {1}")
  @CsvSource({
      // 第5条, 2% × 181/360 of each principal, half-up at the fen:
      // 30,000,000,000.00 × 2% = 600,000,000.00 a year; × 181/360 = 301,666,666.666… → 301,666,666.67
      "3000000000000, false, 30166666667", "3000000000000, true, 30166666667",
      // 60,000,000,000.00 × 2% = 1,200,000,000.00; × 181/360 = 603,333,333.333… → 603,333,333.33
      "6000000000000, false, 60333333333", "6000000000000, true, 60333333333",
      // 9,223,372,036,854.78 × 2% = 184,467,440,737.0956; × 181 = 33,388,606,773,414.3036; ÷ 360
      //   = 92,746,129,926.1508… → 92,746,129,926.15
      "922337203685478, false, 9274612992615", "922337203685478, true, 9274612992615"})
  void aPrincipalWhoseProductPassesALong_computedExactly_andPaidAtTheCap(long principalFen,
      boolean withAFailedEnterprise, long subsidyFen) {
    BookFirstLoanColumns book = book(1, withAFailedEnterprise);
    book.principalFen()[0] = principalFen;
    // the path built here, not shared, so that its bounds are worked out under each test
    BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS).compute(book);
    assertThat(book.loanComputedFen()[0]).isEqualTo(subsidyFen);
    // far above the cap of 200,000.00 an enterprise
    assertThat(book.loanPaidFen()[0]).isEqualTo(CAP_FEN);
    assertThat(book.minimumFen()[0]).isEqualTo(CAP_FEN);
  }

  @ParameterizedTest(name = "with a failed enterprise after it: {0}")
  @ValueSource(booleans = {false, true})
  void underAct365F_anExactHalfFenRoundsUp_andTheYuanRoundingIsTheMeasures(boolean withAFailedEnterprise) {
    FirstLoanOptions act365 = FirstLoanOptions.builder().dayCount(DayCount.ACT_365F).build();
    BookFirstLoanColumns book = book(1, withAFailedEnterprise);
    book.principalFen()[0] = 9_125L;
    BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, act365).compute(book);
    // 第5条 under ACT/365F: 91.25 × 2% = 1.825 a year; × 181/365 = 0.905 exactly → 0.91 (half-up at the fen)
    assertThat(book.loanComputedFen()[0]).isEqualTo(91L);

    FirstLoanMeasure m = FirstLoanFixtures.MEASURE;
    FirstLoanMeasure yuan = new FirstLoanMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.firstLoanWindow(), m.region(), m.annualSubsidyRate(), m.maximumSubsidyMonths(), m.minimumUseMonths(),
        m.minimumLoanRate(), m.capPerEnterprise(), m.dayCount(), m.rounding().withValue(MoneyRounding.YUAN_HALF_UP),
        m.implementingRules());
    BookFirstLoanColumns fixture = book(1, withAFailedEnterprise);
    BookFirstLoanFastPath.of(yuan, act365).compute(fixture);
    // 1,000,000 × 2% × 181/365 = 3,620,000/365 = 9,917.808… → 9,918 (half-up at the yuan)
    assertThat(fixture.loanComputedFen()[0]).isEqualTo(991_800L);
  }

  @Test
  void aRateAbove100Percent_theOnlyFaultOfItsBlock_failsItsEnterprise() {
    BookFirstLoanColumns book = book(2, false);
    book.annualRatePpm()[1] = 1_000_001;   // 100.0001%: no loan's rate (LoanFacts refuses it)
    PATH.compute(book);
    assertThat(book.failedColumn()).containsExactly(BookFirstLoanColumns.NO_FAILURE,
        BookFirstLoanColumns.FAILED_RATE);
    assertThat(book.minimumFen()).containsExactly(FIXTURE_SUBSIDY_FEN, 0L);
  }

  @Test
  void aWindowOneDayLongerThanTheDateTables_itsLastDayComputedAsTheOthers() {
    // the tables of ends by drawdown day hold 366 × 30 = 10,980 days; this window has 10,981 (1950-01-01 +
    // 10,980 days = 1980-01-24: 30 years of which 7 leap, 10,957 days to 1980-01-01, then 23)
    FirstLoanMeasure m = FirstLoanFixtures.MEASURE;
    FirstLoanMeasure longWindow = new FirstLoanMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.firstLoanWindow().withValue(DateRange.of(LocalDate.of(1950, 1, 1), LocalDate.of(1980, 1, 24))),
        m.region(), m.annualSubsidyRate(), m.maximumSubsidyMonths(), m.minimumUseMonths(), m.minimumLoanRate(),
        m.capPerEnterprise(), m.dayCount(), m.rounding(), m.implementingRules());
    BookFirstLoanColumns book = new BookFirstLoanColumns(2, 2);
    // drawn on the window's last day (beyond the tables) and on the day before (the tables' last), each for a year
    for (LocalDate drawdown : new LocalDate[] {LocalDate.of(1980, 1, 24), LocalDate.of(1980, 1, 23)}) {
      book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("L" + drawdown).drawdownDate(drawdown)
          .maturityDate(drawdown.plusYears(1)).build()));
    }
    BookFirstLoanFastPath.of(longWindow, FirstLoanOptions.DEFAULTS).compute(book);
    // six months (第5条): 1980-01-24 to 1980-07-24 = 7 + 29 (a leap February) + 31 + 30 + 31 + 30 + 24 = 182 days,
    // and 1980-01-23 to 1980-07-23 the same 182; 1,000,000 × 2% × 182/360 = 10,111.111… → 10,111.11
    assertThat(book.status()).containsExactly(BookColumnCodes.ELIGIBLE, BookColumnCodes.ELIGIBLE);
    assertThat(book.minimumFen()).containsExactly(1_011_111L, 1_011_111L);
  }

  @Test
  void aFailedEnterprisesItem_namesTheColumnAtItsEdge() {
    BookFirstLoanColumns book = new BookFirstLoanColumns(5, 4);
    for (int e = 0; e < 4; e++) {
      book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("L" + e).build()));
    }
    book.principalFen()[0] = 0;                          // zero: not positive
    book.endOfUseDay()[1] = book.drawdownDay()[1];       // used no day: an end of use, not before the drawdown;
    book.annualRatePpm()[1] = 0;                         // the rate of zero is the fault
    book.annualRatePpm()[2] = 1_000_000;                 // 100%: a rate; the fact out of its codes is the fault
    book.forProductionOrOperation()[2] = 5;
    book.firstTimeBorrower()[2] = BookColumnCodes.UNKNOWN;   // -1: a fact, not known
    book.principalFen()[3] = -1;                         // corrected after the run, below
    // an enterprise with its facts but no loan row
    book.independentLegalPerson()[4] = BookColumnCodes.YES;
    book.firstTimeBorrower()[4] = BookColumnCodes.YES;
    book.onSeriousDishonestyList()[4] = BookColumnCodes.NO;
    book.enterpriseRegion()[4] = 440305;
    book.loanStart()[5] = 4;
    book.setEnterprises(5);
    PATH.compute(book);
    assertThat(book.failedColumn()).containsExactly(BookFirstLoanColumns.FAILED_PRINCIPAL,
        BookFirstLoanColumns.FAILED_RATE, BookFirstLoanColumns.FAILED_FACT, BookFirstLoanColumns.FAILED_PRINCIPAL,
        BookFirstLoanColumns.FAILED_NO_LOANS);
    book.principalFen()[3] = 100_000_000L;

    BookFailure zero = book.item(0).failure().orElseThrow();
    assertThat(zero.field()).isEqualTo("/loans/0/principal");
    assertThat(zero.value()).isEqualTo("0.00");
    assertThat(zero.problem()).isEqualTo("must be positive");
    BookFailure rate = book.item(1).failure().orElseThrow();
    assertThat(rate.field()).isEqualTo("/loans/0/annualInterestRate");
    assertThat(rate.problem()).isEqualTo("must be positive");
    BookFailure fact = book.item(2).failure().orElseThrow();
    assertThat(fact.field()).isEqualTo("/loans/0/forProductionOrOperation");
    assertThat(fact.value()).isEqualTo("5");
    BookFailure changed = book.item(3).failure().orElseThrow();
    assertThat(changed.field()).isEqualTo("/loans");
    assertThat(changed.problem()).isEqualTo("were refused when computed and have changed since");
    BookFailure none = book.item(4).failure().orElseThrow();
    assertThat(none.field()).isEqualTo("/loans");
    assertThat(none.value()).isEqualTo("[]");
    assertThat(none.problem()).isEqualTo("must hold at least one loan");
  }
}
