package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The columnar first-loan fast path against the plain calculator, to the fen, over seeded random books that hit the
 * boundaries of the family's hand-worked tests: the window's first and last day and the days outside (2022-12-31,
 * 2023-01-01, 2023-03-31, 2023-04-01), use of exactly one month and a day less, exactly six months and a day more
 * (month ends rolling back: 01-31 + 1 month = 02-28), the 2% rate floor and 1.99%, the 200,000 cap reached exactly
 * and exceeded across loans in drawdown order, half-fen ties, region codes inside and outside Shenzhen and of 广东省
 * (a wider area: the enterprise's region open, a lender outside), unknown facts, and changed measures (a 300,000 cap,
 * ACT/365F, rounding down). Books of one-loan enterprises are computed by the fast path's block loop without branches;
 * a block with an enterprise of several loans or a product beyond a long, and a measure the loop does not cover
 * (half-even or whole-yuan rounding, a window over 30 years), enterprise by enterprise: both are held to the plain
 * form.
 */
class BookFirstLoanFastPathPropertyTest {

  private static final FirstLoanMeasure MEASURE = FirstLoanFixtures.MEASURE;
  private static final LocalDate[] EDGES = {LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1),
      LocalDate.of(2023, 3, 31), LocalDate.of(2023, 4, 1), LocalDate.of(2023, 1, 31), LocalDate.of(2023, 2, 28),
      LocalDate.of(2023, 3, 30)};
  private static final String[] PLACES = {"440305", "440300", "440106", "310000", "440304", "440000"};
  private static final String[] RATES = {"1.99%", "2%", "2.01%", "3.65%", "4.35%"};
  /** A block of the fast path: a book of more enterprises than this has several. */
  private static final int BLOCK = 4096;
  /**
   * Measures the block loop computes (rounding at the fen by every mode but half-even, a national region) and ones it
   * leaves to the enterprises (half-even, whole yuan, a 41-year window).
   */
  private static final List<FirstLoanMeasure> MEASURES = List.of(MEASURE,
      withRounding(new MoneyRounding(2, RoundingMode.HALF_DOWN)), withRounding(new MoneyRounding(2, RoundingMode.UP)),
      withRounding(new MoneyRounding(2, RoundingMode.CEILING)), withRounding(new MoneyRounding(2, RoundingMode.FLOOR)),
      withRounding(MoneyRounding.FEN_DOWN),
      new FirstLoanMeasure(MEASURE.id(), MEASURE.clause(), MEASURE.documentStatus(), MEASURE.title(),
          MEASURE.firstLoanWindow(), MEASURE.region().withValue(Jurisdiction.CHINA), MEASURE.annualSubsidyRate(),
          MEASURE.maximumSubsidyMonths(), MEASURE.minimumUseMonths(), MEASURE.minimumLoanRate(),
          MEASURE.capPerEnterprise(), MEASURE.dayCount(), MEASURE.rounding(), MEASURE.implementingRules()),
      withRounding(new MoneyRounding(2, RoundingMode.HALF_EVEN)), withRounding(MoneyRounding.YUAN_HALF_UP),
      new FirstLoanMeasure(MEASURE.id(), MEASURE.clause(), MEASURE.documentStatus(), MEASURE.title(),
          MEASURE.firstLoanWindow().withValue(DateRange.of(LocalDate.of(1990, 1, 1), LocalDate.of(2030, 12, 31))),
          MEASURE.region(), MEASURE.annualSubsidyRate(), MEASURE.maximumSubsidyMonths(), MEASURE.minimumUseMonths(),
          MEASURE.minimumLoanRate(), MEASURE.capPerEnterprise(), MEASURE.dayCount(), MEASURE.rounding(),
          MEASURE.implementingRules()));

  @Test
  void builtInMeasureAgreesWithThePlainFormToTheFen() {
    for (int round = 0; round < 3; round++) {
      check(MEASURE, FirstLoanOptions.DEFAULTS, System.nanoTime() + round, 2_000);
    }
  }

  @Test
  void changedMeasuresAndOptionsAgreeWithThePlainFormToTheFen() {
    long seed = System.nanoTime();
    FirstLoanMeasure cap300k = new FirstLoanMeasure(MEASURE.id(), MEASURE.clause(), MEASURE.documentStatus(),
        MEASURE.title(), MEASURE.firstLoanWindow(), MEASURE.region(), MEASURE.annualSubsidyRate(),
        MEASURE.maximumSubsidyMonths(), MEASURE.minimumUseMonths(), MEASURE.minimumLoanRate(),
        MEASURE.capPerEnterprise().withValue(Cny.of("300000")), MEASURE.dayCount(), MEASURE.rounding(),
        MEASURE.implementingRules());
    FirstLoanMeasure roundedDown = new FirstLoanMeasure(MEASURE.id(), MEASURE.clause(), MEASURE.documentStatus(),
        MEASURE.title(), MEASURE.firstLoanWindow(), MEASURE.region(), MEASURE.annualSubsidyRate(),
        MEASURE.maximumSubsidyMonths(), MEASURE.minimumUseMonths(), MEASURE.minimumLoanRate(),
        MEASURE.capPerEnterprise(), MEASURE.dayCount(), MEASURE.rounding().withValue(MoneyRounding.FEN_DOWN),
        MEASURE.implementingRules());
    check(cap300k, FirstLoanOptions.DEFAULTS, seed, 1_500);
    check(roundedDown, FirstLoanOptions.DEFAULTS, seed + 1, 1_500);
    check(MEASURE, FirstLoanOptions.builder().dayCount(DayCount.ACT_365F).build(), seed + 2, 1_500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void aBlockOfOneLoanEnterprises_orWithOneOfSeveralLoansOrOverflowing_agreesWithThePlainForm(long seed) {
    Random random = new Random(seed);
    FirstLoanMeasure measure = MEASURES.get(random.nextInt(MEASURES.size()));
    FirstLoanOptions options = random.nextBoolean() ? FirstLoanOptions.DEFAULTS
        : FirstLoanOptions.builder().dayCount(DayCount.ACT_365F).build();
    int size = 1 + random.nextInt(40);
    List<FirstLoanRequest> requests = new ArrayList<>(size);
    for (int e = 0; e < size; e++) {
      requests.add(request(random, e, 1, true));
    }
    int e = random.nextInt(size);
    switch (random.nextInt(4)) {
      case 0 -> requests.set(e, request(random, e, 2 + random.nextInt(3), true));
      case 1 -> requests.set(e, overflowing(random, e));
      default -> { }
    }
    check(measure, options, "seed " + seed, requests);
  }

  @Test
  void fourBlocks_oneLoanEachThenOneOfSeveralLoansAndOneOverflowingThenOneLoanEach_agreeWithThePlainForm() {
    // blocks 0, 2 and 3 (9 enterprises) by the block loop, the last two with their loans two rows after their
    // enterprises (the three loans of enterprise 4,103); block 1 enterprise by enterprise
    Random random = new Random(20261203L);
    List<FirstLoanRequest> requests = new ArrayList<>();
    for (int e = 0; e < 3 * BLOCK + 9; e++) {
      requests.add(request(random, e, 1, true));
    }
    requests.set(BLOCK + 7, request(random, BLOCK + 7, 3, true));
    requests.set(2 * BLOCK - 3, overflowing(random, 2 * BLOCK - 3));
    check(MEASURE, FirstLoanOptions.DEFAULTS, "four blocks", requests);
  }

  @Test
  void twoThreadsGiveTheSameColumnsAndTotalsAsOne() {
    long seed = System.nanoTime();
    System.out.println("BookFirstLoanFastPathPropertyTest threads seed " + seed);
    Random random = new Random(seed);
    BookFirstLoanColumns one = new BookFirstLoanColumns(3_001, 12_004);
    BookFirstLoanColumns two = new BookFirstLoanColumns(3_001, 12_004);
    for (int e = 0; e < 3_001; e++) {
      FirstLoanRequest request = request(random, e);
      one.add(request);
      two.add(request);
    }
    BookFirstLoanFastPath path = BookFirstLoanFastPath.of(MEASURE, FirstLoanOptions.DEFAULTS);
    assertThat(path.compute(two, 2).toTotals()).as("seed %d", seed).isEqualTo(path.compute(one).toTotals());
    assertThat(two.maximumFen()).as("seed %d", seed).isEqualTo(one.maximumFen());
    assertThat(two.loanPaidFen()).as("seed %d", seed).isEqualTo(one.loanPaidFen());
  }

  @Test
  void plusMonthsIsLocalDatePlusMonths() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      LocalDate date = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(200 * 366));
      int months = random.nextInt(30);
      assertThat(BookFen.plusMonths(date.toEpochDay(), months)).as("seed %d %s + %d", seed, date, months)
          .isEqualTo(date.plusMonths(months).toEpochDay());
    }
  }

  @Test
  void divideRoundsAsBigDecimalSetScale() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    RoundingMode[] modes = {RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN, RoundingMode.UP,
        RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR};
    for (int i = 0; i < 50_000; i++) {
      long den = 1 + random.nextInt(2000);
      long num = random.nextInt(4) == 0 ? den * random.nextInt(100) + den / 2 : Math.abs(random.nextLong() >> 8);
      RoundingMode mode = modes[random.nextInt(modes.length)];
      assertThat(BookFen.divide(num, den, mode)).as("seed %d %d/%d %s", seed, num, den, mode)
          .isEqualTo(BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 0, mode).longValueExact());
    }
  }

  private static void check(FirstLoanMeasure measure, FirstLoanOptions options, long seed, int size) {
    System.out.println("BookFirstLoanFastPathPropertyTest seed " + seed);
    Random random = new Random(seed);
    List<FirstLoanRequest> requests = new ArrayList<>();
    for (int e = 0; e < size; e++) {
      requests.add(request(random, e));
    }
    check(measure, options, "seed " + seed, requests);
  }

  private static void check(FirstLoanMeasure measure, FirstLoanOptions options, String label,
      List<FirstLoanRequest> requests) {
    int size = requests.size();
    // loan columns exactly as long as the loans: a loan row read past them fails the run
    BookFirstLoanColumns columns = new BookFirstLoanColumns(size,
        requests.stream().mapToInt(request -> request.loans().size()).sum());
    for (FirstLoanRequest request : requests) {
      columns.add(request);
    }
    BookColumnTotals totals = BookFirstLoanFastPath.of(measure, options).compute(columns);
    BookTally expected = new BookTally();
    for (int e = 0; e < size; e++) {
      FirstLoanRequest request = FirstLoanRequest.builder().from(requests.get(e)).options(options).build();
      FirstLoanResult plain = FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request);
      String where = label + " enterprise " + e + " " + request;
      assertThat(BookColumnCodes.verdict(columns.status()[e])).as(where).contains(plain.eligibility().verdict());
      assertThat(columns.item(e).amount()).as(where).contains(plain.amount());
      for (int k = 0; k < plain.loans().size(); k++) {
        int j = columns.loanStart()[e] + k;
        assertThat(columns.loanPaidFen()[j]).as(where + " loan " + k)
            .isEqualTo(fen(plain.loans().get(k).paid().getNumber().numberValueExact(BigDecimal.class)));
        assertThat(BookColumnCodes.verdict(columns.loanStatus()[j])).as(where + " loan " + k)
            .contains(plain.loans().get(k).eligibility().verdict());
        assertThat(columns.loanComputedFen()[j]).as(where + " loan " + k)
            .isEqualTo(fen(plain.loans().get(k).computed().getNumber().numberValueExact(BigDecimal.class)));
      }
      expected.add(BookItem.of(e, Optional.empty(), plain.eligibility(), Optional.of(plain.amount()),
          Optional.empty()));
    }
    assertThat(totals.toTotals()).as(label).isEqualTo(expected.totals());
  }

  private static long fen(BigDecimal yuan) {
    return yuan.movePointRight(2).longValueExact();
  }

  /** A random enterprise request of one to four loans, biased to the boundaries. */
  static FirstLoanRequest request(Random random, int e) {
    return request(random, e, 1 + random.nextInt(4), false);
  }

  /** A one-loan enterprise whose principal times the rate and the days is beyond a long: computed exactly. */
  private static FirstLoanRequest overflowing(Random random, int e) {
    FirstLoanRequest good = request(random, e, 1, true);
    LoanFacts loan = LoanFacts.builder().from(good.loans().get(0))
        .principal(Cny.of(BigDecimal.valueOf(900_000_000_000_000_000L + random.nextInt(1000), 2))).build();
    return FirstLoanRequest.of(good.enterprise(), List.of(loan));
  }

  /**
   * A random enterprise request of a number of loans, biased to the boundaries; a good one (clean) has no principal
   * whose product passes a long.
   */
  private static FirstLoanRequest request(Random random, int e, int count, boolean clean) {
    EnterpriseFacts.Builder firm = EnterpriseFacts.builder();
    if (random.nextInt(15) > 0) {
      firm.registrationRegionCode(random.nextInt(5) == 0 ? PLACES[random.nextInt(PLACES.length)] : "440305");
    }
    firm.independentLegalPerson(fact(random, true)).firstTimeBorrower(fact(random, true))
        .onSeriousDishonestyList(fact(random, false));
    List<LoanFacts> loans = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      loans.add(loan(random, "E" + e + "L" + k, clean));
    }
    return FirstLoanRequest.of(firm.build(), loans);
  }

  private static LoanFacts loan(Random random, String id, boolean clean) {
    LocalDate drawdown = random.nextInt(3) == 0 ? EDGES[random.nextInt(EDGES.length)]
        : LocalDate.of(2022, 12, 1).plusDays(random.nextInt(150));
    LocalDate end = switch (random.nextInt(7)) {
      case 0 -> drawdown.plusMonths(1);
      case 1 -> drawdown.plusMonths(1).minusDays(1);
      case 2 -> drawdown.plusMonths(6);
      case 3 -> drawdown.plusMonths(6).plusDays(1);
      case 4 -> drawdown.plusMonths(6).minusDays(1);
      default -> drawdown.plusDays(random.nextInt(400));
    };
    long principalFen = switch (random.nextInt(5)) {
      case 0 -> 1 + random.nextInt(100_000);
      case 1 -> 1_000_000_000L + random.nextInt(2_000_000_000);           // 10M..30M: the cap binds
      case 2 -> clean ? 1 + random.nextInt(100)
          : 900_000_000_000_000_000L + random.nextInt(1000);           // products beyond a long
      default -> 10_000_00L + (long) (random.nextDouble() * 1_000_000_000L);
    };
    LoanFacts.Builder loan = LoanFacts.builder();
    loan.loanId(id).principal(Cny.of(BigDecimal.valueOf(principalFen, 2))).drawdownDate(drawdown)
        .maturityDate(drawdown.plusYears(1))
        .annualInterestRate(Rate.parse(random.nextInt(3) == 0 ? RATES[random.nextInt(RATES.length)]
            : BigDecimal.valueOf(150 + random.nextInt(400), 2) + "%"));
    if (end.isBefore(drawdown.plusYears(1))) {
      loan.repaymentDate(end);
    }
    if (random.nextInt(15) > 0) {
      loan.lenderRegionCode(random.nextInt(6) == 0 ? PLACES[random.nextInt(PLACES.length)] : "440300");
    }
    loan.firstDrawdownOfFirstContract(fact(random, true)).forProductionOrOperation(fact(random, true))
        .subsidisedUnderAnotherMunicipalScheme(fact(random, false));
    return loan.build();
  }

  private static FirstLoanMeasure withRounding(MoneyRounding rounding) {
    return new FirstLoanMeasure(MEASURE.id(), MEASURE.clause(), MEASURE.documentStatus(), MEASURE.title(),
        MEASURE.firstLoanWindow(), MEASURE.region(), MEASURE.annualSubsidyRate(), MEASURE.maximumSubsidyMonths(),
        MEASURE.minimumUseMonths(), MEASURE.minimumLoanRate(), MEASURE.capPerEnterprise(), MEASURE.dayCount(),
        MEASURE.rounding().withValue(rounding), MEASURE.implementingRules());
  }

  private static Optional<Boolean> fact(Random random, boolean good) {
    int pick = random.nextInt(20);
    return pick == 0 ? Optional.empty() : Optional.of(pick == 1 ? !good : good);
  }
}
