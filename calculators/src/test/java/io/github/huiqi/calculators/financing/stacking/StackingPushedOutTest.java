package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
import static io.github.huiqi.calculators.financing.stacking.StackingJson.interest;
import static io.github.huiqi.calculators.financing.stacking.StackingJson.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A loan opened to the first-loan subsidy (深工信〔2023〕26号 第5条) because an absent fee list may spend the tech-SME
 * caps (第13条, decisions register §4.6 item 110) takes the first-loan cap "单户企业贴息金额最高20万元" first, and pushes a
 * loan drawn after it out to the tech-SME subsidy (register §4.6 item 114). Through the engine typed (plain and
 * explained) and its {@code evaluateJson}, which must agree, under both precedences (no claim recorded).
 * <p>
 * The firm: a 深圳市南山区 first-time borrower enrolled as a 科技型中小企业 (no dates), 2,750,000 already received (250,000
 * left of the programme's 3,000,000, 2020 办法 第十四条（四）), its premium list given empty; evaluated on 2023-12-31.
 * Worked by hand:
 * <ul>
 *   <li>L1, 15,000,000 drawn 2023-02-01: 第5条 2023-02-01 → 2023-08-01 = 181 days (6 months),
 *       15,000,000 × 2% × 181 / 360 = 150,833.33; I1 of 200,000.00 (2023-02-01 → 08-01): 第13条 80% = 160,000.00.
 *   <li>L2, 18,000,000 drawn 2023-03-01: 第5条 2023-03-01 → 2023-09-01 = 184 days, 18,000,000 × 2% × 184 / 360 =
 *       184,000.00; I2 of 100,000.00 (2023-03-01 → 09-01): 第13条 80% = 80,000.00.
 *   <li>No fee (decided in drawdown order): L1 160,000.00 > 150,833.33, the tech-SME subsidy's; L2 184,000.00 (the
 *       first-loan cap untouched) > 80,000.00, the first-loan subsidy's: first-loan 184,000.00, tech-SME 160,000.00.
 *   <li>A fee of 300,000 paid 2023-03-10: 50% = 150,000.00 (within the fee cap of 300,000 a year), taking the
 *       programme's 250,000 first, 100,000.00 left for interest. One at a time, L1: 150,833.33 > 100,000.00, the
 *       first-loan subsidy's, 49,166.67 left of its 200,000; L2: 49,166.67 < 80,000.00, pushed out to the tech-SME
 *       subsidy: first-loan 150,833.33, tech-SME 150,000.00 + 80,000.00 = 230,000.00, 380,833.33 in all. The split
 *       that pays most in all (register §4.6 item 151): L1 to 第13条 and L2 to 第5条, 184,000.00 + min(150,000.00 +
 *       160,000.00, 250,000.00) = 434,000.00 (both to 第5条: 200,000.00 + 150,000.00 = 350,000.00; both to 第13条:
 *       250,000.00), which the firm takes since 2026-12-07: first-loan 184,000.00, tech-SME 250,000.00.
 * </ul>
 * So with the fee list not given the first-loan subsidy is 150,833.33 – 200,000.00 (L1 at most 150,833.33 + L2's
 * 184,000.00 within the cap of 200,000.00); before 2026-12-06 it read 184,000.00 – 200,000.00, its least above the
 * 150,833.33 the firm with the fee then got. Since item 151 the firm with this fee gets 184,000.00 too, and no fee
 * gives the first-loan subsidy less (L1 to it and L2 to 第13条 pays 150,833.33 + min(fee + 80,000.00, 250,000.00),
 * never more than L2 to it and L1 to 第13条, 184,000.00 + min(fee + 160,000.00, 250,000.00)), so the least of
 * 150,833.33, item 114's bound, is too wide, never too narrow.
 */
class StackingPushedOutTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  /** A first loan at 3.65% for a year, the first drawdown of its first contract, not subsidised elsewhere. */
  private static String loan(String id, String principal, String drawn, String matures) {
    return "{\"loanId\": \"" + id + "\", \"principal\": " + money(principal) + ", \"drawdownDate\": \"" + drawn
        + "\", \"maturityDate\": \"" + matures + "\", \"annualInterestRate\": \"3.65%\", \"lenderRegionCode\":"
        + " \"440300\", \"firstDrawdownOfFirstContract\": true, \"forProductionOrOperation\": true,"
        + " \"subsidisedUnderAnotherMunicipalScheme\": false}";
  }

  /** The firm with L2's principal and interest, its fee list as given (a JSON member ending ",", or ""). */
  static String profile(String secondPrincipal, String secondInterest, String fees) {
    return profile("", "", secondPrincipal, secondInterest, fees);
  }

  /** The firm with loans and interest before L1's (each ending ", ", or ""), L2's principal and interest, its fees. */
  static String profile(String loansBefore, String interestBefore, String secondPrincipal, String secondInterest,
      String fees) {
    return "{\"registrationRegionCode\": \"440305\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"industryCode\": \"C3484\", \"size\": \"SMALL\", \"onSeriousDishonestyList\": false,"
        + " \"firstTimeBorrower\": true, \"techSme\": {\"held\": true}, \"techSmeSubsidyReceived\": "
        + money("2750000") + ", \"loans\": [" + loansBefore + loan("L1", "15000000", "2023-02-01", "2024-02-01")
        + ", " + loan("L2", secondPrincipal, "2023-03-01", "2024-03-01") + "], \"interestPayments\": ["
        + interestBefore + interest("I1", "L1", "2023-02-01", "2023-08-01", "200000.00") + ", "
        + interest("I2", "L2", "2023-03-01", "2023-09-01", secondInterest) + "], " + fees
        + " \"insurancePremiumPayments\": []}";
  }

  private static final String FEE = "\"guaranteeFeePayments\": [{\"paymentId\": \"G1\", \"paymentDate\":"
      + " \"2023-03-10\", \"amountPaid\": " + money("300000") + "}],";

  private static MeasureOutcome outcome(EntitlementReport report, String id) {
    return report.outcome(MeasureId.of(id)).orElseThrow();
  }

  private static EntitlementReport report(String profile, StackingPrecedence precedence) {
    return StackingJointReports.pairOnThreePaths(profile, AS_OF, precedence).plain();
  }

  @Test
  void test_eachFeeList() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport none = report(profile("18000000", "100000.00", "\"guaranteeFeePayments\": [],"), precedence);
      // 第5条 on L2: 18,000,000 × 2% × 184/360 = 184,000.00; 第13条 on I1: 80% × 200,000.00 = 160,000.00
      assertThat(outcome(none, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("184000.00")));
      assertThat(outcome(none, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("160000.00")));
      EntitlementReport fee = report(profile("18000000", "100000.00", FEE), precedence);
      // one at a time L1 to 第5条 (150,833.33 > the 100,000.00 the fee leaves) and L2 pushed out to 第13条: 150,833.33
      // + 150,000.00 + 80,000.00 = 380,833.33; the firm takes L1 to 第13条 and L2 to 第5条 (register §4.6 item 151):
      // 第5条 on L2 18,000,000 × 2% × 184/360 = 184,000.00
      assertThat(outcome(fee, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("184000.00")));
      // 第13条: the fee's 50% × 300,000 = 150,000.00 + I1's 80% × 200,000.00 = 160,000.00, within the 250,000.00 left:
      // 250,000.00 (434,000.00 in all)
      assertThat(outcome(fee, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("250000.00")));
    }
  }

  @Test
  void test_feeListNotGiven_theLeastCoversTheLoanPushedOut() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport report = report(profile("18000000", "100000.00", ""), precedence);
      MeasureOutcome first = outcome(report, FIRST_LOAN);
      // 184,000.00 with no fee or this one; L1 opened to 第5条 by the fee list (item 110) takes the cap first and L2 is
      // pushed out (item 114's bound, 150,833.33; no fee gives less than 184,000.00 since item 151, too wide); at
      // most 150,833.33 + 184,000.00 within the 200,000.00 cap. Before 2026-12-06: 184,000.00 – 200,000.00
      assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertRange(first.amount(), "150833.33", "200000.00");
      assertThat(first.missingFacts()).containsExactly("/guaranteeFeePayments");
      // 160,000.00 (no fee) or 230,000.00 (the fee), up to the 3,000,000 − 2,750,000 = 250,000.00 left; L1 may go to
      // the first-loan subsidy, so the least is lowered by its 160,000.00 (item 110)
      MeasureOutcome tech = outcome(report, TECH_SME);
      assertRange(tech.amount(), "0.00", "250000.00");
      assertThat(tech.missingFacts()).contains("/guaranteeFeePayments");
      assertThat(report.jointLimits()).isEmpty();
    }
  }

  @Test
  void test_feeListNotGiven_capCannotBind_theLeastStays() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      // L2 of 2,000,000: 第5条 2,000,000 × 2% × 184/360 = 20,444.44 > 第13条 80% × 10,000.00 = 8,000.00. With the fee
      // L1 (150,833.33) and L2 (20,444.44) both fit the cap, 171,277.77 ≤ 200,000: nothing pushed out
      EntitlementReport fee = report(profile("2000000", "10000.00", FEE), precedence);
      assertThat(outcome(fee, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("171277.77")));
      EntitlementReport report = report(profile("2000000", "10000.00", ""), precedence);
      MeasureOutcome first = outcome(report, FIRST_LOAN);
      // 20,444.44 (no fee: L1 to 第13条's 160,000.00) or 171,277.77 (the fee): the least stays L2's 20,444.44
      assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertRange(first.amount(), "20444.44", "171277.77");
      assertThat(first.missingFacts()).containsExactly("/guaranteeFeePayments");
    }
  }

  @Test
  void test_feeListNotGiven_aLoanDrawnBeforeKeepsItsShare() {
    // L0 of 1,000,000 drawn 2023-01-10: 第5条 2023-01-10 → 2023-07-10 = 181 days, 1,000,000 × 2% × 181/360 =
    // 10,055.56 > 第13条 80% × I0's 10,000.00 = 8,000.00, the first-loan subsidy's with the fee or without it
    String before = loan("L0", "1000000", "2023-01-10", "2024-01-10") + ", ";
    String interestBefore = interest("I0", "L0", "2023-01-10", "2023-07-10", "10000.00") + ", ";
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport none = report(profile(before, interestBefore, "18000000", "100000.00",
          "\"guaranteeFeePayments\": [],"), precedence);
      // no fee: L0 10,055.56 + L2 184,000.00 = 194,055.56 (within 200,000); L1 to 第13条's 160,000.00
      assertThat(outcome(none, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("194055.56")));
      EntitlementReport fee = report(profile(before, interestBefore, "18000000", "100000.00", FEE), precedence);
      // the fee's 150,000.00 leaves 100,000.00 for interest: one at a time L1 to 第5条 (150,833.33 > 100,000.00),
      // 200,000 − 10,055.56 − 150,833.33 = 39,111.11 left for L2 (< 80,000.00), pushed out: 10,055.56 + 150,833.33 +
      // 150,000.00 + 80,000.00 = 390,888.89. The split paying most (item 151): L0 and L2 to 第5条, L1 to 第13条,
      // 10,055.56 + 184,000.00 + 250,000.00 = 444,055.56 (L0 too to 第13条: 184,000.00 + 250,000.00 = 434,000.00)
      assertThat(outcome(fee, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("194055.56")));
      assertThat(outcome(fee, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("250000.00")));
      EntitlementReport report = report(profile(before, interestBefore, "18000000", "100000.00", ""), precedence);
      MeasureOutcome first = outcome(report, FIRST_LOAN);
      // L0's 10,055.56, sure, + what the cap leaves of L1's 150,833.33 (189,944.44 left) = 160,888.89 (item 114's
      // bound; every fee gives at least 194,055.56 since item 151, too wide); at most the cap. Before 2026-12-06:
      // 194,055.56 – 200,000.00
      assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertRange(first.amount(), "160888.89", "200000.00");
      assertThat(first.missingFacts()).containsExactly("/guaranteeFeePayments");
    }
  }
}
