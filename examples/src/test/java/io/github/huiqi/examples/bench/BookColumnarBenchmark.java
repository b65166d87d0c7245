package io.github.huiqi.examples.bench;

import io.github.huiqi.calculators.batch.book.BookColumnCodes;
import io.github.huiqi.calculators.batch.book.BookFirstLoanColumns;
import io.github.huiqi.calculators.batch.book.BookFirstLoanFastPath;
import io.github.huiqi.calculators.batch.book.BookRiskPoolColumns;
import io.github.huiqi.calculators.batch.book.BookRiskPoolFastPath;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.policy.PolicyData;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The columnar fast paths over a book of 1,000,000 loans (深工信〔2023〕26号 第5条: risk compensation and the first-loan
 * subsidy), on one thread and on two, against a bare {@code long}-fen loop of the same formulas in the same run
 * (no checks, no exclusions, no overflow detection, parameters as constants).
 * <p>
 * Run from the project root (the scores are per loan):
 * <pre>
 * mvn -q -pl examples -am -DskipTests package exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.openjdk.jmh.Main BookColumnarBenchmark -f 1 -wi 3 -i 5 -prof gc"
 * </pre>
 * Report the ratio of each path to its baseline, and of two threads to one; absolute times depend on the machine.
 * {@code firstLoanColumnsOnly} is the first-loan path's floor: its columns and tables read and its result columns
 * written, with no arithmetic. {@code firstLoanColumnarInCache} runs the fast path over the book's first 4,096 loans
 * only, whose columns stay in the core's caches: were the 1,000,000-loan path held back by memory traffic, this one
 * would be much faster a loan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BookColumnarBenchmark {

  private static final int BOOK = 1_000_000;
  /** A book small enough that its columns (about 200 KB in all) stay in the core's caches. */
  private static final int SMALL_BOOK = 4_096;
  private static final long W1_START = LocalDate.of(2022, 3, 1).toEpochDay();
  private static final long W1_END = LocalDate.of(2022, 6, 30).toEpochDay();
  private static final long W2_START = LocalDate.of(2023, 1, 1).toEpochDay();
  private static final long W2_END = LocalDate.of(2023, 3, 31).toEpochDay();

  private BookRiskPoolColumns pool;
  private BookRiskPoolFastPath poolPath;
  private BookFirstLoanColumns firstLoan;
  private BookFirstLoanFastPath firstLoanPath;
  private BookFirstLoanColumns smallFirstLoan;
  private long[] days;
  /** Drawdown day (from 2023-01-01) → the day six months later, the bare loop's subsidised term's end. */
  private int[] sixMonthsEnd;
  private long[] baselineOut;
  /** A flag by fact byte, as the fast paths read them (every entry zero: only the load counts). */
  private final byte[] factFlags = new byte[256];

  /** Builds a seeded book: every pool loan GENERAL and not excluded; every first loan eligible, one per firm. */
  @Setup
  public void setUp() {
    PolicyData data = PolicyData.builtIn();
    poolPath = BookRiskPoolFastPath.of(data.getMeasure(RiskPoolMeasure.SHENZHEN_2023), RiskPoolOptions.DEFAULTS);
    firstLoanPath = BookFirstLoanFastPath.of(data.getMeasure(FirstLoanMeasure.SHENZHEN_2023),
        FirstLoanOptions.DEFAULTS);
    Random random = new Random(20261202L);
    pool = new BookRiskPoolColumns(BOOK);
    firstLoan = new BookFirstLoanColumns(BOOK, BOOK);
    days = new long[BOOK];
    sixMonthsEnd = new int[90];
    for (int k = 0; k < 90; k++) {
      sixMonthsEnd[k] = (int) LocalDate.of(2023, 1, 1).plusDays(k).plusMonths(6).toEpochDay();
    }
    baselineOut = new long[BOOK];
    long windowStart = LocalDate.of(2023, 1, 1).toEpochDay();
    for (int i = 0; i < BOOK; i++) {
      pool.principalOutstandingFen()[i] = 100_000_00L + random.nextInt(900_000_000);
      pool.effectiveGrantDay()[i] = (int) (LocalDate.of(2022, 1, 1).toEpochDay() + random.nextInt(730));
      // classified within a year after the grant: within the 30%'s validity (from 2019-01-01), every row paid
      pool.firstNonPerformingDay()[i] = pool.effectiveGrantDay()[i] + random.nextInt(366);
      firstLoan.loanStart()[i] = i;
      firstLoan.enterpriseRegion()[i] = 440305;
      firstLoan.independentLegalPerson()[i] = BookColumnCodes.YES;
      firstLoan.firstTimeBorrower()[i] = BookColumnCodes.YES;
      firstLoan.onSeriousDishonestyList()[i] = BookColumnCodes.NO;
      firstLoan.principalFen()[i] = 100_000_00L + random.nextInt(900_000_000);
      int drawdown = (int) (windowStart + random.nextInt(90));
      int end = (int) LocalDate.ofEpochDay(drawdown).plusMonths(1).plusDays(random.nextInt(200)).toEpochDay();
      firstLoan.drawdownDay()[i] = drawdown;
      firstLoan.endOfUseDay()[i] = end;
      firstLoan.annualRatePpm()[i] = 36_500;
      firstLoan.lenderRegion()[i] = 440300;
      firstLoan.firstDrawdownOfFirstContract()[i] = BookColumnCodes.YES;
      firstLoan.forProductionOrOperation()[i] = BookColumnCodes.YES;
      firstLoan.subsidisedUnderAnotherMunicipalScheme()[i] = BookColumnCodes.NO;
      long sixMonths = LocalDate.ofEpochDay(drawdown).plusMonths(6).toEpochDay();
      days[i] = Math.min(end, sixMonths) - drawdown;
    }
    firstLoan.loanStart()[BOOK] = BOOK;
    firstLoan.setEnterprises(BOOK);
    smallFirstLoan = new BookFirstLoanColumns(SMALL_BOOK, SMALL_BOOK);
    for (FirstLoanColumn column : FirstLoanColumn.values()) {
      System.arraycopy(column.of(firstLoan), 0, column.of(smallFirstLoan), 0, SMALL_BOOK);
    }
    smallFirstLoan.loanStart()[SMALL_BOOK] = SMALL_BOOK;
    smallFirstLoan.setEnterprises(SMALL_BOOK);
  }

  /** The first-loan book's input columns, to copy the first rows into the small book. */
  private enum FirstLoanColumn {
    LOAN_START, REGION, INDEPENDENT, FIRST_TIME, DISHONEST, PRINCIPAL, DRAWDOWN, END_OF_USE, RATE, LENDER,
    FIRST_DRAWDOWN, PRODUCTION, OTHER_SUBSIDY;

    Object of(BookFirstLoanColumns book) {
      return switch (this) {
        case LOAN_START -> book.loanStart();
        case REGION -> book.enterpriseRegion();
        case INDEPENDENT -> book.independentLegalPerson();
        case FIRST_TIME -> book.firstTimeBorrower();
        case DISHONEST -> book.onSeriousDishonestyList();
        case PRINCIPAL -> book.principalFen();
        case DRAWDOWN -> book.drawdownDay();
        case END_OF_USE -> book.endOfUseDay();
        case RATE -> book.annualRatePpm();
        case LENDER -> book.lenderRegion();
        case FIRST_DRAWDOWN -> book.firstDrawdownOfFirstContract();
        case PRODUCTION -> book.forProductionOrOperation();
        case OTHER_SUBSIDY -> book.subsidisedUnderAnotherMunicipalScheme();
      };
    }
  }

  /** The bare risk-compensation loop: loss × (30% or 60% in a window), half-up to the fen. */
  @Benchmark
  @OperationsPerInvocation(BOOK)
  public long riskPoolBaseline() {
    long[] loss = pool.principalOutstandingFen();
    int[] granted = pool.effectiveGrantDay();
    long sum = 0;
    for (int i = 0; i < BOOK; i++) {
      long day = granted[i];
      long ratio = day >= W1_START && day <= W1_END || day >= W2_START && day <= W2_END ? 600_000 : 300_000;
      long amount = (loss[i] * ratio + 500_000) / 1_000_000;
      baselineOut[i] = amount;
      sum += amount;
    }
    return sum;
  }

  /** The risk-compensation fast path on one thread. */
  @Benchmark
  @OperationsPerInvocation(BOOK)
  public long riskPoolColumnar1Thread() {
    return poolPath.compute(pool).maximumFen();
  }

  /** The risk-compensation fast path on two threads. */
  @Benchmark
  @OperationsPerInvocation(BOOK)
  public long riskPoolColumnar2Threads() {
    return poolPath.compute(pool, 2).maximumFen();
  }

  /** The bare first-loan loop: principal × 2% × days ÷ 360, half-up to the fen, capped at 200,000. */
  @Benchmark
  @OperationsPerInvocation(BOOK)
  public long firstLoanBaseline() {
    long[] principal = firstLoan.principalFen();
    long sum = 0;
    for (int i = 0; i < BOOK; i++) {
      long amount = Math.min((principal[i] * 20_000 * days[i] + 180_000_000) / 360_000_000, 20_000_000);
      baselineOut[i] = amount;
      sum += amount;
    }
    return sum;
  }

  /**
   * The bare first-loan loop with its days from the loan's dates, as the formula has them: min(end of use, drawdown +
   * 6 months) − drawdown, the term's end read from a table by drawdown day (as the fast path does); then principal ×
   * 2% × days ÷ 360, half-up to the fen, capped at 200,000.
   */
  @Benchmark
  @OperationsPerInvocation(BOOK)
  public long firstLoanBaselineFromDates() {
    return baselineFromDates(firstLoan, BOOK);
  }

  /** The bare first-loan loop with its days from the dates, over the first 4,096 loans, held in the caches. */
  @Benchmark
  @OperationsPerInvocation(SMALL_BOOK)
  public long firstLoanBaselineFromDatesInCache() {
    return baselineFromDates(smallFirstLoan, SMALL_BOOK);
  }

  private long baselineFromDates(BookFirstLoanColumns book, int loans) {
    long[] principal = book.principalFen();
    int[] drawdown = book.drawdownDay();
    int[] endOfUse = book.endOfUseDay();
    int windowStart = (int) W2_START;
    long sum = 0;
    for (int i = 0; i < loans; i++) {
      int day = drawdown[i];
      long used = Math.min(endOfUse[i], sixMonthsEnd[day - windowStart]) - day;
      long amount = Math.min((principal[i] * 20_000 * used + 180_000_000) / 360_000_000, 20_000_000);
      baselineOut[i] = amount;
      sum += amount;
    }
    return sum;
  }

  /**
   * What the first-loan fast path reads and writes for a one-loan enterprise, with no arithmetic: the enterprise's and
   * the loan's input columns, the six facts' flags and two term ends from tables, the seven result columns.
   */
  @Benchmark
  @OperationsPerInvocation(BOOK)
  public long firstLoanColumnsOnly() {
    BookFirstLoanColumns book = firstLoan;
    int[] region = book.enterpriseRegion();
    byte[] independent = book.independentLegalPerson();
    byte[] firstTime = book.firstTimeBorrower();
    byte[] dishonest = book.onSeriousDishonestyList();
    long[] principal = book.principalFen();
    int[] drawdown = book.drawdownDay();
    int[] endOfUse = book.endOfUseDay();
    int[] rate = book.annualRatePpm();
    int[] lender = book.lenderRegion();
    byte[] firstDrawdown = book.firstDrawdownOfFirstContract();
    byte[] production = book.forProductionOrOperation();
    byte[] otherSubsidy = book.subsidisedUnderAnotherMunicipalScheme();
    byte[] status = book.status();
    long[] minimum = book.minimumFen();
    long[] maximum = book.maximumFen();
    byte[] failed = book.failedColumn();
    byte[] loanStatus = book.loanStatus();
    long[] computed = book.loanComputedFen();
    long[] paid = book.loanPaidFen();
    byte[] flags = factFlags;
    int[] termEnd = sixMonthsEnd;
    int windowStart = (int) W2_START;
    long sum = 0;
    for (int i = 0; i < BOOK; i++) {
      int fact = flags[independent[i] & 0xFF] | flags[firstTime[i] & 0xFF] | flags[dishonest[i] & 0xFF]
          | flags[firstDrawdown[i] & 0xFF] | flags[production[i] & 0xFF] | flags[otherSubsidy[i] & 0xFF];
      int day = drawdown[i] - windowStart;
      long x = principal[i] + region[i] + endOfUse[i] + rate[i] + lender[i] + termEnd[day] + termEnd[89 - day] + fact;
      status[i] = (byte) x;
      minimum[i] = x;
      maximum[i] = x;
      failed[i] = (byte) x;
      loanStatus[i] = (byte) x;
      computed[i] = x;
      paid[i] = x;
      sum += x;
    }
    return sum;
  }

  /** The first-loan fast path on one thread. */
  @Benchmark
  @OperationsPerInvocation(BOOK)
  public long firstLoanColumnar1Thread() {
    return firstLoanPath.compute(firstLoan).maximumFen();
  }

  /** The first-loan fast path on one thread over the first 4,096 loans, held in the caches. */
  @Benchmark
  @OperationsPerInvocation(SMALL_BOOK)
  public long firstLoanColumnarInCache() {
    return firstLoanPath.compute(smallFirstLoan).maximumFen();
  }

  /** The first-loan fast path on two threads. */
  @Benchmark
  @OperationsPerInvocation(BOOK)
  public long firstLoanColumnar2Threads() {
    return firstLoanPath.compute(firstLoan, 2).maximumFen();
  }
}
