package io.github.huiqi.calculators.tax.firmyear;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.MEASURES;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.firm;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.saved;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.tax.TaxYearRequests;
import org.junit.jupiter.api.Test;

/**
 * QA audit: the R&amp;D extra deduction bringing the taxable income exactly to the 小型微利企业 limit, and one fen
 * above it, worked by hand, in the firm-year calculator and through the engine's JSON (the two tax outcomes).
 * <p>
 * 2023, a manufacturer (C3484) with 400,000 of R&amp;D personnel costs and nothing else: extra deduction
 * 100% × 400,000 = 400,000 (财政部 税务总局公告2023年第7号 第一条), taken before the test (decisions register §1.7);
 * 100 employees and 10,000,000 of assets in every quarter. TIb 3,400,000.00 → TIa 3,000,000.00, within
 * "年度应纳税所得额不超过300万元" (2022年第13号 第二条, included): due 3,000,000 × 5% = 150,000 (2023年第6号 第一条,
 * 2022年第13号 第一条); std(TIa) 750,000, so the relief is 600,000.00; the deduction's own saving
 * 400,000 × 25% = 100,000.00 (企业所得税法 第四条). TIb 3,400,000.01 → TIa 3,000,000.01: above the limit, no
 * part relieved (the cliff); the deduction still saves 100,000.00.
 */
class FirmYearCliffAuditTest {

  private static String request(String incomeBeforeRd) {
    return TaxYearRequests.firmYear(2023, incomeBeforeRd, 100, "10000000", "400000", "2023-12-31",
        "sz-gxj-2023-26.small-low-profit-enterprise", "sz-gxj-2023-26.rd-super-deduction");
  }

  private static void assertExact(JsonNode outcome, String verdict, String amount) {
    assertThat(outcome.at("/verdict").asText()).isEqualTo(verdict);
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo(amount);
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo(amount);
  }

  @Test
  void test_deductionToExactlyTheLimit() {
    JsonNode report = EngineJson.report(request("3400000.00"));
    assertExact(report.at("/outcomes/0"), "ELIGIBLE", "600000.00");
    assertExact(report.at("/outcomes/1"), "ELIGIBLE", "100000.00");
    // 600,000.00 + 100,000.00 = 700,000.00 = 3,400,000 × 25% − 150,000
    assertThat(report.at("/totals/byKind/TAX_SAVED/minimum/amount").decimalValue())
        .isEqualByComparingTo("700000.00");
    FirmYearResult typed = CALCULATOR.explainTotalSaved(MEASURES, firm("3400000.00", "400000"));
    assertThat(yuan(typed.taxableIncomeAfterRd())).isEqualByComparingTo("3000000.00");
    assertThat(saved(typed, FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE)).isEqualByComparingTo("600000.00");
    assertThat(saved(typed, FirmYearRelief.RD_SUPER_DEDUCTION)).isEqualByComparingTo("100000.00");
  }

  @Test
  void test_deductionToOneFenAboveTheLimit() {
    JsonNode report = EngineJson.report(request("3400000.01"));
    EngineJson.assertIneligible(report.at("/outcomes/0"));
    assertExact(report.at("/outcomes/1"), "ELIGIBLE", "100000.00");
    FirmYearResult typed = CALCULATOR.explainTotalSaved(MEASURES, firm("3400000.01", "400000"));
    assertThat(yuan(typed.taxableIncomeAfterRd())).isEqualByComparingTo("3000000.01");
    assertThat(saved(typed, FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE)).isEqualByComparingTo("0");
    // std(TIb) − due(TIa) = 850,000.0025 → 850,000.00 − 750,000.0025 → 750,000.00 = 100,000.00, all the deduction's
    assertThat(yuan(typed.incomeTaxSaved())).isEqualByComparingTo("100000.00");
  }
}
