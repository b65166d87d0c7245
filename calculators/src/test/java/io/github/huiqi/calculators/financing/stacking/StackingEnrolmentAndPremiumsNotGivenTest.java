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
 * The 科技型中小企业 enrolment and the loan-guarantee insurance premiums both not given (decisions register §4.6 item
 * 119): a premium of the list may be dated outside an enrolment that the loan the larger gave the first-loan subsidy
 * brings the claim within, and the firm then leaves that loan to the tech-SME subsidy (items 100, 110). Through the
 * engine typed (plain and explained) and its {@code evaluateJson}, which must agree, under both precedences (no claim
 * recorded); found by the fact-drop hunt (biased firms, seed 31, firm 53, both facts dropped together).
 * <p>
 * The firm, evaluated on 2023-12-31: a 深圳市宝安区 first-time borrower, nothing received from the programme, L1 of
 * 1,000,000 drawn 2023-02-01 at 4% from a 深圳 bank, the first drawdown of its first contract, I1 of 9,000.00 accrued
 * 2023-02-01 → 2023-05-01, no guarantee fee. Worked by hand:
 * <ul>
 *   <li>第5条 on L1: 2023-02-01 → 2023-08-01 = 181 days, 1,000,000 × 2% × 181 / 360 = 10,055.56; 第13条 on I1 (2023
 *       interest of a first-time borrower, 70% + 30 points, at most 80%): 9,000.00 × 80% = 7,200.00. The larger gives
 *       L1 to 第5条.
 *   <li>Not enrolled, no premium: 第5条 10,055.56; 第13条 ineligible.
 *   <li>Enrolled from 2023-03-01, no premium: L1 to 第5条, nothing left to claim: 10,055.56 and 0.00.
 *   <li>Enrolled from 2023-03-01, a premium P1 of 40,000.00 paid 2023-02-01: with L1 to 第5条 the claim is P1 alone,
 *       outside the enrolment, 10,055.56 in all; with L1 left to 第13条 the claim (I1, P1) reaches it, 7,200.00 +
 *       40,000.00 × 50% = 27,200.00 in all, more: the firm leaves L1 (item 100), 第5条 0.00, 第13条 27,200.00.
 *   <li>The most of 第13条: L1 left to it, 7,200.00, and premiums of 1,000,000 or more, 50% capped at 500,000.00 a
 *       year: 507,200.00, within the yearly 1,000,000.00 on all items.
 * </ul>
 * So with both not given 第5条 is 0.00 – 10,055.56 and 第13条 0.00 – 507,200.00, both undetermined on both facts.
 * Before 2026-12-06 第5条 read eligible 10,055.56 exactly and 第13条 0.00 – 500,000.00: item 110's widening for an
 * enrolment not given asked whether the claim kept a payment without L1 among the known payments only.
 */
