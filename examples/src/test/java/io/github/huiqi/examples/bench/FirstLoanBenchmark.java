package io.github.huiqi.examples.bench;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * The first-loan subsidy over a book of 10,000 first loans: the library's plain and explaining forms against a
 * baseline that does only the bare arithmetic ({@code principal × 2% × days ÷ 360}, half-up to the fen, capped) in
 * {@code BigDecimal}, with no checks, no citations and no {@code MonetaryAmount}.
 * <p>
 * Run from the project root:
 * <pre>
 * mvn -q -pl examples -am -DskipTests package exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.openjdk.jmh.Main FirstLoanBenchmark -f 1 -wi 3 -i 5"
 * </pre>
 * Report the ratio of each form's time to the baseline's from the same run; absolute times depend on the machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FirstLoanBenchmark {

  private static final int BOOK = 10_000;
  private static final BigDecimal RATE = new BigDecimal("0.02");
  private static final BigDecimal CAP = new BigDecimal("200000");
  private static final BigDecimal BASIS = BigDecimal.valueOf(360);

  private FirstLoanMeasure measure;
  private List<FirstLoanRequest> requests;
  private BigDecimal[] principals;
  private long[] days;
  private List<FirstLoanResult> results;

  /** Builds a seeded book of first loans, all eligible, drawn in 2023-Q1. */
  @Setup
  public void setUp() {
    measure = PolicyData.builtIn()
        .getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    EnterpriseFacts firm = EnterpriseFacts.builder().registrationRegionCode("440305").independentLegalPerson(true)
        .firstTimeBorrower(true).onSeriousDishonestyList(false).build();
    Random random = new Random(20261122L);
    requests = new ArrayList<>(BOOK);
    principals = new BigDecimal[BOOK];
    days = new long[BOOK];
    for (int i = 0; i < BOOK; i++) {
      BigDecimal principal = BigDecimal.valueOf(100_000_00L + random.nextInt(900_000_000), 2);
      LocalDate drawdown = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(90));
      LocalDate repaid = drawdown.plusMonths(1).plusDays(random.nextInt(200));
      LoanFacts loan = LoanFacts.builder().loanId("L" + i).principal(Cny.of(principal)).drawdownDate(drawdown)
          .maturityDate(drawdown.plusYears(1)).repaymentDate(repaid).annualInterestRate(Rate.parse("3.65%"))
          .lenderRegionCode("440300").firstDrawdownOfFirstContract(true).forProductionOrOperation(true)
          .subsidisedUnderAnotherMunicipalScheme(false).build();
      requests.add(FirstLoanRequest.of(firm, List.of(loan)));
      principals[i] = principal;
      LocalDate sixMonths = drawdown.plusMonths(6);
      days[i] = ChronoUnit.DAYS.between(drawdown, repaid.isBefore(sixMonths) ? repaid : sixMonths);
    }
    results = new ArrayList<>(BOOK);
    requests.forEach(request -> results.add(FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request)));
  }

  /** The bare arithmetic, for the ratio. */
  @Benchmark
  @OperationsPerInvocation(BOOK)
  public void baselineBigDecimal(Blackhole hole) {
    for (int i = 0; i < BOOK; i++) {
      BigDecimal subsidy = principals[i].multiply(RATE).multiply(BigDecimal.valueOf(days[i]))
          .divide(BASIS, 2, RoundingMode.HALF_UP);
      hole.consume(subsidy.min(CAP));
    }
  }

  /** The library's plain form: every check, eligibility and the cap, returning a MonetaryAmount. */
  @Benchmark
  @OperationsPerInvocation(BOOK)
  public void plainForm(Blackhole hole) {
    for (FirstLoanRequest request : requests) {
      hole.consume(FirstLoanCalculator.DEFAULT.subsidy(measure, request));
    }
  }

  /**
   * What the explaining form's audit receipt costs alone: the canonical JSON and SHA-256 of the request and of the
   * result (the measure's identity is remembered by the policy data), on results computed beforehand.
   */
  @Benchmark
  @OperationsPerInvocation(BOOK)
  public void receiptAlone(Blackhole hole) {
    for (int i = 0; i < BOOK; i++) {
      hole.consume(CalculatorReceipts.issue("financing.first-loan.subsidy", List.of(measure), requests.get(i),
          Optional.empty(), results.get(i)));
    }
  }

  /** The library's explaining form: the same with every cited step of the explanation. */
  @Benchmark
  @OperationsPerInvocation(BOOK)
  public void explainingForm(Blackhole hole) {
    for (FirstLoanRequest request : requests) {
      hole.consume(FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request));
    }
  }
}
