package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.catalog.engine.NextQuestion;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The joint limit of the first-loan and tech-SME subsidies when the firm's larger in all may go either way (decisions
 * register §4.6 item 100, its EITHER case): the firm gets one way's sum, so the total in reach counts the pair from
 * the least of the sums the facts not given can give to the most, each sum worked out, never the two maxima added.
 * Through the typed {@link StackingCalculator} (each way's figures), the engine typed (plain and explained) and its
 * {@code evaluateJson}.
 * <p>
 * The firm (StackingLargerEnrolmentTest's, EngineCalculatorOracleBlindAuditTest's sz6c): a small 深圳市南山区 maker, a
 * first-time borrower, enrolled as a 科技型中小企业 from 2023-06-01, nothing received from the programme; evaluated on
 * 2023-12-31 under LARGER. L1: 2,000,000 drawn 2023-02-01 at 4%, the first drawdown of its first contract, not
 * subsidised elsewhere; L2: 1,000,000 drawn 2023-01-03, not the first drawdown, its
 * {@code subsidisedUnderAnotherMunicipalScheme} not given. I1 on L1: 20,444.44 of 2023-05-01 → 2023-08-01; I2 on L2:
 * 2023-01-03 → 2023-04-03, paid 2023-04-05. Worked by hand:
 * <ul>
 *   <li>第5条 ("给予2%的贴息补助…贴息期限不超过6个月…单户企业贴息金额最高20万元") on L1: 2023-02-01 → 2023-08-01 = 28 + 31
 *       + 30 + 31 + 30 + 31 = 181 days (算头不算尾), ACT/360 (register §4.1 item 1): 2,000,000 × 2% × 181 / 360 =
 *       20,111.111… → 20,111.11 (half-up once, §4.5 item 35), within the 200,000 a firm; nothing on L2 or L3 (not
 *       the first drawdown of the first contract: "首次获得贷款").
 *   <li>第13条 (2020 办法 第十四条（一）, 2023 interest of a first-time borrower at min(70% + 30 pp, 80%) = 80% of the
 *       interest actually paid): I1 20,444.44 × 80% = 16,355.552 → 16,355.55; 12,500 × 80% = 10,000.00; 3,000 × 80% =
 *       2,400.00. No cap near: 1,000,000 a year.
 *   <li>The enrolment counts for a claim whose span it reaches (card 000-13, item 100): any claim with I1 (to
 *       2023-08-01) reaches 2023-06-01; I2 and I3 alone (to 2023-04-05, 2023-05-05) do not.
 *   <li>A loan subsidised elsewhere takes neither subsidy (§1.7, §4.1 item 10). One subsidy per loan; the firm keeps
 *       the larger in all (item 100): L1 to 第5条, 20,111.11 + the tech-SME claim kept (without I1, which misses the
 *       enrolment) 0.00; or L1 left to 第13条, 16,355.55 plus its other interest.
 * </ul>
 */
class StackingEitherWayJointLimitTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
  private static final String L2_FLAG = "/loans/1/subsidisedUnderAnotherMunicipalScheme";
  private static final String L3_FLAG = "/loans/2/subsidisedUnderAnotherMunicipalScheme";

  /** Case A: sz6c with L2's flag not given, I2 12,500.00. */
  private static String caseA() {
    return StackingLargerEnrolmentTest.profile("12500.00", "");
  }

  /**
   * Case B: I2 3,000.00, and L3 (1,000,000 drawn 2023-01-05 at 4%, not the first drawdown, its flag not given) with
   * I3 of 3,000.00 accrued 2023-02-01 → 2023-05-01, paid 2023-05-05.
   */
  private static String caseB() {
    String l3 = "{\"loanId\": \"L3\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, \"drawdownDate\":"
        + " \"2023-01-05\", \"maturityDate\": \"2024-01-05\", \"annualInterestRate\": \"4%\", \"lenderRegionCode\":"
        + " \"440300\", \"firstDrawdownOfFirstContract\": false, \"forProductionOrOperation\": true}";
    String i3 = "{\"paymentId\": \"I3\", \"loanId\": \"L3\", \"accrualStart\": \"2023-02-01\", \"accrualEnd\":"
        + " \"2023-05-01\", \"paymentDate\": \"2023-05-05\", \"interestPaid\": {\"amount\": 3000.00, \"currency\":"
        + " \"CNY\"}}";
    String json = StackingLargerEnrolmentTest.profile("3000.00", "");
    String withL3 = json.replace("], \"interestPayments\": [", ", " + l3 + "], \"interestPayments\": [")
        .replace("], \"guaranteeFeePayments\"", ", " + i3 + "], \"guaranteeFeePayments\"");
    assertThat(withL3).contains("\"L3\"", "\"I3\"");
    return withL3;
  }

  /** The report of the two measures under LARGER: typed plain, typed explained and evaluateJson, which must agree. */
  private static EntitlementReport report(String profileJson) {
    StackingJointReports.ThreePaths paths = StackingJointReports.pairOnThreePaths(profileJson, AS_OF,
        StackingPrecedence.LARGER);
    EntitlementReport plain = paths.plain();
    JsonNode node = paths.json();
    // the JSON names the limit where a platform reads it
    assertThat(node.at("/jointLimits/0/minimum/amount").decimalValue())
        .isEqualByComparingTo(Cny.yuan(plain.jointLimits().get(0).minimum(), "minimum"));
    assertThat(node.at("/jointLimits/0/maximum/amount").decimalValue())
        .isEqualByComparingTo(Cny.yuan(plain.jointLimits().get(0).maximum(), "maximum"));
    assertThat(EngineJson.outcome(node, TECH_SME).at("/verdict").asText()).isEqualTo("UNDETERMINED");
    return plain;
  }

  /** The questions' amounts decided, in yuan, by fact. */
  private static BigDecimal decided(EntitlementReport report, String fact) {
    return report.nextQuestions().stream().filter(q -> q.fact().equals(fact)).findFirst()
        .map(q -> yuan(q.amountDecided())).orElseThrow(() -> new AssertionError("no question " + fact));
  }

  /** A way's figures through the typed calculator: the loans as completed, the enrolment held or not, L1 left. */
  private static StackingResult way(String profileJson, List<Boolean> elsewhere, boolean enrolled, boolean left) {
    PolicyData data = PolicyData.builtIn();
    EnterpriseProfile profile = HuiqiJson.read(profileJson, EnterpriseProfile.class);
    TechSmeRequest items = TechSmeRequest.from(profile);
    List<LoanFacts> loans = new ArrayList<>();
    for (int i = 0; i < profile.loans().orElseThrow().size(); i++) {
      LoanFacts loan = profile.loans().orElseThrow().get(i);
      loans.add(i == 0 ? loan : LoanFacts.builder().from(loan)
          .subsidisedUnderAnotherMunicipalScheme(elsewhere.get(i - 1)).build());
    }
    StackingRequest request = StackingRequest.builder()
        .enterprise(EnterpriseFacts.builder().from(items.enterprise()).enrolledTechSme(enrolled).build())
        .loans(loans).interest(items.interest()).programmeTotalReceived(items.programmeTotalReceived())
        .options(StackingOptions.DEFAULTS.withPrecedence(StackingPrecedence.LARGER)).build();
    return StackingCalculator.DEFAULT.evaluate(data.getMeasure(FirstLoanMeasure.SHENZHEN_2023),
        data.getMeasure(TechSmeMeasure.SHENZHEN_2023), request, false, UnaryOperator.identity(),
        left ? Set.of("L1") : Set.of());
  }

  //-------------------------------------------------------------------------
  @Test
  void test_caseA_typedCalculator_eachWaysSum() {
    // L2 not subsidised elsewhere. L1 to 第5条 (the larger on it, 20,111.11 > 16,355.55), the claim kept (I2, to
    // 2023-04-05) missing the enrolment: 20,111.11 + 0.00. L1 left to 第13条, the claim I1 + I2 reaching it: 0.00 +
    // 16,355.55 + 10,000.00 = 26,355.55, the firm's larger in all
    assertThat(way(caseA(), List.of(false), false, false).total()).isEqualTo(Cny.of("20111.11"));
    assertThat(way(caseA(), List.of(false), true, true).total()).isEqualTo(Cny.of("26355.55"));
    // L2 subsidised elsewhere: it takes neither. L1 to 第5条: 20,111.11 + 0.00 (no claim left); left to 第13条 (I1
    // alone reaches the enrolment): 16,355.55 < 20,111.11, so the firm keeps 20,111.11
    assertThat(way(caseA(), List.of(true), false, false).total()).isEqualTo(Cny.of("20111.11"));
    assertThat(way(caseA(), List.of(true), true, true).total()).isEqualTo(Cny.of("16355.55"));
  }

  @Test
  void test_caseA_theFlagOpen_thePairFromTheLesserWayToTheGreater() {
    EntitlementReport report = report(caseA());
    MeasureOutcome first = report.outcome(MeasureId.of(FIRST_LOAN)).orElseThrow();
    MeasureOutcome tech = report.outcome(MeasureId.of(TECH_SME)).orElseThrow();
    // each outcome over both ways, as before: 第5条 0.00 – 20,111.11, 第13条 0.00 – 26,355.55, both undetermined
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRange(first.amount(), "0.00", "20111.11");
    assertRange(tech.amount(), "0.00", "26355.55");
    assertThat(tech.missingFacts()).containsExactly(L2_FLAG);
    // the firm gets one way's sum: the flag true, 20,111.11; false, 26,355.55 (above). The joint range is exactly
    // [20,111.11, 26,355.55]: not 0.00 (the firm never gets less than the first-loan subsidy's 20,111.11 on L1), and
    // not 20,111.11 + 26,355.55 = 46,466.66 (L1 counted in both outcomes' most)
    assertThat(report.jointLimits()).hasSize(1);
    JointLimit limit = report.jointLimits().get(0);
    assertThat(limit.measures()).extracting(MeasureId::value).containsExactly(FIRST_LOAN, TECH_SME);
    assertThat(limit.loanIds()).containsExactly("L1");
    assertThat(yuan(limit.minimum())).isEqualByComparingTo("20111.11");
    assertThat(yuan(limit.maximum())).isEqualByComparingTo("26355.55");
    assertThat(limit.factsDecidingNothing()).isEmpty();
    assertThat(limit.reason().code()).isEqualTo(StackingInterestSubsidyRule.JOINT_CODE);
    assertThat(limit.reason().citation().quote().orElseThrow()).contains("同一笔贷款只能享受一次贴息政策");
    assertThat(limit.reason().message().en()).contains("over all 2 completions", "20111.11 – 26355.55", L2_FLAG);
    assertThat(limit.reason().message().zh()).contains("两项合计 20111.11 – 26355.55");
    // in reach 20,111.11 – 26,355.55 (before: 0.00 – 46,466.66); the flag decides the whole width, 26,355.55 −
    // 20,111.11 = 6,244.44
    assertRange(report.totals().inReach(), "20111.11", "26355.55");
    assertThat(report.nextQuestions()).hasSize(1);
    assertThat(decided(report, L2_FLAG)).isEqualByComparingTo("6244.44");
  }

  @Test
  void test_caseB_typedCalculator_eachWaysSum() {
    // L1 to 第5条: the claim kept (I2 + I3, 2023-01-03 .. 2023-05-05) misses the enrolment whatever the flags:
    // 20,111.11 + 0.00
    for (List<Boolean> flags : List.of(List.of(false, false), List.of(true, false), List.of(true, true))) {
      assertThat(way(caseB(), flags, false, false).total()).as(flags.toString()).isEqualTo(Cny.of("20111.11"));
    }
    // L1 left to 第13条 (I1 brings the claim within the enrolment): 16,355.55 + 2,400.00 for each of L2 and L3 not
    // subsidised elsewhere: 21,155.55 both; 18,755.55 one; 16,355.55 none
    assertThat(way(caseB(), List.of(false, false), true, true).total()).isEqualTo(Cny.of("21155.55"));
    assertThat(way(caseB(), List.of(true, false), true, true).total()).isEqualTo(Cny.of("18755.55"));
    assertThat(way(caseB(), List.of(false, true), true, true).total()).isEqualTo(Cny.of("18755.55"));
    assertThat(way(caseB(), List.of(true, true), true, true).total()).isEqualTo(Cny.of("16355.55"));
  }

  @Test
  void test_caseB_twoFlagsOpen_theFirmsWayInEachCompletion() {
    EntitlementReport report = report(caseB());
    MeasureOutcome first = report.outcome(MeasureId.of(FIRST_LOAN)).orElseThrow();
    MeasureOutcome tech = report.outcome(MeasureId.of(TECH_SME)).orElseThrow();
    // the ways: L1 to 第5条, 20,111.11 exactly; left to 第13条, 16,355.55 – 21,155.55 as the flags fall: neither
    // sure to be larger, so each outcome covers both: 第5条 0.00 – 20,111.11, 第13条 0.00 – 21,155.55
    assertRange(first.amount(), "0.00", "20111.11");
    assertRange(tech.amount(), "0.00", "21155.55");
    assertThat(tech.missingFacts()).containsExactlyInAnyOrder(L2_FLAG, L3_FLAG);
    // the firm in each completion of the two flags (true: subsidised elsewhere), the larger in all:
    //   false, false: max(20,111.11, 21,155.55) = 21,155.55 (L1 left)
    //   true, false / false, true: max(20,111.11, 18,755.55) = 20,111.11 (L1 to 第5条)
    //   true, true: max(20,111.11, 16,355.55) = 20,111.11
    // so [20,111.11, 21,155.55]; the least of the ways' own bounds (16,355.55) is never the firm's, nor is the sum
    // of the maxima, 20,111.11 + 21,155.55 = 41,266.66
    assertThat(report.jointLimits()).hasSize(1);
    JointLimit limit = report.jointLimits().get(0);
    // L1 the loan the ways send to different subsidies; L2 and L3 are open between the tech-SME subsidy and none
    assertThat(limit.loanIds()).containsExactly("L1");
    assertThat(yuan(limit.minimum())).isEqualByComparingTo("20111.11");
    assertThat(yuan(limit.maximum())).isEqualByComparingTo("21155.55");
    // each flag moves the pair (the other false: 21,155.55 against 20,111.11): neither decides nothing (item 85)
    assertThat(limit.factsDecidingNothing()).isEmpty();
    assertRange(report.totals().inReach(), "20111.11", "21155.55");
    // the width 21,155.55 − 20,111.11 = 1,044.44 shared equally by the two flags: 522.22 each, adding up to it
    List<NextQuestion> questions = report.nextQuestions();
    assertThat(questions).hasSize(2);
    assertThat(decided(report, L2_FLAG)).isEqualByComparingTo("522.22");
    assertThat(decided(report, L3_FLAG)).isEqualByComparingTo("522.22");
    assertThat(decided(report, L2_FLAG).add(decided(report, L3_FLAG))).isEqualByComparingTo("1044.44");
  }

  @Test
  void test_firstClaimedWithNoClaim_theSameAsLarger() {
    // FIRST_CLAIMED with no claim recorded: the larger decides (item 72), so the same limit (case A)
    EnterpriseProfile profile = HuiqiJson.read(caseA(), EnterpriseProfile.class);
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(profile, AS_OF)
        .withMeasures(List.of(MeasureId.of(FIRST_LOAN), MeasureId.of(TECH_SME))));
    assertThat(report.jointLimits()).hasSize(1);
    assertThat(yuan(report.jointLimits().get(0).minimum())).isEqualByComparingTo("20111.11");
    assertRange(report.totals().inReach(), "20111.11", "26355.55");
  }
}
