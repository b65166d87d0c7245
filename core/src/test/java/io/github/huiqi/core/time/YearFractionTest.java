package io.github.huiqi.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.testing.Generators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@link YearFraction}: multiply first, divide last, round once.
 */
class YearFractionTest {

  @Test
  void test_applyTo_roundsOnce_halfUpOnAnExactFive() {
    // Constructed by hand: 909.00 × 2% = 18.18 a year; × 90/360 = 18.18 / 4 = 4.545 exactly, a 5 in the third
    // decimal. Rounded once, half-up to the fen: 4.55.
    YearFraction quarter = new YearFraction(90, 360);
    BigDecimal annual = Rate.parse("2%").applyTo(new BigDecimal("909.00"));
    assertThat(quarter.applyTo(annual, MoneyRounding.FEN_HALF_UP)).isEqualTo(new BigDecimal("4.55"));
    // the same with truncation gives 4.54
    assertThat(quarter.applyTo(new BigDecimal("18.18"), MoneyRounding.FEN_DOWN)).isEqualTo(new BigDecimal("4.54"));
    // and negative: -18.18 × 90/360 = -4.545 → -4.55
    assertThat(quarter.applyTo(new BigDecimal("-18.18"), MoneyRounding.FEN_HALF_UP))
        .isEqualTo(new BigDecimal("-4.55"));
  }

  @Test
  void test_applyTo_neverThroughATruncatedDecimal() {
    // 1,000,000 × 2% × 181/360 = 20,000 × 181 / 360 = 3,620,000 / 360 = 10,055.5555… → 10,055.56
    YearFraction fraction = new YearFraction(181, 360);
    BigDecimal annual = Rate.parse("2%").applyTo(new BigDecimal("1000000"));
    assertThat(fraction.applyTo(annual, MoneyRounding.FEN_HALF_UP)).isEqualTo(new BigDecimal("10055.56"));
    // Rounding the fraction first would be wrong: 181/360 ≈ 0.5028 gives 20,000 × 0.5028 = 10,056.00.
    BigDecimal wrong = annual.multiply(new BigDecimal("0.5028")).setScale(2, RoundingMode.HALF_UP);
    assertThat(fraction.applyTo(annual, MoneyRounding.FEN_HALF_UP)).isNotEqualTo(wrong);
  }

  @Test
  void test_applyTo_exactHalfFenBoundary() {
    // Constructed by hand: 365 days/365 basis on 0.005 is 0.005 exactly → 0.01 half-up; 0.00 down
    YearFraction year365 = new YearFraction(365, 365);
    assertThat(year365.applyTo(new BigDecimal("0.005"), MoneyRounding.FEN_HALF_UP)).isEqualTo(new BigDecimal("0.01"));
    assertThat(year365.applyTo(new BigDecimal("0.005"), MoneyRounding.FEN_DOWN)).isEqualTo(new BigDecimal("0.00"));
    // 73/365 = 1/5: 0.025 × 1/5 = 0.005 → 0.01 (half-up); 100 × 1/360 = 0.2777… → 0.28
    assertThat(new YearFraction(73, 365).applyTo(new BigDecimal("0.025"), MoneyRounding.FEN_HALF_UP))
        .isEqualTo(new BigDecimal("0.01"));
    assertThat(new YearFraction(1, 360).applyTo(new BigDecimal("100"), MoneyRounding.FEN_HALF_UP))
        .isEqualTo(new BigDecimal("0.28"));
  }

  @Test
  void test_zeroDays() {
    assertThat(new YearFraction(0, 360).applyTo(new BigDecimal("123456.78"), MoneyRounding.FEN_HALF_UP))
        .isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void test_toDecimal_and_toString() {
    assertThat(new YearFraction(90, 360).toDecimal()).isEqualByComparingTo("0.25");
    assertThat(new YearFraction(90, 360).toString()).isEqualTo("90/360");
    assertThat(new YearFraction(1, 3).toDecimal().precision()).isEqualTo(34);
  }

  @Test
  void test_rejects() {
    assertThatThrownBy(() -> new YearFraction(-1, 360))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("days"));
    assertThatThrownBy(() -> new YearFraction(1, 0))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("basis"));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_roundsTheExactValueOnce(long seed) {
    Random random = new Random(seed);
    BigDecimal principal = Generators.yuan(random, 1, 10_000_000);
    Rate rate = Rate.parse(Generators.percent(random, 1, 1_000));
    long days = random.nextInt(1_000);
    int basis = random.nextBoolean() ? 360 : 365;
    YearFraction fraction = new YearFraction(days, basis);
    BigDecimal annual = rate.applyTo(principal);
    BigDecimal rounded = fraction.applyTo(annual, MoneyRounding.FEN_HALF_UP);
    // The exact value is annual × days / basis; the rounded one is within half a fen of it:
    // |rounded × basis − annual × days| ≤ 0.005 × basis, all in exact integers-of-fen arithmetic.
    BigDecimal exactTimesBasis = annual.multiply(BigDecimal.valueOf(days));
    BigDecimal error = rounded.multiply(BigDecimal.valueOf(basis)).subtract(exactTimesBasis).abs();
    assertThat(error).isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(basis)));
    assertThat(rounded.scale()).isEqualTo(2);
    // truncation is never above half-up and never more than a fen below the exact value
    BigDecimal down = fraction.applyTo(annual, MoneyRounding.FEN_DOWN);
    assertThat(down).isLessThanOrEqualTo(rounded);
    assertThat(down.multiply(BigDecimal.valueOf(basis))).isLessThanOrEqualTo(exactTimesBasis);
  }
}
