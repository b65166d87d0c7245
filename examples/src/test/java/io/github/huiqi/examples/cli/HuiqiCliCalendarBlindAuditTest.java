package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static io.github.huiqi.examples.cli.CliThreePaths.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blind, hand-worked audit of the date arithmetic inside the financing rules as whole profiles, through the
 * engine's Java API and JSON entry point and the command line (table in zh-CN and en, {@code --json},
 * {@code --explain}), with {@link CliThreePaths} checking what the paths share. The profiles are
 * {@code calendaraudit/*.json}; the typed calculators and the book paths run the same cases in the calculators
 * module's {@code CalendarEdgesBlindAuditTest}, whose class comment gives the clauses and the register's readings:
 * ACT/360 算头不算尾 (§4.1 item 1); a term's month ending on the drawdown's same day, or the month's last day when it
 * has none (§4.6 item 62 (b)); the 2022 首贷 rules' one-month minimum; the engine's 12 months for Shanghai's first
 * loans (§4.1 item 5); 2023 interest split by days (§4.1 items 7, 8); the pool's 2022 window (§2.1) and extensions
 * (§4.2 item 15, §4.6 item 65); whole months ÷ 12 for fees (§4.3 item 21) over the loan's term (§2.8).
 */
class HuiqiCliCalendarBlindAuditTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String POOL = "sz-gxj-2023-26.risk-compensation-pool";
  private static final String REDUCTION = "sz-gxj-2023-26.guarantee-fee-reduction";
  private static final String SH_FIRST = "sh-qfb-2023-1.first-loan-interest-subsidy";

  @TempDir
  Path dir;

  private CliThreePaths.Result run(String name, String asOf, String... measures) throws IOException {
    return CliThreePaths.run(dir, "calendaraudit", name, asOf, measures);
  }

  @Test
  void test_1a_firstLoanDrawnOnFebruarysLastDay_repaidAMonthOn() throws IOException {
    // drawn 2023-02-28, repaid 2023-03-28: a month on from 02-28 is 03-28 (the same day), exactly one month of use
    // (the 2022 首贷 rules: "不足1个月的不予贴息" does not bite); 28 days: 1,000,000 × 2% × 28 ÷ 360 = 1,555.555… →
    // 1,555.56. Not enrolled: the tech-SME subsidy is nothing
    CliThreePaths.Result r = run("cal-1a-first-loan-feb28-one-month", "2023-12-31", FIRST_LOAN, TECH_SME);
    assertOutcome(r.outcome(FIRST_LOAN), Verdict.ELIGIBLE, "1555.56", "1555.56");
    assertOutcome(r.outcome(TECH_SME), Verdict.INELIGIBLE, "0", "0");
    assertThat(yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("1555.56");
  }

  @Test
  void test_1b_firstLoanRepaidADayShortOfAMonth() throws IOException {
    // repaid 2023-03-27: 27 days, short of the month to 03-28: nothing
    CliThreePaths.Result r = run("cal-1b-first-loan-feb28-short", "2023-12-31", FIRST_LOAN, TECH_SME);
    assertOutcome(r.outcome(FIRST_LOAN), Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_1c_firstLoanRepaidTheDayItWasDrawn() throws IOException {
    // drawn and repaid 2023-02-01: no day of use (算头不算尾), short of a month: nothing, a verdict and no error
    CliThreePaths.Result r = run("cal-1c-first-loan-same-day", "2023-12-31", FIRST_LOAN, TECH_SME);
    assertOutcome(r.outcome(FIRST_LOAN), Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_1d_firstLoanDrawnOnThe29thOfA28DayFebruarysYear() throws IOException {
    // drawn 2023-01-29, a year's loan not repaid early: 6 months on is 2023-07-29 (the day exists), 181 days:
    // 1,000,000 × 2% × 181 ÷ 360 = 10,055.555… → 10,055.56
    CliThreePaths.Result r = run("cal-1d-first-loan-jan29-term", "2023-12-31", FIRST_LOAN, TECH_SME);
    assertOutcome(r.outcome(FIRST_LOAN), Verdict.ELIGIBLE, "10055.56", "10055.56");
  }

  @Test
  void test_2_shanghaiFirstLoans_theEnginesTwelveMonthsFromTheQuartersLastDay_andAThreeMonthLoan()
      throws IOException {
    // S1 drawn 2022-12-31 (2022-Q4's last day), a two-year loan: the engine's 12 months (register §4.1 item 5) end on
    // 2023-12-31, 365 days: 1,000,000 × 2% × 365 ÷ 360 = 20,277.777… → 20,277.78
    // S2 drawn 2022-11-30, maturing 2023-02-28 (three months, no 30 February): 31 + 31 + 28 = 90 days: 20,000 × 90 ÷
    // 360 = 5,000.00. In all 25,277.78, below the 200,000 cap
    CliThreePaths.Result r = run("cal-2-shanghai-month-ends", "2023-12-31", SH_FIRST);
    assertOutcome(r.outcome(SH_FIRST), Verdict.ELIGIBLE, "25277.78", "25277.78");
    assertThat(r.outcome(SH_FIRST).bindingLimit()).isEmpty();
    assertThat(yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("25277.78");
  }

  @Test
  void test_3_techSme_interestAcrossTheYearsEndAndTheLeapDay() throws IOException {
    // enrolled 2022-06-01..2025-05-31, no first-time borrowing; L1 drawn 2022-06-01 (no first loan of 第5条)
    // I1 9,100.00 for 2023-12-01..2024-03-01: 91 days (31 + 31 + 29), 31 in 2023: 3,100.00 × 80% + 6,000.00 × 50%
    // = 2,480.00 + 3,000.00 = 5,480.00; I2 100.00 for 2023-12-31 alone (accrualEnd 2024-01-01 not counted): 80.00.
    // In all 5,560.00, evaluated on 2024-03-31 (the 2020 办法's base ratios open-ended, register §4.1 item 8)
    CliThreePaths.Result r = run("cal-3-tech-sme-leap", "2024-03-31", TECH_SME);
    assertOutcome(r.outcome(TECH_SME), Verdict.ELIGIBLE, "5560.00", "5560.00");
  }

  @Test
  void test_4_pool2022Window_extensions_andAFeeEndingOnTheLeapDay() throws IOException {
    // the pool, 30% base (register §4.2 item 11), +30 points for 2022-03-01..2022-06-30 (register §2.1):
    // Q1 granted 2022-03-01, the 2022 window's first day: 60% × 1,000,000.01 = 600,000.006 → 600,000.01
    // Q2 granted 2022-02-28, extended 2022-03-01 (展期视同新增): 60% × 200,000 = 120,000.00
    // Q3 granted 2022-06-30, extended 2022-12-31 (a loan of its extension date, register §4.6 item 65): 30% ×
    // 100,000 = 30,000.00; Q4 granted 2022-07-01, the day after: 30% × 500,000 = 150,000.00. In all 900,000.01, paid
    // to the lender
    CliThreePaths.Result r = run("cal-4-pool-2022-window-fee-leap", "2023-12-31", POOL, REDUCTION);
    assertOutcome(r.outcome(POOL), Verdict.ELIGIBLE, "900000.01", "900000.01");
    assertThat(r.outcome(POOL).amountKind()).isEqualTo(AmountKind.PAYMENT_TO_LENDER);
    // 第6条: G1's government guarantee over its term 2023-11-30 .. 2024-02-29 (register §2.8): three whole months
    // (12-30, 2024-01-30, 2024-02-29 with no 30 February), no odd day: 1,000,000 × (1.5% − 0.9%) × 3 ÷ 12 = 1,500.00
    assertOutcome(r.outcome(REDUCTION), Verdict.ELIGIBLE, "1500.00", "1500.00");
    assertThat(yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("1500.00");
  }

  @Test
  void test_5_techSme_anAbsentInterestList_boundedByTheLoansAcrossMonthEnds() throws IOException {
    // the interest list not given: it holds at most what the loans can bear, each period under the larger of ACT/360
    // and whole months ÷ 12, the part of it arising in 2023 at 80%, the rest at 50% (register §4.1 item 8b, §4.6
    // item 97); 1,000,000 at 3.6% is 36,000 a year, 100 a day of 360
    // L1 2022-12-31 .. 2023-03-01: 60 days, or 2 whole months (01-31, 02-28) and 1 odd day = 61: 61; in 2023,
    // 2023-01-01 .. 03-01: 59 days, or 2 whole months = 60: 60; 60 × 80% + 1 × 50% = 48.5 days: 4,850.00
    // L2 2023-08-31 .. 2024-02-29: 182 days, or 6 whole months (2024-02-29) = 180: 182; in 2023, 08-31 ..
    // 2024-01-01: 123 days, or 4 whole months (12-31) and 1 odd day = 121: 123; 123 × 80% + 59 × 50% = 127.9 days:
    // 12,790.00. A fen for each payment the loans can hold (register §4.6 item 120: one a calendar month and a final
    // one): L1 December 2022 to March 2023, 4 + 1 = 5; L2 August 2023 to February 2024, 7 + 1 = 8; 13 × 0.01 =
    // 0.13. In all 0 – 17,640.13 (the fee and premium lists known empty), naming the list; nothing received
    CliThreePaths.Result r = run("cal-5-tech-sme-absent-list", "2024-03-31", TECH_SME);
    assertOutcome(r.outcome(TECH_SME), Verdict.UNDETERMINED, "0", "17640.13");
    assertThat(r.outcome(TECH_SME).missingFacts()).containsExactly("/interestPayments");
  }

  @Test
  void test_6_techSme_theEnrolmentsDatesAgainstTheClaimsFirstAndLastDay() throws IOException {
    // register §1.2 card 000-13: the enrolment counts when granted on or before the claim's last day and valid on or
    // after its first; the claim runs over each item's accrual days (accrualEnd not counted) and payment date
    // 100.00 of interest for 2023-12-01 .. 2024-01-01 paid 2023-12-31: the claim's last day is 2023-12-31 (the
    // accrual's 2024-01-01 is not a day of it), so an enrolment from 2024-01-01 is granted after it: nothing
    CliThreePaths.Result after = run("cal-6a-enrolled-the-day-after-the-claim", "2024-03-31", TECH_SME);
    assertOutcome(after.outcome(TECH_SME), Verdict.INELIGIBLE, "0", "0");
    // the same interest paid 2024-01-01: the claim reaches the enrolment's first day: 80% × 100.00 = 80.00 (all of
    // it accrued in 2023)
    CliThreePaths.Result paid = run("cal-6b-enrolled-on-the-payment-day", "2024-03-31", TECH_SME);
    assertOutcome(paid.outcome(TECH_SME), Verdict.ELIGIBLE, "80.00", "80.00");
    // an enrolment valid to 2022-12-31 and 100.00 for 2022-12-31 alone, paid 2023-01-01: the claim's first day is
    // the enrolment's last: it counts (the lenient reading); 2022 interest at the 2020 办法's 50%: 50.00
    CliThreePaths.Result ended = run("cal-6c-enrolment-ended-on-the-first-day", "2024-03-31", TECH_SME);
    assertOutcome(ended.outcome(TECH_SME), Verdict.ELIGIBLE, "50.00", "50.00");
  }

  @Test
  void test_7_aLoanMaturingTheDayItIsDrawn_oneLineNamingTheField_nonZeroExit() throws IOException {
    // the first profile with its loan maturing on its drawdown day, 2023-02-28: no day of use, bad input; the
    // command line prints one line naming the field and the value and exits non-zero, never an exception
    String text;
    try (InputStream in = getClass().getResourceAsStream("calendaraudit/cal-1a-first-loan-feb28-one-month.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path file = dir.resolve("same-day-maturity.json");
    Files.writeString(file, text.replace("\"maturityDate\": \"2024-02-28\"", "\"maturityDate\": \"2023-02-28\""),
        StandardCharsets.UTF_8);
    for (String lang : new String[] {"zh", "en"}) {
      HuiqiCliTest.Run run = HuiqiCliTest.run(file.toString(), "--as-of", "2023-12-31", "--lang", lang);
      assertThat(run.status()).as(run.err()).isNotZero();
      assertThat(run.err()).startsWith("huiqi: ").contains("/loans/0/maturityDate", "2023-02-28")
          .doesNotContain("Exception", "\tat ");
      assertThat(run.err().lines().count()).isEqualTo(1);
    }
  }

  @Test
  void test_8_techSme_interestOnALoanNotListed_accruingFromTheFirstLoanWindowsFirstDayOrTheDayBefore()
      throws IOException {
    // an enrolled first-time borrower; its one listed loan L1 was drawn 2022-06-01; interest I1 is on a loan LX the
    // profile does not hold. Register §4.1 item 10: such interest may be on a first loan, which the first-loan
    // subsidy would take (one municipal subsidy per loan), so the tech-SME least leaves it out and names /loans,
    // unless it accrues from before 2023-01-01 (第5条's first day), a loan drawn before the window
    // 8a: 3,100.00 for 2022-12-31 .. 2023-01-31: LX was drawn by 2022-12-31, no first loan of 第5条; 1 day of 2022 at
    // the first-time borrower's 70% and 30 of 2023 at min(70% + 30, 80%) = 80%: 3,100 × (70% + 30 × 80%) ÷ 31 =
    // 100 × 24.7 = 2,470.00, exact
    CliThreePaths.Result before = run("cal-8a-unlisted-loan-accruing-from-2022-12-31", "2023-12-31", TECH_SME,
        FIRST_LOAN);
    assertOutcome(before.outcome(TECH_SME), Verdict.ELIGIBLE, "2470.00", "2470.00");
    assertOutcome(before.outcome(FIRST_LOAN), Verdict.INELIGIBLE, "0", "0");
    // 8b: 3,000.00 for 2023-01-01 .. 2023-01-31: LX may be a first loan drawn on the window's first day: 0 –
    // 80% × 3,000 = 2,400.00, naming /loans; the first-loan subsidy, which cannot see LX, is not widened. The
    // first-loan outcome is ineligible only on L1 (drawn 2022-06-01, outside the window), which says nothing of LX:
    // the register's "a list without it". Before the fix the tech-SME outcome was 2,400.00 exact, eligible, because
    // the rule looked for unlisted loans only when the first-loan outcome counted in the total
    CliThreePaths.Result first = run("cal-8b-unlisted-loan-accruing-from-2023-01-01", "2023-12-31", TECH_SME,
        FIRST_LOAN);
    assertOutcome(first.outcome(TECH_SME), Verdict.UNDETERMINED, "0", "2400.00");
    assertThat(first.outcome(TECH_SME).missingFacts()).contains("/loans");
    assertOutcome(first.outcome(FIRST_LOAN), Verdict.INELIGIBLE, "0", "0");
      // 8c: the same firm known not to be a first-time borrower: the first-loan subsidy can take no loan of it, listed
    // or not, so LX's interest is the tech-SME subsidy's: 50% + 30 = 80% × 3,000 = 2,400.00, exact
    CliThreePaths.Result notFirst = run("cal-8c-unlisted-loan-no-first-time-borrower", "2023-12-31", TECH_SME,
        FIRST_LOAN);
    assertOutcome(notFirst.outcome(TECH_SME), Verdict.ELIGIBLE, "2400.00", "2400.00");
    assertThat(notFirst.outcome(TECH_SME).missingFacts()).isEmpty();
  }
}
