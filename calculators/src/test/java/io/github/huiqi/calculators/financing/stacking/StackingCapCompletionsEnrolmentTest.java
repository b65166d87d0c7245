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
 * The completions a cap that can bind calls for (decisions register §4.6 item 52), each decided the way the firm's
 * larger in all and the tech-SME enrolment's dates decide it (§4.6 items 100 and 110), not by the per-loan stacking
 * alone. Through the engine typed (plain and explained) and its {@code evaluateJson}, which must agree; found by the
 * fact-drop hunt with the tech-SME programme cap nearly spent and the enrolment starting inside the interest periods.
 * <p>
 * The firm: a 深圳市宝安区 small maker enrolled as a 科技型中小企业 from 2023-07-01, 2,990,000 already received from the
 * programme (10,000 left of its 3,000,000: 2020 办法 第十四条（四）), its fee and premium lists given empty; evaluated on
 * 2023-12-31 under FIRST_CLAIMED. L1: 1,000,000 drawn 2023-01-10 at 4%, the tech-SME subsidy recorded as claimed first
 * on it; L2: 2,000,000 drawn 2023-02-01 at 4%, no claim; both the first drawdown of a first contract, neither
 * subsidised elsewhere. I1 on L1: 15,000.00 accrued 2023-01-10 → 2023-06-10; I2 on L2: 40,000.00 accrued 2023-02-01 →
 * 2023-08-01. Worked by hand:
 * <ul>
 *   <li>第5条, a first-time borrower: six months' term, ACT/360 (§4.1 item 1): L1 2023-01-10 → 2023-07-10 = 181 days,
 *       1,000,000 × 2% × 181 / 360 = 10,055.555… → 10,055.56; L2 2023-02-01 → 2023-08-01 = 181 days, 20,111.11; far
 *       below the 200,000 a firm. Not a first-time borrower: nothing.
 *   <li>第13条: 2023 interest at 80% (50% + 30 points, at most 80%): I1 12,000.00, I2 32,000.00; what the programme
 *       cap leaves, 10,000.00, caps the firm's claim. The claim I1 alone ends 2023-06-10, before the enrolment; with
 *       I2 it runs to 2023-08-01 and reaches it (§1.2 card 000-13).
 *   <li>A first-time borrower: L1's claim stands while the tech-SME subsidy pays on it (item 73), L2 goes to 第5条
 *       (20,111.11 against the 0.00 the cap leaves); the claim kept, I1, misses the enrolment, so the tech-SME subsidy
 *       pays nothing and L1's claim falls (items 73 and 100): 第5条 takes both, 10,055.56 + 20,111.11 = 30,166.67,
 *       第13条 0.00. Leaving L2 to 第13条 would give 10,000.00 in all, less.
 *   <li>Not a first-time borrower: 第5条 ineligible; L1 and L2 to 第13条, the claim reaches the enrolment: 10,000.00.
 * </ul>
 * So with the first-time borrowing not given, 第5条 is 0.00 – 30,166.67 and 第13条 0.00 – 10,000.00, both undetermined.
 * Before 2026-12-06 the completions ran the per-loan stacking with the enrolment held, L1 kept by 第13条 in both:
 * 第5条 0.00 – 20,111.11, excluding the first-time borrower's 30,166.67.
 */
class StackingCapCompletionsEnrolmentTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  private static String loan(String id, String principal, String drawdown, String maturity, String claim) {
    return "{\"loanId\": \"" + id + "\", \"principal\": " + money(principal) + ", \"drawdownDate\": \"" + drawdown
        + "\", \"maturityDate\": \"" + maturity + "\", \"annualInterestRate\": \"4%\", \"lenderRegionCode\": "
        + "\"440300\", \"firstDrawdownOfFirstContract\": true, \"forProductionOrOperation\": true, "
        + "\"vehicleOrRealEstatePurchase\": false, \"subsidisedUnderAnotherMunicipalScheme\": false, " + claim
        + "\"guaranteed\": false}";
  }

  /** The firm, its first-time borrowing as given ("" for not given). */
  static String profile(String borrower) {
    String loans = loan("L1", "1000000", "2023-01-10", "2024-01-10", "\"interestSubsidyClaimedFirst\": \"TECH_SME\", ")
        + ", " + loan("L2", "2000000", "2023-02-01", "2024-02-01", "");
    String payments = interest("I1", "L1", "2023-01-10", "2023-06-10", "15000.00") + ", "
        + interest("I2", "L2", "2023-02-01", "2023-08-01", "40000.00");
    return "{\"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"registrationDate\": \"2016-05-01\", \"industryCode\": \"C3484\", \"restrictedOrProhibitedIndustry\":"
        + " false, \"size\": \"SMALL\", \"onSeriousDishonestyList\": false, "
        + (borrower.isEmpty() ? "" : "\"firstTimeBorrower\": " + borrower + ", ")
        + "\"techSme\": {\"held\": true, \"since\": \"2023-07-01\"}, \"techSmeSubsidyReceived\": " + money("2990000")
        + ", \"loans\": [" + loans + "], \"interestPayments\": [" + payments + "], \"guaranteeFeePayments\": [],"
        + " \"insurancePremiumPayments\": [], \"renovationProjects\": []}";
  }

  private static EntitlementReport report(String profileJson) {
    return StackingJointReports.pairOnThreePaths(profileJson, AS_OF, StackingPrecedence.FIRST_CLAIMED).plain();
  }

  private static MeasureOutcome outcome(EntitlementReport report, String id) {
    return report.outcome(MeasureId.of(id)).orElseThrow();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_eachCompletion() {
    // a first-time borrower: I1 alone misses the enrolment, L1's claim falls, 第5条 takes both: 30,166.67 and 0.00
    EntitlementReport yes = report(profile("true"));
    assertThat(outcome(yes, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("30166.67")));
    assertThat(outcome(yes, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
    // not one: 第5条 ineligible, the claim I1 and I2 reaches the enrolment, capped at the 10,000.00 left
    EntitlementReport no = report(profile("false"));
    assertThat(outcome(no, FIRST_LOAN).verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome(no, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("10000.00")));
  }

  @Test
  void test_firstTimeBorrowingOpen_eachOutcomeCoversBothCompletions() {
    EntitlementReport report = report(profile(""));
    MeasureOutcome first = outcome(report, FIRST_LOAN);
    // 0.00 or 30,166.67; before: 0.00 – 20,111.11 (L1 kept by 第13条 in the per-loan completion)
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRange(first.amount(), "0.00", "30166.67");
    assertThat(first.missingFacts()).containsExactly("/firstTimeBorrower");
    MeasureOutcome tech = outcome(report, TECH_SME);
    // 0.00 or 10,000.00
    assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRange(tech.amount(), "0.00", "10000.00");
    assertThat(tech.missingFacts()).containsExactly("/firstTimeBorrower");
    // a cap can bind: no joint limit (item 50), the two ranges added
    assertThat(report.jointLimits()).isEmpty();
    assertRange(report.totals().inReach(), "0.00", "40166.67");
  }
}
