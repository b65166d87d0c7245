package io.github.huiqi.calculators.tax.firmyear;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.MEASURES;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.firm;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.max;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.min;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.month;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.quarter;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.saved;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.staff;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.yuan;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcome;
import static io.github.huiqi.calculators.ExplainedConditions.calculation;
import static io.github.huiqi.calculators.ExplainedConditions.inputs;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.tax.rd.RdFixtures;
import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitCalculator;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitResult;
import io.github.huiqi.calculators.tax.vat.VatRequest;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked firm-year cases. Instruments (2023): income tax 25% (企业所得税法 第四条); 小型微利企业 5% on the whole
 * of TI ≤ 3,000,000 (财政部 税务总局公告2023年第6号 第一条 and 2023年第12号 第三条: 减按25%计入应纳税所得额，按20%的税率);
 * the four conditions (2022年第13号 第二条); R&amp;D extra deduction 100% (2023年第7号 第一条), before the test
 * (企业所得税法 第三十条); small-scale VAT exempt up to 300,000 a quarter / 100,000 a month inclusive, otherwise 1%
 * instead of 3% on the whole sales (财政部 税务总局公告2023年第1号 第一条、第二条, restated by 深工信〔2023〕26号 第1条;
 * the quarterly figure by 国家税务总局公告2023年第1号 第一条; domain reference §2.11 — 2023年第19号 extends them from 2024).
 */
class FirmYearCalculatorTest {

  private static BigDecimal y(String text) {
    return new BigDecimal(text);
  }

  /**
   * Asserts the firm-year's own condition (the order of the instruments, always met) and the outcomes of the
   * 小型微利企业 test's taxable-income and employees conditions (2022年第13号 第二条: 不超过300万元, 不超过300人), which the
   * firm-year view decides on the income after the R&amp;D deduction.
   */
  private static void assertSmallLowProfitConditions(FirmYearResult result, ConditionOutcome income,
      ConditionOutcome employees) {
    assertOutcome(result.explanation(), "order: VAT on its own", MET);
    assertOutcome(result.explanation(), "annual taxable income at most", income);
    assertOutcome(result.explanation(), "average employees at most 300", employees);
  }

