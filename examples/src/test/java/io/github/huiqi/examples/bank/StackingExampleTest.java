package io.github.huiqi.examples.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.stacking.StackingGround;
import io.github.huiqi.calculators.financing.stacking.StackingResult;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.money.Cny;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs the example of a bank computing both interest subsidies.
 */
class StackingExampleTest {

  @Test
  void test_main_runs() {
    StackingExample.main(new String[0]);
  }

  @Test
  void test_run_printsTheHandWorkedTotals() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StackingResult result =
        StackingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // First-loan (第5条): SZ-2023-0001 drawn 2023-02-10, 6 months to 2023-08-10 = 181 days;
    // 3,000,000 × 2% × 181/360 = 30,166.666… → 30,166.67. The other loans are not first drawdowns: nothing.
    assertThat(out).contains("first-loan subsidy alone: CNY 30166.67");
    // Tech-SME (第13条: first-time 70% + 30 = 100% → 80% in 2023; 第十四条(一) 70% before):
    // I1 11,862.50 × 80% = 9,490.00; I2 27,983.33 × 80% = 22,386.664 → 22,386.66; I3 29,708.33 × 80% = 23,766.664
    // → 23,766.66; I4 2022-12-21..2023-03-21 = 11 days in 2022 + 79 in 2023: 20,000 × (80% × 79 + 70% × 11) ÷ 90
    // = 20,000 × 70.9 ÷ 90 = 15,755.555… → 15,755.56; fee F1 50% × 50,000 = 25,000.00 (第十四条(三)).
    // Alone: 9,490.00 + 22,386.66 + 23,766.66 + 15,755.56 + 25,000.00 = 96,398.88 (no cap reached)
    assertThat(out).contains("tech-SME subsidy alone: CNY 96398.88");
    // Stacking: on SZ-2023-0001 both qualify (30,166.67 vs 9,490.00 + 22,386.66 = 31,876.66); the first-loan
    // subsidy was claimed first, so it stands (§4.1 item 10 default). The other two loans: tech-SME only.
    assertThat(result.loans().get(0).applies()).contains(StackingScheme.FIRST_LOAN);
    assertThat(result.loans().get(0).ground()).isEqualTo(StackingGround.FIRST_CLAIMED);
    assertThat(Cny.yuan(result.loans().get(0).techSmeCandidate(), "c")).isEqualByComparingTo("31876.66");
    assertThat(result.loans().get(1).applies()).contains(StackingScheme.TECH_SME);
    assertThat(result.loans().get(2).applies()).contains(StackingScheme.TECH_SME);
    // Totals: first-loan 30,166.67; tech-SME 23,766.66 + 15,755.56 + 25,000.00 = 64,522.22; all 94,688.89
    assertThat(out).contains("first-loan total: CNY 30166.67");
    assertThat(out).contains("tech-SME total: CNY 64522.22");
    assertThat(out).contains("total: CNY 94688.89");
    assertThat(out).contains("同一笔贷款只能享受一次贴息政策").contains("深工信〔2023〕26号 第13条")
        .contains("第十四条").contains("适用首贷贴息（已先申请");
  }
}
