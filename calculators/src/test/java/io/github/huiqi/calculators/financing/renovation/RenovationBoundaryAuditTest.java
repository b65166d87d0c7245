package io.github.huiqi.calculators.financing.renovation;

import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.GRANT;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.INTEREST;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.leaseInterest;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.loanInterest;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.financing.renovation.RenovationCategory;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Second-pass QA audit of 小升规方案 第十条 (cards 001-10a, 001-10b): "分档分类给予不超过项目总投资额10-20%的资助，资助上限为
 * 5000万元…采用银行固定资产贷款或融资租赁方式…还可叠加享受贷款贴息，按实际支付利息的50%，给予最高500万元的贴息资助", with
 * the operating rules' tiers (GB/T 39116 level ≥4 → 20%, 3 → 16%, 2 → 12%; 技术装备升级换代 → 10%; fixed assets ≥80% of
 * the total, equipment ≥70% of fixed assets; interest for at most 3 years). Every figure is worked by hand below.
 */
class RenovationBoundaryAuditTest {

  private static final String GRANT_ID = "sz-gxj-2022-small-to-scale.technical-renovation-grant";
  private static final String INTEREST_ID = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";

  private static RenovationGrantRequest grant(RenovationCategory category, int level, String eligible) {
    // total = eligible, fixed = total, equipment = fixed: both share conditions met with room to spare
    return RenovationGrantRequest.of(category, level, Cny.of(eligible), Cny.of(eligible), Cny.of(eligible),
        Cny.of(eligible));
  }

  //-------------------------------------------------------------------------
  // the grant (001-10a) through the typed API
  @Test
  void test_grantTiers_eachLevelAndTheHalfUpFen() {
    // eligible investment 1,234,567.89 (操作规程 智能化改造 / 技术装备升级换代, within 第十条's 10-20%):
    // level 5 (≥4) → 20% = 246,913.578 → 246,913.58; level 4 → the same; level 3 → 16% = 197,530.8624 →
    // 197,530.86; level 2 → 12% = 148,148.1468 → 148,148.15; equipment upgrade → 10% = 123,456.789 → 123,456.79
    assertThat(RenovationGrantCalculator.DEFAULT.maximumGrant(GRANT, grant(RenovationCategory.INTELLIGENT, 5,
        "1234567.89"))).isEqualTo(Cny.of("246913.58"));
    assertThat(RenovationGrantCalculator.DEFAULT.maximumGrant(GRANT, grant(RenovationCategory.INTELLIGENT, 4,
        "1234567.89"))).isEqualTo(Cny.of("246913.58"));
    assertThat(RenovationGrantCalculator.DEFAULT.maximumGrant(GRANT, grant(RenovationCategory.INTELLIGENT, 3,
        "1234567.89"))).isEqualTo(Cny.of("197530.86"));
    assertThat(RenovationGrantCalculator.DEFAULT.maximumGrant(GRANT, grant(RenovationCategory.INTELLIGENT, 2,
        "1234567.89"))).isEqualTo(Cny.of("148148.15"));
    assertThat(RenovationGrantCalculator.DEFAULT.maximumGrant(GRANT, grant(RenovationCategory.EQUIPMENT_UPGRADE, 1,
        "1234567.89"))).isEqualTo(Cny.of("123456.79"));
    // level 1 intelligent renovation: below the lowest tier (二级 → 12%), no grant: ineligible, [0, 0]
    RenovationGrantResult level1 = RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT,
        grant(RenovationCategory.INTELLIGENT, 1, "1234567.89"));
    assertThat(level1.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(level1.amount().maximum()).isEqualTo(Cny.of("0.00"));
  }

