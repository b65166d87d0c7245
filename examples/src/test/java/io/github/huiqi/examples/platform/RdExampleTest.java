package io.github.huiqi.examples.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.tax.rd.RdResult;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.examples.Printed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link RdExample}.
 */
class RdExampleTest {

  @Test
  void test_run_printsTheTotalAndReturnsTheExplainedResult() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RdResult result = RdExample.run(new PrintStream(bytes, true,
        StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    // 财税〔2015〕119号: five = 1,200,000 + 500,000 + 150,000 + 50,000 + 100,000 = 2,000,000;
    // cap 2,000,000 × 10% ÷ 90% = 222,222.222… → 222,222.22 < 300,000 other → base 2,222,222.22
    assertThat(result.otherCostsCap().isEqualTo(Cny.of("222222.22"))).isTrue();
    assertThat(result.eligibleExpensedBase().isEqualTo(Cny.of("2222222.22"))).isTrue();
    // 2023: 100% (2021年第13号 / 2022年第16号 / 2023年第7号) → 2,222,222.22;
    // patent 800,000 × 100% × 7 ÷ 120 = 46,666.666… → 46,666.67; total 2,268,888.89
    assertThat(result.intangibles().get(0).yearExtraAmortisation().isEqualTo(Cny.of("46666.67"))).isTrue();
    assertThat(result.totalExtraDeduction().maximum().isEqualTo(Cny.of("2268888.89"))).isTrue();
    assertThat(printed).contains("total extra deduction: CNY 2268888.89").contains("\"totalExtraDeduction\"");
    // A107012: line 2 (own R&D) = line 41 (expensed) = 2,222,222.22; line 43 (the patent formed in 2023, at 100%)
    // = 800,000 × 7 ÷ 120 = 46,666.67; line 45 = 2,268,888.89; line 51 = 2,268,888.89 × 100%
    assertThat(result.findFormLine(2).orElseThrow().amount().isEqualTo(Cny.of("2222222.22"))).isTrue();
    assertThat(result.findFormLine(41).orElseThrow().amount().isEqualTo(Cny.of("2222222.22"))).isTrue();
    assertThat(result.findFormLine(43).orElseThrow().amount().isEqualTo(Cny.of("46666.67"))).isTrue();
    assertThat(result.findFormLine(45).orElseThrow().amount().isEqualTo(Cny.of("2268888.89"))).isTrue();
    assertThat(result.findFormLine(51).orElseThrow().amount().isEqualTo(Cny.of("2268888.89"))).isTrue();
    assertThat(printed).contains("A107012 第51行 九、本年研发费用加计扣除总额");
  }

  @Test
  void test_main_runs() {
    assertThat(Printed.byMain(RdExample::main)).contains("2023 研发费用加计扣除总额");
  }
}
