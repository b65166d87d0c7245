package io.github.huiqi.calculators.tax.restated;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.vat.VatMeasure;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The national tax reliefs restated by 深工信〔2023〕26号 第1条 and by 沪企服办〔2023〕1号 第二十二条, counted once.
 * <p>
 * The sample (EntitlementSamples), worked by hand: 2023 taxable income 3,400,000 before R&amp;D expensed of
 * 600,000 + 250,000 + 50,000 + 0 + 50,000 + 50,000 = 1,000,000 (the other costs 50,000 within 10/90 of the
 * 950,000 of the rest); an enrolled 科技型中小企业, so the extra deduction is 100% × 1,000,000 = 1,000,000 and the R&amp;D
 * saving 25% × 1,000,000 = 250,000.00 (企业所得税法 第四条); the taxable income after it, 2,400,000, is within
 * 3,000,000 (employees and assets within 300 and 50,000,000), so the 小型微利企业 pays 2,400,000 × 25% × 20% =
 * 120,000.00 against 2,400,000 × 25% = 600,000.00: 480,000.00 saved (沪企服办〔2023〕1号 第二十二条: "自 2023 年至
 * 2024 年，符合条件的小型微利企业年应纳税所得额，减按 25% 计入应纳税所得额，按 20% 的税率缴纳企业所得税"); a general VAT
 * taxpayer, so no VAT relief.
 */
class RestatedReliefRuleTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final LocalDate MID_2023 = LocalDate.of(2023, 6, 30);

  private static MeasureOutcome outcome(EntitlementReport report, TypedMeasureId<?> id) {
    return report.outcome(id.id()).orElseThrow();
  }

  private static EnterpriseProfile registeredIn(String code) {
    return EnterpriseProfile.builder().from(CatalogProfiles.sample()).registrationRegionCode(code).build();
  }

  @Test
  void test_shanghaiFirm_countedUnderTheShanghaiNoticeWithItsTaxService() {
    EntitlementReport report = ENGINE.evaluate(registeredIn("310115"), MID_2023);
    MeasureOutcome slpe = outcome(report, SmallLowProfitMeasure.SHANGHAI_2023);
    assertThat(slpe.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(slpe.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("480000.00")));
    assertThat(slpe.countedInTotal()).isTrue();
    assertThat(slpe.clauseLabel()).isEqualTo("沪企服办〔2023〕1号 第二十二条");
    // (二十二) … (市税务局)
    assertThat(slpe.responsibleDepartments()).extracting(LocalizedText::zh).containsExactly("市税务局");
    MeasureOutcome rd = outcome(report, RdMeasure.SHANGHAI_2023);
    assertThat(rd.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("250000.00")));
    assertThat(rd.countedInTotal()).isTrue();
    // the Shenzhen restatements are not the Shanghai firm's: ineligible, zero, saying where the relief is counted
    MeasureOutcome shenzhen = outcome(report, SmallLowProfitMeasure.SHENZHEN_2023);
    assertThat(shenzhen.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(shenzhen.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(shenzhen.countedInTotal()).isFalse();
    assertThat(shenzhen.missingFacts()).isEmpty();
    Reason note = shenzhen.notes().get(shenzhen.notes().size() - 1);
    assertThat(note.code()).isEqualTo(RestatedReliefRule.CODE);
    assertThat(note.message().zh()).contains("沪企服办〔2023〕1号 第二十二条", "sh-qfb-2023-1.small-low-profit-enterprise");
    assertThat(note.citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
    assertThat(note.citation().article()).isEqualTo("decisions register §1.7");
    assertThat(outcome(report, RdMeasure.SHENZHEN_2023).verdict()).isEqualTo(Verdict.INELIGIBLE);
    // explained, the note is its reason too
    assertThat(outcome(ENGINE.explain(registeredIn("310115"), MID_2023), SmallLowProfitMeasure.SHENZHEN_2023)
        .reasons()).extracting(Reason::code).containsExactly(RestatedReliefRule.CODE);
    // explained, the Shanghai relief's steps cite the Shanghai notice where they cite the source text, never the
    // Shenzhen one
    String explained = outcome(ENGINE.explain(registeredIn("310115"), MID_2023), SmallLowProfitMeasure.SHANGHAI_2023)
        .explanation().render(Locale.CHINA);
    assertThat(explained).contains("沪企服办〔2023〕1号 第二十二条").doesNotContain("深工信");
    // each relief once: 480,000.00 + 250,000.00 = 730,000.00 of tax saved, as for the Shenzhen firm
    assertThat(report.totals().byKind().get(AmountKind.TAX_SAVED))
        .isEqualTo(OutcomeAmount.exactly(Cny.of("730000.00")));
  }

  @Test
  void test_shenzhenFirm_theShanghaiRestatementsIneligibleByRegion_totalUnchanged() {
    EntitlementReport report = ENGINE.explain(CatalogProfiles.sample(), MID_2023);
    for (TypedMeasureId<?> id : new TypedMeasureId<?>[] {VatMeasure.SHANGHAI_2023,
        SmallLowProfitMeasure.SHANGHAI_2023, RdMeasure.SHANGHAI_2023}) {
      MeasureOutcome shanghai = outcome(report, id);
      assertThat(shanghai.verdict()).as(id.toString()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(shanghai.reasons()).extracting(Reason::code).containsExactly("not-enterprise-in-region");
    }
    MeasureOutcome shenzhen = outcome(report, SmallLowProfitMeasure.SHENZHEN_2023);
    assertThat(shenzhen.countedInTotal()).isTrue();
    assertThat(shenzhen.notes()).extracting(Reason::code).doesNotContain(RestatedReliefRule.CODE);
    assertThat(shenzhen.clauseLabel()).isEqualTo("深工信〔2023〕26号 第1条");
    assertThat(report.totals().byKind().get(AmountKind.TAX_SAVED))
        .isEqualTo(OutcomeAmount.exactly(Cny.of("730000.00")));
  }

  @Test
  void test_firmElsewhere_theShenzhenRestatementReadForAnywhere() {
    // 广州市天河区: neither city's; the Shenzhen listing has no region, so it counts, as before the Shanghai one
    EntitlementReport report = ENGINE.evaluate(registeredIn("440106"), MID_2023);
    assertThat(outcome(report, SmallLowProfitMeasure.SHENZHEN_2023).countedInTotal()).isTrue();
    assertThat(outcome(report, SmallLowProfitMeasure.SHANGHAI_2023).verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(report.totals().byKind().get(AmountKind.TAX_SAVED))
        .isEqualTo(OutcomeAmount.exactly(Cny.of("730000.00")));
  }

  @Test
  void test_regionUnknown_theShanghaiRestatementSetAside_notCountedTwice() {
    EnterpriseProfile noRegion = EnterpriseProfile.builder().from(CatalogProfiles.sample())
        .registrationRegionCode(Optional.empty()).build();
    EntitlementReport report = ENGINE.evaluate(noRegion, MID_2023);
    MeasureOutcome shanghai = outcome(report, SmallLowProfitMeasure.SHANGHAI_2023);
    // undetermined on the region: up to the 480,000.00 it saves a Shanghai firm
    assertThat(shanghai.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(shanghai.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("480000.00")));
    assertThat(shanghai.countedInTotal()).isFalse();
    assertThat(shanghai.notes()).extracting(Reason::code).contains(RestatedReliefRule.CODE);
    assertThat(outcome(report, SmallLowProfitMeasure.SHENZHEN_2023).countedInTotal()).isTrue();
    // the tax saved is 730,000.00 once, not up to 1,460,000.00
    assertThat(report.totals().byKind().get(AmountKind.TAX_SAVED))
        .isEqualTo(OutcomeAmount.exactly(Cny.of("730000.00")));
  }

  @Test
  void test_someMeasuresAsked_inAnyOrder_stillCountedOnce() {
    // the Shenzhen restatement asked first, then the Shanghai one, for a Shanghai firm (a run of three measures, not
    // the whole catalogue's): the Shanghai one counts
    EntitlementReport report = ENGINE.evaluate(EntitlementRequest.of(registeredIn("310115"), MID_2023)
        .withMeasures(List.of(RdMeasure.SHENZHEN_2023.id(), SmallLowProfitMeasure.SHENZHEN_2023.id(),
            SmallLowProfitMeasure.SHANGHAI_2023.id())));
    assertThat(report.outcomes()).hasSize(3);
    assertThat(outcome(report, SmallLowProfitMeasure.SHANGHAI_2023).countedInTotal()).isTrue();
    assertThat(outcome(report, SmallLowProfitMeasure.SHENZHEN_2023).countedInTotal()).isFalse();
    // the Shenzhen R&D restatement is the only R&D outcome asked, but a Shanghai firm's R&D relief is counted under
    // the Shanghai notice whether or not that is asked (decisions register §1.7: "where the firm's region is known,
    // the other is not the firm's (ineligible, zero)"): the engine evaluates the Shanghai R&D outcome for the rule
    // and reports the Shenzhen one ineligible, as a whole-catalogue run does; the tax saved is the 480,000.00 of
    // the 小型微利企业 relief asked
    assertThat(outcome(report, RdMeasure.SHENZHEN_2023).verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome(report, RdMeasure.SHENZHEN_2023).countedInTotal()).isFalse();
    assertThat(report.totals().byKind().get(AmountKind.TAX_SAVED))
        .isEqualTo(OutcomeAmount.exactly(Cny.of("480000.00")));
  }

  @Test
  void test_oneRestatementAsked_countedAlone_throughTheJson() {
    String request = ("{'profile': {'registrationRegionCode': '310115'}, 'asOf': '2023-06-30', 'measures': "
        + "['sh-qfb-2023-1.small-low-profit-enterprise']}").replace('\'', '"');
    var outcome = EngineJson.firstOutcome(request);
    assertThat(outcome.at("/measure").asText()).isEqualTo("sh-qfb-2023-1.small-low-profit-enterprise");
    assertThat(outcome.at("/countedInTotal").asBoolean()).isTrue();
    assertThat(outcome.at("/clauseLabel").asText()).isEqualTo("沪企服办〔2023〕1号 第二十二条");
  }

  @Test
  void test_shanghaiParameters_citeTheShanghaiText_theirValuesTheNationalOnes() {
    PolicyData data = PolicyData.builtIn();
    SmallLowProfitMeasure shanghai = data.getMeasure(SmallLowProfitMeasure.SHANGHAI_2023);
    SmallLowProfitMeasure shenzhen = data.getMeasure(SmallLowProfitMeasure.SHENZHEN_2023);
    // tax years 2023–2024: 5% on both parts, quoted from (二十二)
    var row = shanghai.rates().get(3);
    assertThat(row.lowerSliceRate().citation().document()).isEqualTo("沪企服办〔2023〕1号");
    assertThat(row.lowerSliceRate().citation().article()).isEqualTo("第二十二条");
    assertThat(row.upperSliceRate().citation().quote()).hasValueSatisfying(q -> q.startsWith("自 2023 年至 2024 年"));
    for (int i = 0; i < shenzhen.rates().size(); i++) {
      assertThat(shanghai.rates().get(i).lowerSliceRate().value())
          .isEqualTo(shenzhen.rates().get(i).lowerSliceRate().value());
      assertThat(shanghai.rates().get(i).upperSliceRate().value())
          .isEqualTo(shenzhen.rates().get(i).upperSliceRate().value());
    }
    assertThat(data.getMeasure(RdMeasure.SHANGHAI_2023).toString()).doesNotContain("深工信〔2023〕26号 第1条\"");
    assertThat(data.getMeasure(VatMeasure.SHANGHAI_2023).clause().article()).isEqualTo("第二十二条");
  }
}
