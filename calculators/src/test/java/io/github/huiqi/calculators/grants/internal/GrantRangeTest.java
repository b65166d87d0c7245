package io.github.huiqi.calculators.grants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link GrantRange}'s arithmetic on what a grant may be worth: sums and the higher of two awards, with a
 * floor (no upper bound) absorbing any maximum it meets, and the range an unknown condition widens to.
 */
class GrantRangeTest {

  private static BigDecimal yuan(String value) {
    return new BigDecimal(value);
  }

  @Test
  void factories() {
    assertThat(GrantRange.exactly(yuan("500000"))).isEqualTo(new GrantRange(yuan("500000"),
        Optional.of(yuan("500000"))));
    assertThat(GrantRange.upTo(yuan("300000"))).isEqualTo(new GrantRange(BigDecimal.ZERO,
        Optional.of(yuan("300000"))));
    assertThat(GrantRange.atLeast(yuan("100000"))).isEqualTo(new GrantRange(yuan("100000"), Optional.empty()));
    assertThat(GrantRange.ZERO).isEqualTo(new GrantRange(BigDecimal.ZERO, Optional.of(BigDecimal.ZERO)));
    // an award of 500,000 whose condition is unknown: anything from 0 to 500,000
    assertThat(GrantRange.exactly(yuan("500000")).fromZero()).isEqualTo(GrantRange.upTo(yuan("500000")));
    assertThat(GrantRange.atLeast(yuan("100000")).fromZero()).isEqualTo(GrantRange.atLeast(BigDecimal.ZERO));
  }

  @Test
  void plus_sumsBothEnds_unboundedIfEitherIs() {
    // [100,000, 300,000] + [50,000, 50,000] = [150,000, 350,000]
    GrantRange sum = new GrantRange(yuan("100000"), Optional.of(yuan("300000")))
        .plus(GrantRange.exactly(yuan("50000")));
    assertThat(sum).isEqualTo(new GrantRange(yuan("150000"), Optional.of(yuan("350000"))));
    // [100,000, 300,000] + [20,000, ∞) = [120,000, ∞), either way round
    GrantRange floor = GrantRange.atLeast(yuan("20000"));
    GrantRange bounded = new GrantRange(yuan("100000"), Optional.of(yuan("300000")));
    assertThat(bounded.plus(floor)).isEqualTo(GrantRange.atLeast(yuan("120000")));
    assertThat(floor.plus(bounded)).isEqualTo(GrantRange.atLeast(yuan("120000")));
  }

  @Test
  void highest_takesTheLargerOfEachEnd() {
    // the larger of [100,000, 300,000] and [200,000, 250,000]: [200,000, 300,000]
    GrantRange a = new GrantRange(yuan("100000"), Optional.of(yuan("300000")));
    GrantRange b = new GrantRange(yuan("200000"), Optional.of(yuan("250000")));
    assertThat(a.highest(b)).isEqualTo(new GrantRange(yuan("200000"), Optional.of(yuan("300000"))));
    assertThat(b.highest(a)).isEqualTo(new GrantRange(yuan("200000"), Optional.of(yuan("300000"))));
    // against a floor of 50,000: no upper bound, at least 100,000
    assertThat(a.highest(GrantRange.atLeast(yuan("50000")))).isEqualTo(GrantRange.atLeast(yuan("100000")));
    assertThat(GrantRange.atLeast(yuan("50000")).highest(a)).isEqualTo(GrantRange.atLeast(yuan("100000")));
  }

  @Test
  void toOutcome_inCny() {
    assertThat(new GrantRange(yuan("100000"), Optional.of(yuan("300000"))).toOutcome())
        .isEqualTo(OutcomeAmount.between(Cny.of("100000"), Cny.of("300000")));
    assertThat(GrantRange.atLeast(yuan("100000")).toOutcome()).isEqualTo(OutcomeAmount.atLeast(Cny.of("100000")));
  }
}