  @Test
  void test_grantCap_exactlyAndOneFenOver_halfUpDecides() {
    // level 4 → 20%; "资助上限为5000万元" (第十条):
    // 250,000,000.00 × 20% = 50,000,000.00: exactly the cap, which does not bind
    RenovationGrantResult exact = RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT,
        grant(RenovationCategory.INTELLIGENT, 4, "250000000.00"));
    assertThat(exact.amount().maximum()).isEqualTo(Cny.of("50000000.00"));
    assertThat(exact.bindingLimit()).isEmpty();
    // 250,000,000.02 × 20% = 50,000,000.004 → half-up 50,000,000.00: still not over the cap
    assertThat(RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT, grant(RenovationCategory.INTELLIGENT, 4,
        "250000000.02")).bindingLimit()).isEmpty();
    // 250,000,000.03 × 20% = 50,000,000.006 → half-up 50,000,000.01, one fen over: capped to 50,000,000.00, binding
    RenovationGrantResult over = RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT,
        grant(RenovationCategory.INTELLIGENT, 4, "250000000.03"));
    assertThat(over.amount().maximum()).isEqualTo(Cny.of("50000000.00"));
    assertThat(over.bindingLimit()).hasValueSatisfying(l -> assertThat(l.code()).isEqualTo("cap-per-project"));
    // equipment upgrade 10% × 500,000,000.10 = 50,000,000.01: one fen over, capped to 50,000,000.00
    RenovationGrantResult upgrade = RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT,
        grant(RenovationCategory.EQUIPMENT_UPGRADE, 1, "500000000.10"));
    assertThat(upgrade.amount().maximum()).isEqualTo(Cny.of("50000000.00"));
    assertThat(upgrade.bindingLimit()).isPresent();
  }

  @Test
  void test_grantShares_oneFenShortOfEachThreshold() {
    // fixed assets ≥ 80% of the total (操作规程 申报条件): 80% × 10,000,000.01 = 8,000,000.008 > 8,000,000.00,
    // one fen (less a fraction) short: ineligible, [0, 0]
    RenovationGrantRequest fixedShort = RenovationGrantRequest.of(RenovationCategory.INTELLIGENT, 3,
        Cny.of("10000000"), Cny.of("10000000.01"), Cny.of("8000000.00"), Cny.of("8000000.00"));
    RenovationGrantResult fixed = RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT, fixedShort);
    assertThat(fixed.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(fixed.amount().maximum()).isEqualTo(Cny.of("0.00"));
    // equipment ≥ 70% of fixed assets: 70% × 8,000,000.00 = 5,600,000.00 > 5,599,999.99: ineligible
    RenovationGrantRequest equipmentShort = RenovationGrantRequest.of(RenovationCategory.INTELLIGENT, 3,
        Cny.of("10000000"), Cny.of("10000000.00"), Cny.of("8000000.00"), Cny.of("5599999.99"));
    assertThat(RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT, equipmentShort).eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    // at exactly 5,600,000.00 (inclusive): eligible, 16% × 10,000,000 = 1,600,000.00
    RenovationGrantRequest equipmentAt = RenovationGrantRequest.of(RenovationCategory.INTELLIGENT, 3,
        Cny.of("10000000"), Cny.of("10000000.00"), Cny.of("8000000.00"), Cny.of("5600000.00"));
    assertThat(RenovationGrantCalculator.DEFAULT.maximumGrant(GRANT, equipmentAt)).isEqualTo(Cny.of("1600000.00"));
  }

  //-------------------------------------------------------------------------
  // the interest subsidy (001-10b) through the typed API
  @Test
  void test_interest_periodStraddlingTheStart_apportionedThenHalfUpOnTheFen() {
    // subsidy from 2023-03-15; 10,000.00 of loan interest for 2023-01-01 → 2023-04-01 (31 + 28 + 31 = 90 days,
    // 算头不算尾), of which 2023-03-15 → 2023-04-01 = 17 days inside: 10,000 × 17 ÷ 90 = 1,888.888… → 1,888.89;
    // 50% (第十条) = 944.445 → half-up 944.45 (half-even would give 944.44)
    RenovationInterestRequest request = RenovationInterestRequest.of(LocalDate.of(2023, 3, 15), List.of(
        loanInterest("I1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 4, 1), "10000.00")));
    RenovationInterestResult result = CALCULATOR.explainSubsidy(INTEREST, request);
    assertThat(result.payments().get(0).daysInWindow()).isEqualTo(17);
    assertThat(result.interestCounted()).isEqualTo(Cny.of("1888.89"));
    assertThat(result.amount().minimum()).isEqualTo(Cny.of("944.45"));
  }

  @Test
  void test_interest_edgesOfTheYears_firstDayCountedLastNot() {
    // from 2023-01-01 the 3 years are 2023-01-01..2025-12-31. A period ending on the start (2022-12-01 →
    // 2023-01-01) has no day inside (the end day is not counted): 0. A period beginning on the last day
    // (2025-12-31 → 2026-01-31, 31 days, 1,000 a day) has 1 day inside: 1,000.00, 50% = 500.00
    RenovationInterestRequest request = RenovationInterestRequest.of(LocalDate.of(2023, 1, 1), List.of(
        loanInterest("BEFORE", LocalDate.of(2022, 12, 1), LocalDate.of(2023, 1, 1), "31000.00"),
        loanInterest("LAST", LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 31), "31000.00")));
    RenovationInterestResult result = CALCULATOR.explainSubsidy(INTEREST, request);
    assertThat(result.payments()).extracting(RenovationPaymentPart::daysInWindow).containsExactly(0L, 1L);
    assertThat(result.interestCounted()).isEqualTo(Cny.of("1000.00"));
    assertThat(result.amount().minimum()).isEqualTo(Cny.of("500.00"));
  }

  @Test
  void test_interest_periodCoveringBothEdges_clippedAtEach() {
    // from 2023-01-01 the years are 2023-01-01..2025-12-31 (365 + 366 + 365 = 1,096 days). One loan period
    // 2022-12-31 → 2026-01-02 = 1 + 1,096 + 1 = 1,098 days at 1,000 a day, 1,098,000.00 paid: clipped at both
    // ends, 1,096 days inside, 1,096,000.00 counted; 50% = 548,000.00 (within the 5,000,000 cap)
    RenovationInterestResult result = CALCULATOR.explainSubsidy(INTEREST, RenovationFixtures.interestRequest(
        loanInterest("ALL", LocalDate.of(2022, 12, 31), LocalDate.of(2026, 1, 2), "1098000.00")));
    assertThat(result.payments().get(0).days()).isEqualTo(1098);
    assertThat(result.payments().get(0).daysInWindow()).isEqualTo(1096);
    assertThat(result.interestCounted()).isEqualTo(Cny.of("1096000.00"));
    assertThat(result.amount().minimum()).isEqualTo(Cny.of("548000.00"));
  }

  @Test
  void test_register_recordsTheSubsidisedYearsReadings() throws IOException {
    // the calculator cites "decisions register §4.1 item 9" for the days apportionment and the pack for the cap per
    // project; the entry must record those readings, not only the bound for an unknown start (fixed in this audit)
    String register;
    try (InputStream in = RenovationBoundaryAuditTest.class.getResourceAsStream(
        "/io/github/huiqi/core/policy/decisions-register.md")) {
      register = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int at = register.indexOf("## §4.1 item 9 ");
    String entry = register.substring(at, register.indexOf("\n## ", at + 1));
    assertThat(entry).contains("算头不算尾").contains("half-up to the fen").contains("per project")
        .contains("3 years");
  }

  @Test
  void test_interest_loanAndLeaseAlike_capExactlyAndOneFenOver() {
    // 银行固定资产贷款 and 融资租赁 count alike (第十条). 6,000,000.00 loan + 3,999,999.99 lease = 9,999,999.99:
    // 50% = 4,999,999.995 → half-up 5,000,000.00, exactly the cap ("最高500万元"): not binding
    RenovationInterestResult atCap = CALCULATOR.explainSubsidy(INTEREST, RenovationFixtures.interestRequest(
        loanInterest("L", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1), "6000000.00"),
        leaseInterest("F", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1), "3999999.99")));
    assertThat(atCap.amount().minimum()).isEqualTo(Cny.of("5000000.00"));
    assertThat(atCap.bindingLimit()).isEmpty();
    // a lease alone of 10,000,000.01: 50% = 5,000,000.005 → 5,000,000.01, one fen over: 5,000,000.00, binding
    RenovationInterestResult over = CALCULATOR.explainSubsidy(INTEREST, RenovationFixtures.interestRequest(
        leaseInterest("F", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1), "10000000.01")));
    assertThat(over.amount().minimum()).isEqualTo(Cny.of("5000000.00"));
    assertThat(over.bindingLimit()).isPresent();
    // the same figure as loan interest gives the same subsidy
    assertThat(CALCULATOR.subsidy(INTEREST, RenovationFixtures.interestRequest(loanInterest("L",
        LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1), "10000000.01")))).isEqualTo(Cny.of("5000000.00"));
  }

  //-------------------------------------------------------------------------
  // through the engine's JSON
  private static String request(String asOf, String projects) {
    return "{\"asOf\": \"" + asOf + "\", \"measures\": [\"" + GRANT_ID + "\", \"" + INTEREST_ID + "\"], "
        + "\"profile\": {\"registrationRegionCode\": \"440305\", \"legalForm\": \"ENTERPRISE\", "
        + "\"industryCode\": \"C3484\", \"renovationProjects\": [" + projects + "]}}";
  }

  /** A level-3 project of 10,000,000 with its shares met, and the given extra members. */
  private static String project(String id, String members) {
    return "{\"projectId\": \"" + id + "\", \"category\": \"INTELLIGENT\", \"eligibleInvestment\": {\"amount\": "
        + "10000000, \"currency\": \"CNY\"}, \"totalInvestment\": {\"amount\": 10000000, \"currency\": \"CNY\"}, "
        + "\"fixedAssetInvestment\": {\"amount\": 8000000, \"currency\": \"CNY\"}, \"equipmentInvestment\": "
        + "{\"amount\": 5600000, \"currency\": \"CNY\"}" + (members.isEmpty() ? "" : ", " + members) + "}";
  }

  private static String payment(String id, String kind, String from, String until, String paid) {
    return "{\"paymentId\": \"" + id + "\", \"kind\": \"" + kind + "\", \"interestFrom\": \"" + from + "\", "
        + "\"interestUntil\": \"" + until + "\", \"interestPaid\": {\"amount\": " + paid + ", \"currency\": \"CNY\"}}";
  }

  @Test
  void test_engine_stackedGrantAndInterest_kindsAndWindow() {
    // P1 level 3: grant up to 16% × 10,000,000 = 1,600,000.00; its lease interest 2023-07-01 → 2024-07-01
    // (366 days, 2024 a leap year) of 73,200.00 lies inside the years from 2023-07-01: 50% = 36,600.00, on top
    // ("还可叠加享受贷款贴息"); both payments to the firm, counted while the window (to 2024-12-31) is open
    String projects = project("P1", "\"maturityLevel\": 3, \"eligibleProject\": true, \"subsidyStart\": "
        + "\"2023-07-01\", \"interestPayments\": [" + payment("F1", "EQUIPMENT_FINANCE_LEASE", "2023-07-01",
        "2024-07-01", "73200.00") + "]");
    MeasureOutcome grant = EngineJsonOutcomes.outcome(request("2024-12-31", projects),
        RenovationGrantMeasure.SHENZHEN_2022.id());
    MeasureOutcome interest = EngineJsonOutcomes.outcome(request("2024-12-31", projects),
        RenovationInterestMeasure.SHENZHEN_2022.id());
    assertThat(grant.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(grant.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("1600000.00")));
    assertThat(grant.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
    assertThat(interest.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(interest.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("36600.00")));
    assertThat(interest.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
    assertThat(grant.windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertThat(grant.countedInTotal()).isTrue();
    assertThat(interest.countedInTotal()).isTrue();
    // as of 2025-01-01 the plan (2022-2024) has expired: the window is closed and nothing is counted
    MeasureOutcome late = EngineJsonOutcomes.outcome(request("2025-01-01", projects),
        RenovationInterestMeasure.SHENZHEN_2022.id());
    assertThat(late.windowStatus()).isEqualTo(WindowStatus.CLOSED);
    assertThat(late.countedInTotal()).isFalse();
  }

  @Test
  void test_engine_unknownFacts_namedByPointer() {
    // P1: level not given → the grant undetermined naming /renovationProjects/0/maturityLevel, up to the highest
    // tier 20% × 10,000,000 = 2,000,000.00; support not given → the interest undetermined naming
    // /renovationProjects/0/eligibleProject, from 0 up to 50% × 20,000.00 = 10,000.00
    String projects = project("P1", "\"subsidyStart\": \"2023-01-01\", \"interestPayments\": [" + payment("I1",
        "BANK_FIXED_ASSET_LOAN", "2023-01-01", "2023-07-01", "20000.00") + "]");
    MeasureOutcome grant = EngineJsonOutcomes.outcome(request("2023-06-30", projects),
        RenovationGrantMeasure.SHENZHEN_2022.id());
    assertThat(grant.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(grant.missingFacts()).contains("/renovationProjects/0/maturityLevel",
        "/renovationProjects/0/eligibleProject");
    assertThat(grant.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("2000000.00")));
    MeasureOutcome interest = EngineJsonOutcomes.outcome(request("2023-06-30", projects),
        RenovationInterestMeasure.SHENZHEN_2022.id());
    assertThat(interest.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(interest.missingFacts()).containsExactly("/renovationProjects/0/eligibleProject");
    assertThat(interest.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("10000.00")));
  }

  @Test
  void test_engine_badInput_typedErrorNamingThePointer() {
    // a maturity level of 6: GB/T 39116 has levels 1 to 5; the grant's evaluation fails naming the project's field
    String badLevel = request("2023-06-30", project("P1", "\"maturityLevel\": 6, \"eligibleProject\": true"));
    EntitlementReport report = HuiqiJson.read(EntitlementEngine.builtIn().evaluateJson(badLevel),
        EntitlementReport.class);
    assertThat(report.failures()).anySatisfy(failure -> {
      assertThat(failure.measure()).isEqualTo(RenovationGrantMeasure.SHENZHEN_2022.id());
      assertThat(failure.field()).isEqualTo("/renovationProjects/0/maturityLevel");
    });
    // a financing kind that is neither a bank fixed-asset loan nor a finance lease is rejected, naming it
    String badKind = request("2023-06-30", project("P1", "\"maturityLevel\": 3, \"eligibleProject\": true, "
        + "\"subsidyStart\": \"2023-01-01\", \"interestPayments\": [" + payment("I1", "WORKING_CAPITAL_LOAN",
        "2023-01-01", "2023-07-01", "100") + "]"));
    assertField(() -> EntitlementEngine.builtIn().evaluateJson(badKind),
        "/profile/renovationProjects/0/interestPayments/0/kind");
    // interest paid that is negative, likewise
    String negative = request("2023-06-30", project("P1", "\"maturityLevel\": 3, \"eligibleProject\": true, "
        + "\"subsidyStart\": \"2023-01-01\", \"interestPayments\": [" + payment("I1", "BANK_FIXED_ASSET_LOAN",
        "2023-01-01", "2023-07-01", "-0.01") + "]"));
    assertField(() -> EntitlementEngine.builtIn().evaluateJson(negative),
        "/profile/renovationProjects/0/interestPayments/0/interestPaid");
  }
}
