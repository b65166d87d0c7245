package io.github.huiqi.calculators.tax.smalllowprofit;

import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.due;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.relief;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.steady;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.tax.TaxYearRequests;
import io.github.huiqi.core.money.Cny;
import org.junit.jupiter.api.Test;

/**
 * QA audit: tax year 2022, the one row of the 小型微利企业 table with two different slice rates after 2021
 * (lower slice 12.5% × 20% = 2.5%, 财政部 税务总局公告2021年第12号 第一条, 2021-01-01..2022-12-31; upper slice
 * 25% × 20% = 5%, 财政部 税务总局公告2022年第13号 第一条 restated by 深工信〔2023〕26号 第1条 "自2022年至2024年…超过100万元
 * 但不超过300万元的部分，减按25%计入应纳税所得额，按20%的税率"), worked by hand at a half fen and at the 3,000,000 limit,
 * in the typed calculator, its quarterly prepayment and the engine's JSON.
 */
class SmallLowProfit2022AuditTest {

  @Test
  void test_halfFen_onTheUpperSlice_roundedOnceHalfUp() {
    // TI 1,000,000.10: due = 1,000,000 × 2.5% + 0.10 × 5% = 25,000 + 0.005 = 25,000.005 → 25,000.01 (half-up once,
    // decisions register §4.5 item 35); standard 1,000,000.10 × 25% = 250,000.025 → 250,000.03 (企业所得税法 第四条);
    // relief 250,000.03 − 25,000.01 = 225,000.02
    assertThat(due(year(2022, "1000000.10"))).isEqualByComparingTo("25000.01");
    assertThat(relief(year(2022, "1000000.10"))).isEqualByComparingTo("225000.02");
  }

  @Test
  void test_prepayment2022_cumulativeMethod() {
    // Q2 2022: 1,200,000 to date → 1,000,000 × 2.5% + 200,000 × 5% = 25,000 + 10,000 = 35,000; less 20,000 already
    // prepaid → 15,000.00 payable
    SmallLowProfitPrepaymentRequest q2 = SmallLowProfitPrepaymentRequest.of(2022, 2, Cny.of("1200000"),
        steady(1, 2, 100, "10000000"), Cny.of("20000"));
    assertThat(Cny.yuan(CALCULATOR.prepaymentPayable(MEASURE, q2), "payable")).isEqualByComparingTo("15000.00");
    // Q4 at exactly 3,000,000 (不超过300万元, included): 25,000 + 2,000,000 × 5% = 125,000; less 75,000 → 50,000.00
    SmallLowProfitPrepaymentRequest atLimit = SmallLowProfitPrepaymentRequest.of(2022, 4, Cny.of("3000000.00"),
        steady(1, 4, 100, "10000000"), Cny.of("75000"));
    assertThat(Cny.yuan(CALCULATOR.prepaymentPayable(MEASURE, atLimit), "payable")).isEqualByComparingTo("50000.00");
    // one fen more: not a 小型微利企业 on the figures to date, 3,000,000.01 × 25% = 750,000.0025 → 750,000.00; less
    // 75,000 → 675,000.00
    SmallLowProfitPrepaymentRequest over = SmallLowProfitPrepaymentRequest.of(2022, 4, Cny.of("3000000.01"),
        steady(1, 4, 100, "10000000"), Cny.of("75000"));
    assertThat(Cny.yuan(CALCULATOR.prepaymentPayable(MEASURE, over), "payable")).isEqualByComparingTo("675000.00");
  }

  @Test
  void test_engineJson_2022_atTheLimit() {
    // 2022, TI 3,000,000.00 after no R&D, 300 employees and 50,000,000 of assets every quarter (each limit included,
    // 2022年第13号 第二条): due 25,000 + 100,000 = 125,000; standard 750,000; relief 625,000.00
    String request = TaxYearRequests.firmYear(2022, "3000000.00", 300, "50000000", "0", "2022-12-31",
        "sz-gxj-2023-26.small-low-profit-enterprise");
    JsonNode outcome = EngineJson.firstOutcome(request);
    assertThat(outcome.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("625000.00");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("625000.00");
  }
}
