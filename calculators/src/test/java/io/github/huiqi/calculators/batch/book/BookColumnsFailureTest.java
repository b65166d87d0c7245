package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolLossBasis;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.time.DateBounds;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad rows of a columnar book are reported by row and column, each kind of bad value on its own among good rows too;
 * the other rows are computed.
 */
class BookColumnsFailureTest {

  private static final long EARLIEST_DAY = DateBounds.EARLIEST.toEpochDay();
  private static final long LATEST_DAY = DateBounds.LATEST.toEpochDay();

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

  static Stream<Arguments> badRiskPoolValues() {
    return Stream.of(
        bad("outstanding -1", b -> b.principalOutstandingFen()[2] = -1, BookRiskPoolColumns.FAILED_OUTSTANDING),
        bad("interest absent", b -> b.accruedInterestFen()[2] = BookColumnCodes.ABSENT_FEN,
            BookRiskPoolColumns.FAILED_INTEREST),
        bad("interest past a long with the outstanding", b -> b.accruedInterestFen()[2] = Long.MAX_VALUE,
            BookRiskPoolColumns.FAILED_INTEREST),
        bad("recoveries -1", b -> b.recoveriesFen()[2] = -1, BookRiskPoolColumns.FAILED_RECOVERIES),
        bad("category 99", b -> b.category()[2] = 99, BookRiskPoolColumns.FAILED_CATEGORY),
        bad("category -1", b -> b.category()[2] = -1, BookRiskPoolColumns.FAILED_CATEGORY),
        bad("agreed base a millionth above the ceiling", b -> b.baseRatioPpm()[2] = 800_001,
            BookRiskPoolColumns.FAILED_BASE_RATIO),
        bad("agreed base -2", b -> b.baseRatioPpm()[2] = -2, BookRiskPoolColumns.FAILED_BASE_RATIO),
        bad("guaranteed 2", b -> b.guaranteedByFinancingGuarantor()[2] = 2, BookRiskPoolColumns.FAILED_FACT),
        bad("re-guaranteed -2", b -> b.reGuaranteed()[2] = -2, BookRiskPoolColumns.FAILED_FACT),
        bad("other scheme 127", b -> b.underOtherRiskCompensation()[2] = 127, BookRiskPoolColumns.FAILED_FACT),
        bad("guaranteed -5", b -> b.guaranteedByFinancingGuarantor()[2] = -5, BookRiskPoolColumns.FAILED_FACT),
        bad("re-guaranteed 3", b -> b.reGuaranteed()[2] = 3, BookRiskPoolColumns.FAILED_FACT),
        bad("other scheme -128", b -> b.underOtherRiskCompensation()[2] = -128, BookRiskPoolColumns.FAILED_FACT),
        // a grant day outside DateBounds (1949-10-01..2199-12-31), which a claim cannot hold: it was computed at the
        // base ratio alone (300,000.00 instead of a failure)
        bad("granted the day before 1949-10-01", b -> b.effectiveGrantDay()[2] = (int) EARLIEST_DAY - 1,
            BookRiskPoolColumns.FAILED_GRANT_DATE),
        bad("granted the day after 2199-12-31", b -> b.effectiveGrantDay()[2] = (int) LATEST_DAY + 1,
            BookRiskPoolColumns.FAILED_GRANT_DATE),
        bad("granted on the least int", b -> b.effectiveGrantDay()[2] = Integer.MIN_VALUE,
            BookRiskPoolColumns.FAILED_GRANT_DATE),
        // a classification day not filled, or outside DateBounds: before the column, every row was paid at 30% or
        // more whatever its classification date; a forgotten column must not pay silently
        bad("classification day not given", b -> b.firstNonPerformingDay()[2] = BookColumnCodes.ABSENT_DAY,
            BookRiskPoolColumns.FAILED_CLASSIFICATION_DATE),
        bad("classified the day before 1949-10-01", b -> b.firstNonPerformingDay()[2] = (int) EARLIEST_DAY - 1,
            BookRiskPoolColumns.FAILED_CLASSIFICATION_DATE),
        bad("classified the day after 2199-12-31", b -> b.firstNonPerformingDay()[2] = (int) LATEST_DAY + 1,
            BookRiskPoolColumns.FAILED_CLASSIFICATION_DATE),
        bad("classified on the greatest int", b -> b.firstNonPerformingDay()[2] = Integer.MAX_VALUE,
            BookRiskPoolColumns.FAILED_CLASSIFICATION_DATE));
  }

