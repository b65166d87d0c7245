package io.github.huiqi.calculators.financing.renovation;

import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.INTEREST;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.loanInterest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.core.money.Cny;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the technical-renovation interest subsidy's three years (小升规方案 第十条 "按实际支付利息的50%…给予最高
 * 500万元的贴息资助"; ≤3 years from the operating rules) from a leap day: 《民法典》第二百零二条 ends the years on
 * 2027-02-28, so interest accrued on that day is counted.
 */
class RenovationAuditTest {

  private static final LocalDate LEAP_START = LocalDate.of(2024, 2, 29);

  @Test
  void test_threeYearsFromALeapDay_lastDayCounted() throws IOException {
    // 365,000 of interest for 2026-08-28 → 2027-08-28 (365 days, 1,000 a day); inside the years 2024-02-29..
    // 2027-02-28: 2026-08-28 → 2027-03-01, 4 + 30 + 31 + 30 + 31 + 31 + 28 = 185 days, 185,000 counted;
    // 50% = 92,500.00 (before the fix the years ended on 2027-02-27: 184 days, 92,000.00)
    RenovationInterestRequest request = RenovationInterestRequest.of(LEAP_START, List.of(loanInterest("P1",
        LocalDate.of(2026, 8, 28), LocalDate.of(2027, 8, 28), "365000")));
    assertThat(CALCULATOR.subsidy(INTEREST, request)).isEqualTo(Cny.of("92500.00"));

    String json = "{\"eligibleProject\": true, \"subsidyStart\": \"2024-02-29\", \"payments\": [{\"paymentId\":"
        + " \"P1\", \"kind\": \"BANK_FIXED_ASSET_LOAN\", \"interestFrom\": \"2026-08-28\", \"interestUntil\":"
        + " \"2027-08-28\", \"interestPaid\": {\"amount\": 365000, \"currency\": \"CNY\"}}]}";
    JsonNode result = new ObjectMapper().readTree(CALCULATOR.explainSubsidyJson(INTEREST, json));
    assertThat(result.at("/subsidisedYears/end").asText()).isEqualTo("2027-02-28");
    assertThat(result.at("/payments/0/daysInWindow").asInt()).isEqualTo(185);
    assertThat(result.at("/interestCounted/amount").decimalValue()).isEqualByComparingTo("185000.00");
    assertThat(result.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("92500.00");
  }

  @Test
  void test_threeYearsFromAnOrdinaryDay_unchanged() {
    // from 2023-01-01 the years end 2025-12-31; 100,000 for 2025-07-01 → 2026-07-01 (365 days), 184 inside
    // (2025-07-01..2025-12-31): 100,000 × 184 ÷ 365 = 50,410.958… → 50,410.96; 50% = 25,205.48
    RenovationInterestRequest request = RenovationInterestRequest.of(LocalDate.of(2023, 1, 1), List.of(loanInterest(
        "P1", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 1), "100000")));
    assertThat(CALCULATOR.subsidy(INTEREST, request)).isEqualTo(Cny.of("25205.48"));
  }
  @Test
  void test_periodStraddlingTheThirdYearsEnd_andTheCap() throws IOException {
    // from 2022-09-01 the years end 2025-08-31; 61,000 for 2025-08-01 → 2025-10-01 (61 days, 1,000 a day), 31
    // inside: 31,000 counted, 50% = 15,500.00
    String straddle = "{\"eligibleProject\": true, \"subsidyStart\": \"2022-09-01\", \"payments\": [{"
        + "\"paymentId\": \"P1\", \"kind\": \"BANK_FIXED_ASSET_LOAN\", \"interestFrom\": \"2025-08-01\","
        + " \"interestUntil\": \"2025-10-01\", \"interestPaid\": {\"amount\": 61000, \"currency\": \"CNY\"}}]}";
    JsonNode result = new ObjectMapper().readTree(CALCULATOR.explainSubsidyJson(INTEREST, straddle));
    assertThat(result.at("/payments/0/daysInWindow").asInt()).isEqualTo(31);
    assertThat(result.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("15500.00");
    // 10,000,000.02 of lease interest within the years: 50% = 5,000,000.01 → the 5,000,000 cap ("最高500万元")
    RenovationInterestRequest capped = RenovationInterestRequest.of(LocalDate.of(2022, 9, 1), List.of(loanInterest(
        "P1", LocalDate.of(2022, 9, 1), LocalDate.of(2025, 9, 1), "10000000.02")));
    assertThat(CALCULATOR.subsidy(INTEREST, capped)).isEqualTo(Cny.of("5000000.00"));
  }
}
