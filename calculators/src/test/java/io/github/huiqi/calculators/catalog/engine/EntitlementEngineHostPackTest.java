package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.catalog.MeasureRegistry;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyPacks;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A host's own copy of a pack beside the built-in one, in one catalogue: each measure is evaluated with its own
 * parameters in the same run, though both share the profile and the tax year (the run's shared R&amp;D evaluation is
 * kept per measure).
 */
class EntitlementEngineHostPackTest {

  @Test
  void aHostsRdMeasureWithAnotherRate_isEvaluatedWithItsOwnRate_inTheSameRun() throws Exception {
    // 深工信〔2023〕26号 copied under the document id sz-gxj-2099-1, every 100% R&D extra rate set to 50% (and
    // its intangible base to 150%)
    ObjectMapper mapper = new ObjectMapper();
    JsonNode pack = mapper.readTree(HuiqiJson.write(PolicyPacks.readBuiltIn("sz-gxj-2023-26.json"))
        .replace("sz-gxj-2023-26", "sz-gxj-2099-1"));
    for (JsonNode measure : pack.get("measures")) {
      if (measure.get("id").asText().endsWith(".rd-super-deduction")) {
        for (JsonNode rate : measure.get("rates")) {
          ObjectNode extra = (ObjectNode) rate.get("expensedExtraRate");
          if (extra.get("value").asText().equals("100%")) {
            extra.put("value", "50%");
            ((ObjectNode) rate.get("intangibleBaseRate")).put("value", "150%");   // 100% plus the extra rate
          }
        }
      }
    }
    PolicyData data = PolicyData.builtIn().withPack(PolicyPacks.read(mapper.writeValueAsString(pack), "host"));
    EntitlementReport report = EntitlementEngine.of(Catalog.of(data, MeasureRegistry.BUILT_IN))
        .evaluate(CatalogProfiles.sample(), LocalDate.of(2023, 6, 30));

    // built-in (第1条, 2023年第7号): 100% of the sample's 1,000,000 of R&D: saves 25% × 1,000,000 = 250,000.00;
    // TIa 3,400,000 − 1,000,000 = 2,400,000: 小型微利企业 saves 600,000 − 120,000 = 480,000.00
    assertThat(report.outcome(RdMeasure.SHENZHEN_2023.id()).orElseThrow().amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("250000.00")));
    assertThat(report.outcome(SmallLowProfitMeasure.SHENZHEN_2023.id()).orElseThrow().amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("480000.00")));
    // the host's rows at 100% now say 50%, so the best row for 2023 is the 75% of 财税〔2018〕99号 (to 2023-12-31,
    // kept as it was): E = 750,000, saving 25% × 750,000 = 187,500.00; TIa 2,650,000 ≤ 3,000,000 still 小型微利企业:
    // 25% × 2,650,000 = 662,500 against 2,650,000 × 25% × 20% = 132,500: 530,000.00 saved
    assertThat(report.outcome(MeasureId.of("sz-gxj-2099-1.rd-super-deduction")).orElseThrow().amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("187500.00")));
    assertThat(report.outcome(MeasureId.of("sz-gxj-2099-1.small-low-profit-enterprise")).orElseThrow().amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("530000.00")));
  }
}
