package io.github.huiqi.calculators.financing.firstloan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the Shanghai first-loan subsidy's guarantee condition (沪企服办〔2023〕1号 第十五条 "通过市中小微企业政策性融资
 * 担保基金管理中心担保…首次获得普惠贷款"): a profile's loan known to have no guarantee ({@code guaranteed} false, which
 * forbids any guarantee facts) is not guaranteed by 市担保中心, so it is ineligible, not undetermined asking a fact
 * the profile may not give.
 */
class FirstLoanGuaranteedUnguaranteedTest {

  private static JsonNode outcome(String guarantee) {
    String request = "{\"profile\": {\"registrationRegionCode\": \"310104\", \"size\": \"MEDIUM\", \"loans\": [{"
        + "\"loanId\": \"L1\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, \"drawdownDate\":"
        + " \"2022-12-31\", \"maturityDate\": \"2023-06-30\", \"annualInterestRate\": \"3.65%\", \"lenderRegionCode\":"
        + " \"310000\", \"firstInclusiveFinanceLoan\": true" + guarantee + "}]}, \"asOf\": \"2023-10-31\","
        + " \"measures\": [\"sh-qfb-2023-1.first-loan-interest-subsidy\"]}";
    return EngineJson.firstOutcome(request);
  }

  @Test
  void test_knownUnguaranteed_ineligible() {
    // before the fix: undetermined, 0 – 10,055.56, asking /loans/0/guarantee/policyFund
    EngineJson.assertIneligible(outcome(", \"guaranteed\": false"));
  }

  @Test
  void test_guarantorNotAGovernmentOne_notThePolicyFund_ineligible() {
    // 市担保中心 (市中小微企业政策性融资担保基金管理中心) is a government financing guarantor: 第十五条 names it and then
    // the 政府性融资担保机构 in one clause. A guarantor known not to be a government one is not 市担保中心, so the loan
    // is ineligible; before the fix: undetermined, 0 – 10,055.56, asking /loans/0/guarantee/policyFund
    EngineJson.assertIneligible(outcome(", \"guarantee\": {\"governmentGuarantor\": false}"));
    // a government guarantor may or may not be 市担保中心: still asked
    JsonNode government = outcome(", \"guarantee\": {\"governmentGuarantor\": true}");
    assertThat(government.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(government.at("/missingFacts/0").asText()).isEqualTo("/loans/0/guarantee/policyFund");
  }

  @Test
  void test_guaranteeNotGiven_stillAsked_andPolicyFund_eligible() {
    // 2022-12-31 → 2023-06-30 (within the engine's 12 months, decisions register §4.1 item 5): 181 days;
    // 1,000,000 × 2% × 181/360 = 10,055.555… → 10,055.56
    // neither whether the loan is guaranteed nor its guarantee given: both asked, either deciding (a loan with no
    // guarantee is ineligible, one through 市担保中心 eligible: decisions register §4.6 item 69); before, only the
    // policy fund, which a firm whose loan has no guarantee cannot answer. Found by EntitlementFactNamingPropertyTest
    JsonNode unknown = outcome("");
    assertThat(unknown.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(unknown.at("/missingFacts/0").asText()).isEqualTo("/loans/0/guaranteed");
    assertThat(unknown.at("/missingFacts/1").asText()).isEqualTo("/loans/0/guarantee/policyFund");
    assertThat(unknown.at("/missingFacts").size()).isEqualTo(2);
    assertThat(unknown.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("10055.56");
    // known to be guaranteed, its guarantee not given: the policy fund alone decides, and alone is asked
    JsonNode guaranteed = outcome(", \"guaranteed\": true");
    assertThat(guaranteed.at("/missingFacts/0").asText()).isEqualTo("/loans/0/guarantee/policyFund");
    assertThat(guaranteed.at("/missingFacts").size()).isEqualTo(1);
    JsonNode fund = outcome(", \"guaranteed\": true, \"guarantee\": {\"policyFund\": true}");
    assertThat(fund.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(fund.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("10055.56");
  }
}
