package io.github.huiqi.examples.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionResult;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.rates.Rate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs the guarantee-pricing example.
 */
class GuaranteeFeeExampleTest {

  @Test
  void test_main_runs() {
    GuaranteeFeeExample.main(new String[0]);
  }

  @Test
  void test_run_printsTheCitedResults() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GuaranteeFeeExample.Outcome outcome =
        GuaranteeFeeExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // 第6条: 2% × 60% = 1.2% > 1% (conflict) → 1%; 2023-03-15 → 2024-03-15 = 366 days but 12 whole months, and the
    // fee basis is 年费率 × 期限(月) ÷ 12 (domain reference §4.3 item 21): 2,000,000 × 1% × 12/12 = 20,000.00, exactly
    // 1% of the amount for the year
    assertThat(outcome.fee().limitsConflict()).isTrue();
    assertThat(outcome.fee().amount().maximum()).isEqualTo(Cny.of("20000.00"));
    // draft 第五条: 4.35% × ½ = 2.175%, and 1% is within it
    assertThat(outcome.cap().feeRateCap()).contains(Rate.parse("2.175%"));
    assertThat(outcome.cap().documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    // subsidy: 30% × 20,000.00 = 6,000.00
    assertThat(outcome.subsidy().amount().maximum()).isEqualTo(Cny.of("6000.00"));
    assertThat(out).contains("CNY 20000").contains("深工信〔2023〕26号 第6条").contains("2.175%")
        .contains("DRAFT");
    // the printed lines carry the same hand-worked figures (Moneta may print CNY 20000 for 20,000.00)
    assertThat(out).contains("担保费 / guarantee fee: CNY 20000").contains(" at 1% (40% and 1% conflict: the 1% "
        + "ceiling applies)");
    assertThat(out).contains("专精特新 cap (draft, DRAFT): 2.175%, proposed rate within: true");
    assertThat(out).contains("担保费资助 / guarantee-fee subsidy: CNY 6000");
    // the explanation writes its rates as percentages and shows no condition as not met
    assertThat(out).contains("2% × (1 − 40%) = 1.2%").doesNotContain("不满足");
    // the JSON printed last is the fee result, reading back to the same 20,000.00
    String json = out.substring(out.lastIndexOf("\n{") + 1).trim();
    assertThat(HuiqiJson.read(json, GuaranteeFeeReductionResult.class).amount().maximum())
        .isEqualTo(Cny.of("20000.00"));
  }
}