  private static Arguments bad(String what, Consumer<BookRiskPoolColumns> spoil, byte column) {
    return Arguments.of(what, spoil, column);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRiskPoolValues")
  void riskPool_oneBadValueAmongGoodRows_failsItsRowOnly(String what, Consumer<BookRiskPoolColumns> spoil,
      byte column) {
    // interest counts here, so that its column is checked too: 0.00 given for each good row
    BookRiskPoolColumns book = new BookRiskPoolColumns(4);
    for (int i = 0; i < 4; i++) {
      book.set(i, RiskPoolFixtures.claim("L" + i, LocalDate.of(2023, 1, 1)).build());
    }
    Arrays.fill(book.accruedInterestFen(), 0L);
    spoil.accept(book);
    BookColumnTotals totals = BookRiskPoolFastPath.of(RiskPoolFixtures.POOL,
        RiskPoolOptions.builder().lossBasis(RiskPoolLossBasis.PRINCIPAL_AND_INTEREST).build()).compute(book);

    assertThat(book.failedColumn()).containsExactly(BookRiskPoolColumns.NO_FAILURE, BookRiskPoolColumns.NO_FAILURE,
        column, BookRiskPoolColumns.NO_FAILURE);
    assertThat(book.status()).containsExactly(BookColumnCodes.ELIGIBLE, BookColumnCodes.ELIGIBLE,
        BookColumnCodes.FAILED, BookColumnCodes.ELIGIBLE);
    // each good row: (1,000,000 + 0.00 interest) × (30% + 30 pp) = 600,000.00 (深工信〔2023〕26号 第5条)
    assertThat(book.compensationFen()).containsExactly(60_000_000L, 60_000_000L, 0L, 60_000_000L);
    assertThat(totals.toTotals()).isEqualTo(new BookTotals(4, 3, 0, 0, 1,
        AmountRange.exactly(Cny.of("1800000.00"))));
  }

  static Stream<Arguments> badFirstLoanValues() {
    return Stream.of(
        badLoan("principal 0", b -> b.principalFen()[1] = 0, BookFirstLoanColumns.FAILED_PRINCIPAL),
        badLoan("principal -1", b -> b.principalFen()[1] = -1, BookFirstLoanColumns.FAILED_PRINCIPAL),
        badLoan("principal the least long", b -> b.principalFen()[1] = Long.MIN_VALUE,
            BookFirstLoanColumns.FAILED_PRINCIPAL),
        badLoan("rate 0", b -> b.annualRatePpm()[1] = 0, BookFirstLoanColumns.FAILED_RATE),
        badLoan("rate the least int", b -> b.annualRatePpm()[1] = Integer.MIN_VALUE, BookFirstLoanColumns.FAILED_RATE),
        badLoan("used until the day before the drawdown", b -> b.endOfUseDay()[1] = b.drawdownDay()[1] - 1,
            BookFirstLoanColumns.FAILED_END_OF_USE),
        badLoan("used until the least int", b -> b.endOfUseDay()[1] = Integer.MIN_VALUE,
            BookFirstLoanColumns.FAILED_END_OF_USE),
        badLoan("independent 2", b -> b.independentLegalPerson()[1] = 2, BookFirstLoanColumns.FAILED_FACT),
        badLoan("first-time -2", b -> b.firstTimeBorrower()[1] = -2, BookFirstLoanColumns.FAILED_FACT),
        badLoan("dishonest 5", b -> b.onSeriousDishonestyList()[1] = 5, BookFirstLoanColumns.FAILED_FACT),
        badLoan("first drawdown -5", b -> b.firstDrawdownOfFirstContract()[1] = -5, BookFirstLoanColumns.FAILED_FACT),
        badLoan("production 3", b -> b.forProductionOrOperation()[1] = 3, BookFirstLoanColumns.FAILED_FACT),
        badLoan("other subsidy -128", b -> b.subsidisedUnderAnotherMunicipalScheme()[1] = -128,
            BookFirstLoanColumns.FAILED_FACT),
        // values a request cannot hold, which were computed: a rate above 100% (Args.inputRate; 10,055.56 paid), a
        // drawdown or an end of use outside DateBounds (ineligible, or 10,055.56 paid)
        badLoan("rate a millionth above 100%", b -> b.annualRatePpm()[1] = 1_000_001, BookFirstLoanColumns.FAILED_RATE),
        badLoan("rate the greatest int", b -> b.annualRatePpm()[1] = Integer.MAX_VALUE,
            BookFirstLoanColumns.FAILED_RATE),
        badLoan("drawn the day before 1949-10-01", b -> b.drawdownDay()[1] = (int) EARLIEST_DAY - 1,
            BookFirstLoanColumns.FAILED_DRAWDOWN),
        badLoan("drawn on the least int", b -> b.drawdownDay()[1] = Integer.MIN_VALUE,
            BookFirstLoanColumns.FAILED_DRAWDOWN),
        badLoan("used until the day after 2199-12-31", b -> b.endOfUseDay()[1] = (int) LATEST_DAY + 1,
            BookFirstLoanColumns.FAILED_END_OF_USE),
        badLoan("used until the greatest int", b -> b.endOfUseDay()[1] = Integer.MAX_VALUE,
            BookFirstLoanColumns.FAILED_END_OF_USE));
  }

  private static Arguments badLoan(String what, Consumer<BookFirstLoanColumns> spoil, byte column) {
    return Arguments.of(what, spoil, column);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFirstLoanValues")
  void firstLoan_oneBadValueAmongGoodOneLoanEnterprises_failsItsEnterpriseOnly(String what,
      Consumer<BookFirstLoanColumns> spoil, byte column) {
    BookFirstLoanColumns book = new BookFirstLoanColumns(3, 3);
    for (int e = 0; e < 3; e++) {
      book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("L" + e).build()));
    }
    spoil.accept(book);
    BookColumnTotals totals = BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS)
        .compute(book);

