package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.catalog.EngineJson.least;
import static io.github.huiqi.calculators.catalog.EngineJson.most;
import static io.github.huiqi.calculators.catalog.EngineJson.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import org.junit.jupiter.api.Test;

/**
 * A loan left open between the renovation interest subsidy (小升规方案 第十条 "按实际支付利息的50%") and the tech-SME
 * subsidy (深工信〔2023〕26号 第13条) lowers the tech-SME subsidy's least without taking it to zero: the outcome stays
 * eligible with a range, and names the renovation fact the loan's choice waits on (one municipal interest subsidy per
 * loan, 2022 深圳 首贷 rules "同一笔贷款只能享受一次贴息政策"; {@link RenovationLoanStackingRule}, decisions register §4.6
 * items 42 and 43). Before, only a least lowered to zero named the other side's facts, so the range opened by the
 * stacking named none and no next question asked for it (found by the engine's fact-naming audit).
 * <p>
 * A tech SME, not a first-time borrower, on 2023-12-31, with two loans taken before 2023 and the interest paid for
 * 2023-01-01 → 2023-04-01:
 * <ul>
 *   <li>L2: 10,000 of interest: 第13条 80% × 10,000 = 8,000.00 (the 2023 rate, 50% + 30 points);
 *   <li>L3: 5,000 of interest: 80% × 5,000 = 4,000.00;
 *   <li>the renovation project R1, whose eligibility is not given, paid 20,000 of interest on L2: 第十条 50% × 20,000 =
 *       10,000.00 if the project is eligible, else nothing.
 * </ul>
 * The two ways the fact falls: an eligible project takes L2 (10,000.00 &gt; 8,000.00), leaving the tech-SME subsidy
 * L3's 4,000.00; an ineligible one leaves L2 to the tech-SME subsidy: 8,000.00 + 4,000.00 = 12,000.00.
 */
class RenovationLoanOpenNamingTest {

  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String RENOVATION = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";
  private static final String ELIGIBLE_PROJECT = "/renovationProjects/0/eligibleProject";

  private static final String PROFILE = "{" + RenovationStackingFirm.FACTS + """
        "firstTimeBorrower": false, "loans": [
          {"loanId": "L2", "principal": {"amount": 1000000, "currency": "CNY"}, "drawdownDate": "2022-06-01",
           "maturityDate": "2024-05-31", "annualInterestRate": "4%", "lenderRegionCode": "440300",
           "firstDrawdownOfFirstContract": false, "forProductionOrOperation": true,
           "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": false},
          {"loanId": "L3", "principal": {"amount": 500000, "currency": "CNY"}, "drawdownDate": "2022-07-01",
           "maturityDate": "2024-06-30", "annualInterestRate": "4%", "lenderRegionCode": "440300",
           "firstDrawdownOfFirstContract": false, "forProductionOrOperation": true,
           "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": false}],
        "interestPayments": [
          {"paymentId": "I2", "loanId": "L2", "accrualStart": "2023-01-01", "accrualEnd": "2023-04-01",
           "paymentDate": "2023-04-01", "interestPaid": {"amount": 10000, "currency": "CNY"}},
          {"paymentId": "I3", "loanId": "L3", "accrualStart": "2023-01-01", "accrualEnd": "2023-04-01",
           "paymentDate": "2023-04-01", "interestPaid": {"amount": 5000, "currency": "CNY"}}],
        "guaranteeFeePayments": [], "insurancePremiumPayments": [],
        "renovationProjects": [{"projectId": "R1", "category": "EQUIPMENT_UPGRADE",
          "eligibleInvestment": {"amount": 10000000, "currency": "CNY"}, ELIGIBLE
          "subsidyStart": "2023-01-01", "interestPayments": [
            {"paymentId": "P2", "kind": "BANK_FIXED_ASSET_LOAN", "interestFrom": "2023-02-01",
             "interestUntil": "2024-02-01", "interestPaid": {"amount": 20000, "currency": "CNY"},
             "loanId": "L2"}]}]}""";

  private static JsonNode report(String eligibleProject) {
    return EngineJson.report("{\"asOf\": \"2023-12-31\", \"profile\": "
        + PROFILE.replace("ELIGIBLE", eligibleProject) + "}");
  }

  @Test
  void test_loanOpen_techSmeLeastLowered_namesTheRenovationFact() {
    JsonNode open = report("");
    JsonNode techSme = outcome(open, TECH_SME);
    // least: without L2, which an eligible project takes, 80% × 5,000 = 4,000.00; most: with it, 12,000.00
    assertThat(least(techSme)).isEqualByComparingTo("4000.00");
    assertThat(most(techSme)).isEqualByComparingTo("12000.00");
    // every condition of 第13条 met on L3 whichever way: eligible, with the fact that opens the range named
    assertThat(techSme.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(techSme.at("/missingFacts").toString()).contains(ELIGIBLE_PROJECT);
    // the renovation subsidy: 0.00 (not an eligible project) to 50% × 20,000 = 10,000.00, naming its own fact
    JsonNode renovation = outcome(open, RENOVATION);
    assertThat(least(renovation)).isEqualByComparingTo("0.00");
    assertThat(most(renovation)).isEqualByComparingTo("10000.00");
    assertThat(renovation.at("/missingFacts").toString()).contains(ELIGIBLE_PROJECT);
    // the next questions ask for it
    assertThat(open.at("/nextQuestions").toString()).contains(ELIGIBLE_PROJECT);
  }

  @Test
  void test_eachWayTheFactFalls_withinTheOpenRanges() {
    // an eligible project: L2 to the renovation subsidy (10,000.00 > 8,000.00), the tech-SME subsidy L3's 4,000.00
    JsonNode yes = report("\"eligibleProject\": true,");
    assertThat(least(outcome(yes, RENOVATION))).isEqualByComparingTo("10000.00");
    assertThat(most(outcome(yes, TECH_SME))).isEqualByComparingTo("4000.00");
    assertThat(least(outcome(yes, TECH_SME))).isEqualByComparingTo("4000.00");
    // not one: L2 stays with the tech-SME subsidy, 8,000.00 + 4,000.00 = 12,000.00, and it names no fact
    JsonNode no = report("\"eligibleProject\": false,");
    assertThat(most(outcome(no, RENOVATION))).isEqualByComparingTo("0.00");
    assertThat(least(outcome(no, TECH_SME))).isEqualByComparingTo("12000.00");
    assertThat(outcome(no, TECH_SME).at("/missingFacts").size()).isZero();
  }
}
