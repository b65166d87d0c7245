package io.github.huiqi.calculators.financing.firstloan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import org.junit.jupiter.api.Test;

/**
 * The Shanghai first-loan subsidy (沪企服办〔2023〕1号 第十五条 "给予2%的贴息补助，单户企业贴息金额最高20万元") does not read
 * {@code subsidisedUnderAnotherMunicipalScheme}: one municipal interest subsidy per loan is a Shenzhen rule (2022 深圳
 * 首贷 implementing rules), which no Shanghai source states (decisions register §4.6 item 44).
 */
class FirstLoanGuaranteedOtherSubsidyTest {

  private static JsonNode outcome(String flag) {
    String request = "{\"profile\": {\"registrationRegionCode\": \"310104\", \"size\": \"MEDIUM\", \"loans\": [{"
        + "\"loanId\": \"L1\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, \"drawdownDate\":"
        + " \"2022-12-31\", \"maturityDate\": \"2023-06-30\", \"annualInterestRate\": \"3.65%\", \"lenderRegionCode\":"
        + " \"310000\", \"firstInclusiveFinanceLoan\": true, \"guaranteed\": true, \"guarantee\": {\"policyFund\":"
        + " true}" + flag + "}]}, \"asOf\": \"2023-10-31\","
        + " \"measures\": [\"sh-qfb-2023-1.first-loan-interest-subsidy\"], \"explain\": true}";
    return EngineJson.firstOutcome(request);
  }

  @Test
  void test_subsidisedElsewhere_flagNotRead_sameSubsidy() {
    // 2022-12-31 → 2023-06-30: 181 days (算头不算尾); 1,000,000 × 2% × 181 / 360 = 10,055.555… → 10,055.56 (第十五条,
    // ACT/360: decisions register §4.1 item 1), whatever the Shenzhen flag says
    for (String flag : new String[] {"", ", \"subsidisedUnderAnotherMunicipalScheme\": true",
        ", \"subsidisedUnderAnotherMunicipalScheme\": false"}) {
      JsonNode outcome = outcome(flag);
      assertThat(outcome.at("/verdict").asText()).as(flag).isEqualTo("ELIGIBLE");
      assertThat(outcome.at("/amount/minimum/amount").decimalValue()).as(flag).isEqualByComparingTo("10055.56");
      assertThat(outcome.at("/amount/maximum/amount").decimalValue()).as(flag).isEqualByComparingTo("10055.56");
      assertThat(outcome.at("/missingFacts").size()).as(flag).isZero();
    }
  }
}
