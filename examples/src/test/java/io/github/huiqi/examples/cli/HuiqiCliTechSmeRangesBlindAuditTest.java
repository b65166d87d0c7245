package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blind QA audit of the tech-SME 贴息贴保 ranges (深工信〔2023〕26号 第13条 with the 2020 办法 第十四条) on the command
 * line: the table in zh and en and {@code --json}, against the Java API and the engine's JSON (CliThreePaths), for
 * the payment lists absent. The calculator, book and engine cases are TechSmeRangesBlindAuditTest's.
 */
class HuiqiCliTechSmeRangesBlindAuditTest {

  private static final String TECH = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String FOLDER = "techsmeranges";

  @TempDir
  Path dir;

  private static void assertRange(MeasureOutcome outcome, Verdict verdict, String min, String max, String cap) {
    assertThat(outcome.verdict()).isEqualTo(verdict);
    assertThat(outcome.amount().minimum()).isEqualTo(Cny.of(min));
    assertThat(outcome.amount().maximum()).contains(Cny.of(max));
    assertThat(outcome.bindingLimit().map(BindingLimit::code)).contains(cap);
  }

  @Test
  void test_1_feesAndPremiumsAbsent() throws IOException {
    // 2023 interest 10,000 × 80% = 8,000.00 (第13条); fees up to 300,000 (第十四条（三）, L1's guarantee not given)
    // and premiums up to 500,000 (（二）): 808,000.00 < 1,000,000 a year (（四）); the premium cap named, the last
    // kind cap in the calculator's order (register §4.6 items 88, 92)
    CliThreePaths.Result r = CliThreePaths.run(dir, FOLDER, "tr-1-fees-premiums-absent", "2023-12-31", TECH);
    assertRange(r.outcome(TECH), Verdict.ELIGIBLE, "8000.00", "808000.00", "insurance-premium-cap-per-year");
    assertThat(r.outcome(TECH).missingFacts()).containsExactly("/guaranteeFeePayments", "/insurancePremiumPayments");
    assertThat(CliThreePaths.table(dir, FOLDER, "tr-1-fees-premiums-absent", "2023-12-31", "zh", TECH))
        .contains("8,000.00 – 808,000.00", "贷款保证保险费资助每年上限 500,000.00");
    assertThat(CliThreePaths.table(dir, FOLDER, "tr-1-fees-premiums-absent", "2023-12-31", "en", TECH))
        .contains("8,000.00 – 808,000.00", "guarantee-insurance premium cap per year 500,000.00");
  }

  @Test
  void test_2_sampleFirstLoanOnly_everyListAbsent() throws IOException {
    // the built-in sample's first loan alone (3,000,000 at 3.65%, 2023-02-10 → 2024-02-10; 30,000 of fee paid), a
    // first-time borrower: 325 days of 2023, 3,000,000 × 3.65% × 325/360 = 98,854.17 × 80% = 79,083.33 (第13条);
    // 40 days of 2024, 12,166.67 × 70% = 8,516.67 (第十四条（一）); a fen for each payment the loan can hold (register
    // §4.6 item 120: one a calendar month, February 2023 to February 2024, 13, and a final one), 14 × 0.01 = 0.14;
    // fees 50% × 30,000 = 15,000.00, and a fen for each instalment the fee can be paid in (register §4.6 item 121:
    // one a calendar month of the term, February 2023 to February 2024, 13, and one when the guarantee is given),
    // 14 × 0.01 = 0.14; premiums 500,000: 79,083.33 + 8,516.67 + 0.14 + 15,000.00 + 0.14 + 500,000.00 =
    // 602,600.28 (was 603,816.67, 80% of every day's interest, then 602,600.00 before item 120, 602,600.14 before
    // item 121); no item known: undetermined from 0 (§4.6 item 42)
    CliThreePaths.Result r = CliThreePaths.run(dir, FOLDER, "tr-2-first-loan-only", "2023-12-31", TECH);
    assertRange(r.outcome(TECH), Verdict.UNDETERMINED, "0.00", "602600.28", "insurance-premium-cap-per-year");
    assertThat(r.outcome(TECH).missingFacts()).containsExactly("/interestPayments", "/guaranteeFeePayments",
        "/insurancePremiumPayments");
    assertThat(CliThreePaths.table(dir, FOLDER, "tr-2-first-loan-only", "2023-12-31", "zh", TECH))
        .contains("0.00 – 602,600.28", "合计可享：0.00 – 602,600.28 元");
    assertThat(CliThreePaths.table(dir, FOLDER, "tr-2-first-loan-only", "2023-12-31", "en", TECH))
        .contains("0.00 – 602,600.28", "Total in reach: 0.00 – 602,600.28 CNY");
    // the next questions share the width 602,600.28 equally among the three lists: 200,866.76 each
    // (register §0.6: each rounded once, within half a fen a question)
    assertThat(r.report().nextQuestions()).hasSize(3);
    r.report().nextQuestions().forEach(q -> assertThat(q.amountDecided()).isEqualTo(Cny.of("200866.76")));
  }
}
