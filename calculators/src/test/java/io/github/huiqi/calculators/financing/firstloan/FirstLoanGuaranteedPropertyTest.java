package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.loan;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.testing.Generators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the Shanghai first-loan subsidy (沪企服办〔2023〕1号 第十五条) over seeded random loans (seed in the test
 * name; replay with {@code -Dhuiqi.property.seed=<seed> -Dhuiqi.property.runs=1}).
 */
class FirstLoanGuaranteedPropertyTest {

  private static final BigDecimal CAP = new BigDecimal("200000");

  private static LoanFacts randomEligibleLoan(Random random, String id, BigDecimal principal) {
    LocalDate drawdown = Generators.date(random, LocalDate.of(2022, 10, 1), LocalDate.of(2022, 12, 31));
    return loan(id).principal(Cny.of(principal)).drawdownDate(drawdown).maturityDate(drawdown.plusYears(1))
        .repaymentDate(drawdown.plusDays(1 + random.nextInt(400))).build();
  }

  private static BigDecimal total(int term, LoanFacts... loans) {
    return Cny.yuan(CALCULATOR.subsidy(MEASURE, request(term, loans)), "total");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_neverAboveTheCapNorNegative_wholeFen(long seed) {
    Random random = new Random(seed);
    List<LoanFacts> loans = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      loans.add(randomEligibleLoan(random, "L" + i, Generators.yuan(random, 10_000, 40_000_000)));
    }
    BigDecimal total = total(1 + random.nextInt(24), loans.toArray(new LoanFacts[0]));
    assertThat(total).isLessThanOrEqualTo(CAP).isNotNegative();
    assertThat(total.setScale(2, RoundingMode.UNNECESSARY)).isEqualByComparingTo(total);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_neverAboveTwoPercentOfPrincipalOverTheDaysUsed(long seed) {
    // the subsidy is at most principal × 2% × days/360 (plus half a fen of rounding), and the days are at most both
    // the days of use and the caller's term
    Random random = new Random(seed);
    LoanFacts loan = randomEligibleLoan(random, "L", Generators.yuan(random, 10_000, 5_000_000));
    int term = 1 + random.nextInt(24);
    long days = Math.min(ChronoUnit.DAYS.between(loan.drawdownDate(), loan.endOfUse()),
        ChronoUnit.DAYS.between(loan.drawdownDate(), loan.drawdownDate().plusMonths(term)));
    BigDecimal bound = Cny.yuan(loan.principal(), "p").multiply(new BigDecimal("0.02"))
        .multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(360), 10, RoundingMode.HALF_UP)
        .add(new BigDecimal("0.005"));
    assertThat(total(term, loan)).isLessThanOrEqualTo(bound);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_monotoneInPrincipalAndTerm(long seed) {
    Random random = new Random(seed);
    BigDecimal principal = Generators.yuan(random, 10_000, 20_000_000);
    BigDecimal more = principal.add(Generators.yuan(random, 0, 5_000_000));
    long state = random.nextLong();
    LoanFacts smaller = randomEligibleLoan(new Random(state), "L", principal);
    LoanFacts larger = randomEligibleLoan(new Random(state), "L", more);
    int term = 1 + random.nextInt(23);
    assertThat(total(term, larger)).isGreaterThanOrEqualTo(total(term, smaller));
    assertThat(total(term + 1, smaller)).isGreaterThanOrEqualTo(total(term, smaller));
  }

  private static Optional<Boolean> fact(Random random) {
    int roll = random.nextInt(6);
    return roll == 0 ? Optional.empty() : Optional.of(roll > 1);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_plainFormAgreesWithTheExplainingForm(long seed) {
    // over loans whose facts are true, false or unknown, in and out of the window: the plain form gives the
    // explained amount when it is exact, and otherwise names the explained missing facts
    Random random = new Random(seed);
    List<FirstLoanGuaranteedLoan> loans = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      LocalDate drawdown = Generators.date(random, LocalDate.of(2022, 9, 15), LocalDate.of(2023, 1, 15));
      LoanFacts loan = loan("L" + i).principal(Cny.of(Generators.yuan(random, 10_000, 10_000_000)))
          .drawdownDate(drawdown).maturityDate(drawdown.plusYears(1))
          .repaymentDate(drawdown.plusDays(random.nextInt(400))).build();
      loans.add(FirstLoanGuaranteedLoan.builder().loan(loan).firstInclusiveFinanceLoan(fact(random))
          .guaranteedByPolicyFund(fact(random)).build());
    }
    EnterpriseSize[] sizes = EnterpriseSize.values();
    EnterpriseFacts.Builder firm = EnterpriseFacts.builder();
    if (random.nextInt(6) > 0) {
      firm.size(sizes[random.nextInt(sizes.length)]);
    }
    FirstLoanGuaranteedRequest request = FirstLoanGuaranteedRequest.of(firm.build(),
        1 + random.nextInt(24), loans);
    FirstLoanResult explained = CALCULATOR.explainSubsidy(MEASURE, request);
    BigDecimal low = Cny.yuan(explained.amount().minimum(), "min");
    if (explained.amount().isExact()) {
      assertThat(Cny.yuan(CALCULATOR.subsidy(MEASURE, request), "plain")).isEqualByComparingTo(low);
    } else {
      assertThatThrownBy(() -> CALCULATOR.subsidy(MEASURE, request)).isInstanceOf(MissingFactsException.class);
    }
  }
}