class StackingEnrolmentAndPremiumsNotGivenTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
  private static final String ENROLLED = "{\"held\": true, \"since\": \"2023-03-01\"}";
  private static final String P1 = "[{\"paymentId\": \"P1\", \"paymentDate\": \"2023-02-01\", \"amountPaid\": "
      + money("40000.00") + "}]";

  /** The firm with its enrolment and premium list as given ("" for not given). */
  static String profile(String enrolment, String premiums) {
    return "{\"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"industryCode\": \"C3484\", \"size\": \"SMALL\", \"onSeriousDishonestyList\": false,"
        + " \"firstTimeBorrower\": true," + (enrolment.isEmpty() ? "" : " \"techSme\": " + enrolment + ",")
        + " \"techSmeSubsidyReceived\": " + money("0") + ", \"loans\": [{\"loanId\": \"L1\", \"principal\": "
        + money("1000000") + ", \"drawdownDate\": \"2023-02-01\", \"maturityDate\": \"2024-02-01\","
        + " \"annualInterestRate\": \"4%\", \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": true,"
        + " \"forProductionOrOperation\": true, \"subsidisedUnderAnotherMunicipalScheme\": false,"
        + " \"vehicleOrRealEstatePurchase\": false, \"guaranteed\": false}], \"interestPayments\": ["
        + interest("I1", "L1", "2023-02-01", "2023-05-01", "9000.00") + "], \"guaranteeFeePayments\": [],"
        + (premiums.isEmpty() ? "" : " \"insurancePremiumPayments\": " + premiums + ",")
        + " \"renovationProjects\": [], \"hires\": [], \"grantEvents\": []}";
  }

  private static EntitlementReport report(String enrolment, String premiums, StackingPrecedence precedence) {
    return StackingJointReports.pairOnThreePaths(profile(enrolment, premiums), AS_OF, precedence).plain();
  }

  private static void exactly(EntitlementReport report, String id, Verdict verdict, String yuan) {
    MeasureOutcome outcome = report.outcome(MeasureId.of(id)).orElseThrow();
    assertThat(outcome.verdict()).as(id).isEqualTo(verdict);
    assertThat(outcome.amount()).as(id).isEqualTo(OutcomeAmount.exactly(Cny.of(yuan)));
  }

  @Test
  void test_eachCompletion() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      // not enrolled: 第5条 10,055.56, 第13条 ineligible
      EntitlementReport notEnrolled = report("{\"held\": false}", "[]", precedence);
      exactly(notEnrolled, FIRST_LOAN, Verdict.ELIGIBLE, "10055.56");
      assertThat(notEnrolled.outcome(MeasureId.of(TECH_SME)).orElseThrow().verdict()).isEqualTo(Verdict.INELIGIBLE);
      // enrolled from 2023-03-01, no premium: L1 to 第5条 (10,055.56 against 7,200.00), nothing left to claim
      EntitlementReport noPremium = report(ENROLLED, "[]", precedence);
      exactly(noPremium, FIRST_LOAN, Verdict.ELIGIBLE, "10055.56");
      exactly(noPremium, TECH_SME, Verdict.ELIGIBLE, "0.00");
      // P1 of 2023-02-01: the firm leaves L1 to 第13条, 7,200.00 + 40,000.00 × 50% = 27,200.00 > 10,055.56
      EntitlementReport premium = report(ENROLLED, P1, precedence);
      exactly(premium, FIRST_LOAN, Verdict.ELIGIBLE, "0.00");
      exactly(premium, TECH_SME, Verdict.ELIGIBLE, "27200.00");
    }
  }

  @Test
  void test_enrolmentAndPremiumsNotGiven_eachOutcomeCoversEveryCompletion() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport report = report("", "", precedence);
      MeasureOutcome first = report.outcome(MeasureId.of(FIRST_LOAN)).orElseThrow();
      // 0.00 (enrolled from 2023-03-01 with P1) or 10,055.56; before: eligible 10,055.56 exactly
      assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(first.amount(), "0.00", "10055.56");
      assertThat(first.missingFacts()).containsExactlyInAnyOrder("/techSme", "/insurancePremiumPayments");
      MeasureOutcome tech = report.outcome(MeasureId.of(TECH_SME)).orElseThrow();
      // 0.00 (not enrolled) up to 7,200.00 + 500,000.00 = 507,200.00; before: 0.00 – 500,000.00
      assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(tech.amount(), "0.00", "507200.00");
      assertThat(tech.missingFacts()).contains("/techSme", "/insurancePremiumPayments");
    }
  }

  @Test
  void test_oneOfTheTwoNotGiven_keepsItsOwnReading() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      // the premiums known to be none: the claim keeps nothing without L1, so no date makes it miss the enrolment
      // while L1 brings it within: 第5条 10,055.56 exactly (item 110)
      EntitlementReport noPremium = report("", "[]", precedence);
      exactly(noPremium, FIRST_LOAN, Verdict.ELIGIBLE, "10055.56");
      // P1 known, the enrolment not given: 10,055.56 (not enrolled) or 0.00 (from 2023-03-01)
      MeasureOutcome first = report("", P1, precedence).outcome(MeasureId.of(FIRST_LOAN)).orElseThrow();
      assertRange(first.amount(), "0.00", "10055.56");
      assertThat(first.missingFacts()).containsExactly("/techSme");
    }
  }
}
