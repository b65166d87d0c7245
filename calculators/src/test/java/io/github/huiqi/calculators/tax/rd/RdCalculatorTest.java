package io.github.huiqi.calculators.tax.rd;

import static io.github.huiqi.calculators.tax.rd.RdFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.MANUFACTURE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.SOFTWARE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.costs;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.extra;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.firm;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.intangible;
import static io.github.huiqi.core.tax.rd.RdEnterpriseKind.IC_OR_MACHINE_TOOL;
import static io.github.huiqi.core.tax.rd.RdEnterpriseKind.MANUFACTURING;
import static io.github.huiqi.core.tax.rd.RdEnterpriseKind.TECH_SME;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcome;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.rd.RdMeasure;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked cases of {@link RdCalculator} on the built-in table (深工信〔2023〕26号 第1条 and the
 * national instruments of domain reference §2.13). Unless stated, the costs are the fixtures' standard ones: five
 * categories 1,000,000, other related costs 80,000 (within the cap 111,111.11), eligible base 1,080,000.
 */
class RdCalculatorTest {

  //-------------------------------------------------------------------------
  // 科技型中小企业, not a manufacturer: 2021 vs 2022
  @Test
  void test_techSme_2021_generalRate75_2022_rate100() {
    // 2021: 财税〔2017〕34号 (科技型中小企业 75%) ended 2019-12-31; 财税〔2018〕99号 + 2021年第6号 give every eligible
    // enterprise 75% → 1,080,000 × 75% = 810,000.00
    assertThat(extra(firm(2021, SOFTWARE, TECH_SME))).isEqualByComparingTo("810000.00");
    // 2022: 2022年第16号 (restated by 深工信〔2023〕26号 第1条) 100% → 1,080,000 × 100% = 1,080,000.00
    assertThat(extra(firm(2022, SOFTWARE, TECH_SME))).isEqualByComparingTo("1080000.00");
  }

