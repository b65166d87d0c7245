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
 * The firm's larger in all (decisions register §4.6 item 100) while both the 科技型中小企业 enrolment ({@code /techSme})
 * and the premium list ({@code /insurancePremiumPayments}) are not given (§4.6 item 119): with no known payment kept
 * once the first-loan subsidy (深工信〔2023〕26号 第5条) takes L1, item 110 found no claim that could miss the
 * enrolment's dates, and item 111 asks for a dated enrolment; yet a completion enrolled from 2023-07-09 with a premium
 * paid on 2023-01-13 keeps that premium alone, which misses the dates, and the firm then leaves L1 to the tech-SME
 * subsidy (第13条). Through the engine typed (plain and explained) and its {@code evaluateJson}, which must agree, under
 * both precedences (no claim recorded); found by the biased fact-drop hunt (seed 31, firm 53, LARGER, 2023-10-31,
 * dropping the two facts together: 第5条 200,000.00 exactly where the complete firm gets 171,334.67).
 * <p>
 * The firm: a 深圳市宝安区 first-time borrower, 2,950,000 already received of the programme's 3,000,000, evaluated on
 * 2023-10-31; L1 of 12,000,000 drawn 2023-01-05 with I1 of 100,000.00 accrued 2023-07-10 → 2023-10-10; L2 of
 * 18,000,000 drawn 2023-03-16 with no interest listed; premium P1 of 20,000.00 paid 2023-01-13. Worked by hand:
 * <ul>
 *   <li>第5条 (2%, six months from the drawdown, ACT/360): L1 2023-01-05 → 2023-07-05 = 181 days, 12,000,000 × 2% ×
 *       181 / 360 = 120,666.666… → 120,666.67; L2 2023-03-16 → 2023-09-16 = 184 days, 18,000,000 × 2% × 184 / 360 =
 *       184,000.00; the cap of 200,000 allotted in drawdown order.
 *   <li>第13条 (2020 办法 第十四条): I1 80% (70% + 30 points in the window, at most 80%) × 100,000.00 = 80,000.00; P1 50% ×
 *       20,000.00 = 10,000.00; the programme leaves 3,000,000 − 2,950,000 = 50,000.00.
 *   <li>Enrolled from 2023-07-09 with P1 (the complete firm): L1 to 第5条 leaves the claim P1 alone (2023-01-13, before
 *       the enrolment): 120,666.67 + (200,000 − 120,666.67 = 79,333.33 of L2's 184,000.00) = 200,000.00 and 0.00, in
 *       all 200,000.00; L1 left to 第13条 brings the claim within the dates: 184,000.00 and min(80,000.00 + 10,000.00,
 *       50,000.00) = 50,000.00, in all 234,000.00, so the firm leaves it: 184,000.00 and 50,000.00.
 *   <li>Enrolled from 2023-07-09 with no premium: one at a time L1 to 第5条 (120,666.67 against 第13条's 50,000.00
 *       within the cap), no claim kept: 200,000.00 and 0.00; the split paying most in all (register §4.6 item 151)
 *       leaves L1 to 第13条, its claim I1 within the dates: 184,000.00 + 50,000.00 = 234,000.00, which the firm takes
 *       since 2026-12-07. Enrolled with no dates, P1 given: one at a time 200,000.00 + 10,000.00 = 210,000.00, the
 *       split L1 to 第13条 184,000.00 + min(80,000.00 + 10,000.00, 50,000.00) = 234,000.00, taken since item 151.
 *       Not enrolled: 200,000.00, 第13条 ineligible.
 * </ul>
 * So with both facts not given 第5条 is 184,000.00 – 200,000.00, eligible, naming both, where it read 200,000.00
 * exactly before 2026-12-06; 第13条 0.00 – 50,000.00, undetermined, as before.
 */
class StackingEnrolmentAndListNotGivenTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 10, 31);
  private static final String ENROLLED = "{\"held\": true, \"since\": \"2023-07-09\"}";
  private static final String PREMIUMS = "[{\"paymentId\": \"P1\", \"paymentDate\": \"2023-01-13\", \"amountPaid\": "
      + money("20000.00") + "}]";

  private static String loan(String id, String principal, String drawdown, String maturity, String rate) {
    return "{\"loanId\": \"" + id + "\", \"principal\": " + money(principal) + ", \"drawdownDate\": \"" + drawdown
        + "\", \"maturityDate\": \"" + maturity + "\", \"annualInterestRate\": \"" + rate + "\", \"lenderRegionCode\":"
        + " \"440300\", \"firstDrawdownOfFirstContract\": true, \"forProductionOrOperation\": true,"
        + " \"subsidisedUnderAnotherMunicipalScheme\": false, \"vehicleOrRealEstatePurchase\": false,"
        + " \"guaranteed\": false}";
  }

  /** The firm, its enrolment and premium list as given ("" for not given). */
  static String profile(String enrolment, String premiums) {
    return "{\"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"industryCode\": \"C3484\", \"size\": \"SMALL\", \"onSeriousDishonestyList\": false,"
        + " \"firstTimeBorrower\": true," + (enrolment.isEmpty() ? "" : " \"techSme\": " + enrolment + ",")
        + " \"techSmeSubsidyReceived\": " + money("2950000.00") + ", \"loans\": ["
        + loan("L1", "12000000.00", "2023-01-05", "2024-01-05", "4.3%") + ", "
        + loan("L2", "18000000.00", "2023-03-16", "2024-03-16", "3.64%") + "], \"interestPayments\": ["
        + interest("I1", "L1", "2023-07-10", "2023-10-10", "100000.00") + "], \"guaranteeFeePayments\": [],"
        + (premiums.isEmpty() ? "" : " \"insurancePremiumPayments\": " + premiums + ",")
        + " \"renovationProjects\": [], \"hires\": [], \"grantEvents\": []}";
  }

  private static EntitlementReport report(String enrolment, String premiums, StackingPrecedence precedence) {
    return StackingJointReports.pairOnThreePaths(profile(enrolment, premiums), AS_OF, precedence).plain();
  }

  private static MeasureOutcome outcome(EntitlementReport report, String id) {
    return report.outcome(MeasureId.of(id)).orElseThrow();
  }

  private static void exactly(MeasureOutcome outcome, String yuan) {
    assertThat(outcome.amount()).as(outcome.measure().value()).isEqualTo(OutcomeAmount.exactly(Cny.of(yuan)));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_eachCompletion() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport complete = report(ENROLLED, PREMIUMS, precedence);
      // the firm leaves L1 to 第13条: 第5条 L2 18,000,000 × 2% × 184/360 = 184,000.00; 第13条 min(80,000.00 +
      // 10,000.00, 50,000.00) = 50,000.00 (234,000.00 in all against 200,000.00)
      exactly(outcome(complete, FIRST_LOAN), "184000.00");
      exactly(outcome(complete, TECH_SME), "50000.00");
      EntitlementReport noPremium = report(ENROLLED, "[]", precedence);
      // one at a time L1 to 第5条 (120,666.67 against 50,000.00), no claim kept: 120,666.67 + 79,333.33 = 200,000.00
      // and 0.00; the split L1 to 第13条 (I1 within the dates) pays 184,000.00 + min(80,000.00, 50,000.00) =
      // 234,000.00, which the firm takes (register §4.6 item 151)
      exactly(outcome(noPremium, FIRST_LOAN), "184000.00");
      exactly(outcome(noPremium, TECH_SME), "50000.00");
      EntitlementReport noDates = report("{\"held\": true}", PREMIUMS, precedence);
      // the dates do not limit the enrolment (item 58): one at a time L1 to 第5条, 200,000.00 + P1's 50% × 20,000.00
      // = 10,000.00, 210,000.00 in all; L1 to 第13条: 184,000.00 + min(80,000.00 + 10,000.00, 50,000.00) =
      // 234,000.00, which the firm takes (item 151)
      exactly(outcome(noDates, FIRST_LOAN), "184000.00");
      exactly(outcome(noDates, TECH_SME), "50000.00");
      EntitlementReport notEnrolled = report("{\"held\": false}", PREMIUMS, precedence);
      // not enrolled: 第5条 200,000.00, 第13条 ineligible
      exactly(outcome(notEnrolled, FIRST_LOAN), "200000.00");
      assertThat(outcome(notEnrolled, TECH_SME).verdict()).isEqualTo(Verdict.INELIGIBLE);
    }
  }

  @Test
  void test_eachFactNotGivenAlone() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      // the enrolment not given, P1 known (item 110): 184,000.00 (enrolled from 2023-07-09) to 200,000.00
      MeasureOutcome first = outcome(report("", PREMIUMS, precedence), FIRST_LOAN);
      assertRange(first.amount(), "184000.00", "200000.00");
      assertThat(first.missingFacts()).containsExactly("/techSme");
      // the premium list not given, the enrolment dated (item 111): 184,000.00 with P1 or none (item 151), 200,000.00
      // with a premium of 68,000.00 or more within the dates (both loans to 第5条, 200,000.00 + 50,000.00 >
      // 234,000.00); the stacking leaves L1 to 第13条, which the list may push back to 第5条 (item 110), where it
      // takes 120,666.67 of the cap first and L2 may be pushed out: item 114's bound, 120,666.67, too wide
      first = outcome(report(ENROLLED, "", precedence), FIRST_LOAN);
      assertRange(first.amount(), "120666.67", "200000.00");
      assertThat(first.missingFacts()).containsExactly("/insurancePremiumPayments");
    }
  }

  @Test
  void test_enrolmentAndPremiumsNotGiven_firstLoanCoversTheLoanLeft() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport open = report("", "", precedence);
      MeasureOutcome first = outcome(open, FIRST_LOAN);
      // 184,000.00 (enrolled from 2023-07-09, P1 paid 2023-01-13) to 200,000.00 (not enrolled, or no premium);
      // before 2026-12-06: 200,000.00 exactly
      assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertRange(first.amount(), "184000.00", "200000.00");
      assertThat(first.missingFacts()).containsExactly("/techSme", "/insurancePremiumPayments");
      MeasureOutcome tech = outcome(open, TECH_SME);
      // 0.00 (not enrolled, or no premium with the dates) to 50,000.00 (what the programme leaves)
      assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(tech.amount(), "0.00", "50000.00");
      assertThat(tech.missingFacts()).containsExactly("/techSme", "/insurancePremiumPayments");
      // the ways left to the tech-SME subsidy declare no joint limit (item 110): the ranges are added, 184,000.00 +
      // 0.00 to 200,000.00 + 50,000.00 = 250,000.00, holding the complete firm's 234,000.00
      assertThat(open.jointLimits()).isEmpty();
      assertRange(open.totals().inReach(), "184000.00", "250000.00");
    }
  }
}
