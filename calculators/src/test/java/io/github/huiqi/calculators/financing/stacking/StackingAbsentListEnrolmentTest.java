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
 * The first-loan (深工信〔2023〕26号 第5条) and tech-SME (第13条) subsidies of a firm whose 科技型中小企业 enrolment is dated
 * while its guarantee-fee or premium list is not given (decisions register §4.6 item 111): a payment of the list may
 * be dated outside the enrolment, so that the claim the stacking leaves the tech-SME subsidy misses it, or within it,
 * so that the claim reaches it; each outcome must allow every way. Through the engine typed (plain and explained)
 * and its {@code evaluateJson}, which must agree, under both precedences (no claim recorded). Each firm is a 深圳市
 * 宝安区 first-time borrower (the tech-SME ratio 80% on 2023 interest, 2020 办法 第十四条 with 第13条's uplift),
 * evaluated on 2023-12-31; its loans are from a Shenzhen bank, each the first drawdown of its first contract.
 * Found by a fact-drop hunt over firms with the programme cap nearly spent.
 */
class StackingAbsentListEnrolmentTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
  private static final String NO_FEES = "\"guaranteeFeePayments\": [],";
  private static final String NO_PREMIUMS = "\"insurancePremiumPayments\": [],";

  /** A loan of a year; {@code fee} the guarantee fee paid on it, or null when it is not guaranteed. */
  private static String loan(String id, String principal, String drawdown, String rate, boolean elsewhere,
      String fee) {
    LocalDate drawn = LocalDate.parse(drawdown);
    return "{\"loanId\": \"" + id + "\", \"principal\": " + money(principal) + ", \"drawdownDate\": \"" + drawdown
        + "\", \"maturityDate\": \"" + drawn.plusYears(1) + "\", \"annualInterestRate\": \"" + rate + "\","
        + " \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": true, \"forProductionOrOperation\":"
        + " true, \"subsidisedUnderAnotherMunicipalScheme\": " + elsewhere + ", " + (fee == null
        ? "\"guaranteed\": false}" : "\"guaranteed\": true, \"guarantee\": {\"feePaid\": " + money(fee) + "}}");
  }

  /** A fee or premium list of one payment, as a JSON member ending ",". */
  private static String list(String member, String id, String date, String amount) {
    return "\"" + member + "\": [{\"paymentId\": \"" + id + "\", \"paymentDate\": \"" + date + "\", \"amountPaid\": "
        + money(amount) + "}],";
  }

  /** A firm: its enrolment's dates, what the programme already paid, its loans, interest and lists as given. */
  private static String firm(String since, String until, String received, String loans, String interest,
      String lists) {
    return "{\"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"industryCode\": \"C3484\", \"size\": \"SMALL\", \"onSeriousDishonestyList\": false,"
        + " \"firstTimeBorrower\": true, \"techSme\": {\"held\": true, \"since\": \"" + since + "\", \"until\": \""
        + until + "\"}, \"techSmeSubsidyReceived\": " + money(received) + ", \"loans\": [" + loans + "],"
        + " \"interestPayments\": [" + interest + "], " + lists.substring(0, lists.length() - 1) + "}";
  }

  private static MeasureOutcome outcome(EntitlementReport report, String id) {
    return report.outcome(MeasureId.of(id)).orElseThrow();
  }

  private static EntitlementReport report(String profile, StackingPrecedence precedence) {
    return StackingJointReports.pairOnThreePaths(profile, AS_OF, precedence).plain();
  }

  private static void assertExactly(MeasureOutcome outcome, String amount) {
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of(amount)));
  }

  // ---- firm A: the fee takes the programme cap, the loan it sends to 第5条 was the claim's only way into the dates

  /**
   * Enrolled 2023-10-18 .. 2024-09-08, 2,919,362 already received: 3,000,000 − 2,919,362 = 80,638.00 left (第十四条
   * （四）). L1 of 18,000,000 drawn 2023-01-05 (no interest given), L2 of 10,000,000 subsidised elsewhere (guarantee
   * fee 200,800 paid on it), L3 of 10,000,000 drawn 2023-03-01 with I3 of 100,000 accrued 2023-09-01 → 2023-12-01,
   * L4 of 10,000,000 drawn 2022-10-10 (before the first-loan window) with I4 of 41,355.55 accrued 2023-06-01 →
   * 2023-09-01.
   */
  private static String firmA(String fees) {
    return firm("2023-10-18", "2024-09-08", "2919362", loan("L1", "18000000", "2023-01-05", "3.5%", false, null)
        + ", " + loan("L2", "10000000", "2023-02-09", "3.5%", true, "200800") + ", "
        + loan("L3", "10000000", "2023-03-01", "4%", false, null) + ", "
        + loan("L4", "10000000", "2022-10-10", "4%", false, null),
        interest("I4", "L4", "2023-06-01", "2023-09-01", "41355.55") + ", "
        + interest("I3", "L3", "2023-09-01", "2023-12-01", "100000"), fees + NO_PREMIUMS);
  }

  @Test
  void test_firmA_eachFeeList() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      // no fee: 第5条 L1 2% × 18,000,000 × 181/360 = 181,000.00 (2023-01-05 → 07-05), leaving 19,000.00 of the
      // 200,000 for L3 (2% × 10,000,000 × 184/360 = 102,222.22); 第13条 on L3 80% × 100,000 = 80,000.00, the larger,
      // so L3 goes to 第13条; I4 80% × 41,355.55 = 33,084.44; 33,084.44 + 80,000.00 capped at the 80,638.00 left
      EntitlementReport none = report(firmA(NO_FEES), precedence);
      assertExactly(outcome(none, FIRST_LOAN), "181000.00");
      assertExactly(outcome(none, TECH_SME), "80638.00");
      // G2 of 200,800 paid 2023-02-09: 50% = 100,400.00, paid first, takes the 80,638.00 left; L3's 第13条 amount is
      // then 0.00 and 第5条 takes L3: 181,000.00 + 19,000.00 = 200,000.00. The claim kept (G2, I4 to 2023-08-31;
      // L2's and L3's interest out) ends before 2023-10-18: not enrolled for it, 0.00
      EntitlementReport fee = report(firmA(list("guaranteeFeePayments", "G2", "2023-02-09", "200800")), precedence);
      assertExactly(outcome(fee, FIRST_LOAN), "200000.00");
      assertExactly(outcome(fee, TECH_SME), "0.00");
    }
  }

  @Test
  void test_firmA_feeListNotGiven_theTechSmeLeastIsZero() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport report = report(firmA(""), precedence);
      // 181,000.00 (no fee) or 200,000.00 (the fee sends L3 to 第5条)
      MeasureOutcome first = outcome(report, FIRST_LOAN);
      assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertRange(first.amount(), "181000.00", "200000.00");
      assertThat(first.missingFacts()).containsExactly("/guaranteeFeePayments");
      // 80,638.00 (no fee) or 0.00 (the claim without L3 misses the enrolment); before 2026-12-06 the least was
      // 80,638.00 − L3's 80,000.00 = 638.00, eligible
      MeasureOutcome tech = outcome(report, TECH_SME);
      assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(tech.amount(), "0.00", "80638.00");
      assertThat(tech.missingFacts()).contains("/guaranteeFeePayments");
      assertThat(report.jointLimits()).isEmpty();
    }
  }

  // ---- firm B: no claim kept as known, a fee outside the dates makes one that misses them

  /**
   * Enrolled 2023-05-27 .. 2024-12-04, 2,912,049 already received: 87,951.00 left. L1 of 10,200,000 drawn 2023-01-17
   * at 4.2% (fee 153,000 paid on it) with I1a and I1b of 107,100 each (2023-01-17 → 04-17 → 07-17), L3 of
   * 13,900,000 drawn 2023-02-09 at 5.2% (fee 208,500) with I3 of 180,700 (2023-02-09 → 05-09).
   */
  private static String firmB(String fees) {
    return firm("2023-05-27", "2024-12-04", "2912049", loan("L1", "10200000", "2023-01-17", "4.2%", false, "153000")
        + ", " + loan("L3", "13900000", "2023-02-09", "5.2%", false, "208500"),
        interest("I1a", "L1", "2023-01-17", "2023-04-17", "107100") + ", "
        + interest("I1b", "L1", "2023-04-17", "2023-07-17", "107100") + ", "
        + interest("I3", "L3", "2023-02-09", "2023-05-09", "180700"), fees + NO_PREMIUMS);
  }

  @Test
  void test_firmB_eachFeeList() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      // 第5条 L1 2% × 10,200,000 × 181/360 = 102,566.67, L3 2% × 13,900,000 × 181/360 = 139,772.22, the 200,000 in
      // drawdown order: 102,566.67 + 97,433.33. 第13条 on each within the 87,951.00 left (80% × 214,200 = 171,360.00,
      // 80% × 180,700 = 144,560.00): 87,951.00, below 第5条's, so one at a time 第5条 takes both, 200,000.00, and no
      // claim is left. The split paying most in all (register §4.6 item 151): L1 to 第13条 (I1a and I1b reach the
      // enrolment from 2023-05-27), 87,951.00 + 139,772.22 = 227,723.22 (L3 to 第13条 alone: its claim I3 ends
      // 2023-05-08, before the enrolment, not a split the enrolment pays on)
      EntitlementReport none = report(firmB(NO_FEES), precedence);
      assertExactly(outcome(none, FIRST_LOAN), "139772.22");
      assertExactly(outcome(none, TECH_SME), "87951.00");
      // G1 of 153,000 paid 2023-02-02 (50% = 76,500.00): the claim kept, G1 alone, misses the enrolment from
      // 2023-05-27, so the firm keeps the larger in all (register §4.6 item 100): L1 left to 第13条 (its claim G1, I1a,
      // I1b reaches the dates), 76,500.00 + 171,360.00 capped at 87,951.00, and 第5条 139,772.22 on L3: 227,723.22,
      // against 200,000.00 + 0.00, and 102,566.67 + 87,951.00 = 190,517.67 leaving L3 (I3 ends before the dates)
      EntitlementReport fee = report(firmB(list("guaranteeFeePayments", "G1", "2023-02-02", "153000")), precedence);
      assertExactly(outcome(fee, FIRST_LOAN), "139772.22");
      assertExactly(outcome(fee, TECH_SME), "87951.00");
    }
  }

  @Test
  void test_firmB_feeListNotGiven_theFirstLoanLeastCoversTheLoanLeft() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport report = report(firmB(""), precedence);
      // 139,772.22 (no fee, item 151, or a fee outside the dates) to 200,000.00 (a fee within the dates above
      // 55,446.44, its 50% above 27,723.22: both loans to 第5条, 200,000.00 + that 50% > 139,772.22 + 87,951.00);
      // before 2026-12-06: 200,000.00 exactly, naming nothing. The
      // stacking now leaves L1 to 第13条, which the fee list may push back to 第5条 (item 110), where it takes
      // 102,566.67 of the cap first and L3 may be pushed out: item 114's bound, 102,566.67, too wide
      MeasureOutcome first = outcome(report, FIRST_LOAN);
      assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertRange(first.amount(), "102566.67", "200000.00");
      assertThat(first.missingFacts()).containsExactly("/guaranteeFeePayments");
      MeasureOutcome tech = outcome(report, TECH_SME);
      assertRange(tech.amount(), "0.00", "87951.00");
      assertThat(tech.missingFacts()).contains("/guaranteeFeePayments");
      assertThat(report.jointLimits()).isEmpty();
    }
  }

  // ---- firm C: the claim kept misses the dates as known, a premium within them brings it in

  /**
   * Enrolled 2023-10-05 .. 2024-07-30, 1,000,000 already received (2,000,000 left). L1 of 15,700,000 drawn
   * 2022-11-13, subsidised elsewhere, with I1 of 137,375 (2023-08-13 → 11-13), which brings the whole claim within the
   * dates; L2 of 17,800,000 drawn 2023-03-17 at 5.5% with I2a and I2b of 244,750 each (2023-03-17 → 06-17 → 09-17);
   * no fee.
   */
  private static String firmC(String premiums) {
    return firm("2023-10-05", "2024-07-30", "1000000", loan("L1", "15700000", "2022-11-13", "3.5%", true, null)
        + ", " + loan("L2", "17800000", "2023-03-17", "5.5%", false, null),
        interest("I1", "L1", "2023-08-13", "2023-11-13", "137375") + ", "
        + interest("I2a", "L2", "2023-03-17", "2023-06-17", "244750") + ", "
        + interest("I2b", "L2", "2023-06-17", "2023-09-17", "244750"), NO_FEES + premiums);
  }

  @Test
  void test_firmC_eachPremiumList() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      // 第5条 on L2 2% × 17,800,000 × 184/360 = 181,955.56 (2023-03-17 → 09-17); 第13条 80% × 489,500 = 391,600.00,
      // the larger; but the claim kept, I2a and I2b to 2023-09-16 (I1 is out: L1 is subsidised elsewhere, register
      // §4.6 item 100), misses the enrolment from 2023-10-05: not enrolled for it, so 第5条 takes L2
      EntitlementReport none = report(firmC(NO_PREMIUMS), precedence);
      assertExactly(outcome(none, FIRST_LOAN), "181955.56");
      assertExactly(outcome(none, TECH_SME), "0.00");
      // P1 of 1,101 paid 2023-11-15 brings the claim within the dates: L2 to 第13条, 391,600.00 + 50% × 1,101 (第十四条（二）) =
      // 392,150.50, and 第5条 0.00
      EntitlementReport premium = report(firmC(list("insurancePremiumPayments", "P1", "2023-11-15", "1101")),
          precedence);
      assertExactly(outcome(premium, FIRST_LOAN), "0.00");
      assertExactly(outcome(premium, TECH_SME), "392150.50");
    }
  }

  @Test
  void test_firmC_premiumListNotGiven_theFirstLoanLeastIsZero() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport report = report(firmC(""), precedence);
      // 181,955.56 (no premium, or one outside the dates) or 0.00 (one within them); before 2026-12-06: eligible at
      // 181,955.56 exactly, naming nothing
      MeasureOutcome first = outcome(report, FIRST_LOAN);
      assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(first.amount(), "0.00", "181955.56");
      assertThat(first.missingFacts()).containsExactly("/insurancePremiumPayments");
      // 0.00, or 391,600.00 with what the premium list may add, up to its yearly cap of 500,000 (第十四条（二）):
      // 891,600.00, within the yearly 1,000,000 (before 2026-12-06: 0.00 – 500,000.00, the premiums alone)
      MeasureOutcome tech = outcome(report, TECH_SME);
      assertRange(tech.amount(), "0.00", "891600.00");
      assertThat(tech.missingFacts()).contains("/insurancePremiumPayments");
      assertThat(report.jointLimits()).isEmpty();
    }
  }
}
