package io.github.huiqi.core.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.testing.Generators;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests {@link Rate}: parsing and printing, percentage points against relative change, equality and ordering.
 */
class RateTest {

  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "{0} is the fraction {1}")
  @CsvSource({
      "4.35%, 0.0435",
      "-0.25%, -0.0025",
      "2%, 0.02",
      "0%, 0",
      "100%, 1",
      "3.65%, 0.0365",
      "0.5%, 0.005"})
  void test_parse_fraction(String text, String fraction) {
    // A percentage is a hundredth: 4.35% = 4.35 / 100 = 0.0435.
    assertThat(Rate.parse(text).fraction()).isEqualByComparingTo(fraction);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"4.35%", "-0.25%", "2%", "0%", "100%", "0.01%", "1234.123456789012%"})
  void test_parse_printRoundTrip(String text) {
    Rate rate = Rate.parse(text);
    assertThat(rate.toString()).isEqualTo(text);
    assertThat(Rate.parse(rate.toString())).isEqualTo(rate);
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource({"2.0%, 2%", "2.50%, 2.5%", "-0.250%, -0.25%", "0.00%, 0%", "100.000%, 100%"})
  void test_print_canonical(String text, String printed) {
    // Equal values print equally (trailing zeros are not significant).
    assertThat(Rate.parse(text).toString()).isEqualTo(printed);
  }

  @ParameterizedTest(name = "rejects \"{0}\"")
  @ValueSource(strings = {"2", "2 %", " 2%", "2% ", "abc", "1e5%", "1E5%", "%", "", "+2%", "2.%", ".5%", "2,5%",
      "２%", "2％", "--2%", "0x10%", "1234567890123456789%", "1.12345678901234567%",
      "NaN%", "Infinity%"})
  void test_parse_rejects(String text) {
    assertThatThrownBy(() -> Rate.parse(text))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("rate");
          assertThat(ex.value()).isEqualTo(text);
        });
  }

  @Test
  void test_parse_null() {
    assertThatThrownBy(() -> Rate.parse(null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("rate"));
  }

  @Test
  void test_arithmeticWithNull_namesTheArgument() {
    // before: a bare NullPointerException from each (the package convention: nulls are InvalidInputException)
    Rate two = Rate.ofPercent("2");
    assertNamed(() -> two.plus(null), "other");
    assertNamed(() -> two.reducedBy(null), "reduction");
    assertNamed(() -> two.multipliedBy(null), "ratio");
    assertNamed(() -> two.applyTo(null), "base");
    assertNamed(() -> two.min(null), "other");
    assertNamed(() -> two.isGreaterThan(null), "other");
    assertNamed(() -> two.isLessThan(null), "other");
  }

  private static void assertNamed(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo(field));
  }

  @Test
  void test_ofPercent_and_ofFraction_agree() {
    // "4.35" percent and 0.0435 as a fraction are both 4.35%.
    assertThat(Rate.ofPercent("4.35")).isEqualTo(Rate.parse("4.35%"));
    assertThat(Rate.ofPercent(new BigDecimal("4.35"))).isEqualTo(Rate.parse("4.35%"));
    assertThat(Rate.ofFraction(new BigDecimal("0.0435"))).isEqualTo(Rate.parse("4.35%"));
    assertThat(Rate.parse("4.35%").percent()).isEqualByComparingTo("4.35");
  }

  @Test
  void test_ofFraction_rejectsScaleBomb() {
    // 0e1000000000 has a scale of minus one billion: rejected before any arithmetic.
    assertThatThrownBy(() -> Rate.ofFraction(new BigDecimal("0e1000000000")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("rate"));
    assertThatThrownBy(() -> Rate.ofFraction(null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("rate"));
  }

  @Test
  void test_ofFraction_finestScale_printsAndParsesBack() {
    // ofFraction accepts up to 16 decimals (Args.MAX_SCALE): 0.0001234567890123 is 0.01234567890123% (14 decimals),
    // which must parse back, or the rate cannot survive a JSON round trip.
    Rate rate = Rate.ofFraction(new BigDecimal("0.0001234567890123"));
    assertThat(rate.toString()).isEqualTo("0.01234567890123%");
    assertThat(Rate.parse(rate.toString())).isEqualTo(rate);
    // likewise the extremes of ofPercent (16 decimals of a percent) and ofFraction (16 integer digits)
    Rate tiny = Rate.ofPercent(new BigDecimal("0.0000000000000001"));
    assertThat(Rate.parse(tiny.toString())).isEqualTo(tiny);
    Rate huge = Rate.ofFraction(new BigDecimal("9999999999999999"));
    assertThat(huge.toString()).isEqualTo("999999999999999900%");
    assertThat(Rate.parse(huge.toString())).isEqualTo(huge);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_plusPercentagePoints_isAdditive() {
    // 深工信〔2023〕26号 第5条-style "提高30个百分点": 50% + 30 pp = 80%.
    assertThat(Rate.parse("50%").plusPercentagePoints(new BigDecimal("30"))).isEqualTo(Rate.parse("80%"));
    // 4.35% - 0.25 pp = 4.10%
    assertThat(Rate.parse("4.35%").plusPercentagePoints(new BigDecimal("-0.25"))).isEqualTo(Rate.parse("4.1%"));
  }

  @Test
  void test_reducedBy_isRelative() {
    // "减免40%": 2% × (1 - 40%) = 2% × 0.6 = 1.2%.
    assertThat(Rate.parse("2%").reducedBy(Rate.parse("40%"))).isEqualTo(Rate.parse("1.2%"));
    // The two kinds of change differ: 50% reduced by 30% = 50% × 0.7 = 35%, not 80% nor 20%.
    assertThat(Rate.parse("50%").reducedBy(Rate.parse("30%"))).isEqualTo(Rate.parse("35%"));
    // Reduced by 100% is zero; by 0% unchanged.
    assertThat(Rate.parse("2%").reducedBy(Rate.ONE_HUNDRED_PERCENT)).isEqualTo(Rate.ZERO);
    assertThat(Rate.parse("2%").reducedBy(Rate.ZERO)).isEqualTo(Rate.parse("2%"));
  }

  @Test
  void test_plus_multipliedBy_applyTo() {
    // 3.45% + 0.5% = 3.95%
    assertThat(Rate.parse("3.45%").plus(Rate.parse("0.5%"))).isEqualTo(Rate.parse("3.95%"));
    // 4.35% × 50% = 2.175% (§2.9 benchmark halved, as in "不超过同期贷款基准利率的50%")
    assertThat(Rate.parse("4.35%").multipliedBy(Rate.parse("50%"))).isEqualTo(Rate.parse("2.175%"));
    // 1,000,000.00 × 2% = 20,000.00, exact and unrounded
    assertThat(Rate.parse("2%").applyTo(new BigDecimal("1000000.00"))).isEqualByComparingTo("20000");
    // 333.33 × 1.5% = 4.99995, exact: no rounding happens here
    assertThat(Rate.parse("1.5%").applyTo(new BigDecimal("333.33"))).isEqualByComparingTo("4.99995");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_equality_isNumeric() {
    Rate two = Rate.parse("2%");
    Rate twoPointZero = Rate.parse("2.0%");
    assertThat(twoPointZero).isEqualTo(two);
    assertThat(twoPointZero.hashCode()).isEqualTo(two.hashCode());
    assertThat(Rate.ofFraction(new BigDecimal("0.0200"))).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(Rate.ofFraction(new BigDecimal("1.00"))).isEqualTo(Rate.ONE_HUNDRED_PERCENT)
        .hasSameHashCodeAs(Rate.ONE_HUNDRED_PERCENT);
    assertThat(Rate.ofFraction(new BigDecimal("0.000"))).isEqualTo(Rate.ZERO).hasSameHashCodeAs(Rate.ZERO);
    assertThat(two).isNotEqualTo(Rate.parse("2.01%")).isNotEqualTo("2%").isNotEqualTo(null);
  }

  @Test
  void test_compare_and_min() {
    Rate low = Rate.parse("1.5%");
    Rate high = Rate.parse("2%");
    assertThat(low.compareTo(high)).isNegative();
    assertThat(high.compareTo(low)).isPositive();
    assertThat(high.compareTo(Rate.parse("2.00%"))).isZero();
    assertThat(low.min(high)).isSameAs(low);
    assertThat(high.min(low)).isSameAs(low);
    Rate twoAgain = Rate.parse("2.0%");
    assertThat(high.min(twoAgain)).isSameAs(high);
    assertThat(high.isGreaterThan(low)).isTrue();
    assertThat(low.isGreaterThan(high)).isFalse();
    assertThat(high.isGreaterThan(twoAgain)).isFalse();
    assertThat(low.isLessThan(high)).isTrue();
    assertThat(high.isLessThan(twoAgain)).isFalse();
    assertThat(Rate.parse("-0.25%")).isLessThan(Rate.ZERO);
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_printParseRoundTrip_andPointsVersusRelative(long seed) {
    Random random = new Random(seed);
    String text = Generators.percent(random, -10_000, 10_000);
    Rate rate = Rate.parse(text);
    // print → parse gives an equal rate, and printing is stable
    assertThat(Rate.parse(rate.toString())).isEqualTo(rate);
    assertThat(Rate.parse(rate.toString()).toString()).isEqualTo(rate.toString());
    // fraction × 100 is the percentage written
    assertThat(rate.fraction().movePointRight(2)).isEqualByComparingTo(text.substring(0, text.length() - 1));
    // adding p points then -p points returns the rate; reducing by r% is multiplying by (1 - r)
    BigDecimal points = new BigDecimal(Generators.percent(random, -5_000, 5_000).replace("%", ""));
    assertThat(rate.plusPercentagePoints(points).plusPercentagePoints(points.negate())).isEqualTo(rate);
    Rate reduction = Rate.parse(Generators.percent(random, 0, 10_000));
    assertThat(rate.reducedBy(reduction).fraction())
        .isEqualByComparingTo(rate.fraction().multiply(BigDecimal.ONE.subtract(reduction.fraction())));
    // min is the smaller one and is commutative in value
    Rate other = Rate.parse(Generators.percent(random, -10_000, 10_000));
    assertThat(rate.min(other)).isEqualTo(other.min(rate));
    assertThat(rate.min(other).compareTo(rate)).isLessThanOrEqualTo(0);
    assertThat(rate.min(other).compareTo(other)).isLessThanOrEqualTo(0);
  }
}
