package io.github.huiqi.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.testing.Generators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@link MoneyRounding}: half-up (四舍五入) to the fen by default, truncation as an option, never UNNECESSARY.
 */
class MoneyRoundingTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "2.345, 2.35",     // the third decimal is 5: half-up rounds away from zero
      "-2.345, -2.35",   // symmetric for negatives (HALF_UP, not HALF_CEILING)
      "2.344999, 2.34",
      "2.355, 2.36",     // HALF_EVEN would give 2.36 too; 2.345 above is the case that tells them apart
      "0.005, 0.01",
      "0.004, 0.00",
      "2, 2.00",
      "10055.5555555, 10055.56"})
  void test_fenHalfUp(String exact, String rounded) {
    assertThat(MoneyRounding.FEN_HALF_UP.round(new BigDecimal(exact))).isEqualTo(new BigDecimal(rounded));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"2.349, 2.34", "-2.349, -2.34", "2.345, 2.34", "0.009, 0.00", "7, 7.00"})
  void test_fenDown(String exact, String rounded) {
    // DOWN truncates towards zero (舍去分以下)
    assertThat(MoneyRounding.FEN_DOWN.round(new BigDecimal(exact))).isEqualTo(new BigDecimal(rounded));
  }

  @Test
  void test_yuanHalfUp() {
    assertThat(MoneyRounding.YUAN_HALF_UP.round(new BigDecimal("199999.5"))).isEqualTo(new BigDecimal("200000"));
    assertThat(MoneyRounding.YUAN_HALF_UP.round(new BigDecimal("199999.49"))).isEqualTo(new BigDecimal("199999"));
  }

  @Test
  void test_constants() {
    assertThat(MoneyRounding.FEN_HALF_UP).isEqualTo(new MoneyRounding(2, RoundingMode.HALF_UP));
    assertThat(MoneyRounding.FEN_DOWN).isEqualTo(new MoneyRounding(2, RoundingMode.DOWN));
    assertThat(MoneyRounding.FEN_HALF_UP.toString()).isEqualTo("HALF_UP@2");
  }

  @Test
  void test_rejects() {
    assertThatThrownBy(() -> new MoneyRounding(2, RoundingMode.UNNECESSARY))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("mode");
          assertThat(ex.value()).isEqualTo("UNNECESSARY");
        });
    assertThatThrownBy(() -> new MoneyRounding(2, null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("mode"));
    assertThatThrownBy(() -> new MoneyRounding(-1, RoundingMode.HALF_UP))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("scale"));
    assertThatThrownBy(() -> new MoneyRounding(9, RoundingMode.HALF_UP))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("scale"));
    // the ends of the accepted scale
    assertThat(new MoneyRounding(0, RoundingMode.HALF_UP).scale()).isZero();
    assertThat(new MoneyRounding(8, RoundingMode.HALF_UP).scale()).isEqualTo(8);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_idempotent_withinHalfAFen(long seed) {
    Random random = new Random(seed);
    // an exact value with up to 6 decimals
    BigDecimal exact = Generators.yuan(random, -1_000_000, 1_000_000)
        .add(BigDecimal.valueOf(random.nextInt(10_000), 6));
    BigDecimal halfUp = MoneyRounding.FEN_HALF_UP.round(exact);
    BigDecimal down = MoneyRounding.FEN_DOWN.round(exact);
    // rounding a rounded value changes nothing
    assertThat(MoneyRounding.FEN_HALF_UP.round(halfUp)).isEqualTo(halfUp);
    assertThat(MoneyRounding.FEN_DOWN.round(down)).isEqualTo(down);
    // half-up is within half a fen; down is within one fen and never away from zero
    assertThat(halfUp.subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    assertThat(exact.subtract(down).abs()).isLessThan(new BigDecimal("0.01"));
    assertThat(down.abs()).isLessThanOrEqualTo(exact.abs());
    assertThat(halfUp.scale()).isEqualTo(2);
  }
}
