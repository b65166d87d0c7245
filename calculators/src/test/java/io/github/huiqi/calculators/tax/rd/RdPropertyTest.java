package io.github.huiqi.calculators.tax.rd;

import static io.github.huiqi.calculators.tax.rd.RdFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.MEASURE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.tax.rd.RdEntrusteeKind;
import io.github.huiqi.core.tax.rd.RdEntrustment;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.rd.RdProject;
import io.github.huiqi.core.testing.Generators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the R&D super deduction over seeded random enterprises (seed in the test name; replay with
 * {@code -Dhuiqi.property.seed=<seed> -Dhuiqi.property.runs=1}).
 */
public class RdPropertyTest {

  /** The highest extra rate in the built-in table, 120% (2023年第44号). */
  private static final BigDecimal TOP_RATE = new BigDecimal("1.2");
  private static final BigDecimal HALF_FEN = new BigDecimal("0.005");
  private static final String[] INDUSTRIES = {"I6510", "C4190", "C3973", "M7320", "F5211", "C1610", "R9011", "R",
      "H6110", "K7010", "L7212", "R8610"};

  static RdExpensedCosts randomCosts(Random random) {
    return new RdExpensedCosts(Cny.of(Generators.yuan(random, 0, 3_000_000)),
        Cny.of(Generators.yuan(random, 0, 1_000_000)), Cny.of(Generators.yuan(random, 0, 500_000)),
        Cny.of(Generators.yuan(random, 0, 200_000)), Cny.of(Generators.yuan(random, 0, 200_000)),
        Cny.of(Generators.yuan(random, 0, random.nextBoolean() ? 100_000 : 1_000_000)));
  }

  private static Optional<Boolean> flag(Random random) {
    int pick = random.nextInt(5);
    return pick == 0 ? Optional.empty() : Optional.of(pick <= 2);
  }

  public static RdRequest randomRequest(Random random) {
    int year = 2016 + random.nextInt(16);
    List<RdIntangibleAsset> intangibles = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      int period = random.nextBoolean() ? 120 : 12 + random.nextInt(240);
      intangibles.add(RdIntangibleAsset.builder().cost(Cny.of(Generators.yuan(random, 0, 5_000_000)))
          .amortisationMonths(random.nextBoolean() ? Optional.empty() : Optional.of(period))
          .monthsInYear(1 + random.nextInt(12)).yearFormed(2016 + random.nextInt(year - 2015)).build());
    }
    Optional<String> industry = random.nextInt(8) == 0 ? Optional.empty()
        : Optional.of(INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
    Optional<RdOptions> options = random.nextInt(3) == 0 ? Optional.of(RdOptions.DEFAULTS
        .withIntangibleRateYear(RdIntangibleRateYear.YEAR_FORMED)) : Optional.empty();
    return RdRequest.builder().taxYear(year).industryCode(industry).techSme(flag(random))
        .manufacturing(flag(random)).icOrMachineTool(flag(random)).expensedCosts(randomCosts(random))
        .intangibles(intangibles).options(options).build();
  }

