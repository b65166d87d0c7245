package io.github.huiqi.calculators.tax.rd;

import static io.github.huiqi.calculators.tax.rd.RdFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.SOFTWARE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.costs;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.entrusted;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.extra;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.firm;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.intangible;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.line;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.projects;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import io.github.huiqi.core.tax.rd.RdEntrusteeKind;
import io.github.huiqi.core.tax.rd.RdEntrustment;
import io.github.huiqi.core.tax.rd.RdProject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The lines of 《研发费用加计扣除优惠明细表》 (A107012) filled for a whole tax year, and the amounts the form takes out of
 * the base (lines 46 to 52). The guides' filled-in examples could not be retrieved, so the year below is the
 * library's own, worked by hand from the rules and the form's formulas as recalled (see the pack's citation of the
 * form): 2023, a non-科技型 software firm, rate 100% (2023年第7号).
 */
class RdFormLinesTest {

  /**
   * P1 expensed: personnel 400,000, direct inputs 200,000 (50,000 of it from a grant treated as non-taxable income),
   * depreciation 100,000, intangible amortisation 50,000, design 50,000, other 120,000. P2 capitalised, ready for use
   * 2023-10-01 (default 120 months), 300,000 capitalised earlier: personnel 200,000, other 10,000. Entrusted:
   * 200,000 at home (a related party), 600,000 to an overseas entity, 50,000 to an overseas individual. An intangible
   * formed in 2021, cost 1,200,000, amortised all year over 120 months. Special income 30,000, materials of R&amp;D
   * products sold 20,000, carried in from earlier years 10,000.
   */
  private static RdRequest year2023() {
    RdProject p1 = RdProject.builder().name("P1")
        .costs(costs("400000", "200000", "100000", "50000", "50000", "120000"))
        .grantFunded(costs("0", "50000", "0", "0", "0", "0")).capitalised(false).build();
    RdProject p2 = RdProject.builder().name("P2").costs(costs("200000", "0", "0", "0", "0", "10000"))
        .capitalised(true).amortisationStart(LocalDate.of(2023, 10, 1)).earlierCapitalisedCost(Cny.of("300000"))
        .build();
    return RdRequest.builder().from(projects(2023, SOFTWARE).withProject(p1).withProject(p2)
        .withEntrustment(RdEntrustment.builder().entrustee(RdEntrusteeKind.DOMESTIC).price(Cny.of("200000"))
            .relatedParty(true).build())
        .withEntrustment(entrusted(RdEntrusteeKind.OVERSEAS_ENTITY, "600000"))
        .withEntrustment(entrusted(RdEntrusteeKind.OVERSEAS_INDIVIDUAL, "50000"))
        .withIntangible(intangible("1200000", 120, 12).withYearFormed(2021)))
        .specialIncome(Cny.of("30000")).soldProductMaterials(Cny.of("20000"))
        .soldProductMaterialsCarriedForward(Cny.of("10000")).build();
  }

