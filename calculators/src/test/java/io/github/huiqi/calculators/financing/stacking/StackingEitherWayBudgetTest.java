package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The EITHER case of the firm's larger in all (decisions register §4.6 item 100) when its completions are beyond the
 * budget: {@link StackingWaysJointLimit#eitherWayLimit} completes at most {@value StackingCompletions#MOST_FACTS} facts
 * (and at most 4,096 runs of the stacking), so a firm whose ways wait on more declares no joint limit, and the total
 * adds the two outcomes' ranges, each over both ways (too wide, never too narrow). The report stays whole (every
 * outcome, no failure), through the engine typed (plain and explained) and its {@code evaluateJson}; no timing is
 * asserted, but the evaluation stays within a test's time (the completions are not run when the facts exceed it).
 * <p>
 * The firm: StackingEitherWayJointLimitTest's case B with n other loans (L2 … L(n+1)) where case B has two: a small
 * 深圳市南山区 maker, a first-time borrower, enrolled as a 科技型中小企业 from 2023-06-01, nothing received from the
 * programme; evaluated on 2023-12-31 under LARGER. L1: 2,000,000 drawn 2023-02-01 at 4%, the first drawdown of its
 * first contract, not subsidised elsewhere; I1 on it 20,444.44 of 2023-05-01 → 2023-08-01. Each other loan: 1,000,000
 * drawn 2023-01-03 at 4%, not the first drawdown, its {@code subsidisedUnderAnotherMunicipalScheme} not given, with
 * 1,000.00 of interest of 2023-01-03 → 2023-04-03, paid 2023-04-05. Worked by hand:
 * <ul>
 *   <li>第5条 on L1: 2023-02-01 → 2023-08-01 = 181 days (算头不算尾), ACT/360: 2,000,000 × 2% × 181 / 360 = 20,111.11
 *       (half-up once); nothing on the others (not first drawdowns).
 *   <li>第13条 (2023 interest at min(70% + 30 pp, 80%) = 80%): I1 20,444.44 × 80% = 16,355.55; each other loan's
 *       1,000.00 × 80% = 800.00 unless subsidised elsewhere (then neither subsidy, §1.7, §4.1 item 10). No cap near.
 *   <li>L1 to 第5条: the claim kept (the other loans' interest, to 2023-04-05) misses the enrolment: 20,111.11 + 0.00.
 *       L1 left to 第13条: 16,355.55 + 800.00 × k, k the other loans not subsidised elsewhere. The firm keeps the larger
 *       in all: 20,111.11 while k ≤ 4 (16,355.55 + 3,200.00 = 19,555.55), 16,355.55 + 800.00 × k from k = 5
 *       (20,355.55) on. Neither way is sure to be larger, so 第5条 reads 0.00 – 20,111.11 and 第13条 0.00 –
 *       (16,355.55 + 800.00 × n), as in case B.
 * </ul>
 * With n = 8 the ways wait on 8 flags, within the budget (2^8 completions of at most 2 + 2^1 runs: 1,024): the limit is
 * the pair over them, from 20,111.11 (k ≤ 4) to 16,355.55 + 6,400.00 = 22,755.55 (k = 8). With n = 9 they wait on 9,
 * beyond {@value StackingCompletions#MOST_FACTS}: no limit, the total from 0.00 + 0.00 to 20,111.11 + 16,355.55 +
 * 7,200.00 = 43,666.66, which holds the pair's 20,111.11 – 23,555.55.
 */
class StackingEitherWayBudgetTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  private static String cny(String yuan) {
    return "{\"amount\": " + yuan + ", \"currency\": \"CNY\"}";
  }

  /** The firm with L1 and n other loans, each other loan's flag not given. */
  private static String profile(int n) {
    StringBuilder loans = new StringBuilder("{\"loanId\": \"L1\", \"principal\": " + cny("2000000")
        + ", \"drawdownDate\": \"2023-02-01\", \"maturityDate\": \"2024-02-01\", \"annualInterestRate\": \"4%\","
        + " \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": true,"
        + " \"forProductionOrOperation\": true, \"subsidisedUnderAnotherMunicipalScheme\": false}");
    StringBuilder interest = new StringBuilder("{\"paymentId\": \"I1\", \"loanId\": \"L1\", \"accrualStart\":"
        + " \"2023-05-01\", \"accrualEnd\": \"2023-08-01\", \"paymentDate\": \"2023-08-01\", \"interestPaid\": "
        + cny("20444.44") + "}");
    for (int i = 2; i <= n + 1; i++) {
      loans.append(", {\"loanId\": \"L").append(i).append("\", \"principal\": ").append(cny("1000000"))
          .append(", \"drawdownDate\": \"2023-01-03\", \"maturityDate\": \"2024-01-03\", \"annualInterestRate\":")
          .append(" \"4%\", \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": false,")
          .append(" \"forProductionOrOperation\": true}");
      interest.append(", {\"paymentId\": \"I").append(i).append("\", \"loanId\": \"L").append(i)
          .append("\", \"accrualStart\": \"2023-01-03\", \"accrualEnd\": \"2023-04-03\", \"paymentDate\":")
          .append(" \"2023-04-05\", \"interestPaid\": ").append(cny("1000.00")).append("}");
    }
    return "{\"registrationRegionCode\": \"440305\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"industryCode\": \"C3484\", \"size\": \"SMALL\", \"onSeriousDishonestyList\": false,"
        + " \"firstTimeBorrower\": true, \"techSme\": {\"held\": true, \"since\": \"2023-06-01\"},"
        + " \"techSmeSubsidyReceived\": " + cny("0") + ", \"loans\": [" + loans + "], \"interestPayments\": ["
        + interest + "], \"guaranteeFeePayments\": [], \"insurancePremiumPayments\": [], \"renovationProjects\": [],"
        + " \"hires\": [], \"grantEvents\": []}";
  }

  /** The report under LARGER: typed plain, typed explained and evaluateJson, which must agree; each whole. */
  private static EntitlementReport report(String profileJson) {
    StackingJointReports.ThreePaths paths = StackingJointReports.pairOnThreePaths(profileJson, AS_OF,
        StackingPrecedence.LARGER);
    assertThat(EngineJson.outcome(paths.json(), TECH_SME).at("/verdict").asText()).isEqualTo("UNDETERMINED");
    return paths.plain();
  }

  private static List<String> flags(int n) {
    List<String> flags = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      flags.add("/loans/" + i + "/subsidisedUnderAnotherMunicipalScheme");
    }
    return flags;
  }

  //-------------------------------------------------------------------------
  @Test
  void test_eightFlags_withinTheBudget_theLimitIsThePairOverTheCompletions() {
    EntitlementReport report = report(profile(8));
    MeasureOutcome first = report.outcome(MeasureId.of(FIRST_LOAN)).orElseThrow();
    MeasureOutcome tech = report.outcome(MeasureId.of(TECH_SME)).orElseThrow();
    // each outcome over both ways: 第5条 0.00 – 20,111.11; 第13条 0.00 – 16,355.55 + 8 × 800.00 = 22,755.55
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRange(first.amount(), "0.00", "20111.11");
    assertRange(tech.amount(), "0.00", "22755.55");
    assertThat(tech.missingFacts()).containsExactlyInAnyOrderElementsOf(flags(8));
    // the pair: 20,111.11 (k ≤ 4) to 22,755.55 (k = 8)
    assertThat(report.jointLimits()).hasSize(1);
    JointLimit limit = report.jointLimits().get(0);
    assertThat(limit.loanIds()).containsExactly("L1");
    assertThat(yuan(limit.minimum())).isEqualByComparingTo("20111.11");
    assertThat(yuan(limit.maximum())).isEqualByComparingTo("22755.55");
    assertRange(report.totals().inReach(), "20111.11", "22755.55");
  }

  @Test
  void test_nineFlags_beyondTheBudget_noLimit_theTwoRangesAdded() {
    EntitlementReport report = report(profile(9));
    MeasureOutcome first = report.outcome(MeasureId.of(FIRST_LOAN)).orElseThrow();
    MeasureOutcome tech = report.outcome(MeasureId.of(TECH_SME)).orElseThrow();
    // the un-joined ranges, each over both ways: 第5条 0.00 – 20,111.11; 第13条 0.00 – 16,355.55 + 9 × 800.00 =
    // 23,555.55; both undetermined, naming the nine flags
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRange(first.amount(), "0.00", "20111.11");
    assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRange(tech.amount(), "0.00", "23555.55");
    assertThat(tech.missingFacts()).containsExactlyInAnyOrderElementsOf(flags(9));
    // no joint limit: the total adds them, 0.00 + 0.00 to 20,111.11 + 23,555.55 = 43,666.66, which holds the pair's
    // 20,111.11 – 23,555.55 (too wide, never too narrow)
    assertThat(report.jointLimits()).isEmpty();
    assertRange(report.totals().inReach(), "0.00", "43666.66");
    // every question asked, none lost: the nine flags
    assertThat(report.nextQuestions()).extracting(q -> q.fact()).containsExactlyInAnyOrderElementsOf(flags(9));
  }
}
