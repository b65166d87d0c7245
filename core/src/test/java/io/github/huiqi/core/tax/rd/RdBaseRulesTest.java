package io.github.huiqi.core.tax.rd;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link RdBaseRules} as built in (the pack of 深工信〔2023〕26号) and the R&amp;D items {@link RdProject} and
 * {@link RdEntrustment}.
 */
class RdBaseRulesTest {

  private static RdBaseRules builtIn() {
    return PolicyData.builtIn().getMeasure(RdMeasure.SHENZHEN_2023).base();
  }

  private static RdExpensedCosts costs(String personnel, String other) {
    return new RdExpensedCosts(Cny.of(personnel), Cny.ZERO, Cny.ZERO, Cny.ZERO, Cny.ZERO, Cny.of(other));
  }

  @Test
  void test_builtIn_otherCostsScopeByYear() {
    // 国家税务总局公告2015年第97号 第二条（三）: each project's own limit, 2016–2020
    for (int year = 2016; year <= 2020; year++) {
      assertThat(builtIn().findOtherCostsScope(year)).get().extracting(Parameter::value)
          .isEqualTo(RdOtherCostsScope.PER_PROJECT);
    }
    assertThat(builtIn().findOtherCostsScope(2019).orElseThrow().citation().document()).contains("2015年第97号");
    // 国家税务总局公告2021年第28号 第二条: pooled from the 2021 tax year, no end
    assertThat(builtIn().findOtherCostsScope(2021).orElseThrow().value()).isEqualTo(RdOtherCostsScope.POOLED);
    assertThat(builtIn().findOtherCostsScope(2040).orElseThrow().value()).isEqualTo(RdOtherCostsScope.POOLED);
    assertThat(builtIn().findOtherCostsScope(2021).orElseThrow().citation().document())
        .contains("国家税务总局公告2021年第28号");
    // before 财税〔2015〕119号 took effect (2016-01-01): no scope
    assertThat(builtIn().findOtherCostsScope(2015)).isEmpty();
  }

  @Test
  void test_builtIn_entrustedShares() {
    // 财税〔2015〕119号 第二条: 80% of the price of R&D entrusted at home
    assertThat(builtIn().entrustedShare().value()).isEqualTo(Rate.parse("80%"));
    assertThat(builtIn().entrustedShare().citation().document()).contains("财税〔2015〕119号");
    // 财税〔2018〕64号 第一条: 80% of the price of R&D entrusted to an overseas entity, within 2/3, from 2018
    assertThat(builtIn().overseasEntrustedShare().value()).isEqualTo(Rate.parse("80%"));
    assertThat(builtIn().overseasCapOfDomestic().value()).isEqualTo(new RdFraction(2, 3));
    assertThat(builtIn().overseasCapOfDomestic().citation().document()).contains("财税〔2018〕64号");
    assertThat(builtIn().overseasCounts(2017)).isFalse();
    assertThat(builtIn().overseasCounts(2018)).isTrue();
    assertThat(builtIn().overseasIndividualExcluded().document()).contains("财税〔2018〕64号");
  }

  @Test
  void test_builtIn_everyRuleCitesAnInstrumentAndSaysItParaphrases() {
    RdBaseRules rules = builtIn();
    List<io.github.huiqi.core.policy.Citation> citations = List.of(rules.entrustedShare().citation(),
        rules.otherCostsScopes().get(0).citation(), rules.otherCostsScopes().get(1).citation(),
        rules.costCategories(), rules.grantsExcluded(), rules.specialIncome(), rules.soldProductMaterials());
    for (io.github.huiqi.core.policy.Citation citation : citations) {
      assertThat(citation.provenance()).isEqualTo(Provenance.EXTERNAL_INSTRUMENT);
      // nothing is quoted that was not seen: each note says it paraphrases
      assertThat(citation.quote()).isEmpty();
      assertThat(citation.note()).hasValueSatisfying(note -> assertThat(note).contains("paraphrase"));
    }
    // 财税〔2018〕64号 was seen ([EXT-V]): its rules quote it, 第一条 for the 80% and the 2/3, 第六条 for the
    // overseas individual (本通知所称委托境外进行研发活动不包括委托境外个人进行的研发活动)
    for (io.github.huiqi.core.policy.Citation citation : List.of(rules.overseasEntrustedShare().citation(),
        rules.overseasCapOfDomestic().citation(), rules.overseasIndividualExcluded())) {
      assertThat(citation.provenance()).isEqualTo(Provenance.EXTERNAL_INSTRUMENT);
      assertThat(citation.quote()).isPresent();
      assertThat(citation.note()).hasValueSatisfying(note -> assertThat(note).contains("[EXT-V]"));
    }
    assertThat(rules.overseasEntrustedShare().citation().article()).isEqualTo("第一条");
    assertThat(rules.overseasCapOfDomestic().citation().article()).isEqualTo("第一条");
    assertThat(rules.overseasIndividualExcluded().article()).isEqualTo("第六条");
    assertThat(rules.form().document()).contains("A107012");
    assertThat(rules.grantsExcluded().document()).contains("2015年第97号");
    assertThat(rules.specialIncome().document()).contains("2017年第40号");
    assertThat(rules.soldProductMaterials().document()).contains("2017年第40号");
  }

