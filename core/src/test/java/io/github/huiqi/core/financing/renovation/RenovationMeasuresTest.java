package io.github.huiqi.core.financing.renovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests the Shenzhen technical-renovation models (小升规 three-year plan 第十条) as loaded from the built-in pack: the
 * grant (card 001-10a) and the stackable loan interest subsidy (card 001-10b).
 */
class RenovationMeasuresTest {

  private static final String PLAN = "深圳市关于推动小型微型工业企业上规模发展三年行动方案(2022-2024年)";
  private static final PolicyData DATA = PolicyData.builtIn();
  private static final RenovationGrantMeasure GRANT = DATA.getMeasure(
      RenovationGrantMeasure.SHENZHEN_2022);
  private static final RenovationInterestMeasure INTEREST = DATA.getMeasure(
      RenovationInterestMeasure.SHENZHEN_2022);

  @Test
  void test_grant_valuesFromTheSourceAndRules() {
    // 第十条: "资助上限为5000万元" (source text)
    assertThat(GRANT.capPerProject().value()).isEqualTo(Cny.of("50000000"));
    assertThat(GRANT.capPerProject().citation().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
    assertThat(GRANT.capPerProject().citation().document()).isEqualTo(PLAN);
    assertThat(GRANT.capPerProject().citation().article()).isEqualTo("第十条");
    // operating rules (card 001-10a): level ≥4 → 20%, 3 → 16%, 2 → 12%; equipment upgrade 10%
    assertThat(GRANT.tierFor(5).orElseThrow().rate()).isEqualTo(Rate.parse("20%"));
    assertThat(GRANT.tierFor(4).orElseThrow().rate()).isEqualTo(Rate.parse("20%"));
    assertThat(GRANT.tierFor(3).orElseThrow().rate()).isEqualTo(Rate.parse("16%"));
    assertThat(GRANT.tierFor(2).orElseThrow().rate()).isEqualTo(Rate.parse("12%"));
    assertThat(GRANT.tierFor(1)).isEmpty();
    assertThat(GRANT.highestIntelligentRate()).isEqualTo(Rate.parse("20%"));
    assertThat(GRANT.equipmentUpgradeRate().value()).isEqualTo(Rate.parse("10%"));
    // every tier lies within the plan's "不超过项目总投资额10-20%"
    for (RenovationGrantTier tier : GRANT.intelligentTiers().value()) {
      assertThat(tier.rate().compareTo(Rate.parse("10%"))).isNotNegative();
      assertThat(tier.rate().isGreaterThan(Rate.parse("20%"))).isFalse();
    }
    // 80% / 70% structure conditions
    assertThat(GRANT.minimumFixedAssetShare().value()).isEqualTo(Rate.parse("80%"));
    assertThat(GRANT.minimumEquipmentShare().value()).isEqualTo(Rate.parse("70%"));
    for (var parameter : List.of(GRANT.intelligentTiers(), GRANT.equipmentUpgradeRate(),
        GRANT.minimumFixedAssetShare(), GRANT.minimumEquipmentShare())) {
      assertThat(parameter.citation().provenance()).isEqualTo(Provenance.EXTERNAL_INSTRUMENT);
      assertThat(parameter.citation().note()).isPresent();
    }
    assertThat(GRANT.rounding().citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
    assertThat(GRANT.investmentBase().item()).hasValue("26");
    // 第十条: "对符合条件的技术改造项目分档分类给予不超过项目总投资额10-20%的资助" — an "up to" grant
    assertThat(GRANT.supportedProjects().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
    assertThat(GRANT.supportedProjects().quote()).hasValueSatisfying(q -> assertThat(q).contains("不超过"));
  }

  @Test
  void test_interest_valuesFromTheSourceAndRules() {
    // 第十条: "按实际支付利息的50%，给予最高500万元的贴息资助"
    assertThat(INTEREST.subsidyRatio().value()).isEqualTo(Rate.parse("50%"));
    assertThat(INTEREST.subsidyRatio().citation().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
    assertThat(INTEREST.capPerProject().value()).isEqualTo(Cny.of("5000000"));
    assertThat(INTEREST.capPerProject().citation().quote()).hasValue("给予最高500万元的贴息资助");
    // ≤3 years: the plan is silent, the 2023-era rules say so (card 001-10b, §4.1 item 9)
    assertThat(INTEREST.maximumSubsidyYears().value()).isEqualTo(3);
    assertThat(INTEREST.maximumSubsidyYears().citation().provenance()).isEqualTo(Provenance.EXTERNAL_INSTRUMENT);
    // the rules' wording was not retrieved (card 001-10b summarises a consultancy page): no quote, not even in the note
    assertThat(INTEREST.maximumSubsidyYears().citation().quote()).isEmpty();
    assertThat(INTEREST.maximumSubsidyYears().citation().note()).hasValueSatisfying(
        n -> assertThat(n).contains("paraphrase").doesNotContain("贴息期限最长不超过3年"));
    // "还可叠加享受贷款贴息"
    assertThat(INTEREST.stackingWithGrant().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
    assertThat(INTEREST.stackingWithGrant().quote()).hasValueSatisfying(q -> assertThat(q).contains("还可叠加享受"));
    for (Measure measure : List.<Measure>of(GRANT, INTEREST)) {
      assertThat(measure.documentStatus()).isEqualTo(DocumentStatus.IN_FORCE);
      assertThat(DATA.documentOf(measure).status()).isEqualTo(measure.documentStatus());
      assertThat(measure.clause().article()).isEqualTo("第十条");
    }
  }

  @Test
  void test_json_roundTripsThroughTheMeasureType() {
    for (Measure measure : List.<Measure>of(GRANT, INTEREST)) {
      assertThat(HuiqiJson.read(HuiqiJson.write(measure), Measure.class)).isEqualTo(measure);
    }
    assertThat(HuiqiJson.write(GRANT)).contains("\"type\" : \"" + RenovationGrantMeasure.TYPE + "\"");
  }

  @Test
  void test_invariants_nameTheParameter() {
    RenovationGrantMeasure g = GRANT;
    assertThatThrownBy(() -> new RenovationGrantMeasure(g.id(), g.clause(), g.documentStatus(), g.title(),
        g.intelligentTiers().withValue(List.of(new RenovationGrantTier(3, Rate.parse("16%")),
            new RenovationGrantTier(3, Rate.parse("12%")))),
        g.equipmentUpgradeRate(), g.capPerProject(), g.minimumFixedAssetShare(), g.minimumEquipmentShare(),
        g.rounding(), g.investmentBase(), g.supportedProjects()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("intelligentTiers/value/1/minimumLevel"));
    assertThatThrownBy(() -> new RenovationGrantTier(6, Rate.parse("20%")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("minimumLevel"));
    assertThatThrownBy(() -> new RenovationGrantTier(2, Rate.ZERO))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("rate"));
    // a host's tier that leaves out its level: "is required" (not a wrong type, nor level 0)
    assertThatThrownBy(() -> HuiqiJson.read("{\"rate\": \"16%\"}", RenovationGrantTier.class))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("/minimumLevel");
          assertThat(ex.code()).isEqualTo(InvalidInputException.REQUIRED);
        });
    RenovationInterestMeasure i = INTEREST;
    assertThatThrownBy(() -> new RenovationInterestMeasure(i.id(), i.clause(), i.documentStatus(),
        i.title(), i.subsidyRatio(), i.capPerProject(), i.maximumSubsidyYears().withValue(0), i.rounding(),
        i.stackingWithGrant()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("maximumSubsidyYears/value"));
    assertThatThrownBy(() -> new RenovationInterestMeasure(i.id(), i.clause(), i.documentStatus(),
        i.title(), i.subsidyRatio().withValue(Rate.ZERO), i.capPerProject(), i.maximumSubsidyYears(), i.rounding(),
        i.stackingWithGrant()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("subsidyRatio/value"));
  }
}