  @Test
  void test_rdDeductionBringsIncomeUnderTheCliff() {
    // TIb 3,400,000; E = 500,000 × 100% = 500,000 (2023年第7号); TIa 2,900,000 ≤ 3,000,000 → 小型微利企业
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, firm("3400000", "500000"));
    assertThat(yuan(result.extraDeduction())).isEqualByComparingTo("500000");
    assertThat(yuan(result.taxableIncomeAfterRd())).isEqualByComparingTo("2900000");
    // due = 2,900,000 × 5% = 145,000 (2023年第12号 第三条); std(TIb) = 3,400,000 × 25% = 850,000 (第四条)
    assertThat(yuan(result.incomeTaxDue())).isEqualByComparingTo("145000");
    assertThat(yuan(result.standardIncomeTax())).isEqualByComparingTo("850000");
    // saved 850,000 − 145,000 = 705,000 = (a) 850,000 − 725,000 = 125,000 + (b) 725,000 − 145,000 = 580,000
    assertThat(yuan(result.incomeTaxSaved())).isEqualByComparingTo("705000");
    assertThat(saved(result, FirmYearRelief.RD_SUPER_DEDUCTION)).isEqualByComparingTo("125000");
    assertThat(saved(result, FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE)).isEqualByComparingTo("580000");
    assertThat(yuan(result.totalSaved())).isEqualByComparingTo("705000");
    assertThat(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().reasons())
        .extracting(Reason::code).contains("rd-deduction-brings-taxable-income-within-limit");
    // the reason says to what, a whole clause (it once stopped at "…降至不超过")
    assertThat(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().reasons())
        .filteredOn(r -> r.code().equals("rd-deduction-brings-taxable-income-within-limit")).singleElement()
        .satisfies(r -> assertThat(r.message().zh())
            .isEqualTo("研发费用加计扣除使应纳税所得额由超过3000000.00元降至不超过3000000.00元"));
    // 2,900,000 ≤ 3,000,000 after the deduction; 100 employees ≤ 300
    assertSmallLowProfitConditions(result, MET, MET);
    assertThat(CALCULATOR.totalSaved(MEASURES, firm("3400000", "500000")).isEqualTo(Cny.of("705000"))).isTrue();
    // the wrong order (test first, on 3,400,000 > 3,000,000) would give no relief at all: the order matters
    SmallLowProfitResult wrongOrder = SmallLowProfitCalculator.DEFAULT.explainTaxDue(MEASURES.incomeTax(),
        SmallLowProfitRequest.of(2023, Cny.of("3400000"), staff(100)));
    assertThat(wrongOrder.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_rdDeductionNotEnoughToReachTheCliff() {
    // TIb 3,600,000 − 500,000 = 3,100,000 > 3,000,000: no 小型微利企业 relief on any part (2022年第13号 第二条)
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, firm("3600000", "500000"));
    assertThat(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    // due 3,100,000 × 25% = 775,000; std 3,600,000 × 25% = 900,000; saved 125,000, all the deduction's (a)
    assertThat(yuan(result.incomeTaxDue())).isEqualByComparingTo("775000");
    assertThat(yuan(result.incomeTaxSaved())).isEqualByComparingTo("125000");
    assertThat(saved(result, FirmYearRelief.RD_SUPER_DEDUCTION)).isEqualByComparingTo("125000");
    assertThat(saved(result, FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE)).isEqualByComparingTo("0");
    // 3,100,000 > 3,000,000: only the income condition fails
    assertSmallLowProfitConditions(result, NOT_MET, MET);
  }

  @Test
  void test_incomeAfterDeductionExactlyAtTheLimit() {
    // TIb 3,500,000 − 500,000 = 3,000,000: within the limit, inclusive (不超过300万元)
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, firm("3500000", "500000"));
    assertThat(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().verdict())
        .isEqualTo(Verdict.ELIGIBLE);
    // due 3,000,000 × 5% = 150,000; std(TIb) 875,000; std(TIa) 750,000
    // saved 725,000 = (a) 125,000 + (b) 600,000
    assertThat(yuan(result.incomeTaxDue())).isEqualByComparingTo("150000");
    assertThat(yuan(result.incomeTaxSaved())).isEqualByComparingTo("725000");
    assertThat(saved(result, FirmYearRelief.RD_SUPER_DEDUCTION)).isEqualByComparingTo("125000");
    assertThat(saved(result, FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE)).isEqualByComparingTo("600000");
    assertSmallLowProfitConditions(result, MET, MET);
  }

  @Test
  void test_incomeAfterDeductionOneFenAboveTheLimit() {
    // TIb 3,500,000.01 − 500,000 = 3,000,000.01 > 3,000,000: the cliff, no relief
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, firm("3500000.01", "500000"));
    assertThat(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    // due 3,000,000.01 × 25% = 750,000.0025 → 750,000.00; std 3,500,000.01 × 25% = 875,000.0025 → 875,000.00
    assertThat(yuan(result.incomeTaxDue())).isEqualByComparingTo("750000.00");
    assertThat(yuan(result.standardIncomeTax())).isEqualByComparingTo("875000.00");
    // saved 125,000.00: (a) 875,000.00 − 750,000.00, (b) 0 — against 725,000 one fen lower, at the limit
    assertThat(yuan(result.incomeTaxSaved())).isEqualByComparingTo("125000.00");
    assertThat(saved(result, FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE)).isEqualByComparingTo("0");
    assertSmallLowProfitConditions(result, NOT_MET, MET);
  }

