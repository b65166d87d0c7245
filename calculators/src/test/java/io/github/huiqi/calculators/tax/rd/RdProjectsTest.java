package io.github.huiqi.calculators.tax.rd;

import static io.github.huiqi.calculators.tax.rd.RdFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.SOFTWARE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.costs;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.expensed;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.extra;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.line;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.projects;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.tax.rd.RdProject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * R&amp;D projects: the other-costs limit per project (2016–2020) or pooled (from 2021), capitalised projects
 * amortised from mid-year, and costs paid from grants left out.
 * <p>
 * The STA's 《研发费用加计扣除政策执行指引》 and a provincial bureau's filled-in A107012 were searched for but could not be
 * retrieved, so these cases are worked by hand from the rules: 国家税务总局公告2015年第97号 第二条（三） (each project's own
 * limit, five × 10% ÷ 90%), 国家税务总局公告2021年第28号 第二条 (one limit over all projects), 财税〔2015〕119号 第一条（一）
 * (the six categories and the 10%), 97号 第二条（五） (grant-funded costs left out), 企业所得税法实施条例 第六十七条 (10-year
 * amortisation). A non-科技型 software firm (I6510) pays the general rate: 75% in 2019–2022 (财税〔2018〕99号, 2021年第6号),
 * 100% from 2023 (2023年第7号).
 */
class RdProjectsTest {

  /** Project A: five 900,000, other 150,000 (too much); project B: five 900,000, other 50,000 (too little). */
  private static RdRequest twoProjects(int year) {
    return projects(year, SOFTWARE).withProject(expensed("A", "900000", "150000"))
        .withProject(expensed("B", "900000", "50000"));
  }

