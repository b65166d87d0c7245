package io.github.huiqi.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import org.junit.jupiter.api.Test;

/** An exact amount is given directly; a range is not. */
class AmountRangeTest {

  @Test
  void test_exact_onlyWhenTheEndsAreEqual() {
    assertThat(AmountRange.exactly(Cny.of("30166.67")).exact()).contains(Cny.of("30166.67"));
    assertThat(new AmountRange(Cny.of("0"), Cny.of("200000")).exact()).isEmpty();
    assertThat(new AmountRange(Cny.of("5.00"), Cny.of("5")).exact()).isPresent();
  }
}
