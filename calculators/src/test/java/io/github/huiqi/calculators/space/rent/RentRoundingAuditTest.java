package io.github.huiqi.calculators.space.rent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the rent measures the 2021 reply letter cites, through the engine's JSON: where the one rounding of a
 * share falls, and the range of a policy rent whose discount is not given.
 */
class RentRoundingAuditTest {

  private static JsonNode outcome(String profile, String measure) {
    return EngineJson.firstOutcome(("{'profile': " + profile + ", 'asOf': '2023-06-30', 'measures': ['" + measure
        + "']}").replace('\'', '"'));
  }

  private static String parkLease(String id, String rent2022, boolean park) {
    return "{'leaseId': '" + id + "', 'area': 100, 'start': '2021-01-01', 'end': '2025-12-31', 'districtPark': "
        + park + ", 'rentPaid': [{'year': 2022, 'amount': {'amount': " + rent2022 + ", 'currency': 'CNY'}}]}";
  }

  @Test
  void test_longgang_halfOfTheYearsRent_roundedOnceOnTheFirmsRent() {
    // 龙岗区: "不超过上一年度场地租金支出50%、每年最高20万元": the firm's 2022 rent on its two park leases,
    // 100,000.01 + 100,000.01 = 200,000.02; 50% = 100,000.01 (rounded once; lease by lease it would be
    // 50,000.005 → 50,000.01 twice, 100,000.02); the lease outside a park does not count; up to 100,000.01
    String profile = "{'registrationRegionCode': '440307', 'highTech': {'held': true, 'since': '2020-01-01'}, "
        + "'leases': [" + parkLease("A", "100000.01", true) + ", " + parkLease("B", "100000.01", true) + ", "
        + parkLease("C", "500000", false) + "]}";
    JsonNode outcome = outcome(profile, "sz-gxj-2021-reply-20210370.longgang-rent-subsidy");
    assertThat(outcome.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("100000.01");
  }

  @Test
  void test_innovationSpace_discountNotGiven_theRangeOfThirtyToSeventyPercentOff() {
    // 深圳市创新型产业用房管理办法（修订版）as the letter quotes it: "租金价格原则上应比参考价格优惠30%－70%";
    // 100 m² at a reference of 87.65 a m² a month: 8,765.00 × (1 − 70%) = 2,629.50 to 8,765.00 × (1 − 30%) = 6,135.50
    String profile = "{'registrationRegionCode': '440306', 'leases': [{'leaseId': 'A', 'area': 100, "
        + "'start': '2023-01-01', 'innovationSpace': true, 'referenceRent': {'amount': 87.65, 'currency': 'CNY'}}]}";
    JsonNode outcome = outcome(profile, "sz-gxj-2021-reply-20210370.innovation-space-rent");
    assertThat(outcome.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("2629.50");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("6135.50");
  }
}
