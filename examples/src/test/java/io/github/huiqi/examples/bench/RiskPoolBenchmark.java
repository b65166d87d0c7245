package io.github.huiqi.examples.bench;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolRequest;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * A bank's risk-compensation claims over a book of 10,000 non-performing loans (深工信〔2023〕26号 第5条): the
 * library's per-loan plain form and its explained batch against a baseline that does only the bare arithmetic
 * ({@code outstanding × min(base + 30pp, 80%)} in the two uplift windows, {@code outstanding × base} outside them,
 * half-up to the fen) in {@code BigDecimal}, with no checks, no exclusions and no citations.
 * <p>
 * Run from the project root:
 * <pre>
 * mvn -q -pl examples -am -DskipTests package exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.openjdk.jmh.Main RiskPoolBenchmark -f 1 -wi 3 -i 5"
 * </pre>
 * Report the ratio of each form's time to the baseline's from the same run; absolute times depend on the machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RiskPoolBenchmark {

  private static final int BOOK = 10_000;
  private static final BigDecimal BASE = new BigDecimal("0.30");
  private static final BigDecimal UPLIFTED = new BigDecimal("0.60");
  private static final LocalDate WINDOW_2022_START = LocalDate.of(2022, 3, 1);
  private static final LocalDate WINDOW_2022_END = LocalDate.of(2022, 6, 30);
  private static final LocalDate WINDOW_2023_START = LocalDate.of(2023, 1, 1);
  private static final LocalDate WINDOW_2023_END = LocalDate.of(2023, 3, 31);

  private RiskPoolMeasure measure;
  private List<RiskPoolClaim> claims;
  private RiskPoolRequest request;
  private BigDecimal[] outstanding;
  private LocalDate[] granted;

  /** Builds a seeded book of general-category bad loans granted through 2022 and 2023, none excluded. */
  @Setup
  public void setUp() {
    measure = PolicyData.builtIn()
        .getMeasure(RiskPoolMeasure.SHENZHEN_2023);
    Random random = new Random(20261130L);
    claims = new ArrayList<>(BOOK);
    outstanding = new BigDecimal[BOOK];
    granted = new LocalDate[BOOK];
    for (int i = 0; i < BOOK; i++) {
      BigDecimal principal = BigDecimal.valueOf(100_000_00L + random.nextInt(900_000_000), 2);
      BigDecimal left = principal.multiply(BigDecimal.valueOf(50 + random.nextInt(51)))
          .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
      LocalDate grant = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(730));
      claims.add(RiskPoolClaim.builder().loanId("NPL" + i).category(RiskPoolLoanCategory.GENERAL)
          .principal(Cny.of(principal)).grantDate(grant).firstNonPerformingDate(grant.plusYears(1))
          .principalOutstanding(Cny.of(left)).noExclusions().build());
      outstanding[i] = left;
      granted[i] = grant;
    }
    request = RiskPoolRequest.of(claims);
  }

  /** The bare arithmetic, for the ratio. */
  @Benchmark
  @OperationsPerInvocation(BOOK)
  public void baselineBigDecimal(Blackhole hole) {
    for (int i = 0; i < BOOK; i++) {
      LocalDate grant = granted[i];
      boolean uplifted = !grant.isBefore(WINDOW_2023_START) && !grant.isAfter(WINDOW_2023_END)
          || !grant.isBefore(WINDOW_2022_START) && !grant.isAfter(WINDOW_2022_END);
      hole.consume(outstanding[i].multiply(uplifted ? UPLIFTED : BASE).setScale(2, RoundingMode.HALF_UP));
    }
  }

  /** The library's plain form, one loan at a time: every check, exclusion and window, returning a MonetaryAmount. */
  @Benchmark
  @OperationsPerInvocation(BOOK)
  public void plainForm(Blackhole hole) {
    for (RiskPoolClaim claim : claims) {
      hole.consume(RiskPoolCalculator.DEFAULT.compensation(measure, claim));
    }
  }

  /** The library's explained batch: per-loan verdicts, cited steps and the totals, as a bank files the claim. */
  @Benchmark
  @OperationsPerInvocation(BOOK)
  public void explainedBatch(Blackhole hole) {
    hole.consume(RiskPoolCalculator.DEFAULT.explainClaims(measure, request));
  }
}
