package io.github.huiqi.calculators.tax.smalllowprofit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the 小型微利企业 evaluator on a profile without its years: 财政部 税务总局公告2022年第13号 defines the
 * enterprise as one "从事国家非限制和禁止行业" meeting the three limits, so a profile that says its industry is restricted
 * or prohibited is ineligible whatever its years hold, not undetermined asking for {@code /years}.
 */
class SmallLowProfitAuditTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private static MeasureOutcome outcome(EnterpriseProfile profile) {
    return CatalogRuns.both(SmallLowProfitMeasure.SHENZHEN_2023.id(), profile, AS_OF);
  }

  @Test
  void test_yearsNotGiven_restrictedIndustry_ineligible() {
    MeasureOutcome restricted = outcome(EnterpriseProfile.builder().registrationRegionCode("440306")
        .restrictedOrProhibitedIndustry(true).build());
    assertThat(restricted.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(restricted.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(restricted.missingFacts()).isEmpty();
    assertThat(restricted.reasons()).extracting(Reason::code).containsExactly("industry-restricted-or-prohibited");
  }

  @Test
  void test_yearsNotGiven_industryAllowedOrUnknown_stillUndetermined() {
    assertThat(outcome(EnterpriseProfile.builder().registrationRegionCode("440306")
        .restrictedOrProhibitedIndustry(false).build()).missingFacts()).containsExactly("/years");
    assertThat(outcome(EnterpriseProfile.builder().registrationRegionCode("440306").build()).verdict())
        .isEqualTo(Verdict.UNDETERMINED);
  }

  @Test
  void test_engineJson_restrictedIndustryWithoutYears_ineligible() throws IOException {
    String request = "{\"profile\": {\"registrationRegionCode\": \"440306\", \"restrictedOrProhibitedIndustry\": true},"
        + " \"asOf\": \"2023-06-30\", \"measures\": [\"" + SmallLowProfitMeasure.SHENZHEN_2023.id().value() + "\"]}";
    JsonNode report = new ObjectMapper().readTree(EntitlementEngine.builtIn().evaluateJson(request));
    assertThat(report.at("/outcomes/0/verdict").asText()).isEqualTo("INELIGIBLE");
  }
}
