package io.github.huiqi.calculators.space.highrise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.space.highrise.HighRiseMeasure;
import io.github.huiqi.core.space.rent.RentLease;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The 工业上楼 average-rent ceiling against {@link HighRiseOracle} on seeded random projects: the total rent at
 * 35 × the total area to the fen either side (one lease above 35 with the average within, and the reverse), areas
 * to the hundredth of a m², a lease's rent not given; through the plain, explaining and JSON forms.
 */
class HighRiseOraclePropertyTest {

  private static final long SEED = 0x5EED_4153L;
  private static final int CASES = 4000;
  private static final HighRiseMeasure MEASURE = PolicyData.builtIn().getMeasure(HighRiseMeasure.SHENZHEN_2023);
  private static final HighRiseCalculator CALCULATOR = HighRiseCalculator.DEFAULT;

  @Test
  void test_averageRent_agreesWithTheOracle() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      List<HighRiseOracle.Lease> leases = randomLeases(random);
      String label = "seed " + SEED + " case " + i + ": " + leases;
      boolean missing = random.nextInt(20) == 0;
      HighRiseRequest request = new HighRiseRequest(build(leases, missing ? 0 : -1));
      if (missing) {
        assertThatThrownBy(() -> CALCULATOR.withinCeiling(MEASURE, request)).as(label)
            .isInstanceOfSatisfying(MissingFactsException.class,
                ex -> assertThat(ex.missingFacts()).containsExactly("/leases/0/monthlyRent"));
        continue;
      }
      HighRiseOracle.Expected expected = HighRiseOracle.expected(leases);
      assertThat(CALCULATOR.withinCeiling(MEASURE, request)).as(label).isEqualTo(expected.within());
      check(label, CALCULATOR.explainAverageRent(MEASURE, request), expected);
      if (i % 10 == 0) {
        check(label + " (JSON)", HuiqiJson.read(CALCULATOR.explainAverageRentJson(MEASURE, HuiqiJson.write(request)),
            HighRiseResult.class), expected);
      }
    }
  }

  private static void check(String label, HighRiseResult result, HighRiseOracle.Expected expected) {
    assertThat(result.withinCeiling()).as(label).isEqualTo(expected.within());
    assertThat(result.totalArea()).as(label).isEqualByComparingTo(expected.totalArea());
    assertThat(Cny.yuan(result.totalMonthlyRent(), "rent")).as(label).isEqualByComparingTo(expected.totalRent());
    assertThat(Cny.yuan(result.averageRent(), "average")).as(label).isEqualByComparingTo(expected.average());
  }

  /** One to four leases whose total rent is 35 × the total area, a fen or two either side, or anything. */
  private static List<HighRiseOracle.Lease> randomLeases(Random random) {
    int count = 1 + random.nextInt(4);
    List<BigDecimal> areas = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int k = 0; k < count; k++) {
      BigDecimal area = BigDecimal.valueOf(1 + random.nextInt(random.nextBoolean() ? 300 : 2_000_000), 2);
      areas.add(area);
      total = total.add(area);
    }
    List<HighRiseOracle.Lease> leases = new ArrayList<>();
    if (random.nextBoolean()) {
      // the total at the ceiling ± up to 2 fen, spread unevenly: some leases above 35, some below
      BigDecimal target = HighRiseOracle.CEILING.multiply(total).add(BigDecimal.valueOf(random.nextInt(5) - 2, 2))
          .max(BigDecimal.ZERO);
      BigDecimal left = target;
      for (int k = 0; k < count; k++) {
        BigDecimal rent = k == count - 1 ? left
            : left.multiply(BigDecimal.valueOf(random.nextInt(101), 2)).setScale(2, java.math.RoundingMode.DOWN);
        left = left.subtract(rent);
        leases.add(new HighRiseOracle.Lease(areas.get(k), rent));
      }
    } else {
      for (int k = 0; k < count; k++) {
        leases.add(new HighRiseOracle.Lease(areas.get(k), areas.get(k)
            .multiply(BigDecimal.valueOf(random.nextInt(7000), 2)).setScale(2, java.math.RoundingMode.HALF_UP)));
      }
    }
    return leases;
  }

  private static List<RentLease> build(List<HighRiseOracle.Lease> leases, int withoutRent) {
    List<RentLease> built = new ArrayList<>();
    for (int k = 0; k < leases.size(); k++) {
      RentLease.Builder builder = RentLease.builder().leaseId("H" + k).area(leases.get(k).area())
          .start(LocalDate.of(2023, 1, 1)).highRiseProject(true);
      if (k != withoutRent) {
        builder.monthlyRent(Cny.of(leases.get(k).monthlyRent()));
      }
      built.add(builder.build());
    }
    return built;
  }
}
