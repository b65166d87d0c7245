package io.github.huiqi.calculators.tax.rd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.tax.TaxYearRequests;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the R&amp;D super deduction's range when the year's taxable income is left out but its R&amp;D is given
 * (深工信〔2023〕26号 第1条; 2023: an extra deduction of 100% of expensed R&amp;D for every enterprise off the negative
 * list, 财政部 税务总局公告2023年第7号 第一条). The saving is std(TIb) − std(max(TIb − E, 0)) at the standard 25%
 * (企业所得税法 第四条), so the deduction E removes at most E of income and saves at most 25% × E, whatever the income.
 */
class RdRangeAuditTest {

  private static final String RD = "sz-gxj-2023-26.rd-super-deduction";

  private static JsonNode outcome(String income, String personnel) {
    String request = TaxYearRequests.firmYear(2023, income, 100, "10000000", personnel, "2023-06-30", RD);
    return EngineJson.firstOutcome(income.isEmpty() ? request.replace("\"taxableIncomeBeforeRd\": {\"amount\": , "
        + "\"currency\": \"CNY\"}, ", "") : request);
  }

  @Test
  void test_incomeNotGiven_savesAtMostTheStandardTaxOnTheDeduction() {
    // E = 100% × 1,000,000 = 1,000,000; least 0.00 (a loss year has no tax to save), most 25% × 1,000,000 =
    // 250,000.00 (an income of at least 1,000,000). Before the fix the top was unbounded
    JsonNode open = outcome("", "1000000");
    assertThat(open.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(open.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(open.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("250000.00");
    assertThat(open.at("/missingFacts/0").asText()).isEqualTo("/years/0/taxableIncomeBeforeRd");
    assertThat(open.at("/missingFacts").size()).isEqualTo(1);
    // filled both ways, within the range: income 3,400,000 saves 850,000 − 600,000 = 250,000.00; income 400,000
    // saves 100,000 − 0 = 100,000.00; a loss (income 0) saves 0.00
    assertThat(outcome("3400000", "1000000").at("/amount/maximum/amount").decimalValue())
        .isEqualByComparingTo("250000.00");
    assertThat(outcome("400000", "1000000").at("/amount/maximum/amount").decimalValue())
        .isEqualByComparingTo("100000.00");
    assertThat(outcome("0", "1000000").at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("0.00");
  }

  @Test
  void test_incomeNotGiven_theTopAllowsForTheTwoRoundings() {
    // E = 0.01: 25% × 0.01 = 0.0025, 0.00 half-up; but an income of 0.02 saves std(0.02) − std(0.01) = 0.01 − 0.00
    // (0.005 → 0.01, 0.0025 → 0.00, each half-up to the fen) = 0.01, so the top is 0.0025 rounded up: 0.01
    JsonNode open = outcome("", "0.01");
    assertThat(open.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(open.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("0.01");
    assertThat(outcome("0.02", "0.01").at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("0.01");
  }
}
