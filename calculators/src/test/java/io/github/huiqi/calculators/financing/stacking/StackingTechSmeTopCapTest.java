package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.catalog.EngineJson.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The binding limit of the tech-SME outcome (深工信〔2023〕26号 第13条 with the 2020 办法 第十四条) after one municipal
 * interest subsidy per loan (decisions register §4.1 item 10) took the top of its range, while a payment list is not
 * given: an open range names the cap at its upper end, with its clause (decisions register §4.6 item 88 (b)), and the
 * stacking keeps to it for the range it leaves (item 88, last paragraph: "otherwise names the stacked calculator's
 * favourable case's cap", which once a list is absent is the cap that list adds up to). The range is from zero and the
 * loan's choice is made: whether the absent list holds a payment decides whether the subsidy pays anything, so the
 * outcome is undetermined, naming the list (decisions register §4.6 items 42 and 90). Through the engine's JSON, the
 * plain and explaining forms agreeing.
 * <p>
 * The firm: a 南山区 small manufacturer enrolled as a 科技型中小企业 since 2022-05-10, a first-time borrower, nothing
 * received from the programme. SZ-1: 3,000,000 at 3.65%, drawn 2023-02-10 from a Shenzhen bank, the first drawdown of
 * its first contract; 27,000 of 2023 interest paid on it. Its first-loan subsidy (第5条 "给予2%的贴息补助…贴息期限不超过
 * 6个月"): 2023-02-10 → 2023-08-10 = 28 + 31 + 30 + 31 + 30 + 31 = 181 days (算头不算尾), ACT/360 (register §4.1
 * item 1): 3,000,000 × 2% × 181 / 360 = 30,166.666… → 30,166.67 (half-up), below the 200,000 cap. Its tech-SME
 * interest subsidy (第13条 "提高30个百分点，最高可按照实际支付利息的80%"): a first-time borrower's 50% + 30 points = 80%:
 * 27,000 × 80% = 21,600.00. 30,166.67 > 21,600.00: the loan goes to the larger, the first-loan subsidy (the default
 * precedence), and the tech-SME subsidy keeps none of its interest.
 */
class StackingTechSmeTopCapTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";

  /** The report for the two measures, the lists and SZ-1's guarantee as JSON fragments, both forms agreeing. */
  private static JsonNode report(String lists, String guarantee) {
    JsonNode[] both = new JsonNode[2];
    for (int i = 0; i < 2; i++) {
      both[i] = EngineJson.report("{\"asOf\": \"2023-06-30\", \"measures\": [\"" + FIRST_LOAN + "\", \"" + TECH_SME
          + "\"], \"explain\": " + (i == 1) + ", \"profile\": {\"registrationRegionCode\": \"440305\","
          + " \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true, \"registrationDate\": \"2018-03-15\","
          + " \"industryCode\": \"C3484\", \"restrictedOrProhibitedIndustry\": false, \"size\": \"SMALL\","
          + " \"onSeriousDishonestyList\": false, \"techSme\": {\"held\": true, \"since\": \"2022-05-10\"},"
          + " \"firstTimeBorrower\": true, \"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"}, "
          + lists + " \"loans\": [{\"loanId\": \"SZ-1\", \"principal\": {\"amount\": 3000000, \"currency\": \"CNY\"},"
          + " \"drawdownDate\": \"2023-02-10\", \"maturityDate\": \"2024-02-10\", \"annualInterestRate\": \"3.65%\","
          + " \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": true,"
          + " \"forProductionOrOperation\": true, \"subsidisedUnderAnotherMunicipalScheme\": false,"
          + " \"vehicleOrRealEstatePurchase\": false, " + guarantee + "}], \"interestPayments\": [{\"paymentId\":"
          + " \"I-1\", \"loanId\": \"SZ-1\", \"accrualStart\": \"2023-02-10\", \"accrualEnd\": \"2023-05-10\","
          + " \"paymentDate\": \"2023-05-10\", \"interestPaid\": {\"amount\": 27000, \"currency\": \"CNY\"}}]}}");
    }
    for (String id : List.of(FIRST_LOAN, TECH_SME)) {
      for (String field : List.of("/verdict", "/amount", "/bindingLimit", "/missingFacts")) {
        assertThat(outcome(both[1], id).at(field)).as(id + field).isEqualTo(outcome(both[0], id).at(field));
      }
    }
    return both[0];
  }

  private static void assertRange(JsonNode outcome, String least, String most) {
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo(least);
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo(most);
  }

  private static void assertNoBindingLimit(JsonNode outcome) {
    assertThat(outcome.at("/bindingLimit").isMissingNode() || outcome.at("/bindingLimit").isNull())
        .as(outcome.at("/bindingLimit").toString()).isTrue();
  }

  @Test
  void test_feeListNotGiven_theLoanGoesToTheFirstLoanSubsidy_theRangeEndsAtTheFeeCap_whichItNames() {
    // SZ-1 is guaranteed with neither its fee paid nor its fee rate given: the loans do not bound the fee list
    // (register §4.1 item 8b), which adds up to its own yearly cap, 300,000 (2020 办法 第十四条（三）)
    JsonNode report = report("\"insurancePremiumPayments\": [],", "\"guaranteed\": true");
    JsonNode first = outcome(report, FIRST_LOAN);
    assertThat(first.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertRange(first, "30166.67", "30166.67");
    // the tech-SME subsidy: none of SZ-1's interest; the fees not given may add 300,000.00 (the fee cap), within the
    // yearly 1,000,000 and the programme's 3,000,000 − 0: from 0.00 (no item known to be claimed now) to 300,000.00,
    // the fee cap its upper end (register §4.6 item 88 (b): "an absent payment list" reaching a cap names it)
    JsonNode tech = outcome(report, TECH_SME);
    assertRange(tech, "0", "300000.00");
    // SZ-1 gone to 第5条, no fee known: the fee list decides whether 第13条 pays anything (register §4.6 items 42, 90)
    assertThat(tech.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(tech.at("/missingFacts")).extracting(JsonNode::asText).contains("/guaranteeFeePayments");
    assertThat(tech.at("/bindingLimit/code").asText()).isEqualTo("guarantee-fee-cap-per-year");
    assertThat(tech.at("/bindingLimit/limit/amount").decimalValue()).isEqualByComparingTo("300000");
    assertThat(tech.at("/bindingLimit/citation/article").asText()).isEqualTo("第十四条");
    assertThat(tech.at("/bindingLimit/citation/item").asText()).isEqualTo("（三）");
  }

  @Test
  void test_premiumListNotGiven_theRangeEndsAtThePremiumCap_whichItNames() {
    // the fees known (none), the premiums not given: the premium list adds up to its own yearly cap, 500,000 (2020
    // 办法 第十四条（二）); SZ-1 to the first-loan subsidy as above: the tech-SME outcome 0.00 – 500,000.00
    JsonNode report = report("\"guaranteeFeePayments\": [],", "\"guaranteed\": false");
    assertRange(outcome(report, FIRST_LOAN), "30166.67", "30166.67");
    JsonNode tech = outcome(report, TECH_SME);
    assertRange(tech, "0", "500000.00");
    assertThat(tech.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(tech.at("/missingFacts")).extracting(JsonNode::asText).containsExactly("/insurancePremiumPayments");
    assertThat(tech.at("/bindingLimit/code").asText()).isEqualTo("insurance-premium-cap-per-year");
    assertThat(tech.at("/bindingLimit/limit/amount").decimalValue()).isEqualByComparingTo("500000");
    assertThat(tech.at("/bindingLimit/citation/item").asText()).isEqualTo("（二）");
  }

  @Test
  void test_feeListBoundByTheLoansBelowItsCap_theRangeEndsAtAFigure_noCapNamed() {
    // SZ-1's fees paid are given, 20,000: the fee list holds at most that, 50% × 20,000 = 10,000.00 (第十四条（三）'s
    // ratio; register §4.1 item 8b), and 0.01 for each instalment the fee can be paid in (register §4.6 item 121:
    // February 2023 to February 2024, 13 calendar months, and one when the guarantee is given: 14), 10,000.14, below
    // the 300,000 cap: the tech-SME outcome 0.00 – 10,000.14, whose upper end is a figure the facts give, no cap's
    // (register §4.6 item 88 (c)): it names none
    JsonNode report = report("\"insurancePremiumPayments\": [],",
        "\"guaranteed\": true, \"guarantee\": {\"feePaid\": {\"amount\": 20000, \"currency\": \"CNY\"}}");
    JsonNode tech = outcome(report, TECH_SME);
    assertRange(tech, "0", "10000.14");
    // the list bound below its cap may still be empty: undetermined all the same (register §4.6 items 42, 90)
    assertThat(tech.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertNoBindingLimit(tech);
  }
}
