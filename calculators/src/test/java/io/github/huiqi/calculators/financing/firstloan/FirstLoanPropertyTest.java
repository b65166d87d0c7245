package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.loan;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.testing.Generators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the first-loan subsidy over seeded random loans (seed in the test name; replay with
 * {@code -Dhuiqi.property.seed=<seed> -Dhuiqi.property.runs=1}).
 */
class FirstLoanPropertyTest {

  private static final BigDecimal CAP = new BigDecimal("200000");

  private static LoanFacts randomEligibleLoan(Random random, String id) {
    LocalDate drawdown = Generators.date(random, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31));
    LocalDate repaid = drawdown.plusMonths(1).plusDays(random.nextInt(300));
    return loan(id)
        .principal(Cny.of(Generators.yuan(random, 10_000, 40_000_000)))
        .drawdownDate(drawdown)
        .maturityDate(drawdown.plusYears(1))
        .repaymentDate(repaid.isAfter(drawdown.plusYears(1)) ? drawdown.plusYears(1) : repaid)
        .annualInterestRate(Rate.parse(Generators.percent(random, 200, 800)))
        .build();
  }

  private static BigDecimal total(LoanFacts... loans) {
    return Cny.yuan(CALCULATOR.subsidy(MEASURE, request(loans)), "total");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_neverAboveTheCap(long seed) {
    Random random = new Random(seed);
    List<LoanFacts> loans = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      loans.add(randomEligibleLoan(random, "L" + i));
    }
    BigDecimal total = total(loans.toArray(new LoanFacts[0]));
    assertThat(total).isLessThanOrEqualTo(CAP).isNotNegative();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_wholeFen(long seed) {
    BigDecimal total = total(randomEligibleLoan(new Random(seed), "L"));
    assertThat(total.movePointRight(2).stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_monotoneInPrincipal(long seed) {
    Random random = new Random(seed);
    LoanFacts base = randomEligibleLoan(random, "L");
    BigDecimal more = Cny.yuan(base.principal(), "p").add(Generators.yuan(random, 0, 5_000_000));
    LoanFacts larger = loan("L").from(base).principal(Cny.of(more)).build();
    assertThat(total(larger)).isGreaterThanOrEqualTo(total(base));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_monotoneInDaysOfUse(long seed) {
    Random random = new Random(seed);
    LoanFacts base = randomEligibleLoan(random, "L");
    LocalDate later = base.endOfUse().plusDays(random.nextInt(60));
    LoanFacts longer = loan("L").from(base).repaymentDate(later.isAfter(base.maturityDate())
        ? base.maturityDate() : later).build();
    assertThat(total(longer)).isGreaterThanOrEqualTo(total(base));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_neverAboveTheLoansOwnInterest(long seed) {
    // The loan rate is at least 2%, so the subsidy never exceeds the interest the loan itself accrues over the
    // subsidised period on the same basis (ACT/360), plus half a fen of rounding.
    LoanFacts loan = randomEligibleLoan(new Random(seed), "L");
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(loan));
    FirstLoanLoanSubsidy part = result.loans().get(0);
    long days = ChronoUnit.DAYS.between(part.subsidisedFrom().orElseThrow(), part.subsidisedUntil().orElseThrow());
    BigDecimal interest = loan.annualInterestRate().applyTo(Cny.yuan(loan.principal(), "p"))
        .multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(360), 10, java.math.RoundingMode.HALF_UP);
    assertThat(Cny.yuan(part.computed(), "c")).isLessThanOrEqualTo(interest.add(new BigDecimal("0.005")));
  }
}
