package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.catalog.EngineJson.least;
import static io.github.huiqi.calculators.catalog.EngineJson.most;
import static io.github.huiqi.calculators.catalog.EngineJson.noted;
import static io.github.huiqi.calculators.catalog.EngineJson.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A loan's recorded first claim ({@code interestSubsidyClaimedFirst}, decisions register §4.6 item 72) under one
 * municipal interest subsidy per loan ("同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门财政贴息", 2022 深圳 首贷
 * rules, register §1.7, §4.1 item 10), through the engine's Java API and {@code evaluateJson}.
 * <p>
 * The firm is {@link RenovationStackingFirm}'s, a first-time borrower. Its loan L1: 1,000,000 drawn 2023-02-01 (in
 * 第5条's "2023年1-3月") from a Shenzhen bank at 4%, the first drawdown of its first contract, maturing 2024-02-01.
 * 第5条 first-loan subsidy: 2023-02-01 → 2023-08-01 = 28 + 31 + 30 + 31 + 30 + 31 = 181 days (算头不算尾), ACT/360:
 * 1,000,000 × 2% × 181 / 360 = 10,055.555… → 10,055.56 (half-up, register §4.5 item 35). 第13条 tech-SME subsidy on
 * the 10,000 of interest accrued 2023-02-01 → 2023-08-01 and paid 2023-08-01: 80% × 10,000 = 8,000.00. Evaluated on
 * 2023-09-30.
 */
class StackingClaimedFirstTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String RENOVATION = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 9, 30);

  /** L1 with its claim member (a JSON fragment beginning with a comma, or empty). */
  private static String loan(String claim) {
    return """
        {"loanId": "L1", "principal": {"amount": 1000000, "currency": "CNY"}, "drawdownDate": "2023-02-01",
         "maturityDate": "2024-02-01", "annualInterestRate": "4%", "lenderRegionCode": "440300",
         "firstDrawdownOfFirstContract": true, "forProductionOrOperation": true,
         "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false,
         "guaranteed": false""" + claim + "}";
  }

  private static String claimed(String subsidy) {
    return ", \"interestSubsidyClaimedFirst\": \"" + subsidy + "\"";
  }

  /**
   * The profile: the firm's facts (edited by {@code facts}), L1 with the claim, I1, and the renovation projects'
   * member (a fragment beginning with a comma; empty for not known).
   */
  private static String profile(String facts, String claim, String renovationProjects) {
    return "{" + facts + """
        "firstTimeBorrower": true, "loans": [%s],
        "interestPayments": [{"paymentId": "I1", "loanId": "L1", "accrualStart": "2023-02-01",
          "accrualEnd": "2023-08-01", "paymentDate": "2023-08-01",
          "interestPaid": {"amount": 10000, "currency": "CNY"}}],
        "guaranteeFeePayments": [], "insurancePremiumPayments": []%s}""".formatted(loan(claim), renovationProjects);
  }

  private static String profile(String claim) {
    return profile(RenovationStackingFirm.FACTS, claim, ", \"renovationProjects\": []");
  }

  private static JsonNode report(String profile, String precedence) {
    return EngineJson.report("{\"asOf\": \"" + AS_OF + "\", \"measures\": [\"" + FIRST_LOAN + "\", \"" + TECH_SME
        + "\", \"" + RENOVATION + "\"], \"options\": {\"interestSubsidyPrecedence\": \"" + precedence
        + "\"}, \"profile\": " + profile + "}");
  }

  private static List<String> missing(JsonNode outcome) {
    List<String> facts = new ArrayList<>();
    outcome.at("/missingFacts").forEach(fact -> facts.add(fact.asText()));
    return facts;
  }

  private static void assertExactly(JsonNode outcome, String yuan) {
    assertThat(least(outcome)).as(outcome.at("/measure").asText()).isEqualByComparingTo(yuan);
    assertThat(most(outcome)).as(outcome.at("/measure").asText()).isEqualByComparingTo(yuan);
  }

  /** The profile with the interest payments' member as given (a fragment ending in a comma, or empty if absent). */
  private static String withInterest(String claim, String interestPayments) {
    return "{" + RenovationStackingFirm.FACTS + """
        "firstTimeBorrower": true, "loans": [%s], %s
        "guaranteeFeePayments": [], "insurancePremiumPayments": [], "renovationProjects": []}"""
        .formatted(loan(claim), interestPayments);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_interestNotGiven_aLoanClaimedForTheTechSmeSubsidy_theFirstLoanSubsidyFromZero() {
    // TECH_SME claimed on L1, the interest paid not given (register §4.6 item 74): under FIRST_CLAIMED the claim keeps
    // L1 if the tech-SME subsidy (第13条, 80% of the interest) pays anything on it (items 72, 73), and then 第5条 pays
    // 0.00 there; with no interest on it, 10,055.56. L1 is the firm's only loan: 0.00 – 10,055.56, undetermined (a
    // least of zero, item 42), asking the interest
    JsonNode first = outcome(report(withInterest(claimed("TECH_SME"), ""), "FIRST_CLAIMED"), FIRST_LOAN);
    assertThat(least(first)).isEqualByComparingTo("0.00");
    assertThat(most(first)).isEqualByComparingTo("10055.56");
    assertThat(first.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(missing(first)).contains("/interestPayments");
    assertThat(noted(first, StackingInterestSubsidyRule.CODE)).isTrue();
    // each completion within the range: I1's 10,000 given, 0.00 (the claim stands); no interest paid, 10,055.56
    assertExactly(outcome(report(profile(claimed("TECH_SME")), "FIRST_CLAIMED"), FIRST_LOAN), "0.00");
    assertExactly(outcome(report(withInterest(claimed("TECH_SME"), "\"interestPayments\": [],"), "FIRST_CLAIMED"),
        FIRST_LOAN), "10055.56");
  }

  @Test
  void test_interestNotGiven_noClaimOrLarger_theFirstLoanSubsidyAsItIs() {
    // with no claim recorded, or under LARGER (the claim not read), an absent interest list leaves the first-loan
    // outcome its own, 10,055.56, eligible (register §4.6 item 74: the tech-SME subsidy is not presumed larger)
    for (String[] way : new String[][] {{"", "FIRST_CLAIMED"}, {claimed("TECH_SME"), "LARGER"}}) {
      JsonNode first = outcome(report(withInterest(way[0], ""), way[1]), FIRST_LOAN);
      assertExactly(first, "10055.56");
      assertThat(first.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    }
  }

  @Test
  void test_noInterestPaid_theFirstLoanSubsidyKeepsItsLoan() {
    // no interest paid (an empty list, not an absent one): the tech-SME subsidy takes no loan's interest, so even a
    // TECH_SME claim on L1 cannot hold it (item 72: a claim that pays nothing falls): 10,055.56, eligible
    JsonNode first = outcome(report(withInterest(claimed("TECH_SME"), "\"interestPayments\": [],"),
        "FIRST_CLAIMED"), FIRST_LOAN);
    assertExactly(first, "10055.56");
    assertThat(first.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(missing(first)).isEmpty();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_noClaim_theLargerFirstLoanSubsidy_eitherPrecedence() {
    // neither claimed: the larger, 10,055.56 (第5条) against 8,000.00 (第13条), under both precedences (item 10)
    for (String precedence : List.of("FIRST_CLAIMED", "LARGER")) {
      JsonNode report = report(profile(""), precedence);
      assertExactly(outcome(report, FIRST_LOAN), "10055.56");
      assertExactly(outcome(report, TECH_SME), "0.00");
    }
  }

  @Test
  void test_techSmeClaimed_firstClaimed_theTechSmeSubsidyKeepsTheLoan() {
    // the tech-SME subsidy claimed first on L1: under FIRST_CLAIMED the claim stands (第13条 8,000.00), though the
    // first-loan subsidy would pay more (10,055.56); one subsidy per loan, so 第5条 pays 0.00 on L1 (its only loan)
    JsonNode report = report(profile(claimed("TECH_SME")), "FIRST_CLAIMED");
    JsonNode first = outcome(report, FIRST_LOAN);
    JsonNode tech = outcome(report, TECH_SME);
    assertExactly(tech, "8000.00");
    assertExactly(first, "0.00");
    // item 10's loser stays eligible at 0.00 (register §4.6 item 43's last point)
    assertThat(first.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(tech.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(missing(first)).isEmpty();
    assertThat(noted(first, StackingInterestSubsidyRule.CODE)).isTrue();
    assertThat(first.at("/notes").toString()).contains("claimed first");
    // in reach (these three measures, the renovation subsidy, with no project, ineligible): 8,000.00
    assertThat(report.at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo("8000.00");
    assertThat(report.at("/totals/inReach/maximum/amount").decimalValue()).isEqualByComparingTo("8000.00");
  }

  @Test
  void test_techSmeClaimed_larger_theClaimIsNotRead() {
    // under LARGER the claim is not read (item 10): the first-loan subsidy's 10,055.56, the larger, takes L1
    JsonNode report = report(profile(claimed("TECH_SME")), "LARGER");
    assertExactly(outcome(report, FIRST_LOAN), "10055.56");
    assertExactly(outcome(report, TECH_SME), "0.00");
  }

  @Test
  void test_firstLoanClaimed_theFirstLoanSubsidy_eitherPrecedence() {
    // the first-loan subsidy claimed first: it keeps L1 under FIRST_CLAIMED (the claim), and under LARGER (the
    // larger, 10,055.56 > 8,000.00)
    for (String precedence : List.of("FIRST_CLAIMED", "LARGER")) {
      JsonNode report = report(profile(claimed("FIRST_LOAN")), precedence);
      assertExactly(outcome(report, FIRST_LOAN), "10055.56");
      assertExactly(outcome(report, TECH_SME), "0.00");
    }
  }

  @Test
  void test_javaApi_theOptionDecidesTheClaimedLoan() {
    EnterpriseProfile profile = HuiqiJson.read(profile(claimed("TECH_SME")), EnterpriseProfile.class);
    EntitlementEngine engine = EntitlementEngine.builtIn();
    MeasureId first = MeasureId.of(FIRST_LOAN);
    MeasureId tech = MeasureId.of(TECH_SME);
    // FIRST_CLAIMED, the default: the claimed 第13条 8,000.00; 第5条 0.00
    EntitlementReport claimed = engine.evaluate(profile, AS_OF);
    assertThat(claimed.outcome(tech).orElseThrow().amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("8000.00")));
    assertThat(claimed.outcome(first).orElseThrow().amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
    // LARGER: 第5条 10,055.56; 第13条 0.00
    EntitlementReport larger = engine.withOptions(EngineOptions.DEFAULTS
        .withInterestSubsidyPrecedence(StackingPrecedence.LARGER)).evaluate(profile, AS_OF);
    assertThat(larger.outcome(first).orElseThrow().amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("10055.56")));
    assertThat(larger.outcome(tech).orElseThrow().amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
  }

  @Test
  void test_claimedSideOpen_undeterminedNamingItsFact_jointLeastNotAboveEitherWay() {
    // the enrolment (techSme) not given: 第13条 may pay 8,000.00 on L1, 第5条 surely 10,055.56. With 第13条 claimed
    // first, FIRST_CLAIMED leaves L1 open on the enrolment: enrolled, 第13条 keeps L1 (8,000.00, first-loan 0.00);
    // not, 第5条 takes it (10,055.56, tech-SME 0.00). Each outcome 0.00 – its amount, naming /techSme
    String facts = RenovationStackingFirm.FACTS
        .replace("\"techSme\": {\"held\": true, \"since\": \"2022-01-01\", \"until\": \"2025-12-31\"}, ", "");
    assertThat(facts).isNotEqualTo(RenovationStackingFirm.FACTS);
    EnterpriseProfile profile = HuiqiJson.read(profile(facts, claimed("TECH_SME"), ""), EnterpriseProfile.class);
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(profile, AS_OF);
    MeasureOutcome first = report.outcome(MeasureId.of(FIRST_LOAN)).orElseThrow();
    MeasureOutcome tech = report.outcome(MeasureId.of(TECH_SME)).orElseThrow();
    assertThat(first.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("10055.56")));
    assertThat(tech.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("8000.00")));
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(first.missingFacts()).contains("/techSme");
    assertThat(tech.missingFacts()).contains("/techSme");
    // the joint limit (register §4.6 items 49, 50, 72): at most the larger way, 10,055.56 + 0 against 0 + 8,000.00;
    // at least no more than the smaller way, 8,000.00: the claimed 第13条, only possibly qualifying, takes L1 though
    // it pays less, so item 50's "the sure one's 10,055.56 whichever way" does not hold; the least stays the sum of
    // the two minima, 0.00 (too wide, never too narrow)
    assertThat(report.jointLimits()).hasSize(1);
    JointLimit limit = report.jointLimits().get(0);
    assertThat(limit.maximum()).isEqualTo(Cny.of("10055.56"));
    assertThat(limit.minimum()).isEqualTo(Cny.of("0.00"));
    assertThat(limit.minimum().isLessThanOrEqualTo(Cny.of("8000.00"))).isTrue();
    // the same firm with no claim: L1 open the same way, but whichever way the enrolment falls 第5条's 10,055.56 is
    // the larger, so the pair is sure of it (item 50): 10,055.56 – 10,055.56
    EnterpriseProfile unclaimed = HuiqiJson.read(profile(facts, "", ""), EnterpriseProfile.class);
    EntitlementReport plain = EntitlementEngine.builtIn().evaluate(unclaimed, AS_OF);
    assertThat(plain.outcome(MeasureId.of(FIRST_LOAN)).orElseThrow().amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("10055.56")));
  }

  @Test
  void test_renovationLarger_theClaimStandsUnderFirstClaimed() {
    // renovation project R1 paid 40,000 of interest on L1: 第十条 50% × 40,000 = 20,000.00, more than either. With no
    // claim the larger keeps L1 (item 43). With 第13条 claimed first on L1, under FIRST_CLAIMED the claim stands
    // (item 72): 第13条 8,000.00, 第5条 0.00, the renovation subsidy without L1's payment: no interest left,
    // ineligible at 0.00. Under LARGER the claim is not read: 第5条 takes L1 from 第13条 (10,055.56 > 8,000.00),
    // then the renovation subsidy's 20,000.00 > 10,055.56 takes it (item 43): 第5条 and 第13条 0.00
    String projects = """
        , "renovationProjects": [{"projectId": "R1", "category": "EQUIPMENT_UPGRADE",
          "eligibleInvestment": {"amount": 10000000, "currency": "CNY"}, "eligibleProject": true,
          "subsidyStart": "2023-01-01", "interestPayments": [{"paymentId": "P1", "kind": "BANK_FIXED_ASSET_LOAN",
          "interestFrom": "2023-02-01", "interestUntil": "2024-02-01",
          "interestPaid": {"amount": 40000, "currency": "CNY"}, "loanId": "L1"}]}]""";
    String profile = profile(RenovationStackingFirm.FACTS, claimed("TECH_SME"), projects);
    JsonNode claimed = report(profile, "FIRST_CLAIMED");
    assertExactly(outcome(claimed, TECH_SME), "8000.00");
    assertExactly(outcome(claimed, FIRST_LOAN), "0.00");
    JsonNode renovation = outcome(claimed, RENOVATION);
    assertExactly(renovation, "0.00");
    assertThat(renovation.at("/verdict").asText()).isEqualTo("INELIGIBLE");
    assertThat(noted(renovation, RenovationLoanStackingRule.CODE)).isTrue();
    assertThat(renovation.at("/notes").toString()).contains("claimed first under the tech-SME subsidy");
    JsonNode larger = report(profile, "LARGER");
    assertExactly(outcome(larger, RENOVATION), "20000.00");
    assertExactly(outcome(larger, FIRST_LOAN), "0.00");
    assertExactly(outcome(larger, TECH_SME), "0.00");
    // the first-loan subsidy claimed instead: its 10,055.56 stands against the renovation subsidy's 20,000.00
    JsonNode firstClaimed = report(profile(RenovationStackingFirm.FACTS, claimed("FIRST_LOAN"), projects),
        "FIRST_CLAIMED");
    assertExactly(outcome(firstClaimed, FIRST_LOAN), "10055.56");
    assertExactly(outcome(firstClaimed, RENOVATION), "0.00");
  }

  @Test
  void test_badClaim_namesTheLoansField() {
    // not a constant name: refused, naming the profile's pointer within the request
    assertThatThrownBy(() -> report(profile(claimed("RENOVATION")), "FIRST_CLAIMED"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/profile/loans/0/interestSubsidyClaimedFirst"));
  }
}
