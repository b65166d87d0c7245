package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
import static io.github.huiqi.calculators.financing.stacking.StackingJson.interest;
import static io.github.huiqi.calculators.financing.stacking.StackingJson.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No joint limit of the first-loan (深工信〔2023〕26号 第5条) and tech-SME (第13条) subsidies over the firm's two ways
 * (decisions register §4.6 item 100) when the renovation interest subsidy (小升规方案 第十条) names a loan the stacking
 * left open for the tech-SME subsidy alone, its amount waiting on a fact (§4.6 item 68, extending item 54):
 * the renovation rule, running after, takes the loan from the pair, which the limit already declared cannot follow.
 * Through the engine typed (plain and explained) and its {@code evaluateJson}, which must agree; found by the
 * fact-drop hunt with renovation payments naming the loans.
 * <p>
 * The firm: a 深圳市宝安区 small maker enrolled as a 科技型中小企业 from 2023-05-01, nothing received, evaluated on
 * 2023-12-31 under LARGER, its first-time borrowing as each test gives it. L1: 1,000,000 drawn 2023-02-01 at 4%, the
 * first drawdown of its first contract, I1 of 12,000.00 accrued 2023-06-01 → 2023-09-01; L3: 1,000,000 drawn
 * 2023-10-01 at 4%, not a first drawdown, I3 of 10,000.00 accrued 2024-01-01 → 2024-04-01; G1, a guarantee fee of
 * 4,000.00 paid 2023-02-01; R1, an accepted renovation project from 2023-01-01, paid 30,000.00 of interest on L3.
 * Worked by hand:
 * <ul>
 *   <li>第5条 on L1, a first-time borrower: 2023-02-01 → 2023-08-01 = 181 days, 1,000,000 × 2% × 181 / 360 =
 *       10,055.555… → 10,055.56; another firm nothing.
 *   <li>第13条 (2020 办法 第十四条): I1, interest of 2023, 80% = 9,600.00; I3, interest of 2024 outside the 30 points,
 *       the base 50% = 5,000.00 (70% for a first-time borrower, 7,000.00: so L3's amount waits on the borrowing);
 *       G1 50% = 2,000.00. The enrolment from 2023-05-01: G1 alone (2023-02-01) misses it, I1 or I3 reaches it.
 *   <li>第十条 on L3: 50% × 30,000.00 = 15,000.00, above whatever the pair pays on L3, so the renovation subsidy takes L3
 *       (§4.6 item 43) and the pair is worked out with L3 read as subsidised elsewhere.
 *   <li>Not a first-time borrower: 第5条 ineligible; the pair without L3 is 第13条's 9,600.00 + 2,000.00 = 11,600.00.
 *       A first-time borrower: without L3, L1 to 第5条 leaves G1 alone, outside the enrolment (0.00), so the firm
 *       leaves L1 to 第13条 (§4.6 item 100): 11,600.00 > 10,055.56. So the pair gets 11,600.00 either way (第5条 0.00,
 *       第13条 11,600.00), and 第十条 15,000.00.
 * </ul>
 * Before 2026-12-06, with the first-time borrowing not given, the pair declared a joint limit of 16,600.00 –
 * 19,055.56 over the two ways with L3 counted in the pair (its least 9,600.00 + 5,000.00 + 2,000.00), above the
 * 11,600.00 the firm gets either way. No limit is declared now: the two ranges are added (too wide, never too narrow).
 */
class StackingEitherWayRenovationTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String RENOVATION = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  private static String loan(String id, String drawdown, String maturity, boolean firstDrawdown) {
    return "{\"loanId\": \"" + id + "\", \"principal\": " + money("1000000") + ", \"drawdownDate\": \"" + drawdown
        + "\", \"maturityDate\": \"" + maturity + "\", \"annualInterestRate\": \"4%\", \"lenderRegionCode\": "
        + "\"440300\", \"firstDrawdownOfFirstContract\": " + firstDrawdown + ", \"forProductionOrOperation\": true, "
        + "\"vehicleOrRealEstatePurchase\": false, \"subsidisedUnderAnotherMunicipalScheme\": false, "
        + "\"guaranteed\": false}";
  }

  /** The firm, its first-time borrowing as given ("" for not given). */
  static String profile(String borrower) {
    return "{\"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"registrationDate\": \"2016-05-01\", \"industryCode\": \"C3484\", \"restrictedOrProhibitedIndustry\":"
        + " false, \"size\": \"SMALL\", \"onSeriousDishonestyList\": false, "
        + (borrower.isEmpty() ? "" : "\"firstTimeBorrower\": " + borrower + ", ")
        + "\"techSme\": {\"held\": true, \"since\": \"2023-05-01\"}, \"techSmeSubsidyReceived\": " + money("0")
        + ", \"loans\": [" + loan("L1", "2023-02-01", "2024-02-01", true) + ", "
        + loan("L3", "2023-10-01", "2024-10-01", false) + "], \"interestPayments\": ["
        + interest("I1", "L1", "2023-06-01", "2023-09-01", "12000.00") + ", "
        + interest("I3", "L3", "2024-01-01", "2024-04-01", "10000.00") + "], \"guaranteeFeePayments\": "
        + "[{\"paymentId\": \"G1\", \"paymentDate\": \"2023-02-01\", \"amountPaid\": " + money("4000") + "}],"
        + " \"insurancePremiumPayments\": [], \"renovationProjects\": [{\"projectId\": \"R1\", \"category\":"
        + " \"EQUIPMENT_UPGRADE\", \"eligibleInvestment\": " + money("10000000") + ", \"eligibleProject\": true,"
        + " \"subsidyStart\": \"2023-01-01\", \"interestPayments\": [{\"paymentId\": \"P1\", \"kind\":"
        + " \"BANK_FIXED_ASSET_LOAN\", \"interestFrom\": \"2023-10-01\", \"interestUntil\": \"2024-04-01\","
        + " \"interestPaid\": " + money("30000") + ", \"loanId\": \"L3\"}]}]}";
  }

  /** The three measures' report, typed plain, typed explained and through evaluateJson, which must agree. */
  private static EntitlementReport report(String profileJson) {
    List<MeasureId> measures = List.of(MeasureId.of(FIRST_LOAN), MeasureId.of(TECH_SME), MeasureId.of(RENOVATION));
    EntitlementRequest request = EntitlementRequest.of(HuiqiJson.read(profileJson, EnterpriseProfile.class), AS_OF)
        .withOptions(EngineOptions.DEFAULTS.withInterestSubsidyPrecedence(StackingPrecedence.LARGER))
        .withMeasures(measures);
    EntitlementReport plain = ENGINE.evaluate(request);
    EntitlementReport explained = ENGINE.evaluate(request.withExplain(true));
    EntitlementReport json = HuiqiJson.read(ENGINE.evaluateJson("{\"asOf\": \"" + AS_OF + "\", \"measures\": [\""
        + FIRST_LOAN + "\", \"" + TECH_SME + "\", \"" + RENOVATION + "\"], \"options\": "
        + "{\"interestSubsidyPrecedence\": \"LARGER\"}, \"profile\": " + profileJson + "}"), EntitlementReport.class);
    for (EntitlementReport other : List.of(explained, json)) {
      assertThat(other.jointLimits()).hasSameSizeAs(plain.jointLimits());
      assertThat(other.totals().inReach()).isEqualTo(plain.totals().inReach());
      for (MeasureOutcome outcome : plain.outcomes()) {
        MeasureOutcome same = other.outcome(outcome.measure()).orElseThrow();
        assertThat(same.verdict()).isEqualTo(outcome.verdict());
        assertThat(same.amount()).isEqualTo(outcome.amount());
        assertThat(same.missingFacts()).isEqualTo(outcome.missingFacts());
      }
    }
    return plain;
  }

  private static OutcomeAmount amount(EntitlementReport report, String id) {
    return report.outcome(MeasureId.of(id)).orElseThrow().amount();
  }

  @Test
  void test_eachWayTheBorrowingFalls_thePairGets11600() {
    for (String borrower : List.of("true", "false")) {
      EntitlementReport report = report(profile(borrower));
      // 第5条 0.00 (a first-time borrower leaves L1 to 第13条; another firm gets nothing)
      assertThat(Cny.yuan(amount(report, FIRST_LOAN).maximum().orElseThrow(), "most")).isEqualByComparingTo("0.00");
      // 第13条 9,600.00 + 2,000.00 = 11,600.00; 第十条 15,000.00
      assertThat(amount(report, TECH_SME)).isEqualTo(OutcomeAmount.exactly(Cny.of("11600.00")));
      assertThat(amount(report, RENOVATION)).isEqualTo(OutcomeAmount.exactly(Cny.of("15000.00")));
      assertThat(report.jointLimits()).isEmpty();
    }
  }

  @Test
  void test_borrowingNotGiven_noJointLimit_theRangesHoldEachWay() {
    EntitlementReport report = report(profile(""));
    // before: a joint limit of 16,600.00 – 19,055.56, excluding the 11,600.00 the pair gets either way
    assertThat(report.jointLimits()).isEmpty();
    // 第5条 0.00 – 10,055.56 and 第13条 2,000.00 – 18,600.00 (9,600.00 + 7,000.00 + 2,000.00), each holding the
    // completions' 0.00 and 11,600.00: too wide, never too narrow
    assertRange(amount(report, FIRST_LOAN), "0.00", "10055.56");
    assertRange(amount(report, TECH_SME), "2000.00", "18600.00");
    assertRange(amount(report, RENOVATION), "0.00", "15000.00");
    // the total in reach: 0.00 + 2,000.00 + 0.00 to 10,055.56 + 18,600.00 + 15,000.00 = 43,655.56, holding 26,600.00
    assertRange(report.totals().inReach(), "2000.00", "43655.56");
  }
}