  /** A random request with projects (expensed and capitalised, some grant-funded), entrustments and offsets. */
  static RdRequest randomItemised(Random random) {
    RdRequest request = randomRequest(random);
    RdRequest.Builder builder = RdRequest.builder().from(request);
    int year = request.taxYear();
    for (int i = random.nextInt(4); i > 0; i--) {
      RdExpensedCosts costs = randomCosts(random);
      RdProject.Builder project = RdProject.builder().name("P" + i).costs(costs).capitalised(random.nextBoolean());
      if (random.nextInt(3) == 0) {
        project.grantFunded(new RdExpensedCosts(half(costs.personnel(), random), Cny.ZERO, Cny.ZERO, Cny.ZERO,
            Cny.ZERO, half(costs.otherRelated(), random)));
      }
      if (random.nextBoolean()) {
        RdProject draft = project.build();
        if (draft.capitalised()) {
          project.amortisationStart(LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)))
              .earlierCapitalisedCost(Cny.of(Generators.yuan(random, 0, 2_000_000)));
        }
      }
      builder.addProjects(project.build());
    }
    boolean base = Cny.yuan(request.expensedCosts().personnel(), "p").signum() > 0;
    for (int i = random.nextInt(4); i > 0; i--) {
      RdEntrusteeKind kind = RdEntrusteeKind.values()[random.nextInt(base ? 3 : 1)];
      builder.addEntrustments(RdEntrustment.builder().entrustee(kind)
          .price(Cny.of(Generators.yuan(random, 0, 2_000_000))).relatedParty(random.nextBoolean()).build());
    }
    if (random.nextInt(3) == 0) {
      builder.specialIncome(Cny.of(Generators.yuan(random, 0, 500_000)));
    }
    if (random.nextInt(3) == 0) {
      builder.soldProductMaterials(Cny.of(Generators.yuan(random, 0, 500_000)))
          .soldProductMaterialsCarriedForward(Cny.of(Generators.yuan(random, 0, 100_000)));
    }
    return builder.build();
  }

  private static MonetaryAmount half(MonetaryAmount amount, Random random) {
    return random.nextBoolean() ? Cny.ZERO : Cny.of(yuan(amount).divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_formLines_addUpAsTheFormSays(long seed) {
    RdRequest request = randomItemised(new Random(seed));
    RdResult r = CALCULATOR.explainExtraDeduction(MEASURE, request);
    // 2 = 3 + 7 + 16 + 19 + 23 + 34; 35 = 36 + 37 + 39; 40 = 41 + 42; 45 = 41 + 43 + 44; 47 = max(45 − 46, 0)
    assertThat(line(r, 2)).isEqualByComparingTo(line(r, 3).add(line(r, 7)).add(line(r, 16)).add(line(r, 19))
        .add(line(r, 23)).add(line(r, 34)));
    assertThat(line(r, 35)).isEqualByComparingTo(line(r, 36).add(line(r, 37)).add(line(r, 39)));
    assertThat(line(r, 40)).isEqualByComparingTo(line(r, 41).add(line(r, 42)));
    assertThat(line(r, 45)).isEqualByComparingTo(line(r, 41).add(line(r, 43)).add(line(r, 44)));
    assertThat(line(r, 47)).isEqualByComparingTo(line(r, 45).subtract(line(r, 46)).max(BigDecimal.ZERO));
    // 34 ≤ 28; 38 ≤ 37 × 80% (half a fen); 52 = max(48 + 49 − 47, 0)
    assertThat(line(r, 34)).isLessThanOrEqualTo(line(r, 28));
    assertThat(line(r, 38)).isLessThanOrEqualTo(line(r, 37).multiply(new BigDecimal("0.8")).add(HALF_FEN));
    assertThat(line(r, 52)).isEqualByComparingTo(line(r, 48).add(line(r, 49)).subtract(line(r, 47))
        .max(BigDecimal.ZERO));
    // when determined, line 51 is the total, never above the top rate × (47 − 48 − 49) plus a fen per part
    if (r.totalExtraDeduction().isExact()) {
      BigDecimal net = line(r, 47).subtract(line(r, 48)).subtract(line(r, 49)).max(BigDecimal.ZERO);
      assertThat(line(r, 51)).isEqualByComparingTo(yuan(r.totalExtraDeduction().maximum()));
      assertThat(line(r, 51)).isLessThanOrEqualTo(TOP_RATE.multiply(net)
          .add(HALF_FEN.multiply(BigDecimal.valueOf(2L + 2L * r.intangibles().size()))));
      assertThat(CALCULATOR.extraDeduction(MEASURE, request)).isEqualTo(r.totalExtraDeduction().maximum());
    }
  }

  private static BigDecimal line(RdResult result, int line) {
    return RdFixtures.line(result, line);
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_neverNegative_wholeFen_andRangeOrdered(long seed) {
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, randomRequest(new Random(seed)));
    BigDecimal min = yuan(result.totalExtraDeduction().minimum());
    BigDecimal max = yuan(result.totalExtraDeduction().maximum());
    assertThat(min).isNotNegative().isLessThanOrEqualTo(max);
    for (BigDecimal value : new BigDecimal[] {min, max, yuan(result.otherCostsCap()),
        yuan(result.eligibleExpensedBase())}) {
      assertThat(value.setScale(2, RoundingMode.UNNECESSARY)).isEqualByComparingTo(value);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_neverAboveTheTopRateTimesSpend(long seed) {
    RdRequest request = randomRequest(new Random(seed));
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, request);
    // an independent ceiling: 120% of all expensed R&D as incurred plus 120% of each intangible's cost × months ÷
    // period (its months in the year never exceed the period), plus half a fen per rounded part
    RdExpensedCosts c = request.expensedCosts();
    BigDecimal spend = c.otherFiveYuan().add(c.otherRelatedYuan());
    BigDecimal ceiling = TOP_RATE.multiply(spend).add(HALF_FEN);
    for (RdIntangibleAsset asset : request.intangibles()) {
      ceiling = ceiling.add(TOP_RATE.multiply(yuan(asset.cost()))).add(HALF_FEN);
    }
    assertThat(yuan(result.totalExtraDeduction().maximum())).isLessThanOrEqualTo(ceiling);
    // and the expensed part is the applied rate × base, within half a fen
    result.expensedExtraRate().ifPresent(rate -> assertThat(yuan(result.expensedExtraDeduction().orElseThrow())
        .subtract(rate.applyTo(yuan(result.eligibleExpensedBase()))).abs()).isLessThanOrEqualTo(HALF_FEN));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_otherCostsNeverAboveTheCap_andCapIsTenOverNinety(long seed) {
    RdRequest request = randomRequest(new Random(seed));
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, request);
    BigDecimal five = request.expensedCosts().otherFiveYuan();
    BigDecimal cap = yuan(result.otherCostsCap());
    // cap × 9 within 9 half-fen of five (cap = five ÷ 9 rounded to the fen)
    assertThat(cap.multiply(BigDecimal.valueOf(9)).subtract(five).abs())
        .isLessThanOrEqualTo(HALF_FEN.multiply(BigDecimal.valueOf(9)));
    assertThat(yuan(result.allowedOtherCosts())).isLessThanOrEqualTo(cap)
        .isLessThanOrEqualTo(request.expensedCosts().otherRelatedYuan());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_monotoneInRdSpend(long seed) {
    Random random = new Random(seed);
    RdRequest low = randomRequest(random);
    RdExpensedCosts c = low.expensedCosts();
    BigDecimal more = Generators.yuan(random, 0, 500_000);
    int category = random.nextInt(6);
    RdExpensedCosts higher = new RdExpensedCosts(add(c.personnel(), more, category == 0),
        add(c.directInputs(), more, category == 1), add(c.depreciation(), more, category == 2),
        add(c.intangibleAmortisation(), more, category == 3), add(c.newProductDesign(), more, category == 4),
        add(c.otherRelated(), more, category == 5));
    RdRequest high = RdRequest.builder().from(low).expensedCosts(higher).build();
    RdResult a = CALCULATOR.explainExtraDeduction(MEASURE, low);
    RdResult b = CALCULATOR.explainExtraDeduction(MEASURE, high);
    assertThat(yuan(a.totalExtraDeduction().minimum())).isLessThanOrEqualTo(yuan(b.totalExtraDeduction().minimum()));
    assertThat(yuan(a.totalExtraDeduction().maximum())).isLessThanOrEqualTo(yuan(b.totalExtraDeduction().maximum()));
  }

  private static MonetaryAmount add(MonetaryAmount amount, BigDecimal more, boolean chosen) {
    return chosen ? Cny.of(yuan(amount).add(more)) : amount;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_plainFormEqualsExplainingForm_whenDetermined(long seed) {
    RdRequest request = randomRequest(new Random(seed));
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, request);
    if (result.totalExtraDeduction().isExact()) {
      assertThat(CALCULATOR.extraDeduction(MEASURE, request)).isEqualTo(result.totalExtraDeduction().maximum());
      // the total is the sum of its rounded parts
      BigDecimal parts = yuan(result.expensedExtraDeduction().orElse(Cny.ZERO));
      for (RdIntangibleDeduction d : result.intangibles()) {
        parts = parts.add(yuan(d.yearExtraAmortisation()));
      }
      if (result.expensedExtraDeduction().isPresent()) {
        assertThat(yuan(result.totalExtraDeduction().maximum())).isEqualByComparingTo(parts);
      }
    }
  }
}
