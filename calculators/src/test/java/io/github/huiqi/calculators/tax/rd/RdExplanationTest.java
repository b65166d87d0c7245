package io.github.huiqi.calculators.tax.rd;

import static io.github.huiqi.calculators.ExplainedConditions.calculation;
import static io.github.huiqi.calculators.ExplainedConditions.inputs;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomesOf;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.SOFTWARE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.costs;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.entrusted;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.expensed;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.extra;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.firm;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.intangible;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.line;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.projects;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static io.github.huiqi.core.tax.rd.RdEntrusteeKind.OVERSEAS_ENTITY;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.rd.RdProject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The explanation of {@link RdCalculator#explainExtraDeduction} as far as the base goes (A107012 lines 2 to 52): each
 * project, limit, entrustment, intangible and what is taken out is a step with its hand-worked figure and clause
 * (国家税务总局公告2015年第97号 第二条; 2021年第28号 第二条; 财税〔2018〕64号; 2021年第28号 / 40号 on special income and
 * sold-product materials; 企业所得税法实施条例 第六十七条 for the ten years).
 */
class RdExplanationTest {

  private static Explanation explained(RdRequest request) {
    return CALCULATOR.explainExtraDeduction(MEASURE, request).explanation();
  }

  /** The calculation steps whose name, in the locale, contains the text. */
  private static List<CalculationStep> calculations(Explanation explanation, Locale locale, String name) {
    return explanation.stepsOf(CalculationStep.class).stream()
        .filter(step -> step.name().in(locale).contains(name)).toList();
  }

  @Test
  void test_perProjectYear_eachProjectsLimitStated_noEmptyPool() {
    // 2019 (97号 第二条（三）, each project its own limit): A five 900,000, other 150,000; B five 900,000, other 50,000.
    // A's limit 900,000 × 10% ÷ 90% = 100,000.00; B's the same. The unitemised costs are none: no step for them
    Explanation explanation = explained(projects(2019, SOFTWARE).withProject(expensed("A", "900000", "150000"))
        .withProject(expensed("B", "900000", "50000")));
    assertThat(explanation.stepsOf(ConditionStep.class)).first().satisfies(step -> assertThat(
        step.condition().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("其他相关费用限额的计算范围：按每一研发项目分别计算"));
    assertThat(calculation(explanation, "project A: sum of the other five categories").result())
        .isEqualByComparingTo("900000");
    CalculationStep capA = calculation(explanation, "project A: cap on other related costs");
    assertThat(capA.formula()).startsWith("900000.00 × 10% ÷ (1 − 10%)");
    assertThat(capA.result()).isEqualByComparingTo("100000.00");
    assertThat(calculation(explanation, "project B: cap on other related costs").result())
        .isEqualByComparingTo("100000.00");
    assertThat(calculations(explanation, Locale.SIMPLIFIED_CHINESE, "研发项目「B」：其他相关费用限额")).hasSize(1);
    assertThat(calculations(explanation, Locale.ENGLISH, "expensed R&D not itemised")).isEmpty();
    assertThat(calculations(explanation, Locale.ENGLISH, "costs paid from grants")).isEmpty();
    assertThat(inputs(explanation, Locale.ENGLISH)).contains(
        "Input: R&D project #0 A (expensed) = first five 900000.00, other related 150000.00");
    // in Chinese the same figures, the first five categories and the other related costs named (StepTextZh)
    assertThat(inputs(explanation, Locale.SIMPLIFIED_CHINESE)).contains(
        "输入：研发项目 #1「B」（费用化） = 前五类 900000.00，其他相关费用 50000.00");
    // line 40 = 1,800,000 + 100,000 + 50,000 = 1,950,000, all expensed
    CalculationStep subtotal = calculation(explanation, "the year's R&D subtotal (A107012 line 40)");
    assertThat(subtotal.name().in(Locale.ENGLISH)).endsWith("expensed (line 41) 1950000.00, capitalised (line 42) "
        + "0.00");
    assertThat(subtotal.result()).isEqualByComparingTo("1950000");
    // own + domestic entrusted + overseas entrusted, each an amount at the fen (the last once read "+ 0")
    assertThat(subtotal.formula()).isEqualTo("1950000.00 + 0.00 + 0.00");
  }

  @Test
  void test_perProjectYear_nothingSpent_theUnitemisedLimitStillStated() {
    // 2019 with no project and no costs: the one unit's limit 0 × 10% ÷ 90% = 0.00 is shown; the deduction is 0
    RdRequest nothing = RdRequest.of(2019, RdExpensedCosts.NONE).withIndustryCode(SOFTWARE).withKinds();
    Explanation explanation = explained(nothing);
    assertThat(calculation(explanation, "expensed R&D not itemised: cap on other related costs").result())
        .isEqualByComparingTo("0");
    assertThat(calculations(explanation, Locale.SIMPLIFIED_CHINESE, "未列示项目的费用化研发费用：其他相关费用限额"))
        .hasSize(1);
    assertThat(extra(nothing)).isEqualByComparingTo("0");
  }

  @Test
  void test_pooledYear_scopeAndLimitStated() {
    // 2021年第28号 第二条: one limit over all projects from 2021. The standard costs: five 1,000,000, limit
    // 1,000,000 × 10% ÷ 90% = 111,111.11 (财税〔2015〕119号 第一条), other 80,000 within it
    Explanation explanation = explained(firm(2023, SOFTWARE));
    assertThat(explanation.stepsOf(ConditionStep.class)).first().satisfies(step -> assertThat(
        step.condition().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("其他相关费用限额的计算范围：全部研发项目统一计算"));
    assertThat(calculation(explanation, "sum of the other five categories").result()).isEqualByComparingTo("1000000");
    assertThat(calculation(explanation, "cap on other related costs").result()).isEqualByComparingTo("111111.11");
    assertThat(explanation.stepsOf(io.github.huiqi.core.result.CapStep.class)).singleElement()
        .satisfies(step -> assertThat(step.isBinding()).isFalse());
  }

  @Test
  void test_capitalisedProject_inputMonthsAndSubtotalStated() {
    // 2023: C capitalised (five 540,000, other 60,000; 600,000 capitalised earlier; ready 2023-07-01), D expensed
    // (900,000 + 100,000). Pooled limit 1,440,000 ÷ 9 = 160,000.00 ≥ 160,000: line 41 = 1,000,000, line 42 = 600,000.
    // C's months in 2023: 13 − 7 = 6 of the default 120 (第六十七条, ten years)
    RdProject c = RdProject.builder().name("C").costs(costs("540000", "0", "0", "0", "0", "60000")).capitalised(true)
        .amortisationStart(LocalDate.of(2023, 7, 1)).earlierCapitalisedCost(Cny.of("600000")).build();
    Explanation explanation = explained(projects(2023, SOFTWARE).withProject(c)
        .withProject(expensed("D", "900000", "100000")));
    assertThat(inputs(explanation, Locale.ENGLISH)).contains(
        "Input: R&D project #0 C (capitalised) = first five 540000.00, other related 60000.00");
    assertThat(inputs(explanation, Locale.SIMPLIFIED_CHINESE)).anyMatch(s -> s.contains("研发项目 #0「C」（资本化）"));
    CalculationStep months = calculation(explanation, "project #0: its intangible's months amortised in the year "
        + "(from 2023-07-01)");
    assertThat(months.formula()).isEqualTo("min(13 − 7, 120)");
    assertThat(months.result()).isEqualByComparingTo("6");
    assertThat(months.citation()).isEqualTo(RdBase.MONTHS);
    assertThat(calculation(explanation, "the year's R&D subtotal").name().in(Locale.ENGLISH))
        .endsWith("expensed (line 41) 1000000.00, capitalised (line 42) 600000.00");
  }

  @Test
  void test_specialIncomeOnly_oneStepForIt() {
    // standard costs 1,080,000 (2023): special income 100,000 → max(1,080,000 − 100,000, 0) = 980,000; no materials
    Explanation explanation = explained(RdRequest.builder().from(firm(2023, SOFTWARE))
        .specialIncome(Cny.of("100000")).build());
    CalculationStep special = calculation(explanation, "R&D deductible after special income");
    assertThat(special.formula()).isEqualTo("max(1080000.00 − 100000.00, 0)");
    assertThat(special.result()).isEqualByComparingTo("980000.00");
    assertThat(special.citation()).isEqualTo(MEASURE.base().specialIncome());
    assertThat(calculations(explanation, Locale.ENGLISH, "after the materials of R&D products sold")).isEmpty();
  }

  @Test
  void test_soldProductMaterialsOnly_oneStepForThem() {
    // 1,080,000 − 300,000 − 0 = 780,000 (40号 第二条（二）); no special income step
    Explanation explanation = explained(RdRequest.builder().from(firm(2023, SOFTWARE))
        .soldProductMaterials(Cny.of("300000")).build());
    CalculationStep materials = calculation(explanation, "after the materials of R&D products sold");
    assertThat(materials.formula()).isEqualTo("1080000.00 − 300000.00 − 0");
    assertThat(materials.result()).isEqualByComparingTo("780000.00");
    assertThat(calculations(explanation, Locale.ENGLISH, "R&D deductible after special income")).isEmpty();
    // carried-in materials alone also take a step: 1,080,000 − 0 − 50,000 = 1,030,000
    assertThat(calculation(explained(RdRequest.builder().from(firm(2023, SOFTWARE))
        .soldProductMaterialsCarriedForward(Cny.of("50000")).build()), "after the materials").result())
        .isEqualByComparingTo("1030000.00");
  }

  @Test
  void test_overseasEntity_countedAmountStated_andLine38Cited() {
    // 2023, own 1,000,000: 500,000 × 80% = 400,000.00 counted (财税〔2018〕64号), within 2/3 of 1,000,000
    RdRequest own = RdRequest.of(2023, costs("1000000", "0", "0", "0", "0", "0")).withIndustryCode(SOFTWARE)
        .withKinds();
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, own.withEntrustment(entrusted(OVERSEAS_ENTITY,
        "500000")));
    CalculationStep counted = calculation(result.explanation(), "entrusted to overseas entities, counted at 80%");
    assertThat(counted.result()).isEqualByComparingTo("400000.00");
    assertThat(counted.citation()).isEqualTo(MEASURE.base().overseasEntrustedShare().citation());
    assertThat(result.findFormLine(38).orElseThrow().citation())
        .isEqualTo(MEASURE.base().overseasCapOfDomestic().citation());
    // no overseas entrustment in 2023: line 38 = 0, still cited to 64号's cap
    assertThat(CALCULATOR.explainExtraDeduction(MEASURE, own).findFormLine(38).orElseThrow().citation())
        .isEqualTo(MEASURE.base().overseasCapOfDomestic().citation());
    // 2017, before 64号: line 38 = 0 under 119号 (the entrusted-share clause)
    RdResult y2017 = CALCULATOR.explainExtraDeduction(MEASURE, RdRequest.of(2017, costs("1000000", "0", "0", "0",
        "0", "0")).withIndustryCode(SOFTWARE).withKinds().withEntrustment(entrusted(OVERSEAS_ENTITY, "500000")));
    assertThat(line(y2017, 38)).isEqualByComparingTo("0");
    assertThat(y2017.findFormLine(38).orElseThrow().citation()).isEqualTo(MEASURE.base().entrustedShare().citation());
  }

  @Test
  void test_overseasEntityWithNoBase_namesTheFirstOneWithAPrice() {
    // 64号: overseas R&D counts within 2/3 of the domestic base; with none, the first overseas entrustment that has a
    // price is named: not a free one before it, not a later one after it
    RdRequest freeFirst = projects(2023, SOFTWARE).withEntrustment(entrusted(OVERSEAS_ENTITY, "0"))
        .withEntrustment(entrusted(OVERSEAS_ENTITY, "100000"));
    assertField(() -> CALCULATOR.extraDeduction(MEASURE, freeFirst), "entrustments/1/price");
    RdRequest twoPriced = projects(2023, SOFTWARE).withEntrustment(entrusted(OVERSEAS_ENTITY, "100000"))
        .withEntrustment(entrusted(OVERSEAS_ENTITY, "200000"));
    assertField(() -> CALCULATOR.extraDeduction(MEASURE, twoPriced), "entrustments/0/price");
  }

  @Test
  void test_intangible_monthsInYearEqualToItsPeriod_accepted() {
    // a 6-month period wholly in 2023: 120,000 × 100% extra × 6 ÷ 6 = 120,000.00 (2023年第7号, base 200%);
    // total 1,080,000 + 120,000 = 1,200,000.00
    assertThat(extra(firm(2023, SOFTWARE).withIntangible(intangible("120000", 6, 6))))
        .isEqualByComparingTo("1200000.00");
  }

  //-------------------------------------------------------------------------
  // The rate and the deduction (RdCalculator)
  @Test
  void test_inputs_everyFactStated_unknownOnesSaid() {
    // the fixtures' standard costs; a 6-month intangible and one on the default period
    Explanation explanation = explained(firm(2023, SOFTWARE).withIntangible(intangible("120000", 6, 6))
        .withIntangible(intangible("1200000", null, 12)));
    assertThat(inputs(explanation, Locale.ENGLISH)).startsWith("Input: tax year = 2023",
        "Input: industry code (GB/T 4754-2017) = I6510",
        "Input: enterprise kinds: tech SME / manufacturer / IC or machine tool = false / false / false",
        "Input: expensed R&D: personnel / direct inputs / depreciation / intangible amortisation / new-product design "
            + "etc. / other related = 600000.00 / 200000.00 / 100000.00 / 50000.00 / 50000.00 / 80000.00",
        "Input: R&D intangible #0 = cost 120000.00, period 6 months, 6 months in the year",
        "Input: R&D intangible #1 = cost 1200000.00, period default, 12 months in the year");
    RdRequest unknown = RdRequest.of(2023, RdFixtures.standardCosts());
    assertThat(inputs(explained(unknown), Locale.ENGLISH)).contains(
        "Input: industry code (GB/T 4754-2017) = unknown",
        "Input: enterprise kinds: tech SME / manufacturer / IC or machine tool = unknown / unknown / unknown");
  }

  @Test
  void test_rows_eachKindsRowMetUnknownOrNotMet() {
    // 2023 rows in table order: general 75% (2018–2023, 财税〔2018〕99号), manufacturers 100% (2021年第13号), 科技型
    // 100% (2022年第16号), general 100% (2023年第7号), IC / 工业母机 120% (2023年第44号). A manufacturer, 科技型 not
    // known, not IC: met, met, unknown, met, not met; the rate is 100% whichever 科技型 is: 1,080,000.00
    RdRequest request = firm(2023, SOFTWARE).withFlags(Optional.empty(), Optional.of(true),
        Optional.of(false));
    assertOutcomesOf(explained(request), "row for",
        MET, MET,
        UNKNOWN, MET,
        NOT_MET);
    assertThat(extra(request)).isEqualByComparingTo("1080000.00");
    // the industry condition cites the negative list (财税〔2015〕119号 第四条)
    assertThat(explained(request).stepsOf(ConditionStep.class)).filteredOn(step -> step.condition()
        .in(Locale.ENGLISH).contains("negative list")).singleElement().satisfies(step -> assertThat(step.citation())
        .isEqualTo(MEASURE.excludedIndustries().get(0).citation()));
  }

  @Test
  void test_figures_expensedExtraAndTotalStated() {
    // 2023: 1,080,000.00 × 100% = 1,080,000.00 (2023年第7号); nothing taken out
    Explanation explanation = explained(firm(2023, SOFTWARE));
    CalculationStep expensed = calculation(explanation, "extra deduction on expensed R&D");
    assertThat(expensed.formula()).isEqualTo("1080000.00 × 100%");
    assertThat(expensed.result()).isEqualByComparingTo("1080000.00");
    assertThat(calculation(explanation, "extra deduction before what is taken out").result())
        .isEqualByComparingTo("1080000.00");
    CalculationStep total = calculation(explanation, "total extra deduction (lowers taxable income");
    assertThat(total.formula()).isEqualTo("expensed extra + Σ intangibles' extra amortisation");
    assertThat(total.result()).isEqualByComparingTo("1080000.00");
    assertThat(explanation.stepsOf(RoundingStep.class)).first()
        .satisfies(step -> assertThat(step.after()).isEqualByComparingTo("1080000.00"));
    // special income 100,000 (40号 第七条（二）): 1,080,000 − 100,000 × 100% = 980,000.00
    Explanation special = explained(RdRequest.builder().from(firm(2023, SOFTWARE)).specialIncome(Cny.of("100000"))
        .build());
    CalculationStep less = calculation(special, "less the rate on special income and sold-product materials");
    assertThat(less.formula()).isEqualTo("1080000.00 − 100000.00 × 100% (rounded 100000.00)");
    assertThat(less.result()).isEqualByComparingTo("980000.00");
    assertThat(calculation(special, "total extra deduction (lowers taxable income").formula())
        .isEqualTo("as above, less the rate on what is taken out");
  }

  @Test
  void test_materialsExactlyAbsorbTheBase_nothingLeftStated() {
    // 1,080,000 of materials against 1,080,000 deductible: line 47 − 48 − 49 = 0 → nothing left (40号 第二条（二）)
    Explanation explanation = explained(RdRequest.builder().from(firm(2023, SOFTWARE))
        .soldProductMaterials(Cny.of("1080000")).build());
    CalculationStep none = calculation(explanation, "nothing left to deduct after what is taken out");
    assertThat(none.result()).isEqualByComparingTo("0");
    assertThat(calculations(explanation, Locale.ENGLISH, "less the rate on special income")).isEmpty();
  }

  @Test
  void test_undetermined_rangeStepCitesTheRowThatMayApply() {
    // 2023, IC unknown: 100% or 120% (2023年第44号) → 1,080,000.00 .. 1,296,000.00
    CalculationStep range = calculation(explained(firm(2023, SOFTWARE).withFlags(Optional.of(false),
        Optional.of(false), Optional.empty())), "depending on the unknown facts");
    assertThat(range.formula()).isEqualTo("extra rate 100% .. 120% in 2023: total 1080000.00 .. 1296000.00");
    assertThat(range.result()).isEqualByComparingTo("1296000.00");
    // a table whose 2017 has only the 科技型 row (财税〔2017〕34号) and 科技型 unknown: no row applies for sure, the
    // range 0 .. 810,000.00 cites the row that may
    RdMeasure m = MEASURE;
    RdMeasure without = new RdMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.rates().stream().filter(r -> !r.governs(2016)).toList(), m.excludedIndustries(), m.otherCostsCapShare(),
        m.defaultAmortisationYears(), m.rounding(), m.base());
    RdResult result = CALCULATOR.explainExtraDeduction(without, firm(2017, SOFTWARE)
        .withFlags(Optional.empty(), Optional.of(false), Optional.of(false)));
    CalculationStep tech = calculation(result.explanation(), "depending on the unknown facts");
    assertThat(tech.result()).isEqualByComparingTo("810000.00");
    assertThat(tech.citation()).isEqualTo(without.rates().get(0).expensedExtraRate().citation());
    // a table of the kinds' rows only (no general row): a 2023 firm of none of the kinds is ineligible, the reason
    // citing the first row that governs 2023 (manufacturers, 2021年第13号), not the first of the table (2017–2019)
    RdMeasure kindsOnly = new RdMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.rates().stream().filter(r -> r.kind() != RdEnterpriseKind.ALL_ELIGIBLE)
        .toList(), m.excludedIndustries(), m.otherCostsCapShare(), m.defaultAmortisationYears(), m.rounding(),
        m.base());
    RdResult other = CALCULATOR.explainExtraDeduction(kindsOnly, firm(2023, SOFTWARE));
    assertThat(other.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(kindsOnly.rates().get(1).kind()).isEqualTo(RdEnterpriseKind.MANUFACTURING);
    assertThat(other.eligibility().reasons()).filteredOn(r -> r.code().equals("no-rate-for-enterprise-kind"))
        .singleElement().satisfies(r -> assertThat(r.citation())
            .isEqualTo(kindsOnly.rates().get(1).expensedExtraRate().citation()));
  }

  @Test
  void test_receipt_issuedUnlessOmitted() {
    RdRequest request = firm(2023, SOFTWARE);
    assertThat(CALCULATOR.explainExtraDeduction(MEASURE, request).explanation().receipt()).isPresent();
    assertThat(CALCULATOR.explainExtraDeduction(MEASURE, request, ReceiptChoice.OMIT)
        .explanation().receipt()).isEmpty();
  }

  @Test
  void test_yearWithoutRules_problemListsTheRows() {
    // 2015 is before the table (from 2016, 财税〔2015〕119号)
    InvalidInputException ex = assertField(() -> extra(firm(2015, SOFTWARE)), "taxYear");
    assertThat(ex.problem()).contains("rows [" + MEASURE.rates().get(0).taxYears() + ", ");
  }
}
