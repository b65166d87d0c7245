package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
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
 * The firm's larger in all (decisions register §4.6 item 100) while the 科技型中小企业 enrolment itself is not given
 * ({@code /techSme} absent, §4.6 item 110): a completion may be enrolled with dates that the claim the stacking leaves
 * the tech-SME subsidy misses, and the firm then leaves to it the loan the larger gave the first-loan subsidy. Through
 * the engine typed (plain and explained) and its {@code evaluateJson}, which must agree, under both precedences (no
 * claim recorded); found by the fact-drop hunt dropping {@code /techSme} from firms enrolled inside their interest
 * periods.
 * <p>
 * The firm: sz6c (StackingLargerEnrolmentTest's) with I2 of 12,500.00, evaluated on 2023-12-31: a first-time borrower,
 * L1 of 2,000,000 drawn 2023-02-01 at 4%, the first drawdown of its first contract, I1 of 20,444.44 accrued 2023-05-01
 * → 2023-08-01; L2 of 1,000,000 drawn 2023-01-03, not a first drawdown, I2 of 12,500.00 accrued 2023-01-03 →
 * 2023-04-03, paid 2023-04-05. Worked by hand, for each enrolment the firm may have:
 * <ul>
 *   <li>第5条 on L1: 2023-02-01 → 2023-08-01 = 181 days, 2,000,000 × 2% × 181 / 360 = 20,111.11; 第13条 on 2023
 *       interest at 80%: I1 16,355.55, I2 10,000.00.
 *   <li>Enrolled from 2023-06-01: L1 to 第5条 leaves the claim I2 (to 2023-04-05) outside the enrolment, 20,111.11 in
 *       all; L1 left to 第13条 brings it within, 16,355.55 + 10,000.00 = 26,355.55: the firm leaves it (第5条 0.00,
 *       第13条 26,355.55; item 100's worked example).
 *   <li>Enrolled with no dates (they do not limit it, item 58): each loan to the larger, L1 to 第5条 (20,111.11 against
 *       16,355.55), L2 to 第13条: 20,111.11 and 10,000.00.
 *   <li>Not enrolled: 第5条 20,111.11; 第13条 ineligible, 0.00.
 * </ul>
 * So with {@code /techSme} not given 第5条 is 0.00 – 20,111.11 and 第13条 0.00 – 26,355.55, both undetermined on it.
 * Before 2026-12-06 第5条 read eligible 20,111.11 and 第13条 0.00 – 10,000.00: the stacking decided L1 by the larger
 * per loan, as if no date of the enrolment could leave the claim outside it.
 */
class StackingEnrolmentNotGivenTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
  private static final String ENROLMENT = " \"techSme\": {\"held\": true, \"since\": \"2023-06-01\"},";

  /** sz6c with I2 of 12,500.00, its enrolment as given ("" for not given). */
  private static String profile(String enrolment) {
    String json = StackingLargerEnrolmentTest.profile("12500.00");
    assertThat(json).contains(ENROLMENT);
    return json.replace(ENROLMENT, enrolment.isEmpty() ? "" : " \"techSme\": " + enrolment + ",");
  }

  private static MeasureOutcome outcome(String enrolment, StackingPrecedence precedence, String id) {
    EntitlementReport report = StackingJointReports.pairOnThreePaths(profile(enrolment), AS_OF, precedence).plain();
    return report.outcome(MeasureId.of(id)).orElseThrow();
  }

  private static void exactly(MeasureOutcome outcome, String yuan) {
    assertThat(outcome.amount()).as(outcome.measure().value()).isEqualTo(OutcomeAmount.exactly(Cny.of(yuan)));
  }

  @Test
  void test_eachEnrolment() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      // from 2023-06-01: the firm leaves L1 to 第13条, 26,355.55 in all
      exactly(outcome("{\"held\": true, \"since\": \"2023-06-01\"}", precedence, FIRST_LOAN), "0.00");
      exactly(outcome("{\"held\": true, \"since\": \"2023-06-01\"}", precedence, TECH_SME), "26355.55");
      // no dates: L1 to 第5条 20,111.11, L2 to 第13条 10,000.00
      exactly(outcome("{\"held\": true}", precedence, FIRST_LOAN), "20111.11");
      exactly(outcome("{\"held\": true}", precedence, TECH_SME), "10000.00");
      // not enrolled: 第5条 20,111.11, 第13条 ineligible
      exactly(outcome("{\"held\": false}", precedence, FIRST_LOAN), "20111.11");
      assertThat(outcome("{\"held\": false}", precedence, TECH_SME).verdict()).isEqualTo(Verdict.INELIGIBLE);
    }
  }

  @Test
  void test_enrolmentNotGiven_eachOutcomeCoversEveryEnrolment() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport report = StackingJointReports.pairOnThreePaths(profile(""), AS_OF, precedence).plain();
      MeasureOutcome first = report.outcome(MeasureId.of(FIRST_LOAN)).orElseThrow();
      // 0.00 (enrolled from 2023-06-01) or 20,111.11; before: eligible 20,111.11 exactly
      assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(first.amount(), "0.00", "20111.11");
      assertThat(first.missingFacts()).containsExactly("/techSme");
      MeasureOutcome tech = report.outcome(MeasureId.of(TECH_SME)).orElseThrow();
      // 0.00 (not enrolled), 10,000.00 or 26,355.55; before: 0.00 – 10,000.00
      assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(tech.amount(), "0.00", "26355.55");
      assertThat(tech.missingFacts()).containsExactly("/techSme");
      // no joint limit: the two ranges added, 0.00 – 46,466.66, holding 20,111.11, 30,111.11 and 26,355.55
      assertThat(report.jointLimits()).isEmpty();
      assertRange(report.totals().inReach(), "0.00", "46466.66");
    }
  }

  /**
   * With L3 too, 5,000,000 drawn 2023-03-01 at 4%, a first drawdown, I3 of 1,000.00 accrued 2023-03-01 → 2023-04-01:
   * 第5条 on L3 2023-03-01 → 2023-09-01 = 184 days, 5,000,000 × 2% × 184 / 360 = 51,111.11; 第13条 800.00. Leaving
   * both L1 and L3 to 第13条 gives 16,355.55 + 10,000.00 + 800.00 = 27,155.55, less than the 20,111.11 + 51,111.11 =
   * 71,222.22 of 第5条 taking both; leaving L1 alone gives 51,111.11 + 26,355.55 = 77,466.66, more: enrolled from
   * 2023-06-01 the firm leaves L1 only (I3 ends before the enrolment, so leaving L3 alone does not help). So 第5条
   * 51,111.11 (from 2023-06-01) or 71,222.22 (no dates, or not enrolled), and 第13条 26,355.55, 10,000.00 or 0.00: 第5条
   * 51,111.11 – 71,222.22 (eligible, sure of L3) and 第13条 0.00 – 26,355.55, each loan tried alone and with the
   * others, not only all of them left.
   */
  @Test
  void test_enrolmentNotGiven_theFirmMayLeaveOneLoanOfSeveral() {
    String l3 = ", {\"loanId\": \"L3\", \"principal\": {\"amount\": 5000000, \"currency\": \"CNY\"}, \"drawdownDate\":"
        + " \"2023-03-01\", \"maturityDate\": \"2024-03-01\", \"annualInterestRate\": \"4%\", \"lenderRegionCode\":"
        + " \"440300\", \"firstDrawdownOfFirstContract\": true, \"forProductionOrOperation\": true,"
        + " \"subsidisedUnderAnotherMunicipalScheme\": false, \"vehicleOrRealEstatePurchase\": false}]";
    String i3 = ", {\"paymentId\": \"I3\", \"loanId\": \"L3\", \"accrualStart\": \"2023-03-01\", \"accrualEnd\":"
        + " \"2023-04-01\", \"paymentDate\": \"2023-04-01\", \"interestPaid\": {\"amount\": 1000,"
        + " \"currency\": \"CNY\"}}]";
    for (String enrolment : new String[] {"", "{\"held\": true, \"since\": \"2023-06-01\"}"}) {
      String json = profile(enrolment);
      int loansEnd = json.indexOf("], \"interestPayments\"");
      json = json.substring(0, loansEnd) + l3 + json.substring(loansEnd + 1);
      int paymentsEnd = json.indexOf("], \"guaranteeFeePayments\"");
      json = json.substring(0, paymentsEnd) + i3 + json.substring(paymentsEnd + 1);
      EntitlementReport report = StackingJointReports.pairOnThreePaths(json, AS_OF, StackingPrecedence.LARGER)
          .plain();
      MeasureOutcome first = report.outcome(MeasureId.of(FIRST_LOAN)).orElseThrow();
      MeasureOutcome tech = report.outcome(MeasureId.of(TECH_SME)).orElseThrow();
      if (enrolment.isEmpty()) {
        // before: 第5条 71,222.22 exactly, excluding the 51,111.11 of the firm enrolled from 2023-06-01
        assertRange(first.amount(), "51111.11", "71222.22");
        assertThat(first.missingFacts()).containsExactly("/techSme");
        assertRange(tech.amount(), "0.00", "26355.55");
      } else {
        exactly(first, "51111.11");
        exactly(tech, "26355.55");
      }
    }
  }
}
