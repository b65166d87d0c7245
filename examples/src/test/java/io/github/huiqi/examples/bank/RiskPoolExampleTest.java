package io.github.huiqi.examples.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaimOutcome;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolResult;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs the risk-compensation claim example.
 */
class RiskPoolExampleTest {

  @Test
  void test_main_runs() {
    RiskPoolExample.main(new String[0]);
  }

  @Test
  void test_run_printsTheCitedResult() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RiskPoolResult result = RiskPoolExample.run(
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(result.claims()).extracting(o -> o.compensation().orElseThrow().eligibility().verdict())
        .containsExactly(Verdict.ELIGIBLE, Verdict.ELIGIBLE, Verdict.ELIGIBLE, Verdict.INELIGIBLE,
            Verdict.UNDETERMINED);
    // 第5条: 1,800,000 × (30% + 30 pp) = 1,080,000.00
    assertThat(amount(result.claims().get(0))).isEqualByComparingTo("1080000.00");
    // 惠企纾困"30条" window: 480,000 × min(50% + 30 pp, 80%) = 384,000.00; return 100,000 × 80% = 80,000.00
    assertThat(amount(result.claims().get(1))).isEqualByComparingTo("384000.00");
    // 展期视同新增: extended 2023-03-20: 1,000,000 × 60% = 600,000.00
    assertThat(amount(result.claims().get(2))).isEqualByComparingTo("600000.00");
    // excluded: 0
    assertThat(amount(result.claims().get(3))).isZero();
    // undetermined: 0 .. 300,000 × 30% = 90,000.00 (granted 2023-06-01, no uplift)
    assertThat(amount(result.claims().get(4))).isEqualByComparingTo("90000.00");
    // totals: 1,080,000 + 384,000 + 600,000 + 0 = 2,064,000.00 .. + 90,000 = 2,154,000.00
    assertThat(Cny.yuan(result.totalCompensation().minimum(), "t")).isEqualByComparingTo("2064000.00");
    assertThat(Cny.yuan(result.totalCompensation().maximum(), "t")).isEqualByComparingTo("2154000.00");
    assertThat(Cny.yuan(result.totalRecoveryReturn().maximum(), "t")).isEqualByComparingTo("80000.00");
    // net: 2,064,000 − 80,000 = 1,984,000.00 .. 2,074,000.00
    assertThat(Cny.yuan(result.totalNetCompensation().minimum(), "t")).isEqualByComparingTo("1984000.00");
    assertThat(out).contains("深工信〔2023〕26号 第5条").contains("/claims/4/reGuaranteed")
        .contains("guaranteed-by-financing-guarantor");
    // the printed lines carry the same hand-worked figures, at the fen's scale
    assertThat(out).contains("SZ-2023-0101: ELIGIBLE, ratio 60%, compensation CNY 1080000.00, returned CNY 0.00, "
        + "net CNY 1080000.00");
    // 480,000 × 80% = 384,000; returned 80,000; net 384,000 − 80,000 = 304,000
    assertThat(out).contains("SZ-2022-0417: ELIGIBLE, ratio 80%, compensation CNY 384000.00, returned CNY 80000.00, "
        + "net CNY 304000.00");
    assertThat(out).contains("SZ-2022-1020-EXT: ELIGIBLE, ratio 60%, compensation CNY 600000");
    // granted 2023-05-05, outside the window: ratio 30%, but excluded, so 0
    assertThat(out).contains("SZ-2023-0505: INELIGIBLE, ratio 30%, compensation CNY 0");
    assertThat(out).contains("SZ-2023-0601: UNDETERMINED, ratio 30%, compensation CNY 0.00 .. CNY 90000.00");
    assertThat(out).contains("total compensation: CNY 2064000.00 .. CNY 2154000.00; returned CNY 80000.00; "
        + "net CNY 1984000.00 .. CNY 2074000.00");
  }

  private static java.math.BigDecimal amount(RiskPoolClaimOutcome outcome) {
    return Cny.yuan(outcome.compensation().orElseThrow().compensation().maximum(), "amount");
  }
}