    assertThat(book.failedColumn()).containsExactly(BookFirstLoanColumns.NO_FAILURE, column,
        BookFirstLoanColumns.NO_FAILURE);
    assertThat(book.status()).containsExactly(BookColumnCodes.ELIGIBLE, BookColumnCodes.FAILED,
        BookColumnCodes.ELIGIBLE);
    assertThat(book.loanStatus()).containsExactly(BookColumnCodes.ELIGIBLE, BookColumnCodes.FAILED,
        BookColumnCodes.ELIGIBLE);
    // each good enterprise: 1,000,000 × 2% × 181/360 = 10,055.555… → 10,055.56 (深工信〔2023〕26号 第3条)
    assertThat(book.minimumFen()).containsExactly(1_005_556L, 0L, 1_005_556L);
    assertThat(book.loanPaidFen()).containsExactly(1_005_556L, 0L, 1_005_556L);
    assertThat(totals.toTotals()).isEqualTo(new BookTotals(3, 2, 0, 0, 1,
        AmountRange.exactly(Cny.of("20111.12"))));
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

  @Test
  void riskPool_aFailedRowsItem_namesTheValueAndTheCode_asTheStreamingPathDoes() {
    // before, every failed row's value was "row i" and its code input.invalid, whatever the column held
    BookRiskPoolColumns book = new BookRiskPoolColumns(6);
    for (int i = 0; i < 6; i++) {
      book.set(i, RiskPoolFixtures.claim("L" + i, LocalDate.of(2023, 1, 1)).build());
    }
    book.principalOutstandingFen()[0] = -5;
    book.recoveriesFen()[1] = -100;
    book.baseRatioPpm()[2] = 1_200_000;
    book.baseRatioPpm()[3] = 800_001;
    book.category()[4] = 99;
    book.reGuaranteed()[5] = 2;
    BookRiskPoolFastPath.of(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS).compute(book);

    // the same claims read from NDJSON fail with the same value and code (-5 fen is -0.05 yuan, 1,200,000 ppm 120%)
    assertThat(book.item(0).failure()).contains(new BookFailure("/principalOutstanding", "-0.05", "input.negative",
        "must not be negative"));
    assertThat(book.item(1).failure()).contains(new BookFailure("/recoveries", "-1.00", "input.negative",
        "must not be negative"));
    assertThat(book.item(2).failure()).contains(new BookFailure("/baseRatio", "120%", "input.invalid",
        "must be from 0% to 100%"));
    assertThat(book.item(3).failure()).contains(new BookFailure("/baseRatio", "80.0001%", "input.invalid",
        "must not exceed the measure's ceiling"));
    assertThat(book.item(4).failure()).contains(new BookFailure("/category", "99", "input.invalid",
        "must be a RiskPoolLoanCategory ordinal from 0 to 7"));
    assertThat(book.item(5).failure()).contains(new BookFailure("/reGuaranteed", "2", "input.invalid",
        "must be -1 (unknown), 0 (no) or 1 (yes)"));
    assertThat(book.item(0).id()).contains("L0");
  }