  @Test
  void test_aWholeYear_everyLine() {
    RdResult r = CALCULATOR.explainExtraDeduction(MEASURE, year2023());
    // by category, net of the grant (国家税务总局公告2015年第97号 第二条（五）): 3 = 400,000 + 200,000; 7 = 150,000; 16;
    // 19; 23; 28 = 120,000 + 10,000
    assertThat(line(r, 3)).isEqualByComparingTo("600000.00");
    assertThat(line(r, 7)).isEqualByComparingTo("150000.00");
    assertThat(line(r, 16)).isEqualByComparingTo("100000.00");
    assertThat(line(r, 19)).isEqualByComparingTo("50000.00");
    assertThat(line(r, 23)).isEqualByComparingTo("50000.00");
    assertThat(line(r, 28)).isEqualByComparingTo("130000.00");
    // 34: pooled (2021年第28号): 950,000 × 10% ÷ 90% = 105,555.555… → 105,555.56 < 130,000
    assertThat(line(r, 34)).isEqualByComparingTo("105555.56");
    // 2 = 950,000 + 105,555.56
    assertThat(line(r, 2)).isEqualByComparingTo("1055555.56");
    // 35 = 200,000 + 600,000 + 50,000; 36; 37; 39
    assertThat(line(r, 35)).isEqualByComparingTo("850000.00");
    assertThat(line(r, 36)).isEqualByComparingTo("200000.00");
    assertThat(line(r, 37)).isEqualByComparingTo("600000.00");
    assertThat(line(r, 39)).isEqualByComparingTo("50000.00");
    // 38 = min(600,000 × 80% = 480,000, (1,055,555.56 + 160,000) × 2 ÷ 3 = 810,370.37) = 480,000 (财税〔2018〕64号)
    assertThat(line(r, 38)).isEqualByComparingTo("480000.00");
    // 40 = 1,055,555.56 + 200,000 × 80% + 480,000 = 1,695,555.56
    assertThat(line(r, 40)).isEqualByComparingTo("1695555.56");
    // 42: P2's 200,000 + its share of the pooled allowance 10,000 × 105,555.56 ÷ 130,000 = 8,119.658… → 8,119.66
    assertThat(line(r, 42)).isEqualByComparingTo("208119.66");
    // 41 = 1,695,555.56 − 208,119.66
    assertThat(line(r, 41)).isEqualByComparingTo("1487435.90");
    // 43: P2's intangible 300,000 + 208,119.66 = 508,119.66, October to December: × 3 ÷ 120 = 12,702.9915 → 12,702.99
    assertThat(line(r, 43)).isEqualByComparingTo("12702.99");
    // 44: the 2021 intangible 1,200,000 × 12 ÷ 120 = 120,000.00
    assertThat(line(r, 44)).isEqualByComparingTo("120000.00");
    // 45 = 1,487,435.90 + 12,702.99 + 120,000 = 1,620,138.89; 46; 47 = 45 − 46 = 1,590,138.89 (2017年第40号)
    assertThat(line(r, 45)).isEqualByComparingTo("1620138.89");
    assertThat(line(r, 46)).isEqualByComparingTo("30000.00");
    assertThat(line(r, 47)).isEqualByComparingTo("1590138.89");
    assertThat(line(r, 48)).isEqualByComparingTo("20000.00");
    assertThat(line(r, 49)).isEqualByComparingTo("10000.00");
    // 51 = (47 − 48 − 49) × 100% = 1,560,138.89; 52 = 0 (nothing carried forward)
    assertThat(line(r, 51)).isEqualByComparingTo("1560138.89");
    assertThat(line(r, 52)).isEqualByComparingTo("0");
    assertThat(Cny.yuan(r.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1560138.89");
    // the parts: 1,487,435.90 × 100% + 120,000.00 + 12,702.99 = 1,620,138.89, less 60,000 × 100%
    assertThat(Cny.yuan(r.expensedExtraDeduction().orElseThrow(), "e")).isEqualByComparingTo("1487435.90");
    assertThat(r.intangibles()).extracting(d -> Cny.yuan(d.yearExtraAmortisation(), "d"))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("120000.00"), new BigDecimal("12702.99"));
    // each line cites its instrument; the form's lines in order, 1 and 50 not filled
    assertThat(r.findFormLine(38).orElseThrow().citation().document()).contains("财税〔2018〕64号");
    assertThat(r.findFormLine(36).orElseThrow().citation().document()).contains("财税〔2015〕119号");
    assertThat(r.findFormLine(34).orElseThrow().citation().document()).contains("国家税务总局公告2021年第28号");
    assertThat(r.findFormLine(46).orElseThrow().citation().document()).contains("2017年第40号");
    assertThat(r.findFormLine(51).orElseThrow().citation().document()).contains("2023年第7号");
    assertThat(r.findFormLine(2).orElseThrow().name().zh()).isEqualTo("一、自主研发、合作研发、集中研发");
    assertThat(r.formLines()).extracting(RdFormLine::line).isSorted().doesNotContain(1, 50);
    // the project figures: P1's share of the allowance 120,000 × 105,555.56 ÷ 130,000 = 97,435.901… → 97,435.90
    assertThat(Cny.yuan(r.projects().get(0).allowedOtherCosts(), "a")).isEqualByComparingTo("97435.90");
    assertThat(Cny.yuan(r.projects().get(0).grantFunded(), "g")).isEqualByComparingTo("50000.00");
    assertThat(r.projects().get(1).intangibleCost()).hasValueSatisfying(c ->
        assertThat(Cny.yuan(c, "c")).isEqualByComparingTo("508119.66"));
    // the plain form agrees, and the result survives JSON
    assertThat(CALCULATOR.extraDeduction(MEASURE, year2023())).isEqualTo(r.totalExtraDeduction().maximum());
    assertThat(HuiqiJson.read(HuiqiJson.write(r), RdResult.class)).isEqualTo(r);
    assertThat(HuiqiJson.read(HuiqiJson.write(year2023()), RdRequest.class)).isEqualTo(year2023());
  }

  @Test
  void test_specialIncome_deducted_andFlooredAtZero() {
    // 2023, own R&D 1,080,000 (the fixtures' standard costs): special income 100,000 (40号 第七条（二）):
    // 1,080,000 × 100% − 100,000 × 100% = 980,000.00
    RdRequest base = firm(2023, SOFTWARE);
    assertThat(extra(RdRequest.builder().from(base).specialIncome(Cny.of("100000")).build()))
        .isEqualByComparingTo("980000.00");
    // in 2022 at 75%: 810,000 − 75,000 = 735,000.00
    assertThat(extra(RdRequest.builder().from(firm(2022, SOFTWARE)).specialIncome(Cny.of("100000")).build()))
        .isEqualByComparingTo("735000.00");
    // more than the R&D: 不足扣减的按零 → line 47 = 0, deduction 0
    RdResult over = CALCULATOR.explainExtraDeduction(MEASURE, RdRequest.builder().from(base)
        .specialIncome(Cny.of("1200000")).build());
    assertThat(line(over, 47)).isEqualByComparingTo("0");
    assertThat(line(over, 52)).isEqualByComparingTo("0");
    assertThat(Cny.yuan(over.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("0");
    assertThat(over.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void test_soldProductMaterials_deducted_excessCarriedForward() {
    // 40号 第二条（二）: 1,080,000 − 300,000 − 50,000 = 730,000 × 100% = 730,000.00; line 52 = 0
    RdRequest base = firm(2023, SOFTWARE);
    RdResult within = CALCULATOR.explainExtraDeduction(MEASURE, RdRequest.builder().from(base)
        .soldProductMaterials(Cny.of("300000")).soldProductMaterialsCarriedForward(Cny.of("50000")).build());
    assertThat(Cny.yuan(within.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("730000.00");
    assertThat(line(within, 52)).isEqualByComparingTo("0");
    // 1,100,000 + 80,000 carried in > 1,080,000: nothing deducted, 1,180,000 − 1,080,000 = 100,000.00 carried on
    RdResult beyond = CALCULATOR.explainExtraDeduction(MEASURE, RdRequest.builder().from(base)
        .soldProductMaterials(Cny.of("1100000")).soldProductMaterialsCarriedForward(Cny.of("80000")).build());
    assertThat(Cny.yuan(beyond.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("0");
    assertThat(line(beyond, 52)).isEqualByComparingTo("100000.00");
    // special income first (line 47 = 1,080,000 − 1,000,000 = 80,000), then materials 100,000: 20,000 carried on
    RdResult both = CALCULATOR.explainExtraDeduction(MEASURE, RdRequest.builder().from(base)
        .specialIncome(Cny.of("1000000")).soldProductMaterials(Cny.of("100000")).build());
    assertThat(line(both, 47)).isEqualByComparingTo("80000.00");
    assertThat(line(both, 52)).isEqualByComparingTo("20000.00");
  }

  @Test
  void test_undetermined_linesWithoutTheDeduction() {
    // IC / 工业母机 unknown in 2023: 100% or 120% (2023年第44号); the base lines are there, line 51 is not
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, firm(2023, SOFTWARE).withFlags(Optional.of(false),
        Optional.of(false), Optional.empty()));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(line(result, 41)).isEqualByComparingTo("1080000.00");
    assertThat(result.findFormLine(51)).isEmpty();
    // an IC enterprise: 1,080,000 × 120% = 1,296,000.00 on line 51
    assertThat(line(CALCULATOR.explainExtraDeduction(MEASURE, firm(2023, "C3973",
        RdEnterpriseKind.IC_OR_MACHINE_TOOL)), 51)).isEqualByComparingTo("1296000.00");
  }
}
