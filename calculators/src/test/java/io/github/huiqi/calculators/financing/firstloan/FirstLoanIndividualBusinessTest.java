package io.github.huiqi.calculators.financing.firstloan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LegalForm;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the Shenzhen first-loan subsidy's population (深工信〔2023〕26号 第5条 "首次获得贷款的企业", with the 2022 rules'
 * "独立法人企业") for an individual business (个体工商户): a natural person's registered business (《民法典》第五十四条), never a
 * legal person, so known ineligible rather than asked whether it is an independent legal person.
 */
class FirstLoanIndividualBusinessTest {

  private static String request(String legalForm) {
    return "{\"profile\": {\"registrationRegionCode\": \"440306\", " + legalForm + "\"firstTimeBorrower\": true,"
        + " \"onSeriousDishonestyList\": false, \"loans\": [{\"loanId\": \"L1\", \"principal\": {\"amount\": 1000000,"
        + " \"currency\": \"CNY\"}, \"drawdownDate\": \"2023-03-31\", \"maturityDate\": \"2024-03-31\","
        + " \"annualInterestRate\": \"3.65%\", \"lenderRegionCode\": \"440300\","
        + " \"firstDrawdownOfFirstContract\": true, \"forProductionOrOperation\": true,"
        + " \"subsidisedUnderAnotherMunicipalScheme\": false}]},"
        + " \"asOf\": \"2023-10-31\", \"measures\": [\"sz-gxj-2023-26.first-loan-interest-subsidy\"]}";
  }

  private static JsonNode outcome(String legalForm) {
    return EngineJson.firstOutcome(request(legalForm));
  }

  @Test
  void test_individualBusiness_notALegalPerson_ineligible() {
    // before the fix: undetermined, 0 – 10,166.67, asking /independentLegalPerson
    EngineJson.assertIneligible(outcome("\"legalForm\": \"INDIVIDUAL_BUSINESS\", "));
  }

  @Test
  void test_soleProprietorshipOrPartnership_notALegalPerson_ineligible() {
    // 个人独资企业 and 合伙企业 are 非法人组织 (《民法典》第一百零二条); 第5条 asks for an independent legal person
    EngineJson.assertIneligible(outcome("\"legalForm\": \"SOLE_PROPRIETORSHIP\", "));
    EngineJson.assertIneligible(outcome("\"legalForm\": \"PARTNERSHIP\", "));
  }

  @Test
  void test_enterpriseOrFormNotGiven_stillAsked() {
    // drawn 2023-03-31, six months end 2023-09-30 (not counted): 183 days; 1,000,000 × 2% × 183/360 = 10,166.666… →
    // 10,166.67, if the enterprise is an independent legal person, which the profile does not say
    for (String form : new String[] {"\"legalForm\": \"ENTERPRISE\", ", ""}) {
      JsonNode outcome = outcome(form);
      assertThat(outcome.at("/verdict").asText()).isEqualTo("UNDETERMINED");
      assertThat(outcome.at("/missingFacts/0").asText()).isEqualTo("/independentLegalPerson");
      assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("10166.67");
    }
  }

  @Test
  void test_enterpriseFacts_individualBusiness() {
    assertThat(EnterpriseProfile.builder().legalForm(LegalForm.INDIVIDUAL_BUSINESS).build().enterpriseFacts()
        .independentLegalPerson()).contains(false);
    assertThat(EnterpriseProfile.builder().legalForm(LegalForm.SOLE_PROPRIETORSHIP).build().enterpriseFacts()
        .independentLegalPerson()).contains(false);
    assertThat(EnterpriseProfile.builder().legalForm(LegalForm.PARTNERSHIP).build().enterpriseFacts()
        .independentLegalPerson()).contains(false);
    assertThat(EnterpriseProfile.builder().legalForm(LegalForm.ENTERPRISE).build().enterpriseFacts()
        .independentLegalPerson()).isEmpty();
    // a fact the profile gives stands
    assertThat(EnterpriseProfile.builder().legalForm(LegalForm.ENTERPRISE).independentLegalPerson(true).build()
        .enterpriseFacts().independentLegalPerson()).contains(true);
  }
}
