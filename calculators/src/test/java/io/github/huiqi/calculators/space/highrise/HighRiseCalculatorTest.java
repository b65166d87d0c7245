package io.github.huiqi.calculators.space.highrise;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.calculation;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.space.highrise.HighRiseMeasure;
import io.github.huiqi.core.space.rent.RentLease;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link HighRiseCalculator} against 深工信〔2023〕26号 第3条: "“工业上楼”厂房空间，平均租金价格不高于35元/月/平方米",
 * an area-weighted average over a project's leases, not a per-lease cap.
 */
class HighRiseCalculatorTest {

  private static final HighRiseMeasure MEASURE = PolicyData.builtIn().getMeasure(HighRiseMeasure.SHENZHEN_2023);
  private static final HighRiseCalculator CALC = HighRiseCalculator.DEFAULT;

  static RentLease lease(String id, String area, String monthlyRent) {
    return RentLease.builder().leaseId(id).area(new BigDecimal(area)).start(LocalDate.of(2023, 1, 1))
        .monthlyRent(Cny.of(monthlyRent)).highRiseProject(true).build();
  }

  private static HighRiseRequest of(RentLease... leases) {
    return new HighRiseRequest(List.of(leases));
  }

  @Test
  void test_exactly35_meets_35point01_doesNot() {
    // 1,000 m² at 35,000.00 a month: 35.00 元/m² ≤ 35 ("不高于" includes 35)
    assertThat(CALC.withinCeiling(MEASURE, of(lease("A", "1000", "35000.00")))).isTrue();
    // 1,000 m² at 35,010.00: 35.01 > 35
    assertThat(CALC.withinCeiling(MEASURE, of(lease("A", "1000", "35010.00")))).isFalse();
    // 100 m² at 3,500.01: 35.0001 > 35, compared unrounded although it shows as 35.00
    HighRiseResult hair = CALC.explainAverageRent(MEASURE, of(lease("A", "100", "3500.01")));
    assertThat(hair.withinCeiling()).isFalse();
    assertThat(hair.averageRent()).isEqualTo(Cny.of("35.00"));
  }

  @Test
  void test_averageRent_roundedOnceFromTheExactQuotient() {
    // a rent of m = 857,142,857,142,857,156 fen (8,571,428,571,428,571.56) a month over N = 17,142,857,142,857,143
    // units of 10^-16 m² (1.7142857142857143 m², within RentLease.MAX_AREA), where t × N = 200 × m × 10^14 + 1 for
    // t = 10^18 + 7: the average m × 10^14 ÷ N is t ÷ 200 − 1 ÷ (200 × N) = 5,000,000,000,000,000.035 less about
    // 3 × 10^-19, just below half a fen: half-up to the fen 5,000,000,000,000,000.03 (a 34-digit quotient,
    // 5000000000000000.035000000000000000, rounded again would give .04). Far above the 35 元 ceiling (深工信〔2023〕26号
    // 第3条) either way. (Before the area's bound, register §4.6 item 173, the case was an area of 16 integer digits.)
    HighRiseResult result = CALC.explainAverageRent(MEASURE, of(lease("A", "1.7142857142857143",
        "8571428571428571.56")));
    assertThat(result.averageRent()).isEqualTo(Cny.of("5000000000000000.03"));
    assertThat(result.withinCeiling()).isFalse();
  }

  @Test
  void test_areaWeightedAverage_notAPerLeaseCap() {
    // A: 1,000 m² at 30 元 (30,000.00); B: 500 m² at 45 元 (22,500.00); (30,000 + 22,500) ÷ 1,500 = 35.00: within,
    // although B alone is above 35
    HighRiseResult result = CALC.explainAverageRent(MEASURE, of(lease("A", "1000", "30000.00"),
        lease("B", "500", "22500.00")));
    assertThat(result.withinCeiling()).isTrue();
    assertThat(result.averageRent()).isEqualTo(Cny.of("35.00"));
    assertThat(result.totalArea()).isEqualByComparingTo("1500");
    // the explanation's average: 52,500.00 ÷ 1,500 m² = 35.00
    assertThat(calculation(result.explanation(), "area-weighted average rent").formula())
        .isEqualTo("52500.00 ÷ 1500 m²");
    assertThat(calculation(result.explanation(), "area-weighted average rent").result())
        .isEqualByComparingTo("35.00");
    // B at 22,515.00: 52,515 ÷ 1,500 = 35.01, above
    assertThat(CALC.withinCeiling(MEASURE, of(lease("A", "1000", "30000.00"), lease("B", "500", "22515.00"))))
        .isFalse();
  }

  @Test
  void test_missingRent_named_emptyProject_rejected() {
    RentLease noRent = RentLease.builder().leaseId("B").area(BigDecimal.TEN).start(LocalDate.of(2023, 1, 1)).build();
    MissingFactsException ex = catchThrowableOfType(() -> CALC.withinCeiling(MEASURE, of(lease("A", "1000",
        "30000.00"), noRent)), MissingFactsException.class);
    assertThat(ex.missingFacts()).containsExactly("/leases/1/monthlyRent");
    assertField(() -> new HighRiseRequest(List.of()), "leases");
    assertField(() -> CALC.explainAverageRentJson(MEASURE, "{\"leases\": [{\"leaseId\": \"A\", \"area\": -5, "
        + "\"start\": \"2023-01-01\"}]}"), "/leases/0/area");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conditions_averageRentAtMost35() {
    // 35,000.00 ÷ 1,000 m² = 35.00 ≤ 35: met; 3,500.01 ÷ 100 m² = 35.0001 > 35: not met, compared unrounded
    assertOutcomes(CALC.explainAverageRent(MEASURE, of(lease("A", "1000", "35000.00"))).explanation(), MET);
    HighRiseResult hair = CALC.explainAverageRent(MEASURE, of(lease("A", "100", "3500.01")));
    assertOutcomes(hair.explanation(), NOT_MET);
    assertThat(detailsOf(hair.explanation(), "average rent at most")).singleElement().asString()
        .startsWith("3500.01 vs 35").endsWith(" (compared unrounded)");
  }
}
