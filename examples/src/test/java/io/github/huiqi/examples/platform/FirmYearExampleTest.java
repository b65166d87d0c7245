package io.github.huiqi.examples.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.tax.firmyear.FirmYearRelief;
import io.github.huiqi.calculators.tax.firmyear.FirmYearResult;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.examples.Printed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link FirmYearExample}.
 */
class FirmYearExampleTest {

  @Test
  void test_run_printsTheTotalsWorkedOutByHand() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FirmYearResult result = FirmYearExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);

    // VAT, quarterly, 2023 (财政部 税务总局公告2023年第1号 第一条、第二条, restated by 深工信〔2023〕26号 第1条; the
    // quarterly 300,000 by 国家税务总局公告2023年第1号 第一条; domain reference §2.11 — 2023年第19号 extends them from
    // 2024; threshold 300,000 a quarter inclusive, otherwise the whole sales at 1% instead of 3%):
    //   Q1 300,000 exactly: exempt, saved 300,000 × 3% = 9,000
    //   Q2 1,200,000: due 12,000, standard 36,000, saved 24,000
    //   Q3 280,000: exempt, saved 8,400
    //   Q4 1,500,000: due 15,000, standard 45,000, saved 30,000
    //   VAT saved 9,000 + 24,000 + 8,400 + 30,000 = 71,400
    assertThat(printed).contains("VAT saved: 71400.00");
    // R&D (财政部 税务总局公告2023年第7号 第一条: 100%): 300,000 + 150,000 + 50,000 = 500,000, no other costs;
    // extra deduction 500,000; taxable income 3,400,000 − 500,000 = 2,900,000 (企业所得税法 第三十条: before the test)
    assertThat(printed).contains("R&D extra deduction: 500000.00").contains("3400000.00 → 2900000.00");
    // 小型微利企业 (2022年第13号 第二条): 2,900,000 ≤ 3,000,000; employees (85 + 100 + 115 + 110) ÷ 4 = 102.5 ≤ 300;
    // assets (13M + 15M + 17M + 19M) ÷ 4 = 16,000,000 ≤ 50,000,000 → eligible
    // due 2,900,000 × 5% = 145,000 (2023年第12号 第三条); standard 3,400,000 × 25% = 850,000 (第四条)
    // saved 705,000 = R&D 850,000 − 2,900,000 × 25% = 125,000 + relief 725,000 − 145,000 = 580,000
    assertThat(printed).contains("income tax saved: 705000.00 = 研发费用加计扣除 / R&D 125000.00 + 小型微利企业减免 / "
        + "relief 580000.00");
    // total 71,400 + 705,000 = 776,400, from the plain form and the explaining form alike
    assertThat(printed).contains("total saved: 776400.00").contains("合计 / total saved: 776400.00");
    assertThat(result.totalSaved().minimum().isEqualTo(Cny.of("776400"))).isTrue();
    // the wrong order: 3,400,000 > 3,000,000, ineligible, relief 0 — the order is worth the 580,000
    assertThat(printed).contains("(wrong order): INELIGIBLE, 减免 / relief 0.00");
    assertThat(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().verdict())
        .isEqualTo(Verdict.ELIGIBLE);
    // the explanation in zh-CN cites each instrument, in order
    assertThat(printed.indexOf("一、增值税小规模纳税人减免")).isLessThan(printed.indexOf("二、研发费用加计扣除"));
    assertThat(printed.indexOf("二、研发费用加计扣除")).isLessThan(printed.indexOf("三、小型微利企业所得税减免"));
    assertThat(printed).contains("\"taxableIncomeBeforeRd\"");
  }

  @Test
  void test_main_runs() {
    assertThat(Printed.byMain(FirmYearExample::main)).contains("2023 三项税收优惠合计少缴税额 / total saved: 776400.00");
  }
}