  @Test
  void test_fraction_appliedWithOneDivision() {
    // 100.00 × 2 ÷ 3 = 66.666… → 66.67 half-up, 66.66 down
    assertThat(new RdFraction(2, 3).applyTo(new BigDecimal("100.00"), MoneyRounding.FEN_HALF_UP))
        .isEqualByComparingTo("66.67");
    assertThat(new RdFraction(2, 3).applyTo(new BigDecimal("100.00"), MoneyRounding.FEN_DOWN))
        .isEqualByComparingTo("66.66");
    assertThat(new RdFraction(2, 3)).hasToString("2/3");
    assertField(() -> new RdFraction(-1, 3), "numerator");
    assertField(() -> new RdFraction(4, 3), "numerator");
    assertField(() -> new RdFraction(0, 0), "denominator");
    assertThat(HuiqiJson.read("{\"numerator\": 2, \"denominator\": 3}", RdFraction.class))
        .isEqualTo(new RdFraction(2, 3));
  }

  @Test
  void test_rules_invariants() {
    RdBaseRules b = builtIn();
    // overlapping scopes
    Parameter<RdOtherCostsScope> overlapping = Parameter.of(RdOtherCostsScope.POOLED, b.form(),
        DateRange.startingOn(LocalDate.of(2020, 1, 1)));
    assertField(() -> new RdBaseRules(List.of(b.otherCostsScopes().get(0), overlapping), b.entrustedShare(),
        b.overseasEntrustedShare(), b.overseasCapOfDomestic(), b.costCategories(), b.overseasIndividualExcluded(),
        b.grantsExcluded(), b.specialIncome(), b.soldProductMaterials(), b.form()), "otherCostsScopes/1/validity");
    assertField(() -> new RdBaseRules(List.of(), b.entrustedShare(), b.overseasEntrustedShare(),
        b.overseasCapOfDomestic(), b.costCategories(), b.overseasIndividualExcluded(), b.grantsExcluded(),
        b.specialIncome(), b.soldProductMaterials(), b.form()), "otherCostsScopes");
    assertField(() -> new RdBaseRules(b.otherCostsScopes(), b.entrustedShare().withValue(Rate.parse("120%")),
        b.overseasEntrustedShare(), b.overseasCapOfDomestic(), b.costCategories(), b.overseasIndividualExcluded(),
        b.grantsExcluded(), b.specialIncome(), b.soldProductMaterials(), b.form()), "entrustedShare/value");
    Parameter<RdFraction> otherDates = Parameter.of(new RdFraction(2, 3), b.form(),
        DateRange.startingOn(LocalDate.of(2016, 1, 1)));
    assertField(() -> new RdBaseRules(b.otherCostsScopes(), b.entrustedShare(), b.overseasEntrustedShare(),
        otherDates, b.costCategories(), b.overseasIndividualExcluded(), b.grantsExcluded(), b.specialIncome(),
        b.soldProductMaterials(), b.form()), "overseasCapOfDomestic/validity");
  }

  @Test
  void test_project_qualifyingCostsNetOfGrants_andInvariants() {
    RdProject project = RdProject.builder().name("P").costs(costs("600000", "80000"))
        .grantFunded(costs("100000", "0")).capitalised(false).build();
    // 600,000 − 100,000 = 500,000 personnel; other 80,000 untouched (97号 第二条（五）)
    assertThat(Cny.yuan(project.qualifyingCosts().personnel(), "p")).isEqualByComparingTo("500000");
    assertThat(Cny.yuan(project.qualifyingCosts().otherRelated(), "o")).isEqualByComparingTo("80000");
    assertThat(HuiqiJson.read(HuiqiJson.write(project), RdProject.class)).isEqualTo(project);
    assertField(() -> RdProject.builder().name("P").costs(costs("100", "0")).grantFunded(costs("100.01", "0"))
        .capitalised(false).build(), "grantFunded/personnel");
    assertField(() -> RdProject.builder().name(" ").costs(costs("1", "0")).capitalised(false).build(), "name");
    assertField(() -> RdProject.builder().name("P").costs(costs("1", "0")).build(), "capitalised");
    assertField(() -> RdProject.builder().name("P").capitalised(true).build(), "costs");
    assertField(() -> RdProject.builder().name("P").costs(costs("1", "0")).capitalised(false)
        .amortisationStart(LocalDate.of(2023, 7, 1)).build(), "amortisationStart");
    assertField(() -> RdProject.builder().name("P").costs(costs("1", "0")).capitalised(true).amortisationMonths(0)
        .build(), "amortisationMonths");
    assertField(() -> RdProject.builder().name("P").costs(costs("1", "0")).capitalised(true)
        .earlierCapitalisedCost(Cny.of("-1")).build(), "earlierCapitalisedCost");
    // in a year: names unique, amortisation within the year
    RdProject formed = RdProject.builder().name("Q").costs(costs("1", "0")).capitalised(true)
        .amortisationStart(LocalDate.of(2023, 7, 1)).build();
    RdProject.checkYear(List.of(project, formed), 2023, "projects");
    assertField(() -> RdProject.checkYear(List.of(project, formed), 2024, "projects"),
        "projects/1/amortisationStart");
    assertField(() -> RdProject.checkYear(List.of(project, project), 2023, "projects"), "projects/1/name");
  }

  @Test
  void test_entrustment_invariantsAndJson() {
    RdEntrustment overseas = RdEntrustment.builder().entrustee(RdEntrusteeKind.OVERSEAS_ENTITY)
        .price(Cny.of("500000")).relatedParty(true).build();
    assertThat(HuiqiJson.read(HuiqiJson.write(overseas), RdEntrustment.class)).isEqualTo(overseas);
    assertField(() -> RdEntrustment.builder().entrustee(RdEntrusteeKind.DOMESTIC).price(Cny.of("-0.01")).build(),
        "price");
    assertField(() -> RdEntrustment.builder().price(Cny.of("1")).build(), "entrustee");
    assertField(() -> HuiqiJson.read("{\"entrustee\": \"ABROAD\", \"price\": {\"amount\": 1, \"currency\": \"CNY\"}}",
        RdEntrustment.class), "/entrustee");
  }
}
