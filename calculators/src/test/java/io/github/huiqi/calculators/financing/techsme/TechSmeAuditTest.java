package io.github.huiqi.calculators.financing.techsme;

import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.MEASURE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the tech-SME interest subsidy (深工信〔2023〕26号 第13条 "2023年期间产生的利息，贴息支持比例提高30个百分点，
 * 最高可按照实际支付利息的80%予以资助"; 2020 办法 第十四条（一）: 50% of the interest actually paid, 70% for a first-time
 * borrower) on periods that straddle a year end, through the JSON entry point: the 2023 part at min(base + 30, 80%),
 * the other part at the base ratio, split by the split day count (decisions register §4.1 item 7) and each item's
 * subsidy rounded half-up to the fen once (§4.5 item 35).
 */
class TechSmeAuditTest {

  private static JsonNode subsidy(boolean firstTime, String start, String end, String paid, String options)
      throws IOException {
    String request = "{\"enterprise\": {\"enrolledTechSme\": true, \"firstTimeBorrower\": " + firstTime + "},"
        + " \"interest\": [{\"itemId\": \"I1\", \"loanId\": \"L1\", \"accrualStart\": \"" + start + "\","
        + " \"accrualEnd\": \"" + end + "\", \"paymentDate\": \"" + end + "\", \"interestPaid\": {\"amount\": "
        + paid + ", \"currency\": \"CNY\"}}], \"guaranteeFees\": [], \"insurancePremiums\": [],"
        + " \"programmeTotalReceived\": {\"amount\": 0, \"currency\": \"CNY\"}" + options + "}";
    return new ObjectMapper().readTree(CALCULATOR.explainSubsidyJson(MEASURE, request));
  }

  @Test
  void test_straddleOfTwoDays_roundedOnceForTheItem() throws IOException {
    // a first-time borrower's 0.01 for 2022-12-31 → 2023-01-02: one day in 2022 at 70%, one in 2023 at
    // min(70% + 30%, 80%) = 80%: 0.005 × 70% + 0.005 × 80% = 0.0035 + 0.004 = 0.0075 → 0.01 (rounded once; each
    // part rounded on its own would give 0.00 + 0.00)
    JsonNode result = subsidy(true, "2022-12-31", "2023-01-02", "0.01", "");
    assertThat(result.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0.01");
  }

  @Test
  void test_2024InterestAtTheBaseRatio_overALeapFebruary() throws IOException {
    // 9,100 for 2023-12-01 → 2024-03-01: 31 + 31 + 29 = 91 days, 100 a day; 2023: 31 days, 3,100 × 80% = 2,480;
    // 2024 (the 2020 办法 still pays, without the 2023 uplift): 60 days, 6,000 × 50% = 3,000; 5,480.00
    JsonNode result = subsidy(false, "2023-12-01", "2024-03-01", "9100", "");
    assertThat(result.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("5480.00");
  }

  @Test
  void test_wholeMonthsSplit_sharesOfTheParts() throws IOException {
    // split by WHOLE-MONTHS: 2022-12-15 → 2023-01-01 is 17 odd days (17/360), 2023-01-01 → 2023-03-15 two months
    // and 14 days (74/360); the 9,000 paid is shared 17 : 74 of the parts' sum 91 (the parts' fractions, not the
    // period's 90/360): 9,000 × 17/91 × 50% + 9,000 × 74/91 × 80% = 840.659… + 5,854.945… = 6,695.604… → 6,695.60
    JsonNode result = subsidy(false, "2022-12-15", "2023-03-15", "9000",
        ", \"options\": {\"splitDayCount\": \"WHOLE-MONTHS\"}");
    assertThat(result.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("6695.60");
    // by actual days (ACT/360, the default): 17 and 73 of 90 days: 850.00 + 5,840.00 = 6,690.00
    assertThat(subsidy(false, "2022-12-15", "2023-03-15", "9000", "").at("/amount/minimum/amount").decimalValue())
        .isEqualByComparingTo("6690.00");
  }

  @Test
  void test_halfAFenAtFiftyPercent_roundsUp() throws IOException {
    // 2022 interest of 0.01 at the base 50%: 0.005 → 0.01 half-up (half-even would give 0.00)
    JsonNode result = subsidy(false, "2022-06-01", "2022-07-01", "0.01", "");
    assertThat(result.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0.01");
  }
}
