package io.github.huiqi.calculators.financing.techsme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 科技贴息贴保 (深工信〔2023〕26号 第13条 with the 2020 办法 第十四条（三）: 50% of the guarantee-insurance premiums,
 * at most 500,000 a year) when the premium list is not given: a premium (贷款保证保险费) insures a loan, so a firm whose
 * loans are known to be none can hold none, as its interest and fees (decisions register §4.1 item 8b, §4.6 item 53
 * "no loan known"). Through the engine's JSON, plain and explaining, which must agree.
 */
class TechSmeNoLoanPremiumTest {

  private static final String MEASURE = "sz-gxj-2023-26.tech-sme-interest-subsidy";

  /** The outcome of an enrolled Shenzhen firm with the given fields, plain [0] and explained [1]. */
  private static JsonNode[] outcomes(String fields) {
    JsonNode[] both = new JsonNode[2];
    for (int i = 0; i < 2; i++) {
      both[i] = EngineJson.firstOutcome("{\"profile\": {\"registrationRegionCode\": \"440305\", \"size\": \"SMALL\","
          + " \"firstTimeBorrower\": false, \"techSme\": {\"held\": true}, \"techSmeSubsidyReceived\": {\"amount\": 0,"
          + " \"currency\": \"CNY\"}, " + fields + "}, \"asOf\": \"2023-12-31\", \"measures\": [\"" + MEASURE
          + "\"], \"explain\": " + (i == 1) + "}");
    }
    for (String field : List.of("/verdict", "/amount", "/missingFacts", "/bindingLimit")) {
      assertThat(both[1].at(field)).as(field).isEqualTo(both[0].at(field));
    }
    return both;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(node -> out.add(node.at(field).asText()));
    return out;
  }

  @Test
  void test_noLoans_premiumsAbsent_ineligible() {
    // loans known none, interest and fees known none, premiums not given: no loan to insure, so no premium and no
    // claim at all (§4.6 item 53: "ineligible when the absent lists can hold nothing (no loan known ...)"). Before
    // 2026-12-06: UNDETERMINED 0.00 – 500,000.00, the premium cap binding, asking /insurancePremiumPayments
    JsonNode[] both = outcomes("\"loans\": [], \"interestPayments\": [], \"guaranteeFeePayments\": []");
    assertThat(both[0].at("/verdict").asText()).isEqualTo("INELIGIBLE");
    assertThat(both[0].at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(both[0].at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(both[0].at("/missingFacts")).isEmpty();
    assertThat(texts(both[1].at("/reasons"), "/code")).containsExactly("absent-lists-hold-nothing");
  }

  @Test
  void test_noLoans_allThreeListsAbsent_ineligible() {
    // with the loans known none, no list can hold anything: interest and fees are bounded by the loans (item 8b) at
    // 0, the premiums likewise
    JsonNode[] both = outcomes("\"loans\": []");
    assertThat(both[0].at("/verdict").asText()).isEqualTo("INELIGIBLE");
    assertThat(both[0].at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(both[0].at("/missingFacts")).isEmpty();
  }

  @Test
  void test_loansNotGiven_premiumsAbsent_upToThePremiumCap() {
    // the loans not given: an insured loan may exist, so the premiums add up to 50% × premiums within 500,000 a year
    // (第十四条（三）); nothing else is known: 0.00 – 500,000.00, the premium cap binding, /insurancePremiumPayments
    // asked (and the loans are not what the outcome names: the list itself decides)
    JsonNode[] both = outcomes("\"interestPayments\": [], \"guaranteeFeePayments\": []");
    assertThat(both[0].at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(both[0].at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(both[0].at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("500000.00");
    assertThat(both[0].at("/bindingLimit/code").asText()).isEqualTo("insurance-premium-cap-per-year");
    assertThat(texts(both[0].at("/missingFacts"), "")).containsExactly("/insurancePremiumPayments");
  }

  @Test
  void test_oneLoan_premiumsAbsent_upToThePremiumCap() {
    // one unguaranteed loan known, its interest and the fees known none: the loan may be insured, and no source bounds
    // a premium's rate, so 0.00 – 500,000.00 as before (item 8b)
    String loan = "\"loans\": [{\"loanId\": \"L1\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"},"
        + " \"drawdownDate\": \"2023-03-01\", \"maturityDate\": \"2024-02-29\", \"annualInterestRate\": \"4%\","
        + " \"guaranteed\": false}], \"interestPayments\": [], \"guaranteeFeePayments\": []";
    JsonNode[] both = outcomes(loan);
    assertThat(both[0].at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(both[0].at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("500000.00");
    assertThat(texts(both[0].at("/missingFacts"), "")).containsExactly("/insurancePremiumPayments");
  }
}
