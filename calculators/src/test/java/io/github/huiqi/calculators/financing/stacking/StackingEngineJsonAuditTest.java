package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.catalog.EngineJson.least;
import static io.github.huiqi.calculators.catalog.EngineJson.most;
import static io.github.huiqi.calculators.catalog.EngineJson.noted;
import static io.github.huiqi.calculators.catalog.EngineJson.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import org.junit.jupiter.api.Test;

/**
 * {@link StackingEngineAuditTest}'s cases read in the report's own JSON, as a platform reads
 * {@code EntitlementEngine.evaluateJson}: the amounts, {@code countedInTotal}, the notes' codes and the total in reach,
 * with the same hand-worked figures (the working is beside each case there).
 */
class StackingEngineJsonAuditTest {

  /** Σ least and Σ most of the outcomes counted in the total (a joint limit once) equal the total in reach. */
  private static void assertTotalIsSumOfCounted(JsonNode report) {
    EngineJson.CountedSum sum = EngineJson.countedSum(report);
    assertThat(report.at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo(sum.least());
    JsonNode max = report.at("/totals/inReach/maximum");
    if (sum.bounded()) {
      assertThat(max.at("/amount").decimalValue()).isEqualByComparingTo(sum.most());
    } else {
      assertThat(max.isMissingNode() || max.isNull()).isTrue();
    }
  }

  @Test
  void test_firstLoanAlsoTechSme_inJson() {
    // 第13条 80% × 38,211.11 = 30,568.89 beats 第5条's 20,111.11 on F1 (register §4.1 item 10): 30,568.89 and 0.00
    JsonNode report = EngineJson.report(StackingEngineAuditTest.request("2023-09-30", "",
        StackingEngineAuditTest.F1_FIRST, StackingEngineAuditTest.p1("2023-08-15", "38211.11"), ""));
    JsonNode tech = outcome(report, "sz-gxj-2023-26.tech-sme-interest-subsidy");
    JsonNode first = outcome(report, "sz-gxj-2023-26.first-loan-interest-subsidy");
    assertThat(least(tech)).isEqualByComparingTo("30568.89");
    assertThat(most(tech)).isEqualByComparingTo("30568.89");
    assertThat(most(first)).isEqualByComparingTo("0.00");
    assertThat(first.at("/countedInTotal").asBoolean()).isTrue();
    assertThat(noted(first, "one-interest-subsidy-per-loan")).isTrue();
    assertThat(noted(tech, "one-interest-subsidy-per-loan")).isTrue();
    assertTotalIsSumOfCounted(report);
  }

  @Test
  void test_shanghaiFirm_restatedReliefOnce_inJson() {
    // 沪企服办〔2023〕1号 第二十二条: 200,000.00 + 50,000.00 counted; 深工信〔2023〕26号 第1条's ineligible, zero, not
    // counted (register §1.7): TAX_SAVED 250,000.00
    JsonNode report = EngineJson.report(StackingEngineAuditTest.TAX_FIRM);
    JsonNode shanghai = outcome(report, "sh-qfb-2023-1.small-low-profit-enterprise");
    JsonNode shenzhen = outcome(report, "sz-gxj-2023-26.small-low-profit-enterprise");
    assertThat(least(shanghai)).isEqualByComparingTo("200000.00");
    assertThat(shanghai.at("/countedInTotal").asBoolean()).isTrue();
    assertThat(shenzhen.at("/verdict").asText()).isEqualTo("INELIGIBLE");
    assertThat(most(shenzhen)).isEqualByComparingTo("0.00");
    assertThat(shenzhen.at("/countedInTotal").asBoolean()).isFalse();
    assertThat(noted(shenzhen, "restated-tax-relief-counted-once")).isTrue();
    assertThat(report.at("/totals/byKind/TAX_SAVED/minimum/amount").decimalValue()).isEqualByComparingTo("250000.00");
    assertThat(report.at("/totals/byKind/TAX_SAVED/maximum/amount").decimalValue()).isEqualByComparingTo("250000.00");
    assertTotalIsSumOfCounted(report);
  }

  @Test
  void test_unknownRegion_theShanghaiRestatementSetAside_inJson() {
    JsonNode report = EngineJson.report(StackingEngineAuditTest.TAX_FIRM
        .replace("\"registrationRegionCode\": \"310115\", ", ""));
    assertThat(outcome(report, "sh-qfb-2023-1.small-low-profit-enterprise").at("/countedInTotal").asBoolean())
        .isFalse();
    assertThat(least(outcome(report, "sz-gxj-2023-26.small-low-profit-enterprise")))
        .isEqualByComparingTo("200000.00");
    assertThat(report.at("/totals/byKind/TAX_SAVED/minimum/amount").decimalValue()).isEqualByComparingTo("250000.00");
    assertTotalIsSumOfCounted(report);
  }
}
