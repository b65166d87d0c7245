package io.github.huiqi.core.tax.rd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.PolicyDataException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyPacks;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link RdMeasure} and its built-in table in the pack of 深工信〔2023〕26号 (domain reference card
 * 000-1d and §2.13).
 */
class RdMeasureTest {

  private static final Set<RdEnterpriseKind> NONE = EnumSet.noneOf(RdEnterpriseKind.class);

  private static RdMeasure builtIn() {
    return PolicyData.builtIn().getMeasure(RdMeasure.SHENZHEN_2023);
  }

  private static String best(int year, RdEnterpriseKind... kinds) {
    Set<RdEnterpriseKind> set = EnumSet.noneOf(RdEnterpriseKind.class);
    set.addAll(List.of(kinds));
    return builtIn().bestRate(year, set).map(r -> r.expensedExtraRate().value().toString()).orElse("none");
  }

  @Test
  void test_builtIn_isMeasureOfArticleOneInItsPack() {
    RdMeasure measure = builtIn();
    assertThat(measure.clause().document().toString()).isEqualTo("sz-gxj-2023-26");
    assertThat(measure.clause().article()).isEqualTo("第1条");
    assertThat(PolicyPacks.readBuiltIn("sz-gxj-2023-26.json").measures()).contains(measure);
    // 财税〔2015〕119号: other related costs ≤ 10% of the total
    assertThat(measure.otherCostsCapShare().value()).isEqualTo(Rate.parse("10%"));
    // 企业所得税法实施条例 第六十七条: at least 10 years
    assertThat(measure.defaultAmortisationYears().value()).isEqualTo(10);
    assertThat(measure.rounding().value()).isEqualTo(MoneyRounding.FEN_HALF_UP);
    assertThat(measure.rounding().citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
  }

  @Test
  void test_builtIn_rowsMatchDomainReferenceTable() {
    // §2.13: 科技型中小企业 75% 2017–2019 (财税〔2017〕34号); general 75% 2018–2023 (财税〔2018〕99号, 2021年第6号)
    // before them every eligible enterprise 50% 2016–2017 (财税〔2015〕119号 第一条; EXT-K, not in §2.13)
    assertThat(best(2015, RdEnterpriseKind.TECH_SME)).isEqualTo("none");
    assertThat(best(2016, RdEnterpriseKind.TECH_SME)).isEqualTo("50%");
    assertThat(best(2016)).isEqualTo("50%");
    assertThat(best(2017, RdEnterpriseKind.TECH_SME)).isEqualTo("75%");
    assertThat(best(2017)).isEqualTo("50%");
    assertThat(best(2018)).isEqualTo("75%");
    // 科技型 2021 → general 75%; 2022 → 100% (2022年第16号)
    assertThat(best(2021, RdEnterpriseKind.TECH_SME)).isEqualTo("75%");
    assertThat(best(2022, RdEnterpriseKind.TECH_SME)).isEqualTo("100%");
    // manufacturers 100% from 2021 (2021年第13号), 75% in 2020
    assertThat(best(2020, RdEnterpriseKind.MANUFACTURING)).isEqualTo("75%");
    assertThat(best(2021, RdEnterpriseKind.MANUFACTURING)).isEqualTo("100%");
    // everyone 100% from 2023 (2023年第7号), no end; 2022 75%
    assertThat(best(2022)).isEqualTo("75%");
    assertThat(best(2023)).isEqualTo("100%");
    assertThat(best(2040)).isEqualTo("100%");
    // IC / 工业母机 120% 2023..2027 (2023年第44号), 100% in 2028 and 75% in 2022
    assertThat(best(2022, RdEnterpriseKind.IC_OR_MACHINE_TOOL)).isEqualTo("75%");
    assertThat(best(2023, RdEnterpriseKind.IC_OR_MACHINE_TOOL)).isEqualTo("120%");
    assertThat(best(2027, RdEnterpriseKind.IC_OR_MACHINE_TOOL, RdEnterpriseKind.TECH_SME)).isEqualTo("120%");
    assertThat(best(2028, RdEnterpriseKind.IC_OR_MACHINE_TOOL)).isEqualTo("100%");
  }

  @Test
  void test_builtIn_exactDateBoundsOfEachRow() {
    // the first and last days kept as in domain reference §2.13
    assertThat(row(RdEnterpriseKind.TECH_SME, 2017).taxYears())
        .isEqualTo(DateRange.of(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31)));
    assertThat(row(RdEnterpriseKind.ALL_ELIGIBLE, 2018).taxYears())
        .isEqualTo(DateRange.of(LocalDate.of(2018, 1, 1), LocalDate.of(2023, 12, 31)));
    assertThat(row(RdEnterpriseKind.MANUFACTURING, 2021).taxYears())
        .isEqualTo(DateRange.startingOn(LocalDate.of(2021, 1, 1)));
    assertThat(row(RdEnterpriseKind.TECH_SME, 2022).taxYears())
        .isEqualTo(DateRange.startingOn(LocalDate.of(2022, 1, 1)));
    assertThat(row(RdEnterpriseKind.IC_OR_MACHINE_TOOL, 2023).taxYears())
        .isEqualTo(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31)));
    // every row: base = 100% + extra
    for (RdDeductionRate rate : builtIn().rates()) {
      assertThat(rate.intangibleBaseRate().value())
          .isEqualTo(Rate.ONE_HUNDRED_PERCENT.plus(rate.expensedExtraRate().value()));
    }
  }

  private static RdDeductionRate row(RdEnterpriseKind kind, int year) {
    return builtIn().rates().stream().filter(r -> r.kind() == kind && r.governs(year)
        && !r.governs(year - 1)).findFirst().orElseThrow();
  }

  @Test
  void test_builtIn_citations() {
    RdMeasure measure = builtIn();
    // the 2022 科技型 row quotes the seed (深工信〔2023〕26号 第1条), the others cite their instruments
    assertThat(row(RdEnterpriseKind.TECH_SME, 2022).expensedExtraRate().citation().provenance())
        .isEqualTo(Provenance.SOURCE_TEXT);
    assertThat(row(RdEnterpriseKind.TECH_SME, 2022).expensedExtraRate().citation().quote())
        .hasValueSatisfying(q -> assertThat(q).contains("再按照100%在税前加计扣除").contains("200%"));
    assertThat(row(RdEnterpriseKind.TECH_SME, 2017).expensedExtraRate().citation().document())
        .contains("财税〔2017〕34号");
    assertThat(row(RdEnterpriseKind.ALL_ELIGIBLE, 2018).expensedExtraRate().citation().document())
        .contains("财税〔2018〕99号");
    assertThat(row(RdEnterpriseKind.MANUFACTURING, 2021).expensedExtraRate().citation().document())
        .contains("2021年第13号");
    assertThat(row(RdEnterpriseKind.ALL_ELIGIBLE, 2023).expensedExtraRate().citation().document())
        .contains("2023年第7号");
    assertThat(row(RdEnterpriseKind.IC_OR_MACHINE_TOOL, 2023).expensedExtraRate().citation().document())
        .contains("2023年第44号");
    for (RdDeductionRate rate : measure.rates()) {
      if (rate != row(RdEnterpriseKind.TECH_SME, 2022)) {
        assertThat(rate.expensedExtraRate().citation().provenance()).isEqualTo(Provenance.EXTERNAL_INSTRUMENT);
      }
    }
    for (RdExcludedIndustry entry : measure.excludedIndustries()) {
      assertThat(entry.citation().document()).contains("财税〔2015〕119号");
    }
  }

  @Test
  void test_builtIn_negativeListAsData() {
    // 财税〔2015〕119号 第四条: 烟草制造业, 住宿和餐饮业, 批发和零售业, 房地产业, 租赁和商务服务业, 娱乐业
    assertThat(builtIn().excludedIndustries()).extracting(e -> e.name().zh())
        .containsExactly("烟草制造业", "住宿和餐饮业", "批发和零售业", "房地产业", "租赁和商务服务业", "娱乐业");
    RdMeasure measure = builtIn();
    assertThat(measure.findExclusion("C1610")).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("C16"));
    assertThat(measure.findExclusion("R9011")).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("R90"));
    assertThat(measure.findExclusion("R8610")).isEmpty();
    assertThat(measure.findExclusion("C")).isEmpty();
    assertThat(measure.findPossibleExclusion("C")).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("C16"));
    assertThat(measure.findPossibleExclusion("I6510")).isEmpty();
  }

  @Test
  void test_bestRate_tieKeepsFirstRow_andNegativeListNotChecked() {
    // 2023 科技型 manufacturer: 100% from 2021年第13号, 2022年第16号 and 2023年第7号: the first in the table (13号)
    assertThat(builtIn().bestRate(2023, EnumSet.of(RdEnterpriseKind.TECH_SME, RdEnterpriseKind.MANUFACTURING))
        .orElseThrow().kind()).isEqualTo(RdEnterpriseKind.MANUFACTURING);
    assertThat(builtIn().hasRulesFor(2015)).isFalse();
    assertThat(builtIn().hasRulesFor(2016)).isTrue();
    assertThat(builtIn().bestRate(2017, NONE).orElseThrow().expensedExtraRate().citation().document())
        .contains("财税〔2015〕119号");
    assertThat(builtIn().bestRate(2015, NONE)).isEmpty();
  }

  @Test
  void test_json_roundTrip() {
    RdMeasure measure = builtIn();
    String json = HuiqiJson.write(measure);
    assertThat(json).contains("\"type\" : \"tax.rd-super-deduction\"");
    assertThat(HuiqiJson.read(json, Measure.class)).isEqualTo(measure);
    assertThat(HuiqiJson.read(json, RdMeasure.class)).isEqualTo(measure);
  }

  @Test
  void test_newRow_baseNotHundredPlusExtra_orParameterNotCovering_rejected() {
    RdDeductionRate ic = row(RdEnterpriseKind.IC_OR_MACHINE_TOOL, 2023);
    assertThatThrownBy(() -> new RdDeductionRate(ic.kind(), ic.taxYears(), ic.expensedExtraRate(),
        ic.intangibleBaseRate().withValue(Rate.parse("200%"))))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("intangibleBaseRate/value"));
    assertThatThrownBy(() -> new RdDeductionRate(ic.kind(), DateRange.startingOn(LocalDate.of(2023, 1, 1)),
        ic.expensedExtraRate(), ic.intangibleBaseRate()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("expensedExtraRate/validity"));
    assertThatThrownBy(() -> new RdDeductionRate(ic.kind(), ic.taxYears(), ic.expensedExtraRate().withValue(Rate.ZERO),
        ic.intangibleBaseRate()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("expensedExtraRate/value"));
  }

  @Test
  void test_newMeasure_invariantsNameTheField() {
    RdMeasure m = builtIn();
    assertThatThrownBy(() -> new RdMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        List.of(), m.excludedIndustries(), m.otherCostsCapShare(), m.defaultAmortisationYears(), m.rounding(),
        m.base()))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("rates"));
    assertThatThrownBy(() -> new RdMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.rates(), m.excludedIndustries(), m.otherCostsCapShare().withValue(Rate.ONE_HUNDRED_PERCENT),
        m.defaultAmortisationYears(), m.rounding(), m.base()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("otherCostsCapShare/value"));
    assertThatThrownBy(() -> new RdMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.rates(), m.excludedIndustries(), m.otherCostsCapShare(), m.defaultAmortisationYears().withValue(0),
        m.rounding(), m.base()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("defaultAmortisationYears/value"));
    List<RdExcludedIndustry> list = new ArrayList<>(m.excludedIndustries());
    assertThatThrownBy(() -> new RdExcludedIndustry("C161", list.get(0).name(), list.get(0).citation()))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("code"));
  }

  @Test
  void test_pack_badRateInJson_namesPack() {
    String json = readPack().replace("\"220%\"", "\"230%\"");
    assertThatThrownBy(() -> PolicyPacks.read(json, "altered.json"))
        .isInstanceOfSatisfying(PolicyDataException.class, ex -> assertThat(ex.getMessage()).contains("altered.json")
            .contains("intangibleBaseRate"));
  }

  private static String readPack() {
    try (var in = PolicyPacks.class.getResourceAsStream(PolicyPacks.RESOURCE_DIRECTORY + "sz-gxj-2023-26.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }
}
