package io.github.huiqi.examples.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.examples.Printed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the loan-book example. */
class LoanBookExampleTest {

  @Test
  void test_main_runs() {
    assertThat(Printed.byMain(LoanBookExample::main)).contains("columnar, 1 thread");
  }

  @Test
  void test_run_streamedAndColumnarAgree() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BookTotals totals = LoanBookExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // 深工信〔2023〕26号 第5条: 1,800,000 × (30% + 30 pp) = 1,080,000.00
    assertThat(out).contains("line 2 SZ-0001: ELIGIBLE CNY 1080000.00");
    // outside the window, re-guarantee unknown: 0 .. 300,000 × 30% = 90,000.00
    assertThat(out).contains("line 3 SZ-0002: UNDETERMINED CNY 0.00 .. CNY 90000.00 [not-re-guaranteed] "
        + "missing [/reGuaranteed]");
    // 展期视同新增, extended 2023-03-20: 800,000 × 60% = 480,000.00
    assertThat(out).contains("line 4 SZ-0003: ELIGIBLE CNY 480000.00");
    assertThat(out).contains("line 5 SZ-0004: INELIGIBLE CNY 0.00 [guaranteed-by-financing-guarantor]");
    assertThat(out).contains("line 6 SZ-0005: FAILED at grantDate");
    // 2022 window (2022-03-01..06-30): 450,000.33 × 60% = 270,000.198 → 270,000.20
    assertThat(out).contains("line 7 SZ-0006: ELIGIBLE CNY 270000.20");
    // 1,080,000 + 480,000 + 270,000.20 = 1,830,000.20; + 90,000 in reach = 1,920,000.20
    assertThat(totals.amount()).isEqualTo(new AmountRange(Cny.of("1830000.20"), Cny.of("1920000.20")));
    assertThat(totals.failed()).isEqualTo(1);
    assertThat(out).contains("columnar, 1 thread: CNY 1830000.20 .. CNY 1920000.20; "
        + "2 threads: CNY 1830000.20 .. CNY 1920000.20");
  }
}
