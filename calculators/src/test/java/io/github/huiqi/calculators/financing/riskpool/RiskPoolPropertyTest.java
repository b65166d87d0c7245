package io.github.huiqi.calculators.financing.riskpool;

import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.POOL;
import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolLossBasis;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.testing.Generators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the risk-compensation pool over seeded random claims: the 80% ceiling, the loss, fen, monotony. */
public class RiskPoolPropertyTest {

  private static final BigDecimal EIGHTY_PERCENT = new BigDecimal("0.8");

  /** A random claim: any category, a date around both windows, sometimes extended, a custom base sometimes. */
  public static RiskPoolClaim randomClaim(Random random, BigDecimal outstanding) {
    LocalDate granted = Generators.date(random, date(2021, 12, 1), date(2023, 6, 30));
    BigDecimal principal = outstanding.add(Generators.yuan(random, 0, 1_000_000));
    LocalDate nonPerforming = granted.plusDays(90 + random.nextInt(900));
    RiskPoolClaim.Builder builder = RiskPoolClaim.builder()
        .loanId("P" + random.nextInt(1_000_000))
        .category(RiskPoolLoanCategory.values()[random.nextInt(RiskPoolLoanCategory.values().length)])
        .principal(Cny.of(principal.signum() == 0 ? BigDecimal.ONE : principal))
        .grantDate(granted)
        .firstNonPerformingDate(nonPerforming)
        .principalOutstanding(Cny.of(outstanding))
        .accruedInterest(Cny.of(Generators.yuan(random, 0, 50_000)))
        .recoveries(Cny.of(Generators.yuan(random, 0, 3_000_000)))
        .noExclusions();
    if (random.nextBoolean()) {
      // an extension restructures a performing loan: never after the loan turned non-performing
      LocalDate latest = granted.plusDays(400).isAfter(nonPerforming) ? nonPerforming : granted.plusDays(400);
      builder.extensionDate(Generators.date(random, granted, latest));
    }
    if (random.nextInt(3) == 0) {
      builder.baseRatio(Rate.parse(Generators.percent(random, 0, 8000)));
    }
    return builder.build();
  }

