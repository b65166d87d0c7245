package io.github.huiqi.calculators.space.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.space.purchase.PurchaseMeasure;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the draft's purchase of leased state-owned space (32条 第二十九条 "租用国有产业用房3年以上") on a lease
 * from a leap day: 《民法典》第二百零二条 ends three years from 2020-02-29 on 2023-02-28, so the tenure is not yet held
 * on 2023-02-27.
 */
class PurchaseAuditTest {

  private static final PurchaseMeasure MEASURE = PolicyData.builtIn().getMeasure(PurchaseMeasure.SHENZHEN_DRAFT);

  private static String request(String start, String asOf) {
    return "{\"specialisedAndInnovative\": true, \"annualOutput\": {\"amount\": 300000000, \"currency\": \"CNY\"},"
        + " \"leases\": [{\"leaseId\": \"L-1\", \"area\": 3000, \"start\": \"" + start + "\", \"end\": \"2026-06-30\","
        + " \"stateOwned\": true, \"rentPaid\": []}], \"asOf\": \"" + asOf + "\"}";
  }

  private static String verdict(String start, String asOf) throws IOException {
    return new ObjectMapper().readTree(PurchaseCalculator.DEFAULT.explainMayPurchaseJson(MEASURE,
        request(start, asOf))).at("/eligibility/verdict").asText();
  }

  @Test
  void test_leaseFromALeapDay_threeYearsEndOn28February() throws IOException {
    // output exactly 300,000,000 (≥ 3亿, inclusive); before the fix 2020-02-29 + 3 years rolled back to 2023-02-28,
    // less a day, made 2023-02-27 the third year's last day
    assertThat(verdict("2020-02-29", "2023-02-27")).isEqualTo("INELIGIBLE");
    assertThat(verdict("2020-02-29", "2023-02-28")).isEqualTo("ELIGIBLE");
    // an ordinary start is unchanged: 2020-07-01 → 2023-06-30 is exactly 3 years
    assertThat(verdict("2020-07-01", "2023-06-30")).isEqualTo("ELIGIBLE");
    assertThat(verdict("2020-07-02", "2023-06-30")).isEqualTo("INELIGIBLE");
  }
}
