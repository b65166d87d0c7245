package io.github.huiqi.calculators.financing.riskpool;

import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.POOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.testing.Generators;
import io.github.huiqi.core.testing.PropertyRuns;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain form {@link RiskPoolCalculator#compensation} (the fast path, which builds no explanation)
 * against the explaining form over seeded random claims: the same amount, at the same scale, when the explaining
 * form's amount is exact; a {@link MissingFactsException} naming the explaining form's missing facts when it is a
 * range; the same {@link InvalidInputException} field when the claim is invalid for the measure. The claims cover
 * every exclusion (known false, known true, unknown), both uplift windows (2022-03-01..2022-06-30 and
 * 2023-01-01..2023-03-31) and the days outside them, extensions, agreed base ratios above the 80% ceiling and zero
 * losses.
 */
class RiskPoolPlainFormPropertyTest {

  /** The kinds of claim the generator must reach over the seeds, so that the property is not vacuous. */
  enum Case { ELIGIBLE_IN_2022_WINDOW, ELIGIBLE_IN_2023_WINDOW, ELIGIBLE_OUTSIDE, EXCLUDED, UNDETERMINED_RANGE,
    UNDETERMINED_ZERO, INVALID }

  /** A random claim whose exclusion facts are each false, true or unknown, sometimes with a base above 80%. */
  static RiskPoolClaim randomClaim(Random random) {
    BigDecimal outstanding = random.nextInt(10) == 0 ? BigDecimal.ZERO : Generators.yuan(random, 0, 20_000_000);
    RiskPoolClaim c = RiskPoolPropertyTest.randomClaim(random, outstanding);
    Optional<Rate> base = random.nextInt(8) == 0
        ? Optional.of(Rate.parse(Generators.percent(random, 7000, 10000))) : c.baseRatio();
    return RiskPoolClaim.builder().from(c).baseRatio(base).guaranteedByFinancingGuarantor(exclusion(random))
        .reGuaranteed(exclusion(random)).underOtherRiskCompensation(exclusion(random)).build();
  }

  private static Optional<Boolean> exclusion(Random random) {
    int draw = random.nextInt(10);
    return draw < 7 ? Optional.of(false) : draw < 8 ? Optional.of(true) : Optional.empty();
  }

  /** Checks one claim and says which case it was. */
  static Case check(RiskPoolClaim claim) {
    Throwable explainFailure = catchThrowable(() -> CALCULATOR.explainCompensation(POOL, claim));
    Throwable plainFailure = catchThrowable(() -> CALCULATOR.compensation(POOL, claim));
    if (explainFailure != null) {
      assertThat(explainFailure).isInstanceOf(InvalidInputException.class);
      assertThat(plainFailure).isInstanceOf(InvalidInputException.class);
      assertThat(((InvalidInputException) plainFailure).field())
          .isEqualTo(((InvalidInputException) explainFailure).field());
      return Case.INVALID;
    }
    RiskPoolLoanCompensation explained = CALCULATOR.explainCompensation(POOL, claim);
    if (!explained.compensation().isExact()) {
      assertThat(plainFailure).isInstanceOfSatisfying(MissingFactsException.class,
          ex -> assertThat(ex.missingFacts()).isNotEmpty()
              .isEqualTo(explained.eligibility().missingFacts()));
      return Case.UNDETERMINED_RANGE;
    }
    assertThat(plainFailure).isNull();
    MonetaryAmount plain = CALCULATOR.compensation(POOL, claim);
    // same amount and same scale (whole fen), not merely numerically equal
    assertThat(plain).isEqualTo(explained.compensation().maximum());
    assertThat(Cny.yuan(plain, "plain")).isEqualTo(Cny.yuan(explained.compensation().maximum(), "explained"));
    Verdict verdict = explained.eligibility().verdict();
    if (verdict == Verdict.INELIGIBLE) {
      return Case.EXCLUDED;
    }
    if (verdict == Verdict.UNDETERMINED) {
      return Case.UNDETERMINED_ZERO;
    }
    return explained.upliftWindow().map(w -> w.start().getYear() == 2022 ? Case.ELIGIBLE_IN_2022_WINDOW
        : Case.ELIGIBLE_IN_2023_WINDOW).orElse(Case.ELIGIBLE_OUTSIDE);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_plainFormEqualsTheExplainingFormsAmount(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 20; i++) {
      check(randomClaim(random));
    }
  }

  @Test
  void test_generatorReachesEveryCase() {
    Map<Case, Integer> seen = new EnumMap<>(Case.class);
    PropertyRuns.seeds().forEach(seed -> {
      Random random = new Random(seed);
      for (int i = 0; i < 20; i++) {
        seen.merge(check(randomClaim(random)), 1, Integer::sum);
      }
    });
    assertThat(seen).containsOnlyKeys(Case.values());
  }
}
