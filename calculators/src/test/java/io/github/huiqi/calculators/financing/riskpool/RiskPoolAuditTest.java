package io.github.huiqi.calculators.financing.riskpool;

import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.POOL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the risk-compensation pool's uplift windows at their edges through the JSON entry point: the 2022
 * precedent (惠企纾困"30条": loans newly granted 2022-03-01..2022-06-30, +30 points, "补偿比例最高可达80%") and the 2023
 * window (深工信〔2023〕26号 第5条: 2023-01-01..2023-03-31), both days included, on the 30% base (2019 细则 "总体按30%").
 */
class RiskPoolAuditTest {

  /** One 1,000,000 general loan, non-performing 2024-01-31 with all of it outstanding, granted on the date. */
  private static JsonNode claim(String grantDate) throws IOException {
    String request = "{\"claims\": [{\"loanId\": \"X\", \"category\": \"GENERAL\", \"principal\":"
        + " {\"amount\": 1000000, \"currency\": \"CNY\"}, \"grantDate\": \"" + grantDate + "\","
        + " \"firstNonPerformingDate\": \"2024-01-31\", \"principalOutstanding\": {\"amount\": 1000000,"
        + " \"currency\": \"CNY\"}, \"accruedInterest\": {\"amount\": 0, \"currency\": \"CNY\"},"
        + " \"recoveries\": {\"amount\": 0, \"currency\": \"CNY\"}, \"guaranteedByFinancingGuarantor\": false,"
        + " \"reGuaranteed\": false, \"underOtherRiskCompensation\": false}]}";
    return new ObjectMapper().readTree(CALCULATOR.explainClaimsJson(POOL, request)).at("/claims/0/compensation");
  }

  @Test
  void test_upliftWindows_bothEndsIncluded() throws IOException {
    // inside a window: min(30% + 30%, 80%) = 60%; 1,000,000 × 60% = 600,000.00; outside: 30%, 300,000.00
    for (String inside : new String[] {"2022-03-01", "2022-06-30", "2023-01-01", "2023-03-31"}) {
      JsonNode c = claim(inside);
      assertThat(c.at("/ratio").asText()).as(inside).isEqualTo("60%");
      assertThat(c.at("/compensation/minimum/amount").decimalValue()).as(inside).isEqualByComparingTo("600000.00");
    }
    for (String outside : new String[] {"2022-02-28", "2022-07-01", "2022-12-31", "2023-04-01"}) {
      JsonNode c = claim(outside);
      assertThat(c.at("/ratio").asText()).as(outside).isEqualTo("30%");
      assertThat(c.at("/compensation/minimum/amount").decimalValue()).as(outside).isEqualByComparingTo("300000.00");
    }
  }
}
