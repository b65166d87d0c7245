package io.github.huiqi.examples.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitResult;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.examples.Printed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link SmallLowProfitExample}.
 */
class SmallLowProfitExampleTest {

  @Test
  void test_run_printsThePrepaymentAndReturnsTheExplainedYear() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SmallLowProfitResult result = SmallLowProfitExample.run(new PrintStream(bytes, true,
        StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);

    // Q2 to date: employees (125 + 140) ÷ 2 = 132.5, assets (31M + 34M) ÷ 2 = 32.5M: eligible;
    // 1,000,000 × 5% (2023年第6号) + 300,000 × 5% (第1条 / 2022年第13号) = 65,000, less 20,000 prepaid = 45,000
    assertThat(printed).contains("payable this quarter: CNY 45000");
    // the year: employees (125 + 140 + 155 + 155) ÷ 4 = 143.75, assets (31 + 34 + 37 + 36.5)M ÷ 4 = 34.625M
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    // 1,000,000 × 5% + 1,400,000 × 5% = 120,000; standard 2,400,000 × 25% = 600,000; relief 480,000
    assertThat(result.taxDue().maximum().isEqualTo(Cny.of("120000"))).isTrue();
    assertThat(result.standardTax().isEqualTo(Cny.of("600000"))).isTrue();
    assertThat(result.relief().maximum().isEqualTo(Cny.of("480000"))).isTrue();
    assertThat(printed).contains("减免所得税额 / relief").contains("\"taxDue\"");
  }

  @Test
  void test_main_runs() {
    assertThat(Printed.byMain(SmallLowProfitExample::main)).contains("2023-Q2");
  }
}
