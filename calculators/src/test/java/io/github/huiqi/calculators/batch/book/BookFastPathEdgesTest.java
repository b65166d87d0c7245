package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolLossBasis;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateBounds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the columnar fast paths that random books rarely reach: the thread count, the region's last code and
 * the next city's, an enterprise with no loans, a zero rate, a book filled to its capacity, the failed column named
 * when a row has several faults, products beyond a {@code long} (the exact fallback), rounding to the yuan and grant
 * days at the ends of an int, and places and drawdowns at the edges of their ranges. The edges a clean block would
 * decide in its branch-free loop are also decided with a failed row after them, which sends the block to the row
 * path: both paths must give the same.
 */
class BookFastPathEdgesTest {

  private static final BookFirstLoanFastPath FIRST_LOAN =
      BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS);
  private static final BookRiskPoolFastPath RISK_POOL =
      BookRiskPoolFastPath.of(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);
  /** 1,000,000 × 2% × 181/360 (2023-01-15 to 2023-07-15) = 10,055.555… → 10,055.56 (深工信〔2023〕26号 第3条). */
  private static final long FIXTURE_SUBSIDY_FEN = 1_005_556L;

  private static BookFirstLoanColumns firstLoanBook(int enterprises) {
    BookFirstLoanColumns book = new BookFirstLoanColumns(enterprises, enterprises);
    for (int e = 0; e < enterprises; e++) {
      book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("L" + e).build()));
    }
    return book;
  }

  @Test
  void firstLoan_threads_oneIsTheSequentialRun_belowOneIsRejected() {
    BookFirstLoanColumns book = firstLoanBook(3);
    assertThat(FIRST_LOAN.compute(book, 1).minimumFen()).isEqualTo(3 * FIXTURE_SUBSIDY_FEN);
    assertThat(book.minimumFen()).containsExactly(FIXTURE_SUBSIDY_FEN, FIXTURE_SUBSIDY_FEN, FIXTURE_SUBSIDY_FEN);
    assertThatThrownBy(() -> FIRST_LOAN.compute(book, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("threads");
  }

  @Test
  void firstLoan_aFailedEnterpriseCorrectedAndComputedAgain_isClearedOnTheCleanPath() {
    BookFirstLoanColumns book = firstLoanBook(3);
    // enterprise 1's principal is not positive: its block is computed enterprise by enterprise, and it failed
    book.principalFen()[1] = 0;
    FIRST_LOAN.compute(book);
    assertThat(book.failedColumn()[1]).isEqualTo(BookFirstLoanColumns.FAILED_PRINCIPAL);
    assertThat(book.status()[1]).isEqualTo(BookColumnCodes.FAILED);
    // corrected, the block is clean: the stale failure code is overwritten with NO_FAILURE
    book.principalFen()[1] = 100_000_000L;
    assertThat(FIRST_LOAN.compute(book).minimumFen()).isEqualTo(3 * FIXTURE_SUBSIDY_FEN);
    assertThat(book.failedColumn()).containsOnly(BookFirstLoanColumns.NO_FAILURE);
    assertThat(book.status()[1]).isEqualTo(BookColumnCodes.ELIGIBLE);
  }

  @Test
  void firstLoan_theNextCitysCode_isOutsideShenzhen() {
    // 440400 (珠海市) follows Shenzhen's 440300–440399 range: the firm is not a 深圳市 enterprise (第3条)
    BookFirstLoanColumns book = new BookFirstLoanColumns(2, 2);
    book.add(FirstLoanFixtures.request(FirstLoanFixtures.firm().registrationRegionCode("440400").build(),
        FirstLoanFixtures.loan("ZH").build()));
    book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("SZ").lenderRegionCode("440400").build()));
    // built here, not shared: the region's range is worked out when the path is built
    BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS).compute(book);
    assertThat(BookColumnCodes.verdict(book.status()[0])).contains(Verdict.INELIGIBLE);
    assertThat(BookColumnCodes.verdict(book.status()[1])).contains(Verdict.INELIGIBLE);
    assertThat(book.maximumFen()).containsExactly(0L, 0L);
    // the plain form agrees
    assertThat(FirstLoanFixtures.CALCULATOR.explainSubsidy(FirstLoanFixtures.MEASURE, FirstLoanFixtures.request(
        FirstLoanFixtures.firm().registrationRegionCode("440400").build(), FirstLoanFixtures.loan("ZH").build()))
        .eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void firstLoan_anEnterpriseWithNoLoans_failsOnItsOwn() {
    BookFirstLoanColumns book = new BookFirstLoanColumns(2, 1);
    book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("L0").build()));
    // a second enterprise filled directly, with its facts but no loan row
    book.independentLegalPerson()[1] = BookColumnCodes.YES;
    book.firstTimeBorrower()[1] = BookColumnCodes.YES;
    book.onSeriousDishonestyList()[1] = BookColumnCodes.NO;
    book.enterpriseRegion()[1] = 440305;
    book.loanStart()[2] = 1;
    book.setEnterprises(2);
    BookColumnTotals totals = FIRST_LOAN.compute(book);
    assertThat(book.failedColumn()).containsExactly(BookFirstLoanColumns.NO_FAILURE,
        BookFirstLoanColumns.FAILED_NO_LOANS);
    assertThat(book.status()[1]).isEqualTo(BookColumnCodes.FAILED);
    assertThat(totals.toTotals().failed()).isEqualTo(1);
    assertThat(totals.minimumFen()).isEqualTo(FIXTURE_SUBSIDY_FEN);
  }

  @Test
  void firstLoan_aZeroRate_isABadRowNotABelowFloorRate() {
    BookFirstLoanColumns book = firstLoanBook(2);
    book.annualRatePpm()[0] = 0;
    book.annualRatePpm()[1] = 1;   // 0.0001 %: a rate, below the 2% floor → ineligible, not failed
    FIRST_LOAN.compute(book);
    assertThat(book.failedColumn()).containsExactly(BookFirstLoanColumns.FAILED_RATE,
        BookFirstLoanColumns.NO_FAILURE);
    assertThat(book.status()[1]).isEqualTo(BookColumnCodes.INELIGIBLE);
  }

  @Test
  void firstLoan_aBookFilledToCapacity_lastEnterpriseFailedOrOfManyLoans() {
    // columns exactly as large as their rows: the last enterprise's loans end at the last loan row
    BookFirstLoanColumns failing = new BookFirstLoanColumns(2, 3);
    failing.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("A").build()));
    failing.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("B1").build(), FirstLoanFixtures.loan("B2").build()));
    failing.principalFen()[2] = 0;
    FIRST_LOAN.compute(failing);
    assertThat(failing.failedColumn()).containsExactly(BookFirstLoanColumns.NO_FAILURE,
        BookFirstLoanColumns.FAILED_PRINCIPAL);
    assertThat(failing.loanStatus()).containsExactly(BookColumnCodes.ELIGIBLE, BookColumnCodes.FAILED,
        BookColumnCodes.FAILED);

    BookFirstLoanColumns many = new BookFirstLoanColumns(1, 2);
    many.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("C1").build(), FirstLoanFixtures.loan("C2").build()));
    FIRST_LOAN.compute(many);
    // two loans of 10,055.56 each: 20,111.12, within the 200,000 cap
    assertThat(many.minimumFen()).containsExactly(2 * FIXTURE_SUBSIDY_FEN);
    assertThat(many.loanPaidFen()).containsExactly(FIXTURE_SUBSIDY_FEN, FIXTURE_SUBSIDY_FEN);
  }

  @Test
  void firstLoan_roundedToTheYuan_andAProductBeyondALong() {
    FirstLoanMeasure m = FirstLoanFixtures.MEASURE;
    FirstLoanMeasure yuan = new FirstLoanMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.firstLoanWindow(), m.region(), m.annualSubsidyRate(), m.maximumSubsidyMonths(), m.minimumUseMonths(),
        m.minimumLoanRate(), m.capPerEnterprise(), m.dayCount(),
        Parameter.of(MoneyRounding.YUAN_HALF_UP, m.rounding().citation(), m.rounding().validity()),
        m.implementingRules());
    BookFirstLoanColumns book = firstLoanBook(2);
    // 10,000,000,000,000.00 yuan: 10^15 fen × 20,000 ppm is beyond a long, so the exact fallback computes it
    book.principalFen()[1] = 1_000_000_000_000_000L;
    BookFirstLoanFastPath.of(yuan, FirstLoanOptions.DEFAULTS).compute(book);
    // 10,055.555… → 10,056 yuan
    assertThat(book.loanComputedFen()[0]).isEqualTo(1_005_600L);
    // 10^13 × 2% × 181/360 = 100,555,555,555.555… → 100,555,555,556 yuan; paid at the 200,000 cap
    assertThat(book.loanComputedFen()[1]).isEqualTo(10_055_555_555_600L);
    assertThat(book.loanPaidFen()[1]).isEqualTo(20_000_000L);
    // the plain form rounds the same loan the same way
    assertThat(FirstLoanFixtures.CALCULATOR.subsidy(yuan, FirstLoanFixtures.request(
        FirstLoanFixtures.loan("L").build())).getNumber().intValueExact()).isEqualTo(10_056);
  }

  private static BookRiskPoolColumns riskPoolBook(int rows) {
    BookRiskPoolColumns book = new BookRiskPoolColumns(rows);
    for (int i = 0; i < rows; i++) {
      book.set(i, RiskPoolFixtures.claim("L" + i, LocalDate.of(2023, 1, 1)).build());
    }
    return book;
  }

  @Test
  void riskPool_threads_oneIsTheSequentialRun_belowOneIsRejected() {
    BookRiskPoolColumns book = riskPoolBook(2);
    // 1,000,000 × (30% + 30 pp) = 600,000.00 a loan (深工信〔2023〕26号 第5条)
    assertThat(RISK_POOL.compute(book, 1).minimumFen()).isEqualTo(2 * 60_000_000L);
    assertThatThrownBy(() -> RISK_POOL.compute(book, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("threads");
  }

  @Test
  void riskPool_recoveriesInOneBlockAndNoneInTheNext_eachReturnColumnWritten() {
    // two blocks of 4,096 rows: the first with recoveries, the second without (whose share is then skipped)
    BookRiskPoolColumns book = riskPoolBook(2 * 4096);
    book.recoveriesFen()[7] = 10_000_000L;
    // rows of the second block hold a stale return from an earlier use of the columns: overwritten with 0
    java.util.Arrays.fill(book.recoveryReturnFen(), 4096, 2 * 4096, 123L);
    RISK_POOL.compute(book);
    // row 7: granted 2023-01-01, 60% (深工信〔2023〕26号 第5条); recoveries 100,000.00 × 60% = 60,000.00 returned
    // (decisions register §4.2 item 13), below the 600,000.00 paid
    assertThat(book.recoveryReturnFen()[7]).isEqualTo(6_000_000L);
    assertThat(book.recoveryReturnFen()[8]).isZero();
    assertThat(book.recoveryReturnFen()[4096]).isZero();
    assertThat(book.recoveryReturnFen()[2 * 4096 - 1]).isZero();
    // and the other way round: the recoveries removed and the book computed again, row 7 returns nothing
    book.recoveriesFen()[7] = 0;
    RISK_POOL.compute(book);
    assertThat(book.recoveryReturnFen()[7]).isZero();
    assertThat(book.compensationFen()[7]).isEqualTo(60_000_000L);
  }

  @Test
  void riskPool_aFailedRowCorrectedAndComputedAgain_isClearedOnTheCleanPath() {
    BookRiskPoolColumns book = riskPoolBook(2 * 4096);
    // row 5 has a negative loss: its block is computed row by row, and row 5 failed
    book.principalOutstandingFen()[5] = -1;
    RISK_POOL.compute(book);
    assertThat(book.failedColumn()[5]).isEqualTo(BookRiskPoolColumns.FAILED_OUTSTANDING);
    assertThat(book.status()[5]).isEqualTo(BookColumnCodes.FAILED);
    // corrected, the block is clean: the stale failure code and a stale return are overwritten with zeros
    book.principalOutstandingFen()[5] = 100_000_000L;
    book.recoveryReturnFen()[6] = 99L;
    RISK_POOL.compute(book);
    assertThat(book.failedColumn()[5]).isEqualTo(BookRiskPoolColumns.NO_FAILURE);
    assertThat(book.recoveryReturnFen()[6]).isZero();
    // 1,000,000 × (30% + 30 pp) = 600,000.00 (深工信〔2023〕26号 第5条)
    assertThat(book.compensationFen()[5]).isEqualTo(60_000_000L);
    assertThat(book.status()[5]).isEqualTo(BookColumnCodes.ELIGIBLE);
  }

  @Test
  void riskPool_theCategoryAfterTheLast_isABadCategory() {
    BookRiskPoolColumns book = riskPoolBook(1);
    book.category()[0] = (byte) RiskPoolLoanCategory.values().length;
    RISK_POOL.compute(book);
    assertThat(book.failedColumn()).containsExactly(BookRiskPoolColumns.FAILED_CATEGORY);
  }

  @ParameterizedTest(name = "with a failed row after it: {0}")
  @ValueSource(booleans = {false, true})
  void riskPool_anAgreedBaseAtTheCeiling_isAccepted_andTheShareHeldThere(boolean withAFailedRow) {
    BookRiskPoolColumns book = riskPoolBook(withAFailedRow ? 2 : 1);
    book.baseRatioPpm()[0] = 800_000;   // 80%, the ceiling itself
    failLastRow(book, withAFailedRow);
    RISK_POOL.compute(book);
    // 80% + 30 pp uplift = 110%, held at the 80% ceiling: 800,000.00
    assertThat(book.failedColumn()[0]).isEqualTo(BookRiskPoolColumns.NO_FAILURE);
    assertThat(book.compensationFen()[0]).isEqualTo(80_000_000L);
  }

  /** Makes the book's last row a bad one (a negative amount outstanding) when asked: its block takes the row path. */
  private static void failLastRow(BookRiskPoolColumns book, boolean fail) {
    if (fail) {
      book.principalOutstandingFen()[book.size() - 1] = -1;
    }
  }

  @Test
  void riskPool_aRowWithSeveralFaults_namesTheFirstInThePlainFormsOrder() {
    BookRiskPoolFastPath withInterest = BookRiskPoolFastPath.of(RiskPoolFixtures.POOL,
        RiskPoolOptions.builder().lossBasis(RiskPoolLossBasis.PRINCIPAL_AND_INTEREST).build());
    BookRiskPoolColumns book = riskPoolBook(6);
    Arrays.fill(book.accruedInterestFen(), 0L);   // interest counts here: 0.00 given for each row
    // row 0: nothing outstanding and no interest are amounts, not faults; the category is the fault
    book.principalOutstandingFen()[0] = 0;
    book.accruedInterestFen()[0] = 0;
    book.category()[0] = 99;
    // row 1: negative interest
    book.accruedInterestFen()[1] = -1;
    // row 2: interest that overflows the loss
    book.accruedInterestFen()[2] = Long.MAX_VALUE;
    // row 3: an agreed base of 0% is a base; the recoveries are the fault
    book.baseRatioPpm()[3] = 0;
    book.recoveriesFen()[3] = -1;
    // row 4: an agreed base at the ceiling is a base; the recoveries are the fault
    book.baseRatioPpm()[4] = 800_000;
    book.recoveriesFen()[4] = -1;
    // row 5: a fact out of its codes, everything else right
    book.guaranteedByFinancingGuarantor()[5] = 9;
    withInterest.compute(book);
    assertThat(book.failedColumn()).containsExactly(BookRiskPoolColumns.FAILED_CATEGORY,
        BookRiskPoolColumns.FAILED_INTEREST, BookRiskPoolColumns.FAILED_INTEREST,
        BookRiskPoolColumns.FAILED_RECOVERIES, BookRiskPoolColumns.FAILED_RECOVERIES,
        BookRiskPoolColumns.FAILED_FACT);
  }

  @Test
  void riskPool_aTotalPastALongsFen_refusesTheBookNamingIt_onOneThreadAndTwo() {
    // two bad loans of 80,000,000,000,000,000.00 yuan outstanding each (8 × 10^18 fen, each a long): × 60% is
    // 4.8 × 10^18 fen a row, computed exactly; the two together, 9.6 × 10^18 fen, pass a long (9.22 × 10^18)
    BookRiskPoolColumns book = riskPoolBook(2);
    Arrays.fill(book.principalOutstandingFen(), 8_000_000_000_000_000_000L);
    for (int threads : new int[] {1, 2}) {
      assertThatThrownBy(() -> RISK_POOL.compute(book, threads)).isInstanceOfSatisfying(InvalidInputException.class,
          ex -> {
            assertThat(ex.field()).isEqualTo("book");
            assertThat(ex.getMessage()).contains("96000000000000000.00", "92,233,720,368,547,758.07");
          });
    }
    assertThat(book.compensationFen()).containsExactly(4_800_000_000_000_000_000L, 4_800_000_000_000_000_000L);
  }

  @Test
  void riskPool_aLossBeyondALongTimesTheRatio_isComputedExactly_atTheFenAndTheYuan() {
    BookRiskPoolColumns book = riskPoolBook(1);
    // 200,000,000,000.37 yuan outstanding: 2 × 10^13 fen × 600,000 ppm is beyond a long
    book.principalOutstandingFen()[0] = 20_000_000_000_037L;
    RISK_POOL.compute(book);
    // × 60% = 120,000,000,000.222 → 120,000,000,000.22 (half-up at the fen)
    assertThat(book.compensationFen()).containsExactly(12_000_000_000_022L);

    RiskPoolMeasure m = RiskPoolFixtures.POOL;
    RiskPoolMeasure yuan = new RiskPoolMeasure(m.id(), m.clause(), m.documentStatus(), m.title(), m.baseRatios(),
        m.upliftWindows(), m.ceiling(), m.lossBasis(), m.returnRecoveries(),
        Parameter.of(MoneyRounding.YUAN_HALF_UP, m.rounding().citation(), m.rounding().validity()),
        m.exclusionRules(), m.lossTrigger());
    BookRiskPoolFastPath.of(yuan, RiskPoolOptions.DEFAULTS).compute(book);
    // → 120,000,000,000 yuan
    assertThat(book.compensationFen()).containsExactly(12_000_000_000_000L);
  }

  @Test
  void firstLoanColumns_capacity_rows_andAFailedEnterprisesItem() {
    BookFirstLoanColumns book = new BookFirstLoanColumns(2, 3);
    // rows are numbered as added; the loans fill the loan columns exactly
    assertThat(book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("A").build()))).isEqualTo(0);
    assertThat(book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("B1").build(),
        FirstLoanFixtures.loan("B2").build()))).isEqualTo(1);
    // a third enterprise has no row left
    assertThatThrownBy(() -> book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("C").build())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("request");
    BookFirstLoanColumns loansFull = new BookFirstLoanColumns(2, 2);
    loansFull.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("A").build()));
    assertThatThrownBy(() -> loansFull.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("B1").build(),
        FirstLoanFixtures.loan("B2").build()))).isInstanceOf(InvalidInputException.class);
    // the count of rows in use: 0 to the capacity
    book.setEnterprises(2);
    assertThat(book.enterprises()).isEqualTo(2);
    assertThatThrownBy(() -> book.setEnterprises(3)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("enterprises");
    assertThatThrownBy(() -> book.setEnterprises(-1)).isInstanceOf(InvalidInputException.class);

    book.principalFen()[2] = -5;
    FIRST_LOAN.compute(book);
    BookItem failed = book.item(1);
    assertThat(failed.isFailed()).isTrue();
    // the enterprise's second loan (B2, loan row 2): its principal of -5 fen, as the request would hold it in yuan
    assertThat(failed.failure()).contains(new BookFailure("/loans/1/principal", "-0.05", "input.not-positive",
        "must be positive"));
    // the first enterprise's 10,055.56, exactly
    assertThat(book.item(0).amount()).contains(AmountRange.exactly(Cny.of("10055.56")));
  }

  @Test
  void riskPoolColumns_interestAndAgreedBaseStartAbsent() {
    BookRiskPoolColumns book = new BookRiskPoolColumns(2);
    assertThat(book.accruedInterestFen()).containsExactly(BookColumnCodes.ABSENT_FEN, BookColumnCodes.ABSENT_FEN);
    assertThat(book.baseRatioPpm()).containsExactly(BookColumnCodes.ABSENT_PPM, BookColumnCodes.ABSENT_PPM);
    // the classification day too: a row whose day is never filled fails (BookColumnsFailureTest)
    assertThat(book.firstNonPerformingDay()).containsExactly(BookColumnCodes.ABSENT_DAY, BookColumnCodes.ABSENT_DAY);
    book.set(0, RiskPoolFixtures.claim("L0", LocalDate.of(2023, 1, 1)).build());
    assertThat(book.loanId()).containsExactly("L0", null);
  }

  @Test
  void firstLoan_twentyFiveLoansOfOneEnterprise_theCapAllocatedInDrawdownOrder() {
    // 25 loans of 1,000,000 drawn 2023-01-15 … 2023-02-08 (one a day), each used six months (第3条: 181 to 184
    // days, ACT/360): the cap of 200,000 is reached in drawdown order, whatever the rows' order
    BookFirstLoanColumns book = new BookFirstLoanColumns(1, 25);
    LoanFacts[] loans = new LoanFacts[25];
    for (int k = 0; k < 25; k++) {
      LocalDate drawdown = LocalDate.of(2023, 1, 15).plusDays(24 - k);   // rows in reverse drawdown order
      loans[k] = FirstLoanFixtures.loan("L" + k).drawdownDate(drawdown).maturityDate(drawdown.plusYears(1)).build();
    }
    book.add(FirstLoanFixtures.request(loans));
    BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS).compute(book);
    assertThat(book.minimumFen()).containsExactly(20_000_000L);
    // the earliest drawdown (2023-01-15, row 24): 181 days, 10,055.56, paid in full
    assertThat(book.loanPaidFen()[24]).isEqualTo(FIXTURE_SUBSIDY_FEN);
    // the last one drawn (2023-02-08, row 0) comes after the cap is spent: nothing
    assertThat(book.loanPaidFen()[0]).isZero();
    long paid = 0;
    for (long fen : book.loanPaidFen()) {
      paid += fen;
    }
    assertThat(paid).isEqualTo(20_000_000L);
    // the same as the plain form, loan by loan
    FirstLoanResult plain = FirstLoanFixtures.CALCULATOR
        .explainSubsidy(FirstLoanFixtures.MEASURE, FirstLoanFixtures.request(loans));
    for (int k = 0; k < 25; k++) {
      assertThat(book.loanPaidFen()[k]).as("loan %d", k).isEqualTo(
          plain.loans().get(k).paid().getNumber().numberValueExact(BigDecimal.class).movePointRight(2)
              .longValueExact());
    }
  }

  @Test
  void firstLoan_eachBadLoanColumn_namedAsItsFailure() {
    BookFirstLoanColumns book = firstLoanBook(3);
    book.endOfUseDay()[0] = book.drawdownDay()[0] - 1;       // used until the day before it was drawn
    book.forProductionOrOperation()[1] = 5;                    // a fact outside -1, 0, 1
    book.onSeriousDishonestyList()[2] = -7;                    // an enterprise fact outside them
    FIRST_LOAN.compute(book);
    assertThat(book.failedColumn()).containsExactly(BookFirstLoanColumns.FAILED_END_OF_USE,
        BookFirstLoanColumns.FAILED_FACT, BookFirstLoanColumns.FAILED_FACT);
  }

  @Test
  void riskPool_grantDaysFarBeforeAndAfterTheWindows_haveNoUplift() {
    BookRiskPoolColumns book = riskPoolBook(3);
    // the first and the last day a claim can hold (DateBounds), far around the table of uplifts by grant day; days
    // beyond them fail their row (BookColumnsFailureTest)
    book.effectiveGrantDay()[0] = (int) DateBounds.EARLIEST.toEpochDay();
    book.effectiveGrantDay()[2] = (int) DateBounds.LATEST.toEpochDay();
    // classified on that last day too: a loan cannot turn bad before it is granted (the claim refuses it)
    book.firstNonPerformingDay()[2] = (int) DateBounds.LATEST.toEpochDay();
    RISK_POOL.compute(book);
    // 1,000,000 × 30% (no window) = 300,000.00; the middle row, granted 2023-01-01, × (30% + 30 pp) = 600,000.00
    assertThat(book.compensationFen()).containsExactly(30_000_000L, 60_000_000L, 30_000_000L);
  }

  @ParameterizedTest(name = "with a failed enterprise after them: {0}")
  @ValueSource(booleans = {false, true})
  void firstLoan_placesAndDrawdownsAtTheirEdges_decidedByTheirConditions(boolean withAFailedEnterprise) {
    BookFirstLoanColumns book = firstLoanBook(withAFailedEnterprise ? 12 : 11);
    if (withAFailedEnterprise) {
      book.principalFen()[11] = 0;   // a bad loan: its block is computed enterprise by enterprise
    }
    book.enterpriseRegion()[0] = BookColumnCodes.UNKNOWN_PLACE;   // not known: undetermined
    book.enterpriseRegion()[1] = BookColumnCodes.NOT_A_PLACE;     // not six digits: in no region
    book.enterpriseRegion()[2] = 440399;                          // Shenzhen's last code
    book.enterpriseRegion()[3] = 440299;                          // the code before Shenzhen's first
    book.enterpriseRegion()[4] = Integer.MIN_VALUE;
    book.lenderRegion()[5] = BookColumnCodes.UNKNOWN_PLACE;
    book.lenderRegion()[6] = Integer.MAX_VALUE;
    book.lenderRegion()[7] = 440300;                              // Shenzhen's first code
    book.drawdownDay()[8] = (int) DateBounds.EARLIEST.toEpochDay();   // long before the window
    book.drawdownDay()[9] = (int) LocalDate.of(2023, 4, 1).toEpochDay();   // the day after the window
    book.endOfUseDay()[9] = (int) LocalDate.of(2023, 12, 1).toEpochDay();
    book.drawdownDay()[10] = (int) DateBounds.LATEST.toEpochDay();   // long after it (the last day a request holds)
    book.endOfUseDay()[10] = (int) DateBounds.LATEST.toEpochDay();
    BookColumnTotals totals = FIRST_LOAN.compute(book);

    byte e = BookColumnCodes.ELIGIBLE;
    byte i = BookColumnCodes.INELIGIBLE;
    byte u = BookColumnCodes.UNDETERMINED;
    // 第3条: a 深圳市 enterprise, a loan from a bank in Shenzhen, drawn 2023-01-01..2023-03-31
    assertThat(Arrays.copyOf(book.status(), 11)).containsExactly(u, i, e, i, i, u, i, e, i, i, i);
    assertThat(Arrays.copyOf(book.failedColumn(), 11)).containsOnly(BookFirstLoanColumns.NO_FAILURE);
    long s = FIXTURE_SUBSIDY_FEN;
    // an undetermined enterprise would receive the 10,055.56; it certainly receives nothing
    assertThat(Arrays.copyOf(book.maximumFen(), 11)).containsExactly(s, 0, s, 0, 0, s, 0, s, 0, 0, 0);
    assertThat(Arrays.copyOf(book.minimumFen(), 11)).containsExactly(0, 0, s, 0, 0, 0, 0, s, 0, 0, 0);
    int failed = withAFailedEnterprise ? 1 : 0;
    assertThat(totals.toTotals()).isEqualTo(new BookTotals(11 + failed, 2, 7, 2, failed,
        new AmountRange(Cny.of("20111.12"), Cny.of("40222.24"))));
  }

  @ParameterizedTest(name = "with a failed row after it: {0}")
  @ValueSource(booleans = {false, true})
  void riskPool_nothingOutstandingAtAZeroBase_isAnAmountOfZero_notABadRow(boolean withAFailedRow) {
    BookRiskPoolColumns book = riskPoolBook(withAFailedRow ? 2 : 1);
    book.principalOutstandingFen()[0] = 0;
    book.baseRatioPpm()[0] = 0;
    failLastRow(book, withAFailedRow);
    BookColumnTotals totals = RISK_POOL.compute(book);
    assertThat(book.failedColumn()[0]).isEqualTo(BookRiskPoolColumns.NO_FAILURE);
    assertThat(book.compensationFen()[0]).isZero();
    assertThat(totals.toTotals().failed()).isEqualTo(withAFailedRow ? 1 : 0);
  }
}
