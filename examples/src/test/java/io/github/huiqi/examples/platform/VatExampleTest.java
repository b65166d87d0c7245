package io.github.huiqi.examples.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.tax.vat.VatResult;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.examples.Printed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link VatExample}.
 */
class VatExampleTest {

  @Test
  void test_run_printsBothQuartersAndReturnsTheExplainedSecondQuarter() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    VatResult result = VatExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);

    // 第1条 / 国家税务总局公告2023年第1号: 280,000 ≤ 300,000 a quarter (含本数) → exempt, VAT 0
    assertThat(printed).contains("2023-Q1 应纳增值税 / VAT due: CNY 0");
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    // 第1条: 353,500 ÷ (1 + 1%) = 350,000.00 > 300,000 → the whole 350,000 × 1% = 3,500.00
    assertThat(result.vatDue().maximum().isEqualTo(Cny.of("3500.00"))).isTrue();
    // standard: 353,500 ÷ 1.03 = 343,203.883… → 343,203.88; × 3% = 10,296.1164 → 10,296.12;
    // saved 10,296.12 − 3,500 = 6,796.12
    assertThat(result.standardVat().isEqualTo(Cny.of("10296.12"))).isTrue();
    assertThat(result.amountSaved().maximum().isEqualTo(Cny.of("6796.12"))).isTrue();
    assertThat(printed).contains("少缴 / saved against 3%").contains("\"vatDue\"");
  }

  @Test
  void test_main_runs() {
    assertThat(Printed.byMain(VatExample::main)).contains("2023-Q2");
  }
}
