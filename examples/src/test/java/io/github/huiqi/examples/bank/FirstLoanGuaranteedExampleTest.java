package io.github.huiqi.examples.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs the Shanghai first-loan subsidy example.
 */
class FirstLoanGuaranteedExampleTest {

  @Test
  void test_main_runs() {
    FirstLoanGuaranteedExample.main(new String[0]);
  }

  @Test
  void test_run_printsTheCitedResult() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FirstLoanResult result = FirstLoanGuaranteedExample.run(
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // 沪企服办〔2023〕1号 第十五条, 12-month term supplied by the bank: 2022-11-15 → 2023-11-15 = 365 days;
    // 2,000,000 × 2% × 365/360 = 40,555.555… → 40,555.56
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(Cny.yuan(result.amount().maximum(), "amount")).isEqualByComparingTo("40555.56");
    assertThat(out).contains("CNY 40555.56").contains("沪企服办〔2023〕1号 第十五条").contains("原文未规定，由调用方提供");
  }
}
