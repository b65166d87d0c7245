package io.github.huiqi.examples.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.renovation.RenovationSupportResult;
import io.github.huiqi.core.money.Cny;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs the technical-renovation support example.
 */
class RenovationExampleTest {

  @Test
  void test_main_runs() {
    RenovationExample.main(new String[0]);
  }

  @Test
  void test_run_printsTheStackedResult() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RenovationSupportResult result = RenovationExample.run(
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // 小升规方案 第十条: grant up to 20% (level 4) × 30,000,000 = 6,000,000.00 (fixed assets 28/32 = 87.5% ≥ 80%,
    // equipment 21/28 = 75% ≥ 70%); interest 600,000 + 450,000 = 1,050,000 within the three years, 50% = 525,000.00;
    // stacked: [525,000.00, 6,525,000.00]
    assertThat(Cny.yuan(result.grant().amount().maximum(), "g")).isEqualByComparingTo("6000000.00");
    assertThat(Cny.yuan(result.interestSubsidy().amount().minimum(), "i")).isEqualByComparingTo("525000.00");
    assertThat(Cny.yuan(result.total().minimum(), "t")).isEqualByComparingTo("525000.00");
    assertThat(Cny.yuan(result.total().maximum(), "t")).isEqualByComparingTo("6525000.00");
    assertThat(out).contains("还可叠加享受贷款贴息").contains("第十条");
  }
}
