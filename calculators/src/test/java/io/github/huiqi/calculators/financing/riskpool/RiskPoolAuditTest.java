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
  private static JsonNode claim(String grantDate, String outstanding, String extra, String options)
      throws IOException {
    String request = "{\"claims\": [{\"loanId\": \"X\", \"category\": \"GENERAL\", \"principal\":"
        + " {\"amount\": 2000000, \"currency\": \"CNY\"}, \"grantDate\": \"" + grantDate + "\","
        + " \"firstNonPerformingDate\": \"2023-10-01\", \"principalOutstanding\": {\"amount\": " + outstanding
        + ", \"currency\": \"CNY\"}, \"guaranteedByFinancingGuarantor\": false, \"reGuaranteed\": false,"
        + " \"underOtherRiskCompensation\": false" + extra + "}]" + options + "}";
    return new ObjectMapper().readTree(CALCULATOR.explainClaimsJson(POOL, request)).at("/claims/0/compensation");
  }

  @Test
  void test_atTheCeiling_neverAFenAbove() throws IOException {
    // an agreed 55% base, granted 2023-02-01: 55% + 30 points = 85% → the 80% ceiling ("补偿比例最高为80%");
    // 80% × 1,000,000.01 = 800,000.008, which half-up would make 800,000.01, a fen above 80% of the loss: the
    // compensation stops at 800,000.00 (the pack's rounding note: never more than the ceiling × the loss, rounded down)
    JsonNode c = claim("2023-02-01", "1000000.01", ", \"baseRatio\": \"55%\"", "");
    assertThat(c.at("/ratio").asText()).isEqualTo("80%");
    assertThat(c.at("/compensation/minimum/amount").decimalValue()).isEqualByComparingTo("800000.00");
    // below the ceiling half-up applies: 30% + 30 points = 60% × 1,000,000.01 = 600,000.006 → 600,000.01
    JsonNode below = claim("2023-02-01", "1000000.01", "", "");
    assertThat(below.at("/compensation/minimum/amount").decimalValue()).isEqualByComparingTo("600000.01");
  }

  @Test
  void test_principalAndInterest_andAFenOfRecovery() throws IOException {
    // loss basis PRINCIPAL_AND_INTEREST (an option, decisions register §4.2 item 12): (1,000,000 + 10,000.01) × 60%
    // = 606,000.006 → 606,000.01
    JsonNode interest = claim("2023-02-01", "1000000", ", \"accruedInterest\": {\"amount\": 10000.01,"
        + " \"currency\": \"CNY\"}", ", \"options\": {\"lossBasis\": \"PRINCIPAL_AND_INTEREST\"}");
    assertThat(interest.at("/compensation/minimum/amount").decimalValue()).isEqualByComparingTo("606000.01");
    // 0.01 recovered: 0.01 × 60% = 0.006 → 0.01 returns to the pool (§4.2 item 13); net 600,000.00 − 0.01
    JsonNode recovered = claim("2023-02-01", "1000000", ", \"recoveries\": {\"amount\": 0.01,"
        + " \"currency\": \"CNY\"}", "");
    assertThat(recovered.at("/recoveryReturn/minimum/amount").decimalValue()).isEqualByComparingTo("0.01");
    assertThat(recovered.at("/netCompensation/minimum/amount").decimalValue()).isEqualByComparingTo("599999.99");
  }
}
