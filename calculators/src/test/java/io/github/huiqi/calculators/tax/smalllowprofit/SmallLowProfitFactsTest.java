package io.github.huiqi.calculators.tax.smalllowprofit;

import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.q;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.QuarterlyAverage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SmallLowProfitFacts#fromQuarters}: the employees' sum of quarter averages is the sum of the halves of each
 * quarter's (start + end), to the scale (a decimal .5 only when some quarter's sum is odd).
 */
class SmallLowProfitFactsTest {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  @Test
  void test_employees_sumOfHalves_toTheScale() {
    assertThat(employees(q(1, 10, 10, "1", "1"), q(2, 10, 12, "1", "1"))).isEqualTo(new BigDecimal("21"));
    assertThat(employees(q(1, 10, 11, "1", "1"), q(2, 10, 12, "1", "1"))).isEqualTo(new BigDecimal("21.5"));
    // two odd sums: 10.5 + 10.5 = 21.0, one decimal kept
    assertThat(employees(q(1, 10, 11, "1", "1"), q(2, 11, 10, "1", "1"))).isEqualTo(new BigDecimal("21.0"));
    assertThat(employees(q(3, 0, 0, "1", "1"))).isEqualTo(new BigDecimal("0"));
    assertThat(employees(q(4, Integer.MAX_VALUE, Integer.MAX_VALUE, "1", "1")))
        .isEqualTo(BigDecimal.valueOf(Integer.MAX_VALUE));
  }

  @Test
  void test_employees_randomQuarters_matchTheHalvesAdded() {
    Random random = new Random(8);
    for (int run = 0; run < 2000; run++) {
      List<OperatingQuarter> quarters = new ArrayList<>();
      BigDecimal expected = BigDecimal.ZERO;
      int first = 1 + random.nextInt(4);
      int last = first + random.nextInt(5 - first);
      for (int quarter = first; quarter <= last; quarter++) {
        int start = random.nextInt(random.nextBoolean() ? 7 : Integer.MAX_VALUE);
        int end = random.nextInt(random.nextBoolean() ? 7 : Integer.MAX_VALUE);
        quarters.add(q(quarter, start, end, "1", "1"));
        // the halves added one by one: what each quarter's (start + end) ÷ 2 gives exactly
        BigDecimal both = BigDecimal.valueOf((long) start + end);
        expected = expected.add(both.unscaledValue().testBit(0) ? both.multiply(new BigDecimal("0.5"))
            : both.divide(TWO));
      }
      assertThat(employees(quarters.toArray(OperatingQuarter[]::new))).isEqualTo(expected);
    }
  }

  private static BigDecimal employees(OperatingQuarter... quarters) {
    Optional<QuarterlyAverage> average = SmallLowProfitFacts.fromQuarters(Optional.of(false), List.of(quarters))
        .averageEmployees();
    assertThat(average).map(QuarterlyAverage::quarters).contains(quarters.length);
    return average.orElseThrow().sumOfQuarterAverages();
  }
}
