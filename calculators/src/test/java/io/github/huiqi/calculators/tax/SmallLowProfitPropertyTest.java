package io.github.huiqi.calculators.tax;

import static io.github.huiqi.calculators.tax.SmallLowProfitFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.SmallLowProfitFixtures.MEASURE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.NegativePrepaymentTreatment;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.testing.Generators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the 小型微利企业 income tax over seeded random enterprises (seed in the test name; replay with
 * {@code -Dhuiqi.property.seed=<seed> -Dhuiqi.property.runs=1}).
 */
class SmallLowProfitPropertyTest {

  private static final BigDecimal QUARTER = new BigDecimal("0.25");

  /** Quarters from a random first quarter to Q4, employees and assets near the limits half of the time. */
  static List<OperatingQuarter> randomQuarters(Random random, int last) {
    int first = 1 + random.nextInt(last);
    List<OperatingQuarter> quarters = new ArrayList<>();
    boolean near = random.nextBoolean();
    for (int i = first; i <= last; i++) {
      int e1 = near ? 280 + random.nextInt(41) : random.nextInt(500);
      int e2 = near ? 280 + random.nextInt(41) : random.nextInt(500);
      BigDecimal a1 = near ? Generators.yuan(random, 49_000_000, 51_000_000) : Generators.yuan(random, 0, 80_000_000);
      BigDecimal a2 = near ? Generators.yuan(random, 49_000_000, 51_000_000) : Generators.yuan(random, 0, 80_000_000);
      quarters.add(new OperatingQuarter(i, e1, e2, Cny.of(a1), Cny.of(a2)));
    }
    return quarters;
  }

  /** Taxable income near the boundaries half of the time, anywhere up to 5,000,000 otherwise. */
  static BigDecimal randomIncome(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> Generators.yuan(random, 999_000, 1_001_000);
      case 1 -> Generators.yuan(random, 2_999_000, 3_001_000);
      default -> Generators.yuan(random, 0, 5_000_000);
    };
  }

  static SmallLowProfitTaxRequest randomRequest(Random random) {
    int taxYear = 2019 + random.nextInt(9);
    Optional<Boolean> industry = switch (random.nextInt(6)) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(true);
      default -> Optional.of(false);
    };
    List<OperatingQuarter> quarters = random.nextInt(10) == 0 ? List.of() : randomQuarters(random, 4);
    SmallLowProfitTaxRequest request = new SmallLowProfitTaxRequest(taxYear, Cny.of(randomIncome(random)), industry,
        quarters, Optional.empty());
    if (random.nextInt(4) == 0) {
      request = request.withOptions(SmallLowProfitOptions.DEFAULTS.withRounding(MoneyRounding.FEN_DOWN));
    }
    return request;
  }

  static SmallLowProfitPrepaymentRequest randomPrepayment(Random random) {
    int through = 1 + random.nextInt(4);
    SmallLowProfitPrepaymentRequest request = new SmallLowProfitPrepaymentRequest(2019 + random.nextInt(9), through,
        Cny.of(randomIncome(random)), Optional.of(random.nextInt(5) == 0), randomQuarters(random, through),
        Cny.of(Generators.yuan(random, 0, 500_000)), Optional.empty());
    return random.nextBoolean() ? request : request.withOptions(SmallLowProfitOptions.DEFAULTS
        .withNegativePrepayment(NegativePrepaymentTreatment.REFUND));
  }

  private static BigDecimal yuan(javax.money.MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_reliefNeverNegative_taxNeverAboveStandard_wholeFen(long seed) {
    SmallLowProfitTaxRequest request = randomRequest(new Random(seed));
    SmallLowProfitTaxResult result = CALCULATOR.explainTax(MEASURE, request);
    BigDecimal income = yuan(request.taxableIncome());
    // TI × 25% rounded half-up (or down) to the fen, worked out here from the 企业所得税法 rate
    RoundingMode mode = request.effectiveOptions().rounding().map(MoneyRounding::mode).orElse(RoundingMode.HALF_UP);
    BigDecimal standard = income.multiply(QUARTER).setScale(2, mode);
    assertThat(yuan(result.standardTax())).isEqualByComparingTo(standard);
    for (javax.money.MonetaryAmount end : List.of(result.taxDue().minimum(), result.taxDue().maximum(),
        result.relief().minimum(), result.relief().maximum())) {
      BigDecimal value = yuan(end);
      assertThat(value).isNotNegative().isLessThanOrEqualTo(standard);
      assertThat(value.stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
    }
    assertThat(yuan(result.relief().maximum()).add(yuan(result.taxDue().minimum()))).isEqualByComparingTo(standard);
    if (income.compareTo(new BigDecimal("3000000")) > 0) {
      // the cliff: nothing relieved above 3,000,000
      assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(yuan(result.relief().maximum())).isZero();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_monotoneInIncome_withinTheEligibleRegion(long seed) {
    Random random = new Random(seed);
    int taxYear = 2019 + random.nextInt(9);
    BigDecimal a = Generators.yuan(random, 0, 3_000_000);
    BigDecimal b = Generators.yuan(random, 0, 3_000_000);
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);
    SmallLowProfitFacts facts = SmallLowProfitTaxRequest.of(taxYear, Cny.of("0"),
        SmallLowProfitFixtures.small()).facts();
    BigDecimal dueLow = yuan(CALCULATOR.taxDue(MEASURE, taxYear, Cny.of(low), facts, SmallLowProfitOptions.DEFAULTS));
    BigDecimal dueHigh = yuan(CALCULATOR.taxDue(MEASURE, taxYear, Cny.of(high), facts,
        SmallLowProfitOptions.DEFAULTS));
    assertThat(dueLow).isLessThanOrEqualTo(dueHigh);
    // and never below the lowest slice rate 2.5% nor above the highest 10% of the income, before rounding ± 1 fen
    assertThat(dueHigh).isLessThanOrEqualTo(high.multiply(new BigDecimal("0.10")).add(new BigDecimal("0.01")));
    assertThat(dueHigh).isGreaterThanOrEqualTo(high.multiply(new BigDecimal("0.025")).subtract(new BigDecimal(
        "0.01")));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_prepayment_isTaxToDateLessPrepaid(long seed) {
    SmallLowProfitPrepaymentRequest request = randomPrepayment(new Random(seed));
    SmallLowProfitPrepaymentResult result = CALCULATOR.explainPrepayment(MEASURE, request);
    BigDecimal difference = yuan(result.toDate().taxDue().maximum()).subtract(yuan(request.alreadyPrepaid()));
    BigDecimal payable = yuan(result.payable().maximum());
    BigDecimal credit = yuan(result.creditCarried().minimum());
    if (result.negativePrepayment() == NegativePrepaymentTreatment.REFUND) {
      assertThat(payable).isEqualByComparingTo(difference);
      assertThat(credit).isZero();
    } else {
      assertThat(payable).isEqualByComparingTo(difference.max(BigDecimal.ZERO));
      assertThat(payable.subtract(credit)).isEqualByComparingTo(difference);
    }
  }
}
