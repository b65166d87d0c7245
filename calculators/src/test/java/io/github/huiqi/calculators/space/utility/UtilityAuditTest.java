package io.github.huiqi.calculators.space.utility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.utility.UtilityMeasure;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the 2023-Q1 utility arrears relief (深工信〔2023〕26号 第2条 "对经营困难的个体工商户和中小微企业…") for a
 * profile whose bills are not given: the enterprise's own conditions are decided first, so a large enterprise or one
 * not in difficulty is ineligible rather than undetermined.
 */
class UtilityAuditTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 2, 15);

  private static EnterpriseProfile.Builder shenzhen() {
    return EnterpriseProfile.builder().registrationRegionCode("440306");
  }

  private static MeasureOutcome outcome(EnterpriseProfile profile) {
    return CatalogRuns.both(UtilityMeasure.SHENZHEN_2023.id(), profile, AS_OF);
  }

  @Test
  void test_billsNotGiven_largeEnterprise_ineligible() {
    MeasureOutcome large = outcome(shenzhen().legalForm(LegalForm.ENTERPRISE).size(EnterpriseSize.LARGE).build());
    assertThat(large.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(large.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(large.missingFacts()).isEmpty();
    assertThat(large.reasons()).extracting(Reason::code).contains("not-individual-business-or-sme");
  }

  @Test
  void test_billsNotGiven_notInDifficulty_ineligible() {
    MeasureOutcome fine = outcome(shenzhen().size(EnterpriseSize.SMALL).affectedByEpidemic(false).build());
    assertThat(fine.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(fine.reasons()).extracting(Reason::code).contains("not-in-difficulty");
  }

  @Test
  void test_billsNotGiven_smeOrIndividualBusiness_stillUndetermined() {
    MeasureOutcome small = outcome(shenzhen().size(EnterpriseSize.SMALL).affectedByEpidemic(true).build());
    assertThat(small.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(small.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.ZERO));
    assertThat(small.missingFacts()).containsExactly("/utilityBills");
    // an individual business qualifies whatever its size; unknown size and difficulty leave it open too
    assertThat(outcome(shenzhen().legalForm(LegalForm.INDIVIDUAL_BUSINESS).build()).verdict())
        .isEqualTo(Verdict.UNDETERMINED);
    // nothing given: the enterprise's own facts are named with the bills
    MeasureOutcome nothing = outcome(shenzhen().build());
    assertThat(nothing.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(nothing.missingFacts()).containsExactly("/size", "/affectedByEpidemic", "/utilityBills");
  }

  @Test
  void test_engineJson_largeEnterpriseWithoutBills_ineligible() throws IOException {
    String request = "{\"profile\": {\"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\","
        + " \"size\": \"LARGE\"}, \"asOf\": \"2023-02-15\", \"measures\": [\""
        + UtilityMeasure.SHENZHEN_2023.id().value() + "\"]}";
    JsonNode report = new ObjectMapper().readTree(EntitlementEngine.builtIn().evaluateJson(request));
    assertThat(report.at("/outcomes/0/verdict").asText()).isEqualTo("INELIGIBLE");
    assertThat(report.at("/outcomes/0/missingFacts").size()).isZero();
  }
}
