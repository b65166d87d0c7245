package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeCalculator;
import io.github.huiqi.calculators.financing.techsme.TechSmeFixtures;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.testing.Generators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of stacking the two municipal interest subsidies over seeded random loan sets (seed in the test name;
 * replay with {@code -Dhuiqi.property.seed=<seed> -Dhuiqi.property.runs=1}).
 */
public class StackingPropertyTest {

  private static final StackingCalculator STACKING = StackingCalculator.DEFAULT;

  public static StackingRequest randomRequest(Random random) {
    List<LoanFacts> loans = new ArrayList<>();
    List<TechSmeInterestItem> items = new ArrayList<>();
    List<StackingClaim> claims = new ArrayList<>();
    for (int j = 0, n = 1 + random.nextInt(4); j < n; j++) {
      String id = "L" + j;
      LocalDate drawdown = Generators.date(random, LocalDate.of(2022, 12, 1), LocalDate.of(2023, 4, 30));
      loans.add(FirstLoanFixtures.loan(id).principal(Cny.of(Generators.yuan(random, 10_000, 20_000_000)))
          .drawdownDate(drawdown).maturityDate(drawdown.plusYears(1))
          .firstDrawdownOfFirstContract(random.nextInt(3) > 0).build());
      for (int k = 0, m = random.nextInt(3); k < m; k++) {
        LocalDate start = drawdown.plusDays(90L * k);
        items.add(TechSmeInterestItem.of("I" + j + "-" + k, id, start, start.plusDays(90), start.plusDays(90),
            Cny.of(Generators.yuan(random, 0, 600_000))));
      }
      if (random.nextInt(3) == 0) {
        claims.add(StackingClaim.of(id, StackingScheme.values()[random.nextInt(2)]));
      }
    }
    EnterpriseFacts firm = FirstLoanFixtures.firm().firstTimeBorrower(random.nextBoolean())
        .enrolledTechSme(random.nextInt(4) > 0).build();
    Optional<StackingOptions> options = random.nextBoolean() ? Optional.empty()
        : Optional.of(StackingOptions.DEFAULTS.withPrecedence(StackingPrecedence.LARGER));
    return StackingRequest.builder().enterprise(firm).loans(loans).interest(items)
        .programmeTotalReceived(Cny.of(Generators.yuan(random, 0, 3_000_000))).firstClaims(claims).options(options)
        .build();
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_oneSubsidyPerLoan_withinEachMeasuresCaps(long seed) {
    StackingRequest request = randomRequest(new Random(seed));
    StackingResult result = STACKING.explainTotalSubsidy(FirstLoanFixtures.MEASURE,
        TechSmeFixtures.MEASURE, request);
    BigDecimal firstPaid = BigDecimal.ZERO;
    BigDecimal techPaid = BigDecimal.ZERO;
    for (StackingLoanDecision loan : result.loans()) {
      BigDecimal paid = yuan(loan.paid());
      if (loan.applies().isEmpty()) {
        assertThat(paid).isEqualByComparingTo("0");
      } else if (loan.applies().get() == StackingScheme.FIRST_LOAN) {
        assertThat(paid).isLessThanOrEqualTo(yuan(loan.firstLoanCandidate()));
        firstPaid = firstPaid.add(paid);
      } else {
        assertThat(paid).isLessThanOrEqualTo(yuan(loan.techSmeCandidate()));
        techPaid = techPaid.add(paid);
      }
    }
    // 第5条: at most 200,000 per enterprise; 第十四条(四): at most 1,000,000 a year
    assertThat(yuan(result.firstLoanTotal())).isEqualByComparingTo(firstPaid)
        .isLessThanOrEqualTo(new BigDecimal("200000"));
    assertThat(yuan(result.techSmeTotal())).isEqualByComparingTo(techPaid)
        .isLessThanOrEqualTo(new BigDecimal("1000000"));
    BigDecimal total = yuan(result.total());
    assertThat(total).isEqualByComparingTo(firstPaid.add(techPaid));
    assertThat(total.movePointRight(2).stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_precedenceIsHonoured(long seed) {
    StackingRequest request = randomRequest(new Random(seed));
    StackingResult result = STACKING.explainTotalSubsidy(FirstLoanFixtures.MEASURE,
        TechSmeFixtures.MEASURE, request);
    StackingPrecedence precedence = request.effectiveOptions().precedence().orElse(StackingPrecedence.FIRST_CLAIMED);
    // "the larger" compares what each can pay within its caps; where no cap binds, that is the amount before caps
    BigDecimal firstAll = yuan(FirstLoanCalculator.DEFAULT.explainSubsidy(FirstLoanFixtures.MEASURE,
        FirstLoanRequest.of(request.enterprise(), request.loans())).amount().maximum());
    BigDecimal firstBeforeCap = BigDecimal.ZERO;
    for (StackingLoanDecision loan : result.loans()) {
      firstBeforeCap = firstBeforeCap.add(yuan(loan.firstLoanCandidate()));
    }
    boolean noCapBinds = firstAll.compareTo(firstBeforeCap) == 0 && (request.interest().isEmpty()
        || TechSmeCalculator.DEFAULT.explainSubsidy(TechSmeFixtures.MEASURE, TechSmeRequest.builder()
            .enterprise(request.enterprise()).interest(request.interest())
            .programmeTotalReceived(request.programmeTotalReceived()).build()).bindingLimits().isEmpty());
    for (StackingLoanDecision loan : result.loans()) {
      BigDecimal first = yuan(loan.firstLoanCandidate());
      BigDecimal tech = yuan(loan.techSmeCandidate());
      boolean both = loan.firstLoanVerdict() == Verdict.ELIGIBLE && first.signum() > 0
          && loan.techSmeVerdict() == Verdict.ELIGIBLE && tech.signum() > 0;
      Optional<StackingScheme> claimed = request.firstClaims().stream()
          .filter(claim -> claim.loanId().equals(loan.loanId())).map(StackingClaim::subsidy).findFirst();
      if (both && precedence == StackingPrecedence.FIRST_CLAIMED && claimed.isPresent()) {
        assertThat(loan.applies()).isEqualTo(claimed);
      } else if (both && noCapBinds) {
        // the larger applies; on a tie the first-loan subsidy
        BigDecimal chosen = loan.applies().orElseThrow() == StackingScheme.FIRST_LOAN ? first : tech;
        assertThat(chosen).isEqualByComparingTo(first.max(tech));
      } else if (both) {
        assertThat(loan.applies()).isPresent();
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_neverMoreThanTheTwoAloneTogether(long seed) {
    StackingRequest request = randomRequest(new Random(seed));
    StackingResult result = STACKING.explainTotalSubsidy(FirstLoanFixtures.MEASURE,
        TechSmeFixtures.MEASURE, request);
    BigDecimal firstAlone = yuan(FirstLoanCalculator.DEFAULT.explainSubsidy(FirstLoanFixtures.MEASURE,
        FirstLoanRequest.of(request.enterprise(), request.loans())).amount().maximum());
    BigDecimal techAlone = request.interest().isEmpty() ? BigDecimal.ZERO
        : yuan(TechSmeCalculator.DEFAULT.explainSubsidy(TechSmeFixtures.MEASURE,
            TechSmeRequest.builder().enterprise(request.enterprise()).interest(request.interest())
                .programmeTotalReceived(request.programmeTotalReceived()).build()).amount().maximum());
    assertThat(yuan(result.firstLoanTotal())).isLessThanOrEqualTo(firstAlone);
    assertThat(yuan(result.techSmeTotal())).isLessThanOrEqualTo(techAlone);
  }
}
