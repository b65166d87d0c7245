package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.catalog.EngineJson.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA audit of one municipal interest subsidy per loan (2022 首贷 rules "同一笔贷款只能享受一次贴息政策，不重复享受市直其他
 * 部门财政贴息", decisions register §4.1 item 10) when the tech-SME outcome (深工信〔2023〕26号 第13条) is undetermined
 * from zero because its enrolment's dates miss the known interest while the guarantee-fee list is absent (register
 * §4.1 item 8b): its most then pays the known interest, so the stacking must weigh that interest against the
 * first-loan subsidy (第5条) instead of giving the loan to the first-loan subsidy as its only candidate. Through the
 * engine's JSON, the plain and explaining forms agreeing, with the totals in reach.
 * <p>
 * The firm: a 宝安区 small manufacturer, a first-time borrower, enrolled as a 科技型中小企业 only from 2023-07-01, with
 * nothing received from the programme and no premiums. L1: 1,000,000 at 4%, drawn 2023-02-01 from a Shenzhen bank,
 * the first drawdown of its first contract, guaranteed with 20,000 of fees paid. Its first-loan subsidy (第5条
 * "给予2%的贴息补助…贴息期限不超过6个月"): 2023-02-01 → 2023-08-01 = 28 + 31 + 30 + 31 + 30 + 31 = 181 days (算头不算尾),
 * ACT/360 (register §4.1 item 1): 1,000,000 × 2% × 181 / 360 = 10,055.555… → 10,055.56 (half-up, register §4.5
 * item 35). The fee list, not given, holds at most L1's 20,000 of fees: 50% × 20,000 = 10,000.00 (2020 办法
 * 第十四条（三）, register §4.1 item 8b), and 0.01 for each of the 14 instalments the fee can be paid in (register §4.6
 * item 121: February 2023 to February 2024, 13 calendar months, and one when the guarantee is given): 10,000.14.
 */
class StackingAbsentListAuditTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";

  private static final String L1 = "{\"loanId\": \"L1\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"},"
      + " \"drawdownDate\": \"2023-02-01\", \"maturityDate\": \"2024-02-01\", \"annualInterestRate\": \"4%\","
      + " \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": true,"
      + " \"forProductionOrOperation\": true, \"subsidisedUnderAnotherMunicipalScheme\": false,"
      + " \"vehicleOrRealEstatePurchase\": false, \"guaranteed\": true,"
      + " \"guarantee\": {\"feePaid\": {\"amount\": 20000, \"currency\": \"CNY\"}}}";

  /** The report, asked for the two measures, checked to agree in its plain and explaining forms. */
  private static JsonNode report(String interestPaid) {
    JsonNode[] both = new JsonNode[2];
    for (int i = 0; i < 2; i++) {
      both[i] = EngineJson.report("{\"asOf\": \"2023-10-31\", \"measures\": [\"" + FIRST_LOAN + "\", \"" + TECH_SME
          + "\"], \"explain\": " + (i == 1) + ", \"profile\": {\"registrationRegionCode\": \"440306\","
          + " \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true, \"registrationDate\": \"2016-05-01\","
          + " \"industryCode\": \"C3484\", \"restrictedOrProhibitedIndustry\": false, \"size\": \"SMALL\","
          + " \"techSme\": {\"held\": true, \"since\": \"2023-07-01\", \"until\": \"2025-06-30\"},"
          + " \"firstTimeBorrower\": true, \"onSeriousDishonestyList\": false,"
          + " \"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"}, \"insurancePremiumPayments\": [],"
          + " \"loans\": [" + L1 + "], \"interestPayments\": [{\"paymentId\": \"I1\", \"loanId\": \"L1\","
          + " \"accrualStart\": \"2023-02-01\", \"accrualEnd\": \"2023-06-01\", \"paymentDate\": \"2023-06-01\","
          + " \"interestPaid\": {\"amount\": " + interestPaid + ", \"currency\": \"CNY\"}}]}}");
    }
    for (String id : List.of(FIRST_LOAN, TECH_SME)) {
      for (String field : List.of("/verdict", "/amount", "/missingFacts")) {
        assertThat(outcome(both[1], id).at(field)).as(id + field).isEqualTo(outcome(both[0], id).at(field));
      }
    }
    assertThat(both[1].at("/totals/inReach")).isEqualTo(both[0].at("/totals/inReach"));
    assertThat(both[1].at("/jointLimits")).isEqualTo(both[0].at("/jointLimits"));
    return both[0];
  }

  private static void assertRange(JsonNode amount, String verdict, JsonNode outcome, String least, String most) {
    if (verdict != null) {
      assertThat(outcome.at("/verdict").asText()).isEqualTo(verdict);
    }
    assertThat(amount.at("/minimum/amount").decimalValue()).isEqualByComparingTo(new BigDecimal(least));
    assertThat(amount.at("/maximum/amount").decimalValue()).isEqualByComparingTo(new BigDecimal(most));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(node -> out.add(node.asText()));
    return out;
  }

  @Test
  void test_theFirstLoanSubsidyIsLarger_takesTheLoan_theTechSmeMostLeavesItsInterestOut() {
    // I1: 10,000 of interest accrued 2023-02-01 → 2023-06-01, before the enrolment (2023-07-01). A fee of the
    // absent list paid within the enrolment brings the claim within it, and then I1 earns min(70% + 30 points, 80%)
    // = 80% (第13条; 2020 办法 第十四条（一）, first-time borrower): 80% × 10,000 = 8,000.00 on L1 < 10,055.56, the
    // first-loan subsidy's, so whatever the fees, L1 takes the first-loan subsidy (register §4.1 item 10: neither
    // claimed, the larger). First-loan: exactly 10,055.56. Tech-SME: 0 (the fees may be none) – 10,000.14 (the fees
    // only: L1's interest is the first-loan subsidy's; L1's 20,000 of fee × 50% = 10,000.00, and 0.01 for each of
    // the 14 instalments it can be paid in, February 2023 to February 2024, 13 calendar months, and one when the
    // guarantee is given: register §4.6 item 121). Total in reach: 10,055.56 – 20,055.70.
    // Before the fix: tech-SME 0 – 18,000.00 (8,000.00 on L1 + 10,000.00 of fees) beside the first-loan subsidy's
    // 10,055.56 on L1: 10,055.56 – 28,055.56, counting L1 under both subsidies.
    JsonNode report = report("10000");
    JsonNode first = outcome(report, FIRST_LOAN);
    JsonNode tech = outcome(report, TECH_SME);
    assertRange(first.at("/amount"), "ELIGIBLE", first, "10055.56", "10055.56");
    assertRange(tech.at("/amount"), "UNDETERMINED", tech, "0", "10000.14");
    assertThat(texts(tech.at("/missingFacts"))).containsExactly("/guaranteeFeePayments");
    assertRange(report.at("/totals/inReach"), null, report, "10055.56", "20055.70");
  }

  @Test
  void test_theTechSmeSubsidyMayBeLarger_theChoiceIsOpenOnTheFeeList_theFirstLoanLeastIsZero() {
    // I1: 13,333.33 (1,000,000 × 4% × 120 / 360, 2023-02-01 → 2023-06-01). With a qualifying fee it earns 80% ×
    // 13,333.33 = 10,666.664 → 10,666.66 > 10,055.56, and L1 takes the tech-SME subsidy (the larger); without one,
    // the tech-SME subsidy pays nothing and L1 takes the first-loan subsidy. The fee list decides: the first-loan
    // outcome is 0 – 10,055.56, undetermined, naming /guaranteeFeePayments (register §4.6 item 42: it may get
    // nothing); the tech-SME outcome 0 – 10,666.66 + 10,000.14 (the fees, 10,000.00 and 14 instalments × 0.01:
    // register §4.6 item 121) = 20,666.80.
    // Before the fix: the first-loan subsidy exactly 10,055.56 and eligible, a least it is not sure of.
    JsonNode report = report("13333.33");
    JsonNode first = outcome(report, FIRST_LOAN);
    JsonNode tech = outcome(report, TECH_SME);
    assertRange(first.at("/amount"), "UNDETERMINED", first, "0", "10055.56");
    assertThat(texts(first.at("/missingFacts"))).containsExactly("/guaranteeFeePayments");
    assertRange(tech.at("/amount"), "UNDETERMINED", tech, "0", "20666.80");
    assertThat(texts(tech.at("/missingFacts"))).containsExactly("/guaranteeFeePayments");
    // only one subsidy pays on L1 (register §4.6 item 49): L1 to the first-loan subsidy 10,055.56 + the tech-SME
    // subsidy without L1 (the fees only) 10,000.14 = 20,055.70; L1 to the tech-SME subsidy 0.00 + 20,666.80; the
    // joint most is the larger, 20,666.80. Before item 49: 0 – 10,055.56 + 20,666.80 = 30,722.36, counting L1 under
    // both subsidies
    assertThat(report.at("/jointLimits")).hasSize(1);
    assertThat(report.at("/jointLimits/0/loanIds/0").asText()).isEqualTo("L1");
    assertThat(report.at("/jointLimits/0/maximum/amount").decimalValue()).isEqualByComparingTo("20666.80");
    // the least the pair is sure of whatever the fees (register §4.6 item 50): L1 surely qualifies for the first-loan
    // subsidy (a first-time borrower, every loan fact given), so no fees: L1 to it, 10,055.56 + 0; a qualifying fee:
    // L1 to the tech-SME subsidy only as the larger, 0 + at least 10,666.66 > 10,055.56. So 0 + 0 + 10,055.56; before
    // item 50: 0 + 0 = 0, though no way the fees fall leaves the pair nothing
    assertThat(report.at("/jointLimits/0/minimum/amount").decimalValue()).isEqualByComparingTo("10055.56");
    assertRange(report.at("/totals/inReach"), null, report, "10055.56", "20666.80");
    // both outcomes name only /guaranteeFeePayments: it decides the group's whole width, 20,666.80 − 10,055.56 =
    // 10,611.24 (before item 50: 20,666.80 − 0; before item 49: 10,055.56 + 20,666.80 = 30,722.36)
    assertThat(report.at("/nextQuestions/0/fact").asText()).isEqualTo("/guaranteeFeePayments");
    assertThat(report.at("/nextQuestions/0/amountDecided/amount").decimalValue()).isEqualByComparingTo("10611.24");
  }
}