  @Test
  void test_2019_eachProjectItsOwnLimit_2021_pooled_differentAnswers() {
    // 2019 (97号 第二条（三）): A's limit 900,000 × 10% ÷ 90% = 100,000.00 < 150,000 → 100,000; B's 100,000.00 >
    // 50,000 → 50,000; line 34 = 150,000; line 2 = 1,800,000 + 150,000 = 1,950,000; × 75% = 1,462,500.00
    RdResult y2019 = CALCULATOR.explainExtraDeduction(MEASURE, twoProjects(2019));
    assertThat(line(y2019, 34)).isEqualByComparingTo("150000.00");
    assertThat(line(y2019, 2)).isEqualByComparingTo("1950000.00");
    assertThat(Cny.yuan(y2019.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1462500.00");
    assertThat(y2019.projects()).extracting(p -> Cny.yuan(p.otherCostsLimit().orElseThrow(), "limit"))
        .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("100000.00"),
            new BigDecimal("100000.00"));
    assertThat(y2019.projects()).extracting(p -> Cny.yuan(p.allowedOtherCosts(), "allowed"))
        .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("100000.00"),
            new BigDecimal("50000.00"));
    // the step cites 97号
    assertThat(y2019.explanation().steps()).anyMatch(s -> s instanceof ConditionStep c
        && c.citation().document().contains("2015年第97号"));
    // 2021 (2021年第28号 第二条): one limit 1,800,000 × 10% ÷ 90% = 200,000.00 ≥ 200,000: all of it counts;
    // line 2 = 2,000,000; × 75% = 1,500,000.00 — A's excess is allowed against B's room
    RdResult y2021 = CALCULATOR.explainExtraDeduction(MEASURE, twoProjects(2021));
    assertThat(line(y2021, 34)).isEqualByComparingTo("200000.00");
    assertThat(Cny.yuan(y2021.otherCostsCap(), "cap")).isEqualByComparingTo("200000.00");
    assertThat(Cny.yuan(y2021.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1500000.00");
    assertThat(y2021.projects()).allMatch(p -> p.otherCostsLimit().isEmpty());
    assertThat(y2021.explanation().steps()).anyMatch(s -> s instanceof ConditionStep c
        && c.citation().document().contains("国家税务总局公告2021年第28号"));
  }

  @Test
  void test_2019_costsNotItemised_areOneProject() {
    // the same costs given pooled as expensedCosts in 2019 are one project: limit 200,000.00, all counted →
    // 2,000,000 × 75% = 1,500,000.00 (itemising the projects is what applies 97号's per-project limit)
    assertThat(extra(RdRequest.of(2019, costs("1800000", "0", "0", "0", "0", "200000")).withIndustryCode(SOFTWARE)
        .withKinds())).isEqualByComparingTo("1500000.00");
    // a project and the pooled costs side by side in 2019: each its own limit. Pool five 900,000 other 150,000 →
    // 100,000; project B 50,000 → 1,950,000 × 75% = 1,462,500.00
    RdRequest mixed = RdRequest.of(2019, costs("900000", "0", "0", "0", "0", "150000")).withIndustryCode(SOFTWARE)
        .withKinds().withProject(expensed("B", "900000", "50000"));
    assertThat(extra(mixed)).isEqualByComparingTo("1462500.00");
  }

  @Test
  void test_limitExactlyEqualToTheOtherCosts_perProject() {
    // 2020, one project: five 900,000, other 100,000.00 = its limit 900,000 × 10% ÷ 90% = 100,000.00 → all counts:
    // 1,000,000 × 75% = 750,000.00; one fen more other costs: still 100,000.00 counted → 750,000.00
    RdResult equal = CALCULATOR.explainExtraDeduction(MEASURE, projects(2020, SOFTWARE)
        .withProject(expensed("P", "900000", "100000.00")));
    assertThat(line(equal, 34)).isEqualByComparingTo("100000.00");
    assertThat(Cny.yuan(equal.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("750000.00");
    assertThat(equal.explanation().steps()).noneMatch(s -> s instanceof CapStep c && c.isBinding());
    RdResult above = CALCULATOR.explainExtraDeduction(MEASURE, projects(2020, SOFTWARE)
        .withProject(expensed("P", "900000", "100000.01")));
    assertThat(line(above, 28)).isEqualByComparingTo("100000.01");
    assertThat(line(above, 34)).isEqualByComparingTo("100000.00");
    assertThat(Cny.yuan(above.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("750000.00");
    assertThat(above.explanation().steps()).anyMatch(s -> s instanceof CapStep c && c.isBinding());
  }

  //-------------------------------------------------------------------------
  private static RdProject capitalised(String other, LocalDate start) {
    // personnel 540,000, other as given; 600,000 capitalised in earlier years; the default 10 years
    return RdProject.builder().name("C").costs(costs("540000", "0", "0", "0", "0", other)).capitalised(true)
        .amortisationStart(start).earlierCapitalisedCost(Cny.of("600000")).build();
  }

  @Test
  void test_capitalisedProject_amortisedFromMidYear() {
    // 2023 (100%, 2023年第7号). Pooled five 540,000 + 900,000 = 1,440,000; limit 160,000.00 = other 60,000 +
    // 100,000: all counts. C (capitalised) 600,000 → line 42; D (expensed) 1,000,000 → line 41; line 2 = 1,600,000.
    // C's intangible: 600,000 earlier + 600,000 = 1,200,000, ready 2023-07-01: 13 − 7 = 6 months of 120
    // (第六十七条): line 43 = 1,200,000 × 6 ÷ 120 = 60,000.00; extra 60,000.00 (base 200%: 120,000.00 amortised)
    RdRequest request = projects(2023, SOFTWARE).withProject(capitalised("60000", LocalDate.of(2023, 7, 1)))
        .withProject(expensed("D", "900000", "100000"));
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, request);
    assertThat(line(result, 2)).isEqualByComparingTo("1600000.00");
    assertThat(line(result, 40)).isEqualByComparingTo("1600000.00");
    assertThat(line(result, 41)).isEqualByComparingTo("1000000.00");
    assertThat(line(result, 42)).isEqualByComparingTo("600000.00");
    assertThat(line(result, 43)).isEqualByComparingTo("60000.00");
    assertThat(line(result, 44)).isEqualByComparingTo("0");
    assertThat(line(result, 45)).isEqualByComparingTo("1060000.00");
    assertThat(result.projects().get(0).intangibleCost()).hasValueSatisfying(c ->
        assertThat(Cny.yuan(c, "c")).isEqualByComparingTo("1200000.00"));
    assertThat(result.intangibles()).singleElement().satisfies(d -> {
      assertThat(d.monthsInYear()).isEqualTo(6);
      assertThat(Cny.yuan(d.yearAmortisation(), "y")).isEqualByComparingTo("120000.00");
      assertThat(Cny.yuan(d.yearExtraAmortisation(), "e")).isEqualByComparingTo("60000.00");
    });
    // 1,000,000 × 100% + 60,000.00 = 1,060,000.00
    assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1060000.00");
    // ready in December: 1 month → 1,200,000 × 100% ÷ 120 = 10,000.00; total 1,010,000.00
    assertThat(extra(projects(2023, SOFTWARE).withProject(capitalised("60000", LocalDate.of(2023, 12, 31)))
        .withProject(expensed("D", "900000", "100000")))).isEqualByComparingTo("1010000.00");
    // still in development (no amortisation start): only D's 1,000,000.00
    RdProject developing = RdProject.builder().name("C").costs(costs("540000", "0", "0", "0", "0", "60000"))
        .capitalised(true).build();
    assertThat(extra(projects(2023, SOFTWARE).withProject(developing).withProject(expensed("D", "900000", "100000"))))
        .isEqualByComparingTo("1000000.00");
  }

  @Test
  void test_capitalisedProject_shortPeriod_endsWithinTheYear() {
    // a 3-month period from 2023-01-01: min(13 − 1, 3) = 3 months, the whole cost amortised:
    // (600,000 earlier + 540,000 + 60,000) × 100% × 3 ÷ 3 = 1,200,000.00
    RdProject shortLived = RdProject.builder().name("C").costs(costs("540000", "0", "0", "0", "0", "60000"))
        .capitalised(true).amortisationStart(LocalDate.of(2023, 1, 1)).amortisationMonths(3)
        .earlierCapitalisedCost(Cny.of("600000")).build();
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, projects(2023, SOFTWARE).withProject(shortLived));
    assertThat(result.intangibles().get(0).monthsInYear()).isEqualTo(3);
    assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1200000.00");
  }

  @Test
  void test_pooledLimitBinding_capitalisedShareInProportion() {
    // 2023: C other 60,000, D other 200,000: Σ 260,000 > limit 1,440,000 × 10% ÷ 90% = 160,000.00.
    // C's share (library default, in proportion to other costs): 60,000 × 160,000 ÷ 260,000 = 36,923.0769… →
    // 36,923.08; line 42 = 540,000 + 36,923.08 = 576,923.08; line 2 = 1,600,000; line 41 = 1,023,076.92.
    // C's intangible: 600,000 + 576,923.08 = 1,176,923.08; 6 months: × 6 ÷ 120 = 58,846.154 → 58,846.15.
    // Total 1,023,076.92 + 58,846.15 = 1,081,923.07
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, projects(2023, SOFTWARE)
        .withProject(capitalised("60000", LocalDate.of(2023, 7, 1))).withProject(expensed("D", "900000", "200000")));
    assertThat(Cny.yuan(result.projects().get(0).allowedOtherCosts(), "c")).isEqualByComparingTo("36923.08");
    assertThat(line(result, 34)).isEqualByComparingTo("160000.00");
    assertThat(line(result, 42)).isEqualByComparingTo("576923.08");
    assertThat(line(result, 41)).isEqualByComparingTo("1023076.92");
    assertThat(line(result, 43)).isEqualByComparingTo("58846.15");
    assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1081923.07");
    assertThat(result.explanation().steps()).anyMatch(s -> s instanceof CalculationStep c
        && c.citation().equals(RdBase.SHARES));
  }

  @Test
  void test_grantFundedCostsLeftOut_beforeTheLimit() {
    // 2023 project: personnel 800,000 of which 200,000 paid from a grant treated as non-taxable income
    // (97号 第二条（五）), other 100,000. Net five 600,000: limit 600,000 × 10% ÷ 90% = 66,666.666… → 66,666.67;
    // line 3 = 600,000; line 34 = 66,666.67; line 2 = 666,666.67 × 100% = 666,666.67
    RdProject granted = RdProject.builder().name("G").costs(costs("800000", "0", "0", "0", "0", "100000"))
        .grantFunded(costs("200000", "0", "0", "0", "0", "0")).capitalised(false).build();
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, projects(2023, SOFTWARE).withProject(granted));
    assertThat(line(result, 3)).isEqualByComparingTo("600000.00");
    assertThat(line(result, 34)).isEqualByComparingTo("66666.67");
    assertThat(Cny.yuan(result.projects().get(0).grantFunded(), "g")).isEqualByComparingTo("200000.00");
    assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("666666.67");
    assertThat(result.explanation().steps()).anyMatch(s -> s instanceof CalculationStep c
        && c.citation().document().contains("2015年第97号") && c.result().compareTo(new BigDecimal("200000")) == 0);
    // without the grant: limit 800,000 ÷ 9 = 88,888.89; 888,888.89
    assertThat(extra(projects(2023, SOFTWARE).withProject(expensed("G", "800000", "100000"))))
        .isEqualByComparingTo("888888.89");
    // a grant that paid other related costs: 100,000 − 40,000 = 60,000 ≤ 66,666.67 → 600,000 + 60,000 = 660,000.00
    RdProject otherGranted = RdProject.builder().name("G").costs(costs("600000", "0", "0", "0", "0", "100000"))
        .grantFunded(costs("0", "0", "0", "0", "0", "40000")).capitalised(false).build();
    assertThat(extra(projects(2023, SOFTWARE).withProject(otherGranted))).isEqualByComparingTo("660000.00");
  }
}
