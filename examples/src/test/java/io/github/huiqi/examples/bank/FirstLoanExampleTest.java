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
 * Runs the first-loan subsidy example.
 */
class FirstLoanExampleTest {

  @Test
  void test_main_runs() {
    FirstLoanExample.main(new String[0]);
  }

  @Test
  void test_run_printsTheCitedResult() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FirstLoanResult result = FirstLoanExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // 深工信〔2023〕26号 第5条: drawn 2023-02-10, six months to 2023-08-10 = 18 + 31 + 30 + 31 + 30 + 31 + 10 = 181
    // days; 3,000,000 × 2% × 181/360 = 30,166.666… → 30,166.67
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(Cny.yuan(result.amount().maximum(), "amount")).isEqualByComparingTo("30166.67");
    assertThat(out).contains("CNY 30166.67").contains("深工信〔2023〕26号 第5条").contains("\"verdict\" : \"ELIGIBLE\"");
  }
}