  @Test
  void riskPool_interestAbsentUnderPrincipalAndInterest_isRequired() {
    BookRiskPoolColumns book = new BookRiskPoolColumns(2);
    for (int i = 0; i < 2; i++) {
      book.set(i, RiskPoolFixtures.claim("L" + i, LocalDate.of(2023, 1, 1)).build());
    }
    book.accruedInterestFen()[1] = -250;
    BookRiskPoolFastPath.of(RiskPoolFixtures.POOL,
        RiskPoolOptions.builder().lossBasis(RiskPoolLossBasis.PRINCIPAL_AND_INTEREST).build()).compute(book);
    assertThat(book.item(0).failure()).contains(new BookFailure("/accruedInterest", "null", "input.required",
        "is required when the loss basis is PRINCIPAL_AND_INTEREST"));
    assertThat(book.item(1).failure()).contains(new BookFailure("/accruedInterest", "-2.50", "input.negative",
        "must not be negative"));
  }

  @Test
  void firstLoan_aFailedEnterprisesItem_namesTheLoanTheValueAndTheCode() {
    // before: field /loans/annualInterestRate (no loan), value "row 1", code input.invalid
    BookFirstLoanColumns book = new BookFirstLoanColumns(4, 5);
    book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("A").build()));
    book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("B1").build(), FirstLoanFixtures.loan("B2").build()));
    book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("C").build()));
    book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("D").build()));
    book.annualRatePpm()[2] = -36_500;
    book.endOfUseDay()[3] = book.drawdownDay()[3] - 1;
    book.forProductionOrOperation()[4] = 7;
    BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS).compute(book);

    // enterprise 1's second loan (B2): -36,500 ppm is -3.65%
    assertThat(book.item(1).failure()).contains(new BookFailure("/loans/1/annualInterestRate", "-3.65%",
        "input.not-positive", "must be positive"));
    // C drawn 2023-01-15 and used until the day before
    assertThat(book.item(2).failure()).contains(new BookFailure("/loans/0/maturityDate", "2023-01-14",
        "input.out-of-order", "must not be before drawdownDate '2023-01-15'"));
    assertThat(book.item(3).failure()).contains(new BookFailure("/loans/0/forProductionOrOperation", "7",
        "input.invalid", "must be -1 (unknown), 0 (no) or 1 (yes)"));
    // A: 1,000,000 × 2% × 181/360 = 10,055.555… → 10,055.56 (深工信〔2023〕26号 第5条)
    assertThat(book.item(0).amount()).contains(AmountRange.exactly(Cny.of("10055.56")));
  }

  @Test
  void riskPool_aRowOutsideTheBook_isATypedErrorNamingIt() {
    // before: ArrayIndexOutOfBoundsException from set and item
    BookRiskPoolColumns book = new BookRiskPoolColumns(2);
    RiskPoolClaim claim = RiskPoolFixtures.claim("L0", LocalDate.of(2023, 1, 1)).build();
    for (int i : new int[] {-1, 2}) {
      assertThatThrownBy(() -> book.set(i, claim)).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
        assertThat(ex.field()).isEqualTo("i");
        assertThat(ex.value()).isEqualTo(String.valueOf(i));
      });
      assertThatThrownBy(() -> book.item(i)).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
        assertThat(ex.field()).isEqualTo("i");
        assertThat(ex.value()).isEqualTo(String.valueOf(i));
      });
    }
  }

  @Test
  void firstLoan_anEnterpriseOutsideTheRowsInUse_isATypedErrorNamingIt() {
    // before: item(1) of a book of one enterprise (capacity 2) answered INELIGIBLE 0.00 for a row never filled, and
    // item(2) and item(-1) threw ArrayIndexOutOfBoundsException
    BookFirstLoanColumns book = new BookFirstLoanColumns(2, 2);
    book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("A").build()));
    BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS).compute(book);
    for (int e : new int[] {-1, 1, 2}) {
      assertThatThrownBy(() -> book.item(e)).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
        assertThat(ex.field()).isEqualTo("e");
        assertThat(ex.value()).isEqualTo(String.valueOf(e));
      });
    }
  }

  @Test
  void firstLoan_theGreatestEnterpriseCapacity_isATypedErrorNamingIt() {
    // before: NegativeArraySizeException, the loan starts being one longer than the enterprises
    assertThatThrownBy(() -> new BookFirstLoanColumns(Integer.MAX_VALUE, 0))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("enterpriseCapacity");
          assertThat(ex.value()).isEqualTo(String.valueOf(Integer.MAX_VALUE));
        });
  }

  @Test
  void firstLoan_aLoanStartOutsideTheLoanRows_isATypedErrorNamingIt() {
    // before: ArrayIndexOutOfBoundsException from the fast path (a loan start past the 2 loan rows, or below 0)
    BookFirstLoanFastPath fast = BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS);
    BookFirstLoanColumns past = new BookFirstLoanColumns(2, 2);
    past.loanStart()[1] = 5;
    assertThatThrownBy(() -> past.setEnterprises(1)).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
      assertThat(ex.field()).isEqualTo("loanStart/1");
      assertThat(ex.value()).isEqualTo("5");
    });
    past.loanStart()[1] = 1;
    past.setEnterprises(1);
    past.loanStart()[1] = 5;
    assertThatThrownBy(() -> fast.compute(past)).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
      assertThat(ex.field()).isEqualTo("loanStart/1");
      assertThat(ex.value()).isEqualTo("5");
    });
    BookFirstLoanColumns below = new BookFirstLoanColumns(2, 2);
    below.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("A").build()));
    below.loanStart()[0] = -3;
    assertThatThrownBy(() -> fast.compute(below, 2)).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
      assertThat(ex.field()).isEqualTo("loanStart/0");
      assertThat(ex.value()).isEqualTo("-3");
    });
  }

  @Test
  void columns_aValueARequestCannotHold_isNamedAsTheStreamingPathNamesIt() {
    BookRiskPoolColumns claims = new BookRiskPoolColumns(1);
    claims.set(0, RiskPoolFixtures.claim("L0", LocalDate.of(2023, 1, 1)).build());
    claims.effectiveGrantDay()[0] = (int) LATEST_DAY + 1;
    BookRiskPoolFastPath.of(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS).compute(claims);
    assertThat(claims.item(0).failure()).contains(new BookFailure("/grantDate", "2200-01-01",
        "input.date-out-of-range", "must be a date from 1949-10-01 to 2199-12-31"));

    BookRiskPoolColumns classified = new BookRiskPoolColumns(3);
    for (int i = 0; i < 3; i++) {
      classified.set(i, RiskPoolFixtures.claim("L" + i, LocalDate.of(2023, 1, 1)).build());
    }
    classified.firstNonPerformingDay()[0] = BookColumnCodes.ABSENT_DAY;
    classified.firstNonPerformingDay()[1] = (int) EARLIEST_DAY - 1;
    classified.firstNonPerformingDay()[2] = (int) LATEST_DAY + 1;
    BookRiskPoolFastPath.of(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS).compute(classified);
    // a claim without the date is refused as required; one outside DateBounds as out of range
    assertThat(classified.item(0).failure()).contains(new BookFailure("/firstNonPerformingDate", "null",
        "input.required", "is required"));
    assertThat(classified.item(1).failure()).contains(new BookFailure("/firstNonPerformingDate", "1949-09-30",
        "input.date-out-of-range", "must be a date from 1949-10-01 to 2199-12-31"));
    assertThat(classified.item(2).failure()).contains(new BookFailure("/firstNonPerformingDate", "2200-01-01",
        "input.date-out-of-range", "must be a date from 1949-10-01 to 2199-12-31"));

    BookFirstLoanColumns book = new BookFirstLoanColumns(3, 3);
    for (int e = 0; e < 3; e++) {
      book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("L" + e).build()));
    }
    book.drawdownDay()[0] = (int) EARLIEST_DAY - 1;
    book.endOfUseDay()[1] = (int) LATEST_DAY + 1;
    book.annualRatePpm()[2] = 1_500_000;
    BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS).compute(book);
    assertThat(book.item(0).failure()).contains(new BookFailure("/loans/0/drawdownDate", "1949-09-30",
        "input.date-out-of-range", "must be a date from 1949-10-01 to 2199-12-31"));
    assertThat(book.item(1).failure()).contains(new BookFailure("/loans/0/maturityDate", "2200-01-01",
        "input.date-out-of-range", "must be a date from 1949-10-01 to 2199-12-31"));
    // 1,500,000 ppm is 150%, refused by LoanFacts as by Args.inputRate
    assertThat(book.item(2).failure()).contains(new BookFailure("/loans/0/annualInterestRate", "150%",
        "input.rate-out-of-range", "must be from 0% to 100%"));
  }

  @Test
  void columns_aDayLeftAbsent_isRequired_asTheStreamingPathNamesAMissingDate() {
    // before: a first-loan drawdown or end of use, or a risk-pool grant day, set to ABSENT_DAY was named out of
    // range with the value -5877641-06-23; the NDJSON path names a missing date as required (value null)
    BookFirstLoanColumns book = new BookFirstLoanColumns(3, 3);
    for (int e = 0; e < 3; e++) {
      book.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("L" + e).build()));
    }
    book.drawdownDay()[0] = BookColumnCodes.ABSENT_DAY;
    book.endOfUseDay()[1] = BookColumnCodes.ABSENT_DAY;
    BookColumnTotals totals = BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS)
        .compute(book);
    assertThat(book.item(0).failure()).contains(new BookFailure("/loans/0/drawdownDate", "null", "input.required",
        "is required"));
    assertThat(book.item(1).failure()).contains(new BookFailure("/loans/0/maturityDate", "null", "input.required",
        "is required"));
    // L2, the fixture's loan: 1,000,000 drawn 2023-01-15, held at 07-15, 181 days: 1,000,000 × 2% × 181/360
    // = 10,055.555… → 10,055.56 (深工信〔2023〕26号 第5条); the totals count the two failed
    assertThat(book.item(2).amount()).contains(AmountRange.exactly(Cny.of("10055.56")));
    assertThat(totals.toTotals()).isEqualTo(new BookTotals(3, 1, 0, 0, 2,
        AmountRange.exactly(Cny.of("10055.56"))));

    BookRiskPoolColumns claims = new BookRiskPoolColumns(2);
    claims.set(0, RiskPoolFixtures.claim("G0", LocalDate.of(2023, 1, 1)).build());
    claims.set(1, RiskPoolFixtures.claim("G1", LocalDate.of(2023, 3, 31)).build());
    claims.effectiveGrantDay()[0] = BookColumnCodes.ABSENT_DAY;
    BookColumnTotals pool = BookRiskPoolFastPath.of(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS)
        .compute(claims);
    assertThat(claims.item(0).failure()).contains(new BookFailure("/grantDate", "null", "input.required",
        "is required"));
    // G1 granted 2023-03-31, the window's last day: (30% + 30%) × 1,000,000.00 = 600,000.00 (第5条)
    assertThat(pool.toTotals()).isEqualTo(new BookTotals(2, 1, 0, 0, 1,
        AmountRange.exactly(Cny.of("600000.00"))));
  }

  @Test
  void columns_aDateColumnNeverFilled_failsNamingIt_ratherThanReadingTheFirstOfJanuary1970() {
    // before: the date columns started at 0, day 0 being 1970-01-01, so a caller who filled every other column and
    // forgot a date got the loan ineligible (drawn before the window) or the claim out of every window, with no
    // failure; they now start at ABSENT_DAY, as the classification day already did, and the row fails naming it
    BookFirstLoanColumns filled = new BookFirstLoanColumns(1, 1);
    filled.add(FirstLoanFixtures.request(FirstLoanFixtures.loan("L").build()));
    BookFirstLoanColumns direct = new BookFirstLoanColumns(1, 1);
    copy(filled.enterpriseRegion(), direct.enterpriseRegion());
    copy(filled.independentLegalPerson(), direct.independentLegalPerson());
    copy(filled.firstTimeBorrower(), direct.firstTimeBorrower());
    copy(filled.onSeriousDishonestyList(), direct.onSeriousDishonestyList());
    copy(filled.principalFen(), direct.principalFen());
    copy(filled.annualRatePpm(), direct.annualRatePpm());
    copy(filled.lenderRegion(), direct.lenderRegion());
    copy(filled.firstDrawdownOfFirstContract(), direct.firstDrawdownOfFirstContract());
    copy(filled.forProductionOrOperation(), direct.forProductionOrOperation());
    copy(filled.subsidisedUnderAnotherMunicipalScheme(), direct.subsidisedUnderAnotherMunicipalScheme());
    direct.loanStart()[1] = 1;
    direct.setEnterprises(1);
    BookFirstLoanFastPath fast = BookFirstLoanFastPath.of(FirstLoanFixtures.MEASURE, FirstLoanOptions.DEFAULTS);

    fast.compute(direct);
    assertThat(direct.item(0).failure()).contains(new BookFailure("/loans/0/drawdownDate", "null", "input.required",
        "is required"));
    direct.drawdownDay()[0] = filled.drawdownDay()[0];
    fast.compute(direct);
    assertThat(direct.item(0).failure()).contains(new BookFailure("/loans/0/maturityDate", "null", "input.required",
        "is required"));
    direct.endOfUseDay()[0] = filled.endOfUseDay()[0];
    fast.compute(direct);
    // the fixture's loan: 1,000,000 drawn 2023-01-15, held to 07-15, 181 days: 1,000,000 × 2% × 181/360
    // = 10,055.555… → 10,055.56 (深工信〔2023〕26号 第5条)
    assertThat(direct.item(0).amount()).contains(AmountRange.exactly(Cny.of("10055.56")));

    BookRiskPoolColumns claims = new BookRiskPoolColumns(1);
    claims.set(0, RiskPoolFixtures.claim("G", LocalDate.of(2023, 3, 31)).build());
    BookRiskPoolColumns bare = new BookRiskPoolColumns(1);
    bare.loanId()[0] = "G";
    copy(claims.principalOutstandingFen(), bare.principalOutstandingFen());
    copy(claims.accruedInterestFen(), bare.accruedInterestFen());
    copy(claims.recoveriesFen(), bare.recoveriesFen());
    copy(claims.firstNonPerformingDay(), bare.firstNonPerformingDay());
    copy(claims.category(), bare.category());
    copy(claims.baseRatioPpm(), bare.baseRatioPpm());
    copy(claims.guaranteedByFinancingGuarantor(), bare.guaranteedByFinancingGuarantor());
    copy(claims.reGuaranteed(), bare.reGuaranteed());
    copy(claims.underOtherRiskCompensation(), bare.underOtherRiskCompensation());
    BookRiskPoolFastPath pool = BookRiskPoolFastPath.of(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);

    pool.compute(bare);
    assertThat(bare.item(0).failure()).contains(new BookFailure("/grantDate", "null", "input.required",
        "is required"));
    bare.effectiveGrantDay()[0] = claims.effectiveGrantDay()[0];
    pool.compute(bare);
    // granted 2023-03-31, the uplift window's last day: (30% + 30%) × 1,000,000.00 = 600,000.00 (第5条)
    assertThat(bare.item(0).amount()).contains(AmountRange.exactly(Cny.of("600000.00")));
  }

  private static void copy(Object from, Object to) {
    System.arraycopy(from, 0, to, 0, java.lang.reflect.Array.getLength(from));
  }
}
