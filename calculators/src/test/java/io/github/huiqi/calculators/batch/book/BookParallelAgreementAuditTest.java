package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A bank engineer's check of the parallel options over seeded random books (fixed seeds, so a failure replays): the
 * columnar paths on 2, 3 and 8 threads (slices of unequal length, and more threads than rows) and the streaming
 * path made parallel give every row the same result as one thread, and the same totals, with rows the calculator
 * rejects and rows beyond a long's arithmetic (computed exactly, row by row) placed on the slices' edges. The totals
 * of the columns are also those of the streaming book calculator over the same requests (the rows' own figures
 * against the plain form are the fast paths' property tests').
 */
class BookParallelAgreementAuditTest {

  private static final RiskPoolMeasure POOL = PolicyData.builtIn().getMeasure(RiskPoolMeasure.SHENZHEN_2023);
  private static final long[] SEEDS = {20230101L, 20231231L};
  private static final int[] THREADS = {2, 3, 8};

  @Test
  void riskPool_columnsOnSeveralThreads_andTheParallelStream_giveEveryRowAndTheTotalsOfOneThread() {
    BookRiskPoolFastPath path = BookRiskPoolFastPath.of(POOL, RiskPoolOptions.DEFAULTS);
    BookCalculator<RiskPoolClaim> streaming = BookCalculators.riskPool(POOL, RiskPoolOptions.DEFAULTS);
    for (long seed : SEEDS) {
      Random random = new Random(seed);
      int size = 2 * 4096 + 1 + random.nextInt(100);
      List<RiskPoolClaim> claims = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        claims.add(BookRiskPoolFastPathPropertyTest.claim(random, i));
      }
      for (int edge : edges(size)) {
        RiskPoolClaim good = claims.get(edge);
        // a base a millionth above the 80% ceiling (the claim refuses it), or a loss beyond a long's arithmetic
        claims.set(edge, edge % 2 == 0
            ? RiskPoolClaim.builder().from(good).baseRatio(Rate.ofPercent(new BigDecimal("80.0001"))).build()
            : RiskPoolClaim.builder().from(good).principal(Cny.of(new BigDecimal("100000000000000.01")))
                .principalOutstanding(Cny.of(new BigDecimal("100000000000000.01"))).build());
      }
      BookRiskPoolColumns one = columns(claims);
      BookTotals single = path.compute(one).toTotals();
      List<BookItem> singleItems = IntStream.range(0, size).mapToObj(one::item).toList();
      for (int threads : THREADS) {
        BookRiskPoolColumns many = columns(claims);
        assertThat(path.compute(many, threads).toTotals()).as("seed %d, %d threads", seed, threads)
            .isEqualTo(single);
        assertThat(IntStream.range(0, size).mapToObj(many::item).toList()).as("seed %d, %d threads", seed, threads)
            .isEqualTo(singleItems);
      }
      List<BookItem> sequential = new ArrayList<>();
      BookTotals streamed = streaming.run(claims, sequential::add);
      assertThat(streaming.results(claims.stream()).parallel().toList()).as("seed %d", seed).isEqualTo(sequential);
      assertThat(streamed).as("seed %d", seed).isEqualTo(single);
    }
  }

  @Test
  void riskPool_moreThreadsThanRows_andOneRow_giveTheRowsOfOneThread() {
    BookRiskPoolFastPath path = BookRiskPoolFastPath.of(POOL, RiskPoolOptions.DEFAULTS);
    Random random = new Random(SEEDS[0]);
    for (int size : new int[] {0, 1, 2, 5}) {
      List<RiskPoolClaim> claims = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        claims.add(BookRiskPoolFastPathPropertyTest.claim(random, i));
      }
      BookRiskPoolColumns one = columns(claims);
      BookTotals single = path.compute(one).toTotals();
      BookRiskPoolColumns many = columns(claims);
      assertThat(path.compute(many, 8).toTotals()).as("%d rows", size).isEqualTo(single);
      for (int i = 0; i < size; i++) {
        assertThat(many.item(i)).as("%d rows, row %d", size, i).isEqualTo(one.item(i));
      }
    }
  }

  @Test
  void firstLoan_columnsOnSeveralThreads_andTheParallelStream_giveEveryEnterpriseAndTheTotalsOfOneThread() {
    BookCalculator<FirstLoanRequest> streaming = BookCalculators.firstLoan(FirstLoanFixtures.MEASURE);
    for (long seed : SEEDS) {
      Random random = new Random(seed);
      int size = 4096 + 1 + random.nextInt(100);
      List<FirstLoanRequest> book = new ArrayList<>(size);
      for (int e = 0; e < size; e++) {
        book.add(BookFirstLoanFastPathPropertyTest.request(random, e));
      }
      for (int edge : edges(size)) {
        FirstLoanRequest good = book.get(edge);
        LoanFacts loan = good.loans().get(0);
        // a loan whose principal times the rate and the days passes a long (computed exactly), or of one fen
        LoanFacts changed = LoanFacts.builder().from(loan).principal(Cny.of(edge % 2 == 0
            ? new BigDecimal("90000000000000.01") : new BigDecimal("0.01"))).build();
        List<LoanFacts> loans = new ArrayList<>(good.loans());
        loans.set(0, changed);
        book.set(edge, FirstLoanRequest.of(good.enterprise(), loans));
      }
      BookFirstLoanColumnsRun one = BookFirstLoanColumnsRun.of(FirstLoanFixtures.MEASURE, book, 1);
      List<BookItem> singleItems = IntStream.range(0, size).mapToObj(one.columns()::item).toList();
      for (int threads : THREADS) {
        BookFirstLoanColumnsRun many = BookFirstLoanColumnsRun.of(FirstLoanFixtures.MEASURE, book, threads);
        assertThat(many.totals().toTotals()).as("seed %d, %d threads", seed, threads)
            .isEqualTo(one.totals().toTotals());
        assertThat(IntStream.range(0, size).mapToObj(many.columns()::item).toList())
            .as("seed %d, %d threads", seed, threads).isEqualTo(singleItems);
        assertThat(many.columns().loanPaidFen()).as("seed %d, %d threads", seed, threads)
            .isEqualTo(one.columns().loanPaidFen());
      }
      List<BookItem> sequential = new ArrayList<>();
      BookTotals streamed = streaming.run(book, sequential::add);
      assertThat(streaming.results(book.stream()).parallel().toList()).as("seed %d", seed).isEqualTo(sequential);
      assertThat(streamed).as("seed %d", seed).isEqualTo(one.totals().toTotals());
    }
  }

  /** The rows on and beside the edges of 2 and 3 slices and of the paths' 4,096-row blocks. */
  private static List<Integer> edges(int size) {
    List<Integer> edges = new ArrayList<>();
    for (int edge : new int[] {0, size / 3, size / 2, 2 * size / 3, 4095, 4096, size - 1}) {
      for (int at = edge - 1; at <= edge + 1; at++) {
        if (at >= 0 && at < size && !edges.contains(at)) {
          edges.add(at);
        }
      }
    }
    return edges;
  }

  private static BookRiskPoolColumns columns(List<RiskPoolClaim> claims) {
    BookRiskPoolColumns columns = new BookRiskPoolColumns(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      columns.set(i, claims.get(i));
    }
    return columns;
  }
}
