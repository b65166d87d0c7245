package io.github.huiqi.calculators.financing.techsme;

import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.MEASURE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.testing.Generators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the tech-SME subsidy over seeded random claims (seed in the test name; replay with
 * {@code -Dhuiqi.property.seed=<seed> -Dhuiqi.property.runs=1}).
 */
public class TechSmePropertyTest {

  private static final BigDecimal CEILING = new BigDecimal("0.8");

  public static TechSmeRequest randomRequest(Random random) {
    List<TechSmeInterestItem> interest = new ArrayList<>();
    for (int i = 0, n = random.nextInt(4); i < n; i++) {
      LocalDate start = Generators.date(random, LocalDate.of(2022, 6, 1), LocalDate.of(2024, 6, 30));
      LocalDate end = start.plusDays(1 + random.nextInt(200));
      interest.add(TechSmeInterestItem.of("I" + i, "L" + random.nextInt(3), start, end,
          end.plusDays(random.nextInt(10)), Cny.of(Generators.yuan(random, 0, 1_500_000))));
    }
    List<TechSmeFeePayment> fees = new ArrayList<>();
    for (int i = 0, n = random.nextInt(3); i < n; i++) {
      fees.add(TechSmeFeePayment.of("F" + i, Generators.date(random, LocalDate.of(2023, 1, 1),
          LocalDate.of(2023, 12, 31)), Cny.of(Generators.yuan(random, 0, 500_000))));
    }
    List<TechSmeFeePayment> premiums = new ArrayList<>();
    for (int i = 0, n = interest.isEmpty() && fees.isEmpty() ? 1 : random.nextInt(3); i < n; i++) {
      premiums.add(TechSmeFeePayment.of("P" + i, Generators.date(random, LocalDate.of(2023, 1, 1),
          LocalDate.of(2023, 12, 31)), Cny.of(Generators.yuan(random, 0, 800_000))));
    }
    EnterpriseFacts firm = EnterpriseFacts.builder().enrolledTechSme(true).firstTimeBorrower(random.nextBoolean())
        .build();
    return TechSmeRequest.builder().enterprise(firm).interest(interest).guaranteeFees(fees).insurancePremiums(premiums)
        .programmeTotalReceived(Cny.of(Generators.yuan(random, 0, 3_200_000))).build();
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_ratioNeverAboveTheCeiling(long seed) {
    Random random = new Random(seed);
    Rate base = Rate.parse(Generators.percent(random, 0, 8000));
    Rate first = Rate.parse(Generators.percent(random, 0, 8000));
    TechSmeMeasure m = MEASURE;
    TechSmeMeasure measure = new TechSmeMeasure(m.id(), m.clause(),
        m.documentStatus(), m.title(), m.interestRatio().withValue(base),
        m.firstTimeBorrowerInterestRatio().withValue(first), m.upliftWindow(), m.upliftPoints(), m.ceiling(),
        m.guaranteeFeeRatio(), m.guaranteeFeeCapPerYear(), m.insurancePremiumRatio(),
        m.insurancePremiumCapPerYear(), m.capPerEnterprisePerYear(), m.capPerEnterpriseOverProgramme(),
        m.accrualBasis(), m.splitDayCount(), m.rounding(), m.enrolmentRule());
    for (boolean firstTime : new boolean[] {false, true}) {
      Rate uplifted = measure.upliftedRatio(firstTime);
      assertThat(uplifted.isGreaterThan(Rate.parse("80%"))).isFalse();
      assertThat(uplifted.isLessThan(measure.baseRatio(firstTime))).isFalse();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_neverAboveInterestPaidOrTheCaps(long seed) {
    TechSmeRequest request = randomRequest(new Random(seed));
    TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE, request);
    for (TechSmeItemSubsidy item : result.items()) {
      BigDecimal paid = yuan(item.amountPaid());
      // no item above 80% of what was paid (rounded half-up once), nor above what was paid
      assertThat(yuan(item.computed())).isLessThanOrEqualTo(paid.multiply(CEILING).setScale(2, RoundingMode.HALF_UP))
          .isLessThanOrEqualTo(paid);
      assertThat(yuan(item.paid())).isLessThanOrEqualTo(yuan(item.computed())).isNotNegative();
    }
    BigDecimal total = yuan(result.amount().maximum());
    BigDecimal left = new BigDecimal("3000000").subtract(yuan(request.programmeTotalReceived())).max(BigDecimal.ZERO);
    assertThat(total).isLessThanOrEqualTo(new BigDecimal("1000000")).isLessThanOrEqualTo(left).isNotNegative();
    assertThat(yuan(result.guaranteeFeeSubsidy().maximum())).isLessThanOrEqualTo(new BigDecimal("300000"));
    assertThat(yuan(result.insurancePremiumSubsidy().maximum())).isLessThanOrEqualTo(new BigDecimal("500000"));
    assertThat(yuan(result.interestSubsidy().maximum()).add(yuan(result.guaranteeFeeSubsidy().maximum()))
        .add(yuan(result.insurancePremiumSubsidy().maximum()))).isEqualByComparingTo(total);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_wholeFen_andPlainEqualsExplained(long seed) {
    TechSmeRequest request = randomRequest(new Random(seed));
    BigDecimal total = yuan(CALCULATOR.subsidy(MEASURE, request));
    assertThat(total.movePointRight(2).stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
    assertThat(total).isEqualByComparingTo(yuan(CALCULATOR.explainSubsidy(MEASURE, request).amount().maximum()));
    for (TechSmeItemSubsidy item : CALCULATOR.explainSubsidy(MEASURE, request).items()) {
      assertThat(yuan(item.computed()).movePointRight(2).stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_monotoneInInterest(long seed) {
    Random random = new Random(seed);
    TechSmeRequest base = randomRequest(random);
    LocalDate start = Generators.date(random, LocalDate.of(2022, 6, 1), LocalDate.of(2024, 6, 30));
    BigDecimal amount = Generators.yuan(random, 0, 1_000_000);
    BigDecimal more = amount.add(Generators.yuan(random, 0, 500_000));
    TechSmeRequest less = withExtra(base, start, amount);
    TechSmeRequest larger = withExtra(base, start, more);
    assertThat(yuan(CALCULATOR.subsidy(MEASURE, larger))).isGreaterThanOrEqualTo(
        yuan(CALCULATOR.subsidy(MEASURE, less)));
    assertThat(yuan(CALCULATOR.subsidy(MEASURE, less))).isGreaterThanOrEqualTo(yuan(CALCULATOR.subsidy(MEASURE,
        base)));
  }

  private static TechSmeRequest withExtra(TechSmeRequest base, LocalDate start, BigDecimal amount) {
    List<TechSmeInterestItem> interest = new ArrayList<>(base.interest());
    interest.add(TechSmeInterestItem.of("X", "L0", start, start.plusDays(90), start.plusDays(90), Cny.of(amount)));
    return TechSmeRequest.builder().from(base).interest(interest).build();
  }
}
