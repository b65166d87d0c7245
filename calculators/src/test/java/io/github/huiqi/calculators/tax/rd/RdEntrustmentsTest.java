package io.github.huiqi.calculators.tax.rd;

import static io.github.huiqi.calculators.tax.rd.RdFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.SOFTWARE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.costs;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.entrusted;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.extra;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.line;
import static io.github.huiqi.core.tax.rd.RdEntrusteeKind.DOMESTIC;
import static io.github.huiqi.core.tax.rd.RdEntrusteeKind.OVERSEAS_ENTITY;
import static io.github.huiqi.core.tax.rd.RdEntrusteeKind.OVERSEAS_INDIVIDUAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.tax.rd.RdEntrustment;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Entrusted R&amp;D (委托研发), worked by hand from the rules (the guides' worked examples could not be retrieved):
 * domestic at 80% of the price (财税〔2015〕119号 第二条); an overseas entity at 80% within two thirds of the domestic
 * qualifying R&amp;D, from 2018 (财税〔2018〕64号 第一条), as A107012 line 38 takes it: min(37 × 80%, (2 + 36 × 80%) × 2/3);
 * nothing for an overseas entity before 2018 (119号) or for an overseas individual (64号). The firm is a non-科技型
 * software firm (I6510) with its own expensed R&amp;D of 1,000,000 personnel costs and no other costs; 2023 rate 100%
 * (2023年第7号).
 */
class RdEntrustmentsTest {

  private static RdRequest firm(int year) {
    return RdRequest.of(year, costs("1000000", "0", "0", "0", "0", "0")).withIndustryCode(SOFTWARE).withKinds();
  }

  @Test
  void test_domestic_80Percent_relatedPartyTheSameAmountWithItsDisclosure() {
    // 500,000 × 80% = 400,000; line 40 = 1,000,000 + 400,000 = 1,400,000 × 100% = 1,400,000.00
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, firm(2023).withEntrustment(entrusted(DOMESTIC,
        "500000")));
    assertThat(line(result, 35)).isEqualByComparingTo("500000.00");
    assertThat(line(result, 36)).isEqualByComparingTo("500000.00");
    assertThat(line(result, 40)).isEqualByComparingTo("1400000.00");
    assertThat(line(result, 41)).isEqualByComparingTo("1400000.00");
    assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1400000.00");
    // a related party: the same 1,400,000.00, and the explanation says the entrustee owes the cost breakdown
    RdEntrustment related = RdEntrustment.builder().entrustee(DOMESTIC).price(Cny.of("500000")).relatedParty(true)
        .build();
    RdResult relatedResult = CALCULATOR.explainExtraDeduction(MEASURE, firm(2023).withEntrustment(related));
    assertThat(Cny.yuan(relatedResult.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1400000.00");
    assertThat(relatedResult.explanation().steps()).anyMatch(s -> s instanceof CalculationStep c
        && c.name().zh().contains("关联方") && c.citation().document().contains("财税〔2015〕119号"));
    assertThat(relatedResult.explanation().render(Locale.ENGLISH)).contains("breakdown of the project's costs");
    // an odd fen: 0.01 × 80% = 0.008 → 0.01 (half-up once): 1,000,000.01
    assertThat(extra(firm(2023).withEntrustment(entrusted(DOMESTIC, "0.01")))).isEqualByComparingTo("1000000.01");
  }

  @Test
  void test_overseasEntity_belowTheTwoThirdsCap() {
    // 500,000 × 80% = 400,000 ≤ 1,000,000 × 2/3 = 666,666.67 → line 38 = 400,000;
    // line 40 = 1,400,000 → 1,400,000.00
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, firm(2023).withEntrustment(entrusted(OVERSEAS_ENTITY,
        "500000")));
    assertThat(line(result, 37)).isEqualByComparingTo("500000.00");
    assertThat(line(result, 38)).isEqualByComparingTo("400000.00");
    assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1400000.00");
    assertThat(result.explanation().steps()).anyMatch(s -> s instanceof CapStep c && !c.isBinding()
        && c.citation().document().contains("财税〔2018〕64号"));
  }

  @Test
  void test_overseasEntity_aboveTheTwoThirdsCap() {
    // 1,000,000 × 80% = 800,000 > 1,000,000 × 2 ÷ 3 = 666,666.666… → 666,666.67 = line 38;
    // line 40 = 1,666,666.67 → 1,666,666.67
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, firm(2023).withEntrustment(entrusted(OVERSEAS_ENTITY,
        "1000000")));
    assertThat(line(result, 38)).isEqualByComparingTo("666666.67");
    assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1666666.67");
    assertThat(result.explanation().steps()).anyMatch(s -> s instanceof CapStep c && c.isBinding());
    // domestic entrustment raises the domestic base: 150,000 × 80% = 120,000; cap (1,000,000 + 120,000) × 2 ÷ 3 =
    // 746,666.666… → 746,666.67 < 800,000; line 40 = 1,000,000 + 120,000 + 746,666.67 = 1,866,666.67
    RdResult both = CALCULATOR.explainExtraDeduction(MEASURE, firm(2023)
        .withEntrustment(entrusted(OVERSEAS_ENTITY, "1000000")).withEntrustment(entrusted(DOMESTIC, "150000")));
    assertThat(line(both, 38)).isEqualByComparingTo("746666.67");
    assertThat(line(both, 40)).isEqualByComparingTo("1866666.67");
    assertThat(Cny.yuan(both.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1866666.67");
  }

  @Test
  void test_overseasEntity_before2018_countsNothing() {
    // 2017: 119号 第二条 (委托境外…不得加计扣除) still applies, 64号 from 2018: line 37 = 500,000, line 38 = 0;
    // the general rate 50% (119号 第一条) on 1,000,000 = 500,000.00
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, firm(2017).withEntrustment(entrusted(OVERSEAS_ENTITY,
        "500000")));
    assertThat(line(result, 37)).isEqualByComparingTo("500000.00");
    assertThat(line(result, 38)).isEqualByComparingTo("0");
    assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("500000.00");
    assertThat(result.explanation().steps()).anyMatch(s -> s instanceof ConditionStep c
        && c.outcome() == ConditionOutcome.NOT_MET && c.citation().document().contains("财税〔2015〕119号"));
    // 2018, first year of 64号: 400,000 counted at 75% (财税〔2018〕99号): 1,400,000 × 75% = 1,050,000.00
    assertThat(extra(firm(2018).withEntrustment(entrusted(OVERSEAS_ENTITY, "500000"))))
        .isEqualByComparingTo("1050000.00");
  }

  @Test
  void test_overseasIndividual_countsNothing() {
    // 64号: entrusting an overseas individual counts nothing: line 39 = 300,000, line 35 = 300,000, line 40 =
    // 1,000,000 → 1,000,000.00
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, firm(2023)
        .withEntrustment(entrusted(OVERSEAS_INDIVIDUAL, "300000")));
    assertThat(line(result, 39)).isEqualByComparingTo("300000.00");
    assertThat(line(result, 35)).isEqualByComparingTo("300000.00");
    assertThat(line(result, 40)).isEqualByComparingTo("1000000.00");
    assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1000000.00");
    assertThat(result.explanation().steps()).anyMatch(s -> s instanceof ConditionStep c
        && c.outcome() == ConditionOutcome.NOT_MET && c.citation().equals(MEASURE.base().overseasIndividualExcluded()));
    // the rule is 64号 第六条: 本通知所称委托境外进行研发活动不包括委托境外个人进行的研发活动 (it was cited as 第三条)
    assertThat(MEASURE.base().overseasIndividualExcluded().article()).isEqualTo("第六条");
    assertThat(MEASURE.base().overseasIndividualExcluded().quote())
        .hasValueSatisfying(q -> assertThat(q).contains("不包括委托境外个人"));
  }
}