  public static RiskPoolOptions randomOptions(Random random) {
    return RiskPoolOptions.DEFAULTS
        .withLossBasis(random.nextBoolean() ? RiskPoolLossBasis.PRINCIPAL
            : RiskPoolLossBasis.PRINCIPAL_AND_INTEREST)
        .withReturnRecoveries(random.nextBoolean());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_ceilingLossAndFen(long seed) {
    Random random = new Random(seed);
    RiskPoolClaim claim = randomClaim(random, Generators.yuan(random, 0, 50_000_000));
    RiskPoolOptions options = randomOptions(random);
    RiskPoolLoanCompensation result = RiskPoolCalculator.evaluate(POOL, claim, options, "");
    BigDecimal loss = Cny.yuan(result.compensableLoss(), "loss");
    BigDecimal paid = Cny.yuan(result.compensation().maximum(), "compensation");
    BigDecimal returned = Cny.yuan(result.recoveryReturn().maximum(), "return");

    // the ratio never exceeds 80%, and is the base plus 30 points when the effective date is in a window
    assertThat(result.ratio().fraction()).isLessThanOrEqualTo(EIGHTY_PERCENT);
    Rate expected = POOL.findUplift(claim.effectiveGrantDate())
        .map(w -> result.baseRatio().plus(w.value().uplift())).orElse(result.baseRatio())
        .min(Rate.parse("80%"));
    assertThat(result.ratio()).isEqualTo(expected);
    // never more than loss × 80%, nor the loss; never negative; whole fen
    assertThat(paid).isLessThanOrEqualTo(loss.multiply(EIGHTY_PERCENT));
    assertThat(paid).isLessThanOrEqualTo(loss);
    assertThat(paid.signum()).isGreaterThanOrEqualTo(0);
    assertThat(paid.stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
    // within half a fen of ratio × loss unless the ceiling cut it
    assertThat(paid.subtract(result.ratio().applyTo(loss)).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
    // the return never exceeds the compensation; the net is what is left
    assertThat(returned).isLessThanOrEqualTo(paid);
    assertThat(returned.stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
    assertThat(Cny.yuan(result.netCompensation().maximum(), "net")).isEqualByComparingTo(paid.subtract(returned));
    // the plain form agrees with the explaining form under the default options
    assertThat(Cny.yuan(CALCULATOR.compensation(POOL, claim), "plain"))
        .isEqualByComparingTo(Cny.yuan(CALCULATOR.explainCompensation(POOL, claim).compensation().maximum(), "e"));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_monotoneInLoss(long seed) {
    Random random = new Random(seed);
    BigDecimal smaller = Generators.yuan(random, 0, 10_000_000);
    BigDecimal larger = smaller.add(Generators.yuan(random, 0, 10));
    long claimSeed = random.nextLong();
    RiskPoolClaim low = randomClaim(new Random(claimSeed), smaller);
    RiskPoolClaim high = RiskPoolClaim.builder().from(low)
        .principal(Cny.of(Cny.yuan(low.principal(), "p").add(larger.subtract(smaller))))
        .principalOutstanding(Cny.of(larger)).build();
    BigDecimal paidLow = Cny.yuan(CALCULATOR.compensation(POOL, low), "low");
    BigDecimal paidHigh = Cny.yuan(CALCULATOR.compensation(POOL, high), "high");
    assertThat(paidLow).isLessThanOrEqualTo(paidHigh);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_monotoneInTheBaseRatio(long seed) {
    Random random = new Random(seed);
    RiskPoolClaim claim = randomClaim(random, Generators.yuan(random, 0, 10_000_000));
    int low = random.nextInt(8001);
    int high = low + random.nextInt(8001 - low);
    RiskPoolLoanCompensation atLow = CALCULATOR.explainCompensation(POOL, withBase(claim, low));
    RiskPoolLoanCompensation atHigh = CALCULATOR.explainCompensation(POOL, withBase(claim, high));
    // a higher base never gives a lower ratio or compensation, and neither passes 80%
    assertThat(atHigh.ratio()).isGreaterThanOrEqualTo(atLow.ratio());
    assertThat(atHigh.ratio()).isLessThanOrEqualTo(Rate.parse("80%"));
    assertThat(atHigh.compensation().maximum()).isGreaterThanOrEqualTo(atLow.compensation().maximum());
  }

  private static RiskPoolClaim withBase(RiskPoolClaim c, int basisPoints) {
    return RiskPoolClaim.builder().from(c).baseRatio(Rate.ofFraction(BigDecimal.valueOf(basisPoints, 4))).build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_batchTotalsAreTheSumsOfTheLoans(long seed) {
    Random random = new Random(seed);
    List<RiskPoolClaim> claims = new ArrayList<>();
    int n = 1 + random.nextInt(20);
    for (int i = 0; i < n; i++) {
      RiskPoolClaim c = randomClaim(random, Generators.yuan(random, 0, 5_000_000));
      claims.add(RiskPoolClaim.builder().from(c).loanId("B" + i)
          .guaranteedByFinancingGuarantor(random.nextInt(5) == 0 ? Optional.empty()
              : Optional.of(random.nextInt(4) == 0))
          .reGuaranteed(false).underOtherRiskCompensation(false).build());
    }
    RiskPoolOptions options = randomOptions(random);
    RiskPoolResult batch = CALCULATOR.explainClaims(POOL, RiskPoolRequest.builder().claims(claims).options(options)
        .build());
    BigDecimal min = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    BigDecimal net = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      // each loan's batch figures are its single-loan figures (missing facts are named under /claims/i)
      RiskPoolLoanCompensation single = RiskPoolCalculator.evaluate(POOL, claims.get(i), options, "");
      RiskPoolLoanCompensation inBatch = batch.claims().get(i).compensation().orElseThrow();
      assertThat(inBatch.ratio()).isEqualTo(single.ratio());
      assertThat(inBatch.compensation()).isEqualTo(single.compensation());
      assertThat(inBatch.netCompensation()).isEqualTo(single.netCompensation());
      assertThat(inBatch.eligibility().verdict()).isEqualTo(single.eligibility().verdict());
      String at = "/claims/" + i;
      assertThat(inBatch.eligibility().missingFacts())
          .isEqualTo(single.eligibility().missingFacts().stream().map(fact -> at + fact).toList());
      min = min.add(Cny.yuan(single.compensation().minimum(), "min"));
      max = max.add(Cny.yuan(single.compensation().maximum(), "max"));
      net = net.add(Cny.yuan(single.netCompensation().maximum(), "net"));
    }
    assertThat(batch.failedClaims()).isZero();
    assertThat(Cny.yuan(batch.totalCompensation().minimum(), "t")).isEqualByComparingTo(min);
    assertThat(Cny.yuan(batch.totalCompensation().maximum(), "t")).isEqualByComparingTo(max);
    assertThat(Cny.yuan(batch.totalNetCompensation().maximum(), "t")).isEqualByComparingTo(net);
    assertThat(Cny.yuan(batch.totalCompensation().maximum(), "t").stripTrailingZeros().scale())
        .isLessThanOrEqualTo(2);
  }
}
