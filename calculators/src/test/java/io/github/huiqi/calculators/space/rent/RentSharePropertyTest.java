package io.github.huiqi.calculators.space.rent;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link RentShareCalculator} over seeded random rents (the seed is in the test's name): the maximum is
 * min(200,000, 50% × the year before's rent rounded half-up), never above 200,000 (龙岗区 "每年最高20万元"), and never
 * falls as the rent grows.
 */
class RentSharePropertyTest {

  private static final RentShareMeasure MEASURE = PolicyData.builtIn().getMeasure(RentShareMeasure.LONGGANG);
  private static final BigDecimal CAP = new BigDecimal("200000.00");

  private static MonetaryAmount maximum(BigDecimal rent) {
    return RentShareCalculator.DEFAULT.maximumSubsidy(MEASURE, RentShareRequest.builder().highTech(true)
        .leases(List.of(RentFixtures.parkLease(rent.toPlainString()).build())).supportYear(2023).build());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_halfTheRent_cappedAt200000_monotonic(long seed) {
    Random random = new Random(seed);
    BigDecimal rent = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
    BigDecimal expected = rent.multiply(new BigDecimal("0.5")).setScale(2, RoundingMode.HALF_UP).min(CAP);
    assertThat(maximum(rent)).isEqualTo(Cny.of(expected));
    assertThat(maximum(rent).isLessThanOrEqualTo(Cny.of(CAP))).isTrue();
    BigDecimal more = rent.add(BigDecimal.valueOf(random.nextInt(1_000_000), 2));
    assertThat(maximum(more).isGreaterThanOrEqualTo(maximum(rent))).isTrue();
  }
}
