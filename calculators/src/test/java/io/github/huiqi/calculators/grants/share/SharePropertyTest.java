package io.github.huiqi.calculators.grants.share;

import static io.github.huiqi.calculators.grants.GrantProfiles.DATA;
import static io.github.huiqi.calculators.grants.GrantProfiles.event;
import static io.github.huiqi.calculators.grants.GrantProfiles.held;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of the share calculator over seeded random bases (the seed is in the test's name): the 四上 reward
 * (沪企服办〔2023〕1号 第二条) is min(500,000, 5% × base rounded half-up to the fen), never above the cap and never
 * decreasing as the base grows; the renovation support (第五条) is nothing below 10,000,000 and up to 10% from it.
 */
class SharePropertyTest {

  private static final ShareMeasure FOUR_ABOVE = DATA.getMeasure(ShareMeasure.SHANGHAI_FOUR_ABOVE_HIGH_TECH_2023);
  private static final ShareMeasure RENOVATION = DATA.getMeasure(ShareMeasure.SHANGHAI_RENOVATION_2023);
  private static final BigDecimal CAP = new BigDecimal("500000");

  private static BigDecimal randomYuan(Random random, long maxYuan) {
    return BigDecimal.valueOf(Math.floorMod(random.nextLong(), maxYuan * 100 + 1), 2);
  }

  private static MonetaryAmount reward(BigDecimal rdInput) {
    ShareRequest request = ShareRequest.builder().highTech(held("2021-12-23", "2024-12-22"))
        .grantEvents(List.of(event("E-1", "first-four-above", "2023-03-31", rdInput.toPlainString()))).build();
    return ShareCalculator.DEFAULT.share(FOUR_ABOVE, request).exact().orElseThrow();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20231202L, 7L, 42L})
  void test_fourAbove_cappedAndMonotone(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 300; i++) {
      BigDecimal a = randomYuan(random, 30_000_000L);
      BigDecimal b = randomYuan(random, 30_000_000L);
      BigDecimal low = a.min(b);
      BigDecimal high = a.max(b);
      MonetaryAmount lowReward = reward(low);
      MonetaryAmount highReward = reward(high);
      BigDecimal expected = low.multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP).min(CAP);
      assertThat(lowReward.isEqualTo(Cny.of(expected))).as("seed %s base %s", seed, low).isTrue();
      assertThat(highReward.isLessThanOrEqualTo(Cny.of(CAP))).as("seed %s base %s", seed, high).isTrue();
      assertThat(highReward.isGreaterThanOrEqualTo(lowReward)).as("seed %s: %s vs %s", seed, low, high).isTrue();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20231202L, 11L})
  void test_renovation_thresholdAndTenPercent(long seed) {
    Random random = new Random(seed);
    BigDecimal threshold = new BigDecimal("10000000");
    for (int i = 0; i < 300; i++) {
      BigDecimal base = randomYuan(random, 40_000_000L);
      OutcomeAmount amount = ShareCalculator.DEFAULT.share(RENOVATION, ShareRequest.ofEvents(List.of(
          event("R-1", "sh-technical-renovation-project", "2023-08-15", base.toPlainString())))
          .withSize(EnterpriseSize.MEDIUM));
      OutcomeAmount expected = base.compareTo(threshold) < 0 ? OutcomeAmount.ZERO
          : OutcomeAmount.upTo(Cny.of(base.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP)));
      assertThat(amount).as("seed %s base %s", seed, base).isEqualTo(expected);
    }
  }
}
