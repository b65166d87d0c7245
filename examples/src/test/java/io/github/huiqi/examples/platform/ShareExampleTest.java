package io.github.huiqi.examples.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.grants.share.ShareResult;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the Shanghai share example.
 */
class ShareExampleTest {

  @Test
  void test_main_runs() {
    ShareExample.main(new String[0]);
  }

  @Test
  void test_run_printsBothMeasures() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<ShareResult> results = ShareExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // 沪企服办〔2023〕1号 第二条: 5% × 8,000,000 = 400,000.00, under the 500,000 cap, exactly
    assertThat(results.get(0).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("400000.00")));
    // 第八条: up to 30% × 800,000 = 240,000.00, the firm being small (第八条 supports 中小企业' contracts)
    assertThat(results.get(1).eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(results.get(1).amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("240000.00")));
    assertThat(results.get(1).eligibility().reasons()).extracting(Reason::code).first().isEqualTo("sme");
    assertThat(out).contains("第二条").contains("第八条");
  }
}