  @Test
  void test_techSme_2017_to_2019_underCaishui2017No34() {
    // 财税〔2017〕34号: 科技型中小企业 75% from 2017 → 1,080,000 × 75% = 810,000.00
    assertThat(extra(firm(2017, SOFTWARE, TECH_SME))).isEqualByComparingTo("810000.00");
    // a non-科技型 firm in 2017: 财税〔2015〕119号 第一条 50% (2016-01-01..2017-12-31) → 1,080,000 × 50% = 540,000.00
    RdResult other = CALCULATOR.explainExtraDeduction(MEASURE, firm(2017, SOFTWARE));
    assertThat(other.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(other.appliedKind()).contains(RdEnterpriseKind.ALL_ELIGIBLE);
    assertThat(Cny.yuan(other.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("540000.00");
    // 2016, first year of 119号, 34号 not yet in force: 50% for a 科技型 firm too → 540,000.00; an intangible
    // formed then is amortised on 150%: 1,200,000 × 150% = 1,800,000.00, extra 1,200,000 × 50% × 12 ÷ 120 = 60,000.00
    assertThat(extra(firm(2016, SOFTWARE, TECH_SME))).isEqualByComparingTo("540000.00");
    RdResult y2016 = CALCULATOR.explainExtraDeduction(MEASURE,
        firm(2016, SOFTWARE).withIntangible(intangible("1200000", null, 12)));
    assertThat(Cny.yuan(y2016.intangibles().get(0).amortisationBase(), "b")).isEqualByComparingTo("1800000.00");
    assertThat(Cny.yuan(y2016.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("600000.00");
    // 2017 with 科技型 unknown: 50% or 75% → [540,000.00, 810,000.00] naming /techSme
    RdResult unknown = CALCULATOR.explainExtraDeduction(MEASURE, firm(2017, SOFTWARE)
        .withFlags(Optional.empty(), Optional.of(false), Optional.of(false)));
    assertThat(unknown.eligibility().missingFacts()).containsExactly("/techSme");
    assertThat(Cny.yuan(unknown.totalExtraDeduction().minimum(), "min")).isEqualByComparingTo("540000.00");
    assertThat(Cny.yuan(unknown.totalExtraDeduction().maximum(), "max")).isEqualByComparingTo("810000.00");
    // 2018: the general 75% row (财税〔2018〕99号) starts; 2019 last year of 34号: both 75% → 810,000.00
    assertThat(extra(firm(2018, SOFTWARE))).isEqualByComparingTo("810000.00");
    assertThat(extra(firm(2019, SOFTWARE, TECH_SME))).isEqualByComparingTo("810000.00");
  }

  @Test
  void test_yearGovernedOnlyByRowsOfOtherKinds_ineligibleForThisKind() {
    // a table without the 2016–2017 general row: 2017 is governed only by the 科技型中小企业 row (财税〔2017〕34号),
    // so a non-科技型 firm gets nothing, with the reason named
    RdMeasure m = MEASURE;
    RdMeasure without = new RdMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.rates().stream().filter(r -> !r.governs(2016)).toList(), m.excludedIndustries(), m.otherCostsCapShare(),
        m.defaultAmortisationYears(), m.rounding(), m.base());
    RdResult other = CALCULATOR.explainExtraDeduction(without, firm(2017, SOFTWARE));
    assertThat(other.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(other.eligibility().reasons()).anyMatch(r -> r.code().equals("no-rate-for-enterprise-kind"));
    assertThat(Cny.yuan(other.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("0");
    // the 科技型 firm still gets 75% → 810,000.00
    assertThat(Cny.yuan(CALCULATOR.extraDeduction(without, firm(2017, SOFTWARE, TECH_SME)), "t"))
        .isEqualByComparingTo("810000.00");
  }

  //-------------------------------------------------------------------------
  // non-科技型 service firm: 2022 vs 2023
  @Test
  void test_serviceFirm_2022_rate75_2023_rate100() {
    // 2022: only 财税〔2018〕99号 / 2021年第6号 75% → 810,000.00
    RdResult y2022 = CALCULATOR.explainExtraDeduction(MEASURE, firm(2022, SOFTWARE));
    assertThat(y2022.expensedExtraRate()).contains(Rate.parse("75%"));
    assertThat(Cny.yuan(y2022.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("810000.00");
    // 2023: 2023年第7号 100% for every eligible enterprise (beats the 75% row still running to 2023-12-31)
    RdResult y2023 = CALCULATOR.explainExtraDeduction(MEASURE, firm(2023, SOFTWARE));
    assertThat(y2023.expensedExtraRate()).contains(Rate.parse("100%"));
    assertThat(y2023.appliedKind()).contains(RdEnterpriseKind.ALL_ELIGIBLE);
    assertThat(Cny.yuan(y2023.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1080000.00");
    // 2024: the 75% row has ended; 2023年第7号 has no end date → 1,080,000.00
    assertThat(extra(firm(2024, SOFTWARE))).isEqualByComparingTo("1080000.00");
  }

  //-------------------------------------------------------------------------
  // manufacturer: 2020 vs 2021
  @Test
  void test_manufacturer_2020_rate75_2021_rate100() {
    // 2020: 财税〔2018〕99号 75% → 810,000.00; 2021: 2021年第13号 manufacturers 100% → 1,080,000.00
    assertThat(extra(firm(2020, MANUFACTURE, MANUFACTURING))).isEqualByComparingTo("810000.00");
    assertThat(extra(firm(2021, MANUFACTURE, MANUFACTURING))).isEqualByComparingTo("1080000.00");
    // a non-manufacturer in 2021 stays at 75%
    assertThat(extra(firm(2021, MANUFACTURE))).isEqualByComparingTo("810000.00");
  }

  //-------------------------------------------------------------------------
  // IC / 工业母机: 2023..2027 at 120%, 2028 back to 100%
  @Test
  void test_icEnterprise_2023_and_2027_rate120_2028_rate100() {
    // 2023年第44号 120%: 1,080,000 × 120% = 1,296,000.00 (the most favourable of 100% and 120%)
    RdResult y2023 = CALCULATOR.explainExtraDeduction(MEASURE,
        firm(2023, "C3973", IC_OR_MACHINE_TOOL, MANUFACTURING));
    assertThat(y2023.appliedKind()).contains(IC_OR_MACHINE_TOOL);
    assertThat(Cny.yuan(y2023.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1296000.00");
    // 2027: last year of 44号 → 1,296,000.00
    assertThat(extra(firm(2027, "C3973", IC_OR_MACHINE_TOOL))).isEqualByComparingTo("1296000.00");
    // 2028: 44号 has ended; 2023年第7号 100% → 1,080,000.00
    assertThat(extra(firm(2028, "C3973", IC_OR_MACHINE_TOOL))).isEqualByComparingTo("1080000.00");
  }

  //-------------------------------------------------------------------------
  // negative list (财税〔2015〕119号 第四条)
  @Test
  void test_negativeList_industriesGetNothing() {
    for (String code : new String[] {"C1610", "H6110", "H62", "F5211", "F51", "K7010", "L7212", "R9011", "R90"}) {
      RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, firm(2023, code, MANUFACTURING));
      assertThat(result.eligibility().verdict()).as(code).isEqualTo(Verdict.INELIGIBLE);
      assertThat(result.eligibility().reasons()).as(code).anyMatch(r -> r.code().equals("negative-list-industry"));
      assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "t")).as(code).isEqualByComparingTo("0");
      assertThat(result.expensedExtraRate()).contains(Rate.ZERO);
    }
  }

  @Test
  void test_negativeList_neighboursOfExcludedDivisionsAreEligible() {
    // R86 (新闻和出版业) is in section R but not 娱乐业 R90; C15 (酒、饮料) is next to tobacco C16 → 100% in 2023
    assertThat(extra(firm(2023, "R8610"))).isEqualByComparingTo("1080000.00");
    assertThat(extra(firm(2023, "C1512"))).isEqualByComparingTo("1080000.00");
  }

  @Test
  void test_industryUnknownOrTooCoarse_undeterminedNamingIt() {
    // section R alone may or may not be 娱乐业 (R90): [0, 1,080,000.00]
    RdResult coarse = CALCULATOR.explainExtraDeduction(MEASURE, firm(2023, "R"));
    assertThat(coarse.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(coarse.eligibility().missingFacts()).containsExactly("/industryCode");
    assertThat(Cny.yuan(coarse.totalExtraDeduction().minimum(), "min")).isEqualByComparingTo("0");
    assertThat(Cny.yuan(coarse.totalExtraDeduction().maximum(), "max")).isEqualByComparingTo("1080000.00");
    assertThat(coarse.expensedExtraRate()).isEmpty();
    RdRequest unknown = RdRequest.of(2023,
        RdFixtures.standardCosts()).withKinds();
    assertThatThrownBy(() -> CALCULATOR.extraDeduction(MEASURE, unknown))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/industryCode"));
  }

  //-------------------------------------------------------------------------
  // unknown kinds
  @Test
  void test_unknownKind_mattersOnlyWhereItChangesTheRate() {
    // 2023, IC unknown: 100% (2023年第7号) or 120% (2023年第44号) → [1,080,000.00, 1,296,000.00]
    RdRequest icUnknown = firm(2023, SOFTWARE).withFlags(Optional.of(false), Optional.of(false),
        Optional.empty());
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, icUnknown);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/icOrMachineTool");
    assertThat(Cny.yuan(result.totalExtraDeduction().minimum(), "min")).isEqualByComparingTo("1080000.00");
    assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "max")).isEqualByComparingTo("1296000.00");
    // 2023, 科技型 and manufacturer unknown: every row for them is 100%, like 2023年第7号 → exact 1,080,000.00
    RdRequest techUnknown = firm(2023, SOFTWARE).withFlags(Optional.empty(), Optional.empty(),
        Optional.of(false));
    assertThat(extra(techUnknown)).isEqualByComparingTo("1080000.00");
    // 2022, 科技型 and manufacturer unknown: 75% or 100% → both facts named
    RdRequest both = firm(2022, SOFTWARE).withFlags(Optional.empty(), Optional.empty(),
        Optional.of(false));
    assertThat(CALCULATOR.explainExtraDeduction(MEASURE, both).eligibility().missingFacts())
        .containsExactlyInAnyOrder("/techSme", "/manufacturing");
  }

  //-------------------------------------------------------------------------
  // the 10% cap on other related costs (财税〔2015〕119号 第一条)
  @Test
  void test_otherCostsCap_exactlyReached_andExceededByOneFen() {
    // five = 900,000 → cap 900,000 × 10% ÷ 90% = 100,000.00 exactly
    RdResult reached = CALCULATOR.explainExtraDeduction(MEASURE,
        firm(2023, costs("900000", "0", "0", "0", "0", "100000.00"), SOFTWARE));
    assertThat(Cny.yuan(reached.otherCostsCap(), "cap")).isEqualByComparingTo("100000.00");
    // allowed = min(100,000.00, 100,000.00) = 100,000.00; base 1,000,000.00; 100% → 1,000,000.00
    assertThat(Cny.yuan(reached.allowedOtherCosts(), "allowed")).isEqualByComparingTo("100000.00");
    assertThat(Cny.yuan(reached.eligibleExpensedBase(), "base")).isEqualByComparingTo("1000000.00");
    // one fen more other costs: allowed stays 100,000.00, deduction stays 1,000,000.00
    RdResult exceeded = CALCULATOR.explainExtraDeduction(MEASURE,
        firm(2023, costs("900000", "0", "0", "0", "0", "100000.01"), SOFTWARE));
    assertThat(Cny.yuan(exceeded.allowedOtherCosts(), "allowed")).isEqualByComparingTo("100000.00");
    assertThat(Cny.yuan(exceeded.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1000000.00");
    assertThat(exceeded.explanation().steps()).anyMatch(s -> s instanceof CapStep cap
        && cap.before().compareTo(cap.after()) > 0);
    // one fen less: 99,999.99 counted in full → 999,999.99
    assertThat(extra(firm(2023, costs("900000", "0", "0", "0", "0", "99999.99"), SOFTWARE)))
        .isEqualByComparingTo("999999.99");
  }

  @Test
  void test_otherCostsCap_repeatingDecimal_roundedOnceHalfUp() {
    // five = 1,000,000 → 1,000,000 × 10% ÷ 90% = 111,111.111… → 111,111.11; other 200,000 capped there
    // base 1,111,111.11; 2023 100% → 1,111,111.11
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE,
        firm(2023, costs("600000", "200000", "100000", "50000", "50000", "200000"), SOFTWARE));
    assertThat(Cny.yuan(result.otherCostsCap(), "cap")).isEqualByComparingTo("111111.11");
    assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1111111.11");
    // five = 50 → 50 × 10% ÷ 90% = 5.5555… → 5.56 half-up (5.55 rounded down by option)
    RdRequest small = firm(2023, costs("50", "0", "0", "0", "0", "9"), SOFTWARE);
    assertThat(Cny.yuan(CALCULATOR.explainExtraDeduction(MEASURE, small).otherCostsCap(), "cap"))
        .isEqualByComparingTo("5.56");
    // 75% in 2022 of 50 + 5.56 = 55.56 × 75% = 41.67 (41.670)
    assertThat(extra(firm(2022, costs("50", "0", "0", "0", "0", "9"), SOFTWARE))).isEqualByComparingTo("41.67");
    RdRequest down = small.withOptions(RdOptions.DEFAULTS
        .withRounding(MoneyRounding.FEN_DOWN));
    RdResult downResult = CALCULATOR.explainExtraDeduction(MEASURE, down);
    assertThat(Cny.yuan(downResult.otherCostsCap(), "cap")).isEqualByComparingTo("5.55");
    assertThat(downResult.explanation().steps()).anyMatch(s -> s instanceof DefaultUsedStep d && d.overridden());
  }

  @Test
  void test_rateRounding_halfUpOnceAtTheFen() {
    // 2022 75% of 0.02 + 0 = 0.015 → 0.02 half-up (0.01 down)
    assertThat(extra(firm(2022, costs("0.02", "0", "0", "0", "0", "0"), SOFTWARE))).isEqualByComparingTo("0.02");
  }

  //-------------------------------------------------------------------------
  // intangibles (企业所得税法实施条例 第六十七条: at least 10 years)
  @Test
  void test_intangible_wholeYear_defaultTenYears() {
    // 2023 科技型: 200% base; cost 1,200,000 → base 2,400,000.00; year 2,400,000 × 12 ÷ 120 = 240,000.00;
    // extra 1,200,000 × 100% × 12 ÷ 120 = 120,000.00; total 1,080,000 + 120,000 = 1,200,000.00
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE,
        firm(2023, SOFTWARE, TECH_SME).withIntangible(intangible("1200000", null, 12)));
    RdIntangibleDeduction d = result.intangibles().get(0);
    assertThat(d.amortisationMonths()).isEqualTo(120);
    assertThat(d.baseRate()).isEqualTo(Rate.parse("200%"));
    assertThat(Cny.yuan(d.amortisationBase(), "b")).isEqualByComparingTo("2400000.00");
    assertThat(Cny.yuan(d.yearAmortisation(), "y")).isEqualByComparingTo("240000.00");
    assertThat(Cny.yuan(d.yearExtraAmortisation(), "e")).isEqualByComparingTo("120000.00");
    assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1200000.00");
    // the default period (第六十七条: 10 years × 12 = 120 months) is shown with its citation
    assertThat(result.explanation().steps()).anyMatch(s -> s instanceof CalculationStep c
        && c.result().compareTo(java.math.BigDecimal.valueOf(120)) == 0 && c.citation().article().equals("第六十七条"));
  }

  @Test
  void test_intangible_partYear_repeatingDivisionRoundedOnce() {
    // 2023: cost 1,000,000, 7 months: year 2,000,000 × 7 ÷ 120 = 116,666.666… → 116,666.67;
    // extra 1,000,000 × 7 ÷ 120 = 58,333.333… → 58,333.33; total 1,080,000 + 58,333.33 = 1,138,333.33
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE,
        firm(2023, SOFTWARE).withIntangible(intangible("1000000", null, 7)));
    RdIntangibleDeduction d = result.intangibles().get(0);
    assertThat(Cny.yuan(d.yearAmortisation(), "y")).isEqualByComparingTo("116666.67");
    assertThat(Cny.yuan(d.yearExtraAmortisation(), "e")).isEqualByComparingTo("58333.33");
    assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1138333.33");
  }

  @Test
  void test_intangible_ratesByYearAndKind() {
    // IC 2023 (2023年第44号): 220%: base 1,200,000 × 220% = 2,640,000.00; year 264,000.00; extra 144,000.00
    RdResult ic = CALCULATOR.explainExtraDeduction(MEASURE,
        firm(2023, "C3973", IC_OR_MACHINE_TOOL).withIntangible(intangible("1200000", null, 12)));
    assertThat(Cny.yuan(ic.intangibles().get(0).amortisationBase(), "b")).isEqualByComparingTo("2640000.00");
    assertThat(Cny.yuan(ic.intangibles().get(0).yearAmortisation(), "y")).isEqualByComparingTo("264000.00");
    assertThat(Cny.yuan(ic.intangibles().get(0).yearExtraAmortisation(), "e")).isEqualByComparingTo("144000.00");
    // 2022 service firm (财税〔2018〕99号): 175%: extra 1,200,000 × 75% × 12 ÷ 120 = 90,000.00;
    // total 810,000 + 90,000 = 900,000.00
    assertThat(extra(firm(2022, SOFTWARE).withIntangible(intangible("1200000", null, 12))))
        .isEqualByComparingTo("900000.00");
    // a contract period of 60 months (第六十七条 exception): 600,000 × 100% × 12 ÷ 60 = 120,000.00 extra in 2023
    RdResult contract = CALCULATOR.explainExtraDeduction(MEASURE,
        firm(2023, costs("0", "0", "0", "0", "0", "0"), SOFTWARE).withIntangible(intangible("600000", 60, 12)));
    assertThat(Cny.yuan(contract.intangibles().get(0).yearAmortisation(), "y")).isEqualByComparingTo("240000.00");
    assertThat(Cny.yuan(contract.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("120000.00");
  }

  @Test
  void test_intangible_negativeListFirm_amortisesAt100PercentWithNoExtra() {
    // retail (F5211): 100% base: 1,200,000.00; year 120,000.00; extra 0
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE,
        firm(2023, "F5211").withIntangible(intangible("1200000", null, 12)));
    RdIntangibleDeduction d = result.intangibles().get(0);
    assertThat(Cny.yuan(d.amortisationBase(), "b")).isEqualByComparingTo("1200000.00");
    assertThat(Cny.yuan(d.yearAmortisation(), "y")).isEqualByComparingTo("120000.00");
    assertThat(Cny.yuan(d.yearExtraAmortisation(), "e")).isEqualByComparingTo("0");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_explanation_citesTheAppliedRowAndRenders() {
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, firm(2022, SOFTWARE, TECH_SME));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    // the 科技型中小企业 row from 2022 is cited to the seed's own words (深工信〔2023〕26号 第1条)
    assertThat(result.eligibility().reasons()).anyMatch(r -> r.code().equals("rate-applies")
        && r.citation().document().equals("深工信〔2023〕26号"));
    assertThat(result.explanation().steps()).anyMatch(s -> s instanceof ConditionStep c
        && c.outcome() == ConditionOutcome.MET
        && c.citation().document().equals("深工信〔2023〕26号"));
    assertThat(result.explanation().render(Locale.SIMPLIFIED_CHINESE)).contains("其他相关费用限额");
    // the kind of enterprise in Chinese words, not its code (once "适用加计扣除比例 100%（TECH_SME）" and
    // "适用 TECH_SME 的加计扣除比例 100% / 摊销 200%")
    assertThat(result.eligibility().reasons()).filteredOn(r -> r.code().equals("rate-applies")).singleElement()
        .satisfies(r -> assertThat(r.message().zh()).isEqualTo("适用加计扣除比例 100%（科技型中小企业）"));
    assertThat(result.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("条件：适用科技型中小企业的加计扣除比例 100% / 摊销 200% — 满足").doesNotContain("TECH_SME");
    assertThat(result.explanation().render(Locale.ENGLISH)).contains("cap on other related costs");
  }

  @Test
  void test_plainFormEqualsExplainingForm() {
    RdRequest request = firm(2023, SOFTWARE, TECH_SME).withIntangible(intangible("1000000", null, 7));
    assertThat(CALCULATOR.extraDeduction(MEASURE, request))
        .isEqualTo(CALCULATOR.explainExtraDeduction(MEASURE, request).totalExtraDeduction().maximum());
  }

  //-------------------------------------------------------------------------
  // which year's rate an intangible is amortised at (domain reference §4.5 item 34)
  @Test
  void test_intangibleFormedBeforeTheRateRose_taxYearRateByDefault_yearFormedByOption() {
    // a manufacturer's patent formed in 2020 (财税〔2018〕99号: 175%), cost 1,200,000, amortised all of 2022:
    // default: 2022's rate, 2021年第13号 200% → extra 1,200,000 × 100% × 12 ÷ 120 = 120,000.00;
    // total 1,080,000 + 120,000 = 1,200,000.00
    RdIntangibleAsset patent = intangible("1200000", null, 12).withYearFormed(2020);
    RdRequest request = firm(2022, MANUFACTURE, MANUFACTURING).withIntangible(patent);
    RdResult byDefault = CALCULATOR.explainExtraDeduction(MEASURE, request);
    assertThat(byDefault.intangibles().get(0).baseRate()).isEqualTo(Rate.parse("200%"));
    assertThat(Cny.yuan(byDefault.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1200000.00");
    assertThat(byDefault.explanation().steps()).anyMatch(s -> s instanceof DefaultUsedStep d && !d.overridden()
        && d.value().equals("TAX_YEAR"));
    // option YEAR_FORMED: 2020's 175% → extra 1,200,000 × 75% × 12 ÷ 120 = 90,000.00; total 1,170,000.00
    RdRequest formed = request.withOptions(RdOptions.DEFAULTS
        .withIntangibleRateYear(RdIntangibleRateYear.YEAR_FORMED));
    RdResult byFormed = CALCULATOR.explainExtraDeduction(MEASURE, formed);
    assertThat(byFormed.intangibles().get(0).baseRate()).isEqualTo(Rate.parse("175%"));
    assertThat(Cny.yuan(byFormed.intangibles().get(0).yearExtraAmortisation(), "e")).isEqualByComparingTo("90000.00");
    assertThat(Cny.yuan(byFormed.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1170000.00");
    // the expensed part keeps the tax year's 100%; the intangible's step cites 财税〔2018〕99号 (2020's row)
    assertThat(byFormed.expensedExtraRate()).contains(Rate.parse("100%"));
    assertThat(byFormed.explanation().steps()).anyMatch(s -> s instanceof CalculationStep c
        && c.name().en().startsWith("intangible #0: the year's") && c.citation().document().contains("财税〔2018〕99号"));
  }

  @Test
  void test_yearFormed_unknownKindThatMattersOnlyInThatYear_named() {
    // tax year 2023 (100% for all), patent formed 2022 under YEAR_FORMED, 科技型 unknown: 2022 is 75% or 100%
    RdRequest request = firm(2023, SOFTWARE)
        .withFlags(Optional.empty(), Optional.of(false), Optional.of(false))
        .withIntangible(intangible("1200000", null, 12).withYearFormed(2022))
        .withOptions(RdOptions.DEFAULTS.withIntangibleRateYear(RdIntangibleRateYear.YEAR_FORMED));
    RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/techSme");
    // 1,080,000 + 1,200,000 × 75% ÷ 10 = 1,170,000.00 .. 1,080,000 + 120,000 = 1,200,000.00
    assertThat(Cny.yuan(result.totalExtraDeduction().minimum(), "min")).isEqualByComparingTo("1170000.00");
    assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "max")).isEqualByComparingTo("1200000.00");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conditions_negativeListIndustry() {
    // 财税〔2015〕119号 第四条: software (I6510) is not on the list (met); tobacco C1610 is (not met); section R alone
    // may or may not be 娱乐业 R90 (unknown, asking for a division); no code at all (unknown)
    String industry = "industry not on the negative list";
    assertOutcome(CALCULATOR.explainExtraDeduction(MEASURE, firm(2023, SOFTWARE)).explanation(), industry, MET);
    RdResult tobacco = CALCULATOR.explainExtraDeduction(MEASURE, firm(2023, "C1610", MANUFACTURING));
    assertOutcome(tobacco.explanation(), industry, NOT_MET);
    assertThat(detailsOf(tobacco.explanation(), industry)).singleElement().asString().startsWith("C1610 ∈ C16 ");
    RdResult coarse = CALCULATOR.explainExtraDeduction(MEASURE, firm(2023, "R"));
    assertOutcome(coarse.explanation(), industry, UNKNOWN);
    assertThat(detailsOf(coarse.explanation(), industry)).singleElement().asString()
        .startsWith("R may or may not be in R90 ").endsWith(": give a division code");
    RdResult none = CALCULATOR.explainExtraDeduction(MEASURE, RdRequest.of(2023, RdFixtures.standardCosts())
        .withKinds());
    assertOutcome(none.explanation(), industry, UNKNOWN);
    assertThat(detailsOf(none.explanation(), industry)).containsExactly("industryCode not given");
  }
}
