package io.github.huiqi.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import org.junit.jupiter.api.Test;

/** An exact amount is given directly; a range is not; a range whose ends cross names both. */
class AmountRangeTest {

  @Test
  void test_exact_onlyWhenTheEndsAreEqual() {
    assertThat(AmountRange.exactly(Cny.of("30166.67")).exact()).contains(Cny.of("30166.67"));
    assertThat(new AmountRange(Cny.of("0"), Cny.of("200000")).exact()).isEmpty();
    assertThat(new AmountRange(Cny.of("5.00"), Cny.of("5")).exact()).isPresent();
  }

  @Test
  void test_endsCrossed_nameBothEnds() {
    // before: "maximum" alone, relatedFields empty, when a saved result's minimum was the one changed
    InvalidInputException ex = catchThrowableOfType(() -> new AmountRange(Cny.of("10"), Cny.of("5")),
        InvalidInputException.class);
    assertThat(ex.field()).isEqualTo("maximum");
    assertThat(ex.code()).isEqualTo(InvalidInputException.CONFLICT);
    assertThat(ex.relatedFields()).containsExactly("minimum");
    InvalidInputException read = catchThrowableOfType(() -> HuiqiJson.read("{\"minimum\": {\"amount\": 10, "
        + "\"currency\": \"CNY\"}, \"maximum\": {\"amount\": 5, \"currency\": \"CNY\"}}", AmountRange.class),
        InvalidInputException.class);
    assertThat(read.field()).isEqualTo("/maximum");
    assertThat(read.relatedFields()).containsExactly("/minimum");
  }
}
