package io.github.huiqi.calculators.tax.rd;

import static io.github.huiqi.calculators.tax.rd.RdFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.MANUFACTURE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.SOFTWARE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.costs;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.extra;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.intangible;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * QA audit (second pass): the R&amp;D super-deduction rate by tax year and by kind of enterprise, and the negative
 * list, through the typed calculator, each figure worked by hand on 400,000 of expensed R&amp;D personnel costs and
 * nothing else (the other-costs limit does not bind on zero other costs).
 * <p>
 * The table (domain.md §2.13): 50% for every eligible enterprise in 2016–2017 (财税〔2015〕119号 第一条); 75% for
 * 科技型中小企业 2017–2019 (财税〔2017〕34号) and every eligible enterprise 2018–2023 (财税〔2018〕99号, 2021年第6号);
 * 100% for manufacturers from 2021 (2021年第13号), 科技型中小企业 from 2022 (2022年第16号, restated by
 * 深工信〔2023〕26号 第1条) and everyone from 2023 (2023年第7号); 120% for IC / 工业母机 enterprises 2023–2027
 * (2023年第44号). The industries of 财税〔2015〕119号 第四条 get none, a manufacturer among them.
 * The 2022 fourth-quarter 100% for equipment (公告2022年第28号) is deliberately not modelled and not tested here.
 */
class RdRateByYearAuditTest {

  private static final RdExpensedCosts PERSONNEL = costs("400000", "0", "0", "0", "0", "0");

  private static BigDecimal extraOf(int year, String industry, RdEnterpriseKind... kinds) {
    return extra(RdFixtures.firm(year, PERSONNEL, industry, kinds));
  }

  @Test
  void test_2021_manufacturerAtOneHundredPercent_othersAtSeventyFive() {
    // 2021年第13号 第一条: 制造业企业 100% → 400,000 × 100% = 400,000.00
    assertThat(extraOf(2021, MANUFACTURE, RdEnterpriseKind.MANUFACTURING)).isEqualByComparingTo("400000.00");
    // a software firm: 财税〔2018〕99号 as extended by 2021年第6号, 75% → 300,000.00
    assertThat(extraOf(2021, SOFTWARE)).isEqualByComparingTo("300000.00");
  }

  @Test
  void test_2020_aManufacturerStillAtSeventyFive() {
    // the manufacturers' 100% starts 2021-01-01 (2021年第13号): in 2020, 75% → 300,000.00
    assertThat(extraOf(2020, MANUFACTURE, RdEnterpriseKind.MANUFACTURING)).isEqualByComparingTo("300000.00");
  }

  @Test
  void test_2022_techSmeAtOneHundredPercent_othersAtSeventyFive() {
    // 深工信〔2023〕26号 第1条 (2022年第16号): 自2022年1月1日起科技型中小企业…再按照100% → 400,000.00
    assertThat(extraOf(2022, SOFTWARE, RdEnterpriseKind.TECH_SME)).isEqualByComparingTo("400000.00");
    // a software firm not enrolled: 75% → 300,000.00
    assertThat(extraOf(2022, SOFTWARE)).isEqualByComparingTo("300000.00");
  }

  @Test
  void test_2023_everyEligibleFirmAtOneHundredPercent_icAtOneHundredTwenty() {
    // 2023年第7号 第一条: 100% for every non-excluded enterprise → 400,000.00
    assertThat(extraOf(2023, SOFTWARE)).isEqualByComparingTo("400000.00");
    // 2023年第44号 第一条: IC / 工业母机 120% → 480,000.00
    assertThat(extraOf(2023, MANUFACTURE, RdEnterpriseKind.MANUFACTURING, RdEnterpriseKind.IC_OR_MACHINE_TOOL))
        .isEqualByComparingTo("480000.00");
  }

  @Test
  void test_2017_techSmeAtSeventyFive_othersAtFifty() {
    // 财税〔2017〕34号: 科技型中小企业 75% → 300,000.00; others 财税〔2015〕119号 50% → 200,000.00
    assertThat(extraOf(2017, SOFTWARE, RdEnterpriseKind.TECH_SME)).isEqualByComparingTo("300000.00");
    assertThat(extraOf(2017, SOFTWARE)).isEqualByComparingTo("200000.00");
  }

  @Test
  void test_negativeList_tobaccoManufacturerAndServiceIndustries_none() {
    // 财税〔2015〕119号 第四条: 烟草制造业 (C16) is excluded though a manufacturer, and a 科技型中小企业 in retail (F)
    // or leasing and business services (L) too; the rate of any row does not matter
    for (String industry : new String[] {"C1610", "F5211", "H6110", "K7010", "L7211", "R9011"}) {
      RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, RdFixtures.firm(2023, PERSONNEL, industry,
          RdEnterpriseKind.MANUFACTURING, RdEnterpriseKind.TECH_SME));
      assertThat(result.eligibility().verdict()).as(industry).isEqualTo(Verdict.INELIGIBLE);
      assertThat(extraOf(2023, industry, RdEnterpriseKind.MANUFACTURING)).as(industry).isEqualByComparingTo("0.00");
    }
    // 体育 (R89 in GB/T 4754-2017) is not 娱乐业 (R90): 100% in 2023 → 400,000.00
    assertThat(extraOf(2023, "R8911")).isEqualByComparingTo("400000.00");
  }

  @Test
  void test_2021_softwareIntangible_amortisedOnOneHundredSeventyFivePercent() {
    // 75% in 2021 for a software firm: expensed 400,000 × 75% = 300,000.00; an R&D intangible of 1,200,000 over
    // 120 months, 12 months in 2021: extra amortisation 1,200,000 × 75% × 12 ÷ 120 = 90,000.00 (base 175%,
    // 财税〔2018〕99号); total 390,000.00
    assertThat(extra(RdFixtures.firm(2021, PERSONNEL, SOFTWARE).withIntangible(intangible("1200000", 120, 12))))
        .isEqualByComparingTo("390000.00");
    // the same in 2023 (2023年第7号, base 200%): 400,000 + 1,200,000 × 100% × 12 ÷ 120 = 520,000.00
    assertThat(extra(RdFixtures.firm(2023, PERSONNEL, SOFTWARE).withIntangible(intangible("1200000", 120, 12))))
        .isEqualByComparingTo("520000.00");
  }
}
