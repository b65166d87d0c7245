package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.catalog.EngineJson.least;
import static io.github.huiqi.calculators.catalog.EngineJson.most;
import static io.github.huiqi.calculators.catalog.EngineJson.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import org.junit.jupiter.api.Test;

/**
 * No joint limit of the first-loan (深工信〔2023〕26号 第5条) and tech-SME (第13条) subsidies when the renovation
 * interest subsidy (小升规方案 第十条) may take a loan the stacking already gave one of them (one municipal interest
 * subsidy per loan, 2022 深圳 首贷 rules "同一笔贷款只能享受一次贴息政策"; decisions register §4.6 items 49, 50, 54 and
 * 68). Found by {@link StackingOraclePropertyTest} (seed 10324).
 * <p>
 * A first-time borrower and tech SME, on 2023-12-31:
 * <ul>
 *   <li>L1: 1,000,000 drawn 2023-02-01 at 4% to 2024-02-01, the first drawdown of its first contract, whether it is
 *       subsidised under another municipal scheme not given: 第5条 1,000,000 × 2% × 181 / 360 = 10,055.555… →
 *       10,055.56 (2023-02-01 → 2023-08-01, 181 days, ACT/360); 第13条 80% × 10,000 = 8,000.00 on its interest for
 *       2023-02-01 → 2023-05-01. Not subsidised elsewhere, it takes the larger, 第5条 (register §4.1 item 10);
 *       subsidised elsewhere, neither. So its choice is open;
 *   <li>L2: 600,000 drawn 2023-03-01 at 4% to 2024-03-01, a first drawdown, not subsidised elsewhere, no 第13条
 *       interest: 第5条 600,000 × 2% × 184 / 360 = 6,133.33 (2023-03-01 → 2023-09-01, 184 days), decided for 第5条;
 *   <li>the renovation project R1 paid 20,000 of interest on L2: 第十条 50% × 20,000 = 10,000.00, more than
 *       6,133.33, so the renovation subsidy keeps L2 (register §4.6 item 43) whichever way L1's fact falls.
 * </ul>
 * The pair then gets 10,055.56 (L1 not subsidised elsewhere) or 0.00 (subsidised elsewhere): it is sure of nothing.
 * Before, the pair declared a joint limit of 6,133.33 (its least counted L2 for 第5条) to 16,188.89, which the
 * renovation rule, running after, could not lower.
 */
class StackingJointLimitRenovationTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String RENOVATION = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";

  private static final String PROFILE = "{" + RenovationStackingFirm.FACTS + """
        "firstTimeBorrower": true, "loans": [
          {"loanId": "L1", "principal": {"amount": 1000000, "currency": "CNY"}, "drawdownDate": "2023-02-01",
           "maturityDate": "2024-02-01", "annualInterestRate": "4%", "lenderRegionCode": "440300",
           "firstDrawdownOfFirstContract": true, "forProductionOrOperation": true,
           ELSEWHERE"vehicleOrRealEstatePurchase": false, "guaranteed": false},
          {"loanId": "L2", "principal": {"amount": 600000, "currency": "CNY"}, "drawdownDate": "2023-03-01",
           "maturityDate": "2024-03-01", "annualInterestRate": "4%", "lenderRegionCode": "440300",
           "firstDrawdownOfFirstContract": true, "forProductionOrOperation": true,
           "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": false}],
        "interestPayments": [{"paymentId": "I1", "loanId": "L1", "accrualStart": "2023-02-01",
           "accrualEnd": "2023-05-01", "paymentDate": "2023-05-01",
           "interestPaid": {"amount": 10000, "currency": "CNY"}}],
        "guaranteeFeePayments": [], "insurancePremiumPayments": [],
        "renovationProjects": [{"projectId": "R1", "category": "EQUIPMENT_UPGRADE",
          "eligibleInvestment": {"amount": 10000000, "currency": "CNY"}, "eligibleProject": true,
          "subsidyStart": "2023-01-01", "interestPayments": [
            {"paymentId": "P1", "kind": "BANK_FIXED_ASSET_LOAN", "interestFrom": "2023-03-01",
             "interestUntil": "2024-03-01", "interestPaid": {"amount": 20000, "currency": "CNY"},
             "loanId": "L2"}]}]}""";

  private static JsonNode report(String elsewhere) {
    return EngineJson.report("{\"asOf\": \"2023-12-31\", \"measures\": [\"" + FIRST_LOAN + "\", \"" + TECH_SME
        + "\", \"" + RENOVATION + "\"], \"profile\": " + PROFILE.replace("ELSEWHERE", elsewhere) + "}");
  }

  @Test
  void test_renovationMayTakeADecidedLoan_noJointLimit() {
    JsonNode report = report("");
    // no joint limit (register §4.6 item 68): the pair is counted as its two ranges
    assertThat(report.at("/jointLimits").size()).isZero();
    // 第5条: L2 may go to the renovation subsidy and L1 to neither: 0.00 – 10,055.56 + 6,133.33 = 16,188.89
    assertThat(least(outcome(report, FIRST_LOAN))).isEqualByComparingTo("0.00");
    assertThat(most(outcome(report, FIRST_LOAN))).isEqualByComparingTo("16188.89");
    // 第13条: L1 may go to it only if it is not subsidised elsewhere, and then 第5条 is larger: 0.00 – 8,000.00
    assertThat(least(outcome(report, TECH_SME))).isEqualByComparingTo("0.00");
    assertThat(most(outcome(report, TECH_SME))).isEqualByComparingTo("8000.00");
    // 第十条: 0.00 – 10,000.00 (L2 is open on the renovation rule's side too, its least lowered without it)
    assertThat(least(outcome(report, RENOVATION))).isEqualByComparingTo("0.00");
    assertThat(most(outcome(report, RENOVATION))).isEqualByComparingTo("10000.00");
    // the total: 0.00 to 16,188.89 + 8,000.00 + 10,000.00 = 34,188.89, holding each way the fact falls
    assertThat(report.at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(report.at("/totals/inReach/maximum/amount").decimalValue()).isEqualByComparingTo("34188.89");
  }

  @Test
  void test_eachWayTheFactFalls() {
    // L1 not subsidised elsewhere: L1 to 第5条 10,055.56, L2 to the renovation subsidy 10,000.00; 第13条 0.00
    JsonNode no = report("\"subsidisedUnderAnotherMunicipalScheme\": false, ");
    assertThat(least(outcome(no, FIRST_LOAN))).isEqualByComparingTo("10055.56");
    assertThat(most(outcome(no, FIRST_LOAN))).isEqualByComparingTo("10055.56");
    assertThat(most(outcome(no, TECH_SME))).isEqualByComparingTo("0.00");
    assertThat(least(outcome(no, RENOVATION))).isEqualByComparingTo("10000.00");
    // subsidised elsewhere: L1 takes neither; the pair 0.00, below the 6,133.33 the joint limit used to promise
    JsonNode yes = report("\"subsidisedUnderAnotherMunicipalScheme\": true, ");
    assertThat(most(outcome(yes, FIRST_LOAN))).isEqualByComparingTo("0.00");
    assertThat(most(outcome(yes, TECH_SME))).isEqualByComparingTo("0.00");
    assertThat(least(outcome(yes, RENOVATION))).isEqualByComparingTo("10000.00");
  }
}