  @Test
  void test_ineligibleFirmStillDeductsRd() {
    // 301 employees averaged over the quarters > 300: not a 小型微利企业 (2022年第13号 第二条); the R&D deduction
    // applies to every enterprise not on the negative list (2023年第7号)
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, firm("2000000", "500000", staff(301), List.of()));
    assertThat(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).eligibility().verdict())
        .isEqualTo(Verdict.ELIGIBLE);
    // TIa 1,500,000 × 25% = 375,000; std 2,000,000 × 25% = 500,000; saved 125,000 = (a) only
    assertThat(yuan(result.incomeTaxDue())).isEqualByComparingTo("375000");
    assertThat(yuan(result.totalSaved())).isEqualByComparingTo("125000");
    assertThat(saved(result, FirmYearRelief.RD_SUPER_DEDUCTION)).isEqualByComparingTo("125000");
    assertThat(saved(result, FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE)).isEqualByComparingTo("0");
    // 1,500,000 ≤ 3,000,000, but 301 > 300
    assertSmallLowProfitConditions(result, MET, NOT_MET);
    // and 300 employees is still within (inclusive): TIa 1,500,000 × 5% = 75,000; saved 500,000 − 75,000
    FirmYearResult within = CALCULATOR.explainTotalSaved(MEASURES, firm("2000000", "500000", staff(300), List.of()));
    assertThat(yuan(within.incomeTaxSaved())).isEqualByComparingTo("425000");
    assertSmallLowProfitConditions(within, MET, MET);
  }

  @Test
  void test_vatSavedSummedOverQuarters() {
    // 2023 (财政部 税务总局公告2023年第1号 第一条、第二条; quarterly 300,000 per 国家税务总局公告2023年第1号 第一条):
    // Q1 300,000 exactly: exempt (以下（含本数）, inclusive), saved 300,000 × 3% = 9,000
    // Q2 300,000.01: the whole at 1%: 3,000.0001 → 3,000.00; standard 9,000.0003 → 9,000.00; saved 6,000.00
    // Q3 0: nothing; Q4 1,000,000: 10,000 due; standard 30,000; saved 20,000
    // total saved 9,000 + 6,000 + 0 + 20,000 = 35,000; due 13,000; standard 48,000
    List<VatRequest> vat = List.of(quarter(2023, 1, "300000"), quarter(2023, 2, "300000.01"),
        quarter(2023, 3, "0"), quarter(2023, 4, "1000000"));
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, firm("100000", null, staff(10), vat));
    assertThat(yuan(result.vatSaved())).isEqualByComparingTo("35000.00");
    assertThat(yuan(result.vatDue())).isEqualByComparingTo("13000.00");
    assertThat(yuan(result.standardVat())).isEqualByComparingTo("48000.00");
    assertThat(result.vatPeriods()).hasSize(4);
    // income tax: 100,000 × 5% = 5,000 against 25,000: saved 20,000, all 小型微利企业; no R&D
    assertThat(saved(result, FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE)).isEqualByComparingTo("20000");
    assertThat(saved(result, FirmYearRelief.RD_SUPER_DEDUCTION)).isEqualByComparingTo("0");
    assertThat(result.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    assertThat(yuan(result.totalSaved())).isEqualByComparingTo("55000.00");
  }

  @Test
  void test_vatSavedSummedOverMonths() {
    // 2023-01 100,000 exactly: exempt, saved 3,000; 2023-02 100,000.01: 1,000.0001 → 1,000.00 due, standard
    // 3,000.0003 → 3,000.00, saved 2,000.00 (财政部 税务总局公告2023年第1号 第一条、第二条); total 5,000.00
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, firm("0", null, staff(10),
        List.of(month(2023, 1, "100000"), month(2023, 2, "100000.01"))));
    assertThat(yuan(result.vatSaved())).isEqualByComparingTo("5000.00");
    assertThat(yuan(result.totalSaved())).isEqualByComparingTo("5000.00");
  }

  @Test
  void test_lossMakingFirm_incomeFloorsAtZero() {
    // TIb 200,000 − E 500,000 < 0 → TIa 0; the 300,000 beyond is a loss this view does not carry (第十八条)
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, firm("200000", "500000"));
    assertThat(yuan(result.taxableIncomeAfterRd())).isEqualByComparingTo("0");
    assertThat(yuan(result.deductionBeyondIncome())).isEqualByComparingTo("300000");
    // due 0; std 200,000 × 25% = 50,000; saved 50,000 = (a) 50,000 − 0 + (b) 0
    assertThat(yuan(result.incomeTaxDue())).isEqualByComparingTo("0");
    assertThat(saved(result, FirmYearRelief.RD_SUPER_DEDUCTION)).isEqualByComparingTo("50000");
    assertThat(saved(result, FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE)).isEqualByComparingTo("0");
    assertThat(result.explanation().render(Locale.ENGLISH)).contains("not carried here");
    // a loss year before R&D (TIb 0): nothing to save on income tax
    FirmYearResult loss = CALCULATOR.explainTotalSaved(MEASURES, firm("0", "500000"));
    assertThat(yuan(loss.totalSaved())).isEqualByComparingTo("0");
    assertThat(yuan(loss.deductionBeyondIncome())).isEqualByComparingTo("500000");
  }

  @Test
  void test_undeterminedRd_othersStillCompute_totalsAreRanges() {
    // industry unknown: E is 0 (negative list) or 500,000 → TIa 2,900,000 or 3,400,000: the 小型微利企业 verdict
    // turns on it; VAT (Q1 300,000 exempt: saved 9,000) still computes
    RdRequest rd = RdRequest.of(2023, RdFixtures.costs("500000", "0",
        "0", "0", "0", "0")).withKinds(RdEnterpriseKind.MANUFACTURING);
    FirmYearRequest request = FirmYearRequest.builder().taxYear(2023).vatPeriods(List.of(quarter(2023, 1, "300000")))
        .incomeTax(FirmYearIncomeTax.of(Cny.of("3400000"), staff(100))).rd(rd).build();
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, request);
    assertThat(result.missingFacts()).containsExactly("/rd/industryCode");
    assertThat(result.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).eligibility().missingFacts())
        .containsExactly("/rd/industryCode");
    assertThat(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().verdict())
        .isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().missingFacts())
        .containsExactly("/rd/industryCode");
    assertThat(yuan(result.vatSaved())).isEqualByComparingTo("9000");
    assertThat(result.incomeTax()).hasSize(2);
    // due between 145,000 (E 500,000, relieved) and 850,000 (E 0); saved between 0 and 705,000
    assertThat(min(result.incomeTaxDue())).isEqualByComparingTo("145000");
    assertThat(max(result.incomeTaxDue())).isEqualByComparingTo("850000");
    assertThat(min(result.totalSaved())).isEqualByComparingTo("9000");
    assertThat(max(result.totalSaved())).isEqualByComparingTo("714000");
    assertThatThrownBy(() -> CALCULATOR.totalSaved(MEASURES, request)).isInstanceOf(MissingFactsException.class)
        .satisfies(ex -> assertThat(((MissingFactsException) ex).missingFacts()).containsExactly("/rd/industryCode"));
  }

  @Test
  void test_undeterminedIncomeTaxFacts_namedUnderIncomeTax() {
    // no quarters: employees and assets unknown; industry unknown; VAT and R&D still compute
    FirmYearRequest request = FirmYearRequest.builder().taxYear(2023).vatPeriods(List.of(quarter(2023, 1, "300000")))
        .incomeTax(FirmYearIncomeTax.builder().taxableIncomeBeforeRd(Cny.of("2000000")).build())
        .rd(FirmYearFixtures.rd(2023, "500000")).build();
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, request);
    assertThat(result.missingFacts()).containsExactly("/incomeTax/restrictedOrProhibitedIndustry",
        "/incomeTax/quarters");
    // E exact 500,000 → TIa 1,500,000: due 75,000 (relieved) or 375,000; std 500,000; (a) exactly 125,000
    assertThat(saved(result, FirmYearRelief.RD_SUPER_DEDUCTION)).isEqualByComparingTo("125000");
    assertThat(min(result.incomeTaxSaved())).isEqualByComparingTo("125000");
    assertThat(max(result.incomeTaxSaved())).isEqualByComparingTo("425000");
    assertThat(yuan(result.vatSaved())).isEqualByComparingTo("9000");
    assertThatThrownBy(() -> CALCULATOR.totalSaved(MEASURES, request)).isInstanceOf(MissingFactsException.class);
  }

  @Test
  void test_undeterminedVatRegion_namedUnderItsPeriod() {
    // 2020-Q2, 600,000 > the 300,000 quarterly threshold (财税〔2019〕13号): Hubei exempt (saves 600,000 × 3% =
    // 18,000), elsewhere 1% (saves 18,000 − 6,000 = 12,000) (2020年第13号), so the region decides and is missing;
    // the 2020 income tax still has its row. (From 2021-04 every province pays 1%: 2021年第7号 第一条.)
    FirmYearRequest request = FirmYearRequest.builder().taxYear(2020).vatPeriods(List.of(quarter(2020, 2, "600000")))
        .incomeTax(FirmYearIncomeTax.of(Cny.of("500000"), staff(10))).build();
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, request);
    assertThat(result.outcome(FirmYearRelief.SMALL_SCALE_VAT).eligibility().missingFacts())
        .containsExactly("/vatPeriods/0/taxpayerRegionCode");
    assertThat(result.missingFacts()).containsExactly("/vatPeriods/0/taxpayerRegionCode");
    // the income tax still computes: 2020 小型微利企业 25% × 20% = 5% on ≤1,000,000 (财税〔2019〕13号 第二条):
    // 500,000 × 5% = 25,000; std 500,000 × 25% = 125,000 → 100,000 saved
    assertThat(yuan(result.incomeTaxSaved())).isEqualByComparingTo("100000");
  }

  @Test
  void test_explanationCitesEachInstrumentInOrder() {
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, firm("3400000", "500000", staff(100),
        List.of(quarter(2023, 1, "300000"))));
    String zh = result.explanation().render(Locale.SIMPLIFIED_CHINESE);
    int vat = zh.indexOf("一、增值税小规模纳税人减免");
    int rd = zh.indexOf("二、研发费用加计扣除");
    int slpe = zh.indexOf("三、小型微利企业所得税减免");
    assertThat(vat).isPositive();
    assertThat(rd).isGreaterThan(vat);
    assertThat(slpe).isGreaterThan(rd);
    assertThat(zh).contains("企业所得税法》 第三十条").contains("2023年第7号").contains("2022年第13号 第二条")
        .contains("三项优惠合计少缴税额");
    // the order step comes before the VAT part, the total last
    assertThat(zh.indexOf("第三十条")).isLessThan(vat);
    assertThat(zh.lastIndexOf("三项优惠合计少缴税额")).isGreaterThan(slpe);
  }

  @Test
  void test_negativeListIndustry_noDeduction_andAMidYearStarter() {
    // 批发业 F5110 is on the negative list (财税〔2015〕119号 第四条): E = 0, TI stays 3,400,000 > 3,000,000
    FirmYearRequest request = FirmYearRequest.builder().taxYear(2023)
        .incomeTax(FirmYearIncomeTax.of(Cny.of("3400000"), staff(100)))
        .rd(FirmYearFixtures.rd(2023, "500000").withIndustryCode("F5110")).build();
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, request);
    assertThat(result.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    assertThat(yuan(result.totalSaved())).isEqualByComparingTo("0");
    // a firm that started in Q3 averages over Q3 and Q4 only (2022年第13号 第二条): (290 + 310) ÷ 2 = 300 ≤ 300,
    // though Q4 alone is above; TIa 2,900,000 → due 145,000, saved 705,000 as in the first case
    List<io.github.huiqi.core.tax.OperatingQuarter> late = List.of(SmallLowProfitFixtures.q(3, 280, 300, "1", "1"),
        SmallLowProfitFixtures.q(4, 300, 320, "1", "1"));
    FirmYearResult starter = CALCULATOR.explainTotalSaved(MEASURES, firm("3400000", "500000", late, List.of()));
    assertThat(yuan(starter.incomeTaxSaved())).isEqualByComparingTo("705000");
    assertThat(starter.incomeTax().get(0).averageEmployees())
        .contains(new io.github.huiqi.core.tax.QuarterlyAverage(new BigDecimal("600"), 2));
    // the divisor matters: Q3 (300 + 310) ÷ 2 = 305, Q4 (310 + 310) ÷ 2 = 310 → 615 ÷ 2 = 307.5 > 300 → not a
    // 小型微利企业 (÷ 4 would give 153.75 and wrongly qualify it): due 2,900,000 × 25% = 725,000; saved (a) 125,000
    List<io.github.huiqi.core.tax.OperatingQuarter> above = List.of(SmallLowProfitFixtures.q(3, 300, 310, "1", "1"),
        SmallLowProfitFixtures.q(4, 310, 310, "1", "1"));
    FirmYearResult over = CALCULATOR.explainTotalSaved(MEASURES, firm("3400000", "500000", above, List.of()));
    assertThat(over.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    assertThat(yuan(over.incomeTaxDue())).isEqualByComparingTo("725000");
    assertThat(yuan(over.incomeTaxSaved())).isEqualByComparingTo("125000");
  }

  @Test
  void test_explainedTotal_whenTheSplitIsOpen_addsTheIncomeTaxSaved_whoseEndsAreReached() {
    // QA audit: industry unknown, so E is 0 (negative list) or 2,000,000 (100%, 2023年第7号). TIb 1,000,000: E 0 →
    // due 1,000,000 × 5% = 50,000, saved 250,000 − 50,000 = 200,000, all of it the 小型微利企业 relief; E 2,000,000 →
    // TIa 0, due 0, saved 250,000, all of it the deduction's effect. The R&D effect is [0, 250,000] and the relief
    // [0, 200,000], most at opposite ends: the old formula "9000.00 (VAT) + [0.00, 250000.00] (R&D) + [0.00,
    // 200000.00] (小型微利企业)" adds up to 459,000.00 at its most, not the 259,000.00 it gave. VAT: Q1 300,000
    // exempt at 3%, 9,000.00. Total 9,000 + [200,000, 250,000] = [209,000, 259,000]
    RdRequest rd = RdRequest.of(2023, RdFixtures.costs("2000000", "0", "0", "0", "0", "0"))
        .withKinds(RdEnterpriseKind.MANUFACTURING);
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, FirmYearRequest.builder().taxYear(2023)
        .vatPeriods(List.of(quarter(2023, 1, "300000"))).incomeTax(FirmYearIncomeTax.of(Cny.of("1000000"),
            staff(100))).rd(rd).build());
    assertThat(min(result.incomeTaxSaved())).isEqualByComparingTo("200000");
    assertThat(max(result.incomeTaxSaved())).isEqualByComparingTo("250000");
    assertThat(min(result.totalSaved())).isEqualByComparingTo("209000");
    assertThat(max(result.totalSaved())).isEqualByComparingTo("259000");
    CalculationStep total = calculation(result.explanation(), "total saved by the three reliefs");
    assertThat(total.formula()).isEqualTo("9000.00 (VAT) + [200000.00, 250000.00] (income tax saved: R&D and "
        + "小型微利企业 together)");
    assertThat(total.result()).isEqualByComparingTo("259000.00");
  }

  @Test
  void test_explanationFormulas_periodsJoined_incomeAfterDeduction_rangesWhenUndetermined() {
    // two quarters (2023年第1号 第一条、第二条): Q1 300,000 exempt, saved 9,000.00; Q2 300,000.01 at 1%, saved
    // 6,000.00: the formula names each period and joins them with " + "
    FirmYearResult two = CALCULATOR.explainTotalSaved(MEASURES, firm("3400000", "500000", staff(100),
        List.of(quarter(2023, 1, "300000"), quarter(2023, 2, "300000.01"))));
    String periods = calculation(two.explanation(), "VAT saved over the periods").formula();
    assertThat(periods).doesNotStartWith(" + ").contains(": 9000.00 + ").endsWith(": 6000.00");
    assertThat(periods.split(" \\+ ", -1)).hasSize(2);
    // TIb 3,400,000 (given as a whole number, shown at the fen) − E 500,000 = 2,900,000: one value, no range
    assertThat(calculation(two.explanation(), "taxable income after the R&D extra deduction").formula())
        .isEqualTo("max(3400000.00 − 500000.00, 0)");
    assertThat(inputs(two.explanation(), Locale.ENGLISH)).anyMatch(text -> text.endsWith("): R&D given = true"));
    // each part's heading in the reader's language, the value its figure (once "= 2 filing period(s)", "= R&D
    // given", "= taxable income after R&D 2900000.00" to the Chinese reader too)
    assertThat(inputs(two.explanation(), Locale.SIMPLIFIED_CHINESE)).contains(
        "输入：—— 一、增值税小规模纳税人减免（sz-gxj-2023-26.small-scale-vat）：申报期数 = 2",
        "输入：—— 二、研发费用加计扣除（sz-gxj-2023-26.rd-super-deduction）：提供了研发费用 = true",
        "输入：—— 三、小型微利企业所得税减免（sz-gxj-2023-26.small-low-profit-enterprise）：扣除研发费用加计扣除后的应纳税所得额 "
            + "= 2900000.00");
    // the deduction is within the income: nothing beyond it, so no "not carried" step
    assertThat(two.explanation().render(Locale.ENGLISH)).doesNotContain("not carried here");

    // no periods and no R&D: each part says so
    FirmYearResult bare = CALCULATOR.explainTotalSaved(MEASURES, FirmYearRequest.builder().taxYear(2023)
        .incomeTax(FirmYearIncomeTax.of(Cny.of("100000"), staff(10))).build());
    assertThat(calculation(bare.explanation(), "VAT saved over the periods").formula()).isEqualTo("no periods");
    assertThat(inputs(bare.explanation(), Locale.ENGLISH)).anyMatch(text -> text.endsWith("): R&D given = false"));

    // industry unknown: E is 0 (negative list) or 500,000, so the income after it is a range
    RdRequest rd = RdRequest.of(2023, RdFixtures.costs("500000", "0", "0", "0", "0", "0"))
        .withKinds(RdEnterpriseKind.MANUFACTURING);
    FirmYearResult open = CALCULATOR.explainTotalSaved(MEASURES, FirmYearRequest.builder().taxYear(2023)
        .incomeTax(FirmYearIncomeTax.of(Cny.of("3400000"), staff(100))).rd(rd).build());
    assertThat(calculation(open.explanation(), "taxable income after the R&D extra deduction").formula())
        .isEqualTo("max(3400000.00 − [0.00, 500000.00], 0) = [2900000.00, 3400000.00]");
    // the 小型微利企业 verdict turns on it: the reasons of both sides are kept
    assertThat(open.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().reasons()).isNotEmpty();
  }

  @Test
  void test_incomeAtTheLimitBeforeTheDeduction_theDeductionDoesNotBringItWithin() {
    // TIb exactly 3,000,000 is already within 不超过300万元 (2022年第13号 第二条): eligible, and the reason that the
    // R&D deduction brought the income within the limit is not given
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, firm("3000000", "500000"));
    assertThat(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().verdict())
        .isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().reasons())
        .extracting(Reason::code).doesNotContain("rd-deduction-brings-taxable-income-within-limit");
  }

  @Test
  void test_result_rejectsANegativeAmountNamingItsField() {
    // a result read back (a saved body, a replay) is checked as one built here: no amount below zero
    FirmYearResult r = CALCULATOR.explainTotalSaved(MEASURES, firm("3400000", "500000"));
    AmountRange negative = new AmountRange(Cny.of("-0.01"), Cny.of("0.00"));
    List<String> fields = List.of("vatDue", "vatSaved", "extraDeduction", "taxableIncomeAfterRd",
        "deductionBeyondIncome", "incomeTaxDue", "incomeTaxSaved", "totalSaved");
    for (String field : fields) {
      assertThatThrownBy(() -> new FirmYearResult(r.taxYear(), r.reliefs(), r.vatPeriods(),
          field.equals("vatDue") ? negative : r.vatDue(), r.standardVat(),
          field.equals("vatSaved") ? negative : r.vatSaved(), r.rd(),
          field.equals("extraDeduction") ? negative : r.extraDeduction(), r.taxableIncomeBeforeRd(),
          field.equals("taxableIncomeAfterRd") ? negative : r.taxableIncomeAfterRd(),
          field.equals("deductionBeyondIncome") ? negative : r.deductionBeyondIncome(), r.incomeTax(),
          r.standardIncomeTax(), field.equals("incomeTaxDue") ? negative : r.incomeTaxDue(),
          field.equals("incomeTaxSaved") ? negative : r.incomeTaxSaved(),
          field.equals("totalSaved") ? negative : r.totalSaved(), r.missingFacts(), r.explanation()))
          .as(field).isInstanceOf(InvalidInputException.class).hasMessageContaining(field + "/minimum");
    }
  }
}
