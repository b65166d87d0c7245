package io.github.huiqi.calculators.tax.smalllowprofit;

import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.due;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.q;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.relief;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.steady;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.year;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.yuan;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.calculators.ExplainedConditions.kinds;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.QuarterlyAverage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-worked cases of the 小型微利企业 income tax: every year's rates, the income, employee and asset boundaries,
 * the quarterly averaging, the industry condition and the cliff above 3,000,000.
 */
class SmallLowProfitCalculatorTest {

  //-------------------------------------------------------------------------
  // rates by tax year; taxable income 3,000,000 so both slices are used: 1,000,000 × r1 + 2,000,000 × r2
  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource({
      // 财税〔2019〕13号 第二条: 25% × 20% = 5% and 50% × 20% = 10% → 50,000 + 200,000; 750,000 − 250,000
      "2019, 5%, 10%, 250000.00, 500000.00",
      "2020, 5%, 10%, 250000.00, 500000.00",
      // 2021年第12号 第一条: 12.5% × 20% = 2.5%; upper slice still 10% (财税〔2019〕13号) → 25,000 + 200,000
      "2021, 2.5%, 10%, 225000.00, 525000.00",
      // 2021年第12号 (2.5%) and 2022年第13号 第一条 / seed 000 第1条 (25% × 20% = 5%) → 25,000 + 100,000
      "2022, 2.5%, 5%, 125000.00, 625000.00",
      // 2023年第6号 第一条 (5%) and 2022年第13号 / seed 000 第1条 (5%) → 50,000 + 100,000
      "2023, 5%, 5%, 150000.00, 600000.00",
      "2024, 5%, 5%, 150000.00, 600000.00",
      // 2023年第12号 第三条: 5% on both slices to 2027-12-31
      "2025, 5%, 5%, 150000.00, 600000.00",
      "2027, 5%, 5%, 150000.00, 600000.00",
  })
  void test_ratesByTaxYear_atTheIncomeLimit(int taxYear, String r1, String r2, String expectedDue,
      String expectedRelief) {
    SmallLowProfitResult result = CALCULATOR.explainTaxDue(MEASURE, year(taxYear, "3000000"));
    assertThat(result.lowerSliceRate()).isEqualTo(Rate.parse(r1));
    assertThat(result.upperSliceRate()).isEqualTo(Rate.parse(r2));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(Cny.yuan(result.taxDue().maximum(), "due")).isEqualByComparingTo(expectedDue);
    // standard: 3,000,000 × 25% = 750,000 (企业所得税法 第四条)
    assertThat(Cny.yuan(result.standardTax(), "standard")).isEqualByComparingTo("750000.00");
    assertThat(Cny.yuan(result.relief().maximum(), "relief")).isEqualByComparingTo(expectedRelief);
  }

  @Test
  void test_taxYearsOutsideTheTable_nameTaxYear() {
    // the table runs 2019..2027: 2018 (before 财税〔2019〕13号) and 2028 (after 2023年第12号) have no rules
    for (int taxYear : new int[] {2018, 2028}) {
      assertThatThrownBy(() -> CALCULATOR.taxDue(MEASURE, year(taxYear, "500000")))
          .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("taxYear"));
    }
    // the message names the years the table covers and its rows
    assertThatThrownBy(() -> CALCULATOR.taxDue(MEASURE, year(2028, "500000"))).hasMessageContaining("2019..2027")
        .hasMessageContaining("in rows [2019");
  }

  @Test
  void test_firstAndLastYearOfEachRow_lowerSliceOnly() {
    // 800,000 lies in the lower slice only: 800,000 × r1
    assertThat(due(year(2019, "800000"))).isEqualByComparingTo("40000.00"); // × 5%, 财税〔2019〕13号
    assertThat(due(year(2020, "800000"))).isEqualByComparingTo("40000.00"); // × 5%
    assertThat(due(year(2021, "800000"))).isEqualByComparingTo("20000.00"); // × 2.5%, 2021年第12号
    assertThat(due(year(2022, "800000"))).isEqualByComparingTo("20000.00"); // × 2.5%, 2021年第12号
    assertThat(due(year(2023, "800000"))).isEqualByComparingTo("40000.00"); // × 5%, 2023年第6号
    assertThat(due(year(2024, "800000"))).isEqualByComparingTo("40000.00"); // × 5%, 2023年第6号
    assertThat(due(year(2025, "800000"))).isEqualByComparingTo("40000.00"); // × 5%, 2023年第12号
    assertThat(due(year(2027, "800000"))).isEqualByComparingTo("40000.00"); // × 5%, 2023年第12号
  }

  //-------------------------------------------------------------------------
  @Test
  void test_taxableIncomeBoundaries_2023() {
    // exactly 1,000,000: 1,000,000 × 5% = 50,000; standard 250,000; relief 200,000
    assertThat(due(year(2023, "1000000"))).isEqualByComparingTo("50000.00");
    assertThat(relief(year(2023, "1000000"))).isEqualByComparingTo("200000.00");
    // one fen above: 50,000 + 0.01 × 5% = 50,000.0005 → 50,000.00; standard 250,000.0025 → 250,000.00
    assertThat(due(year(2023, "1000000.01"))).isEqualByComparingTo("50000.00");
    assertThat(relief(year(2023, "1000000.01"))).isEqualByComparingTo("200000.00");
    // one fen above 3,000,000: the cliff, no part relieved: 3,000,000.01 × 25% = 750,000.0025 → 750,000.00
    SmallLowProfitResult over = CALCULATOR.explainTaxDue(MEASURE, year(2023, "3000000.01"));
    assertThat(over.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(over.eligibility().reasons()).anyMatch(r -> r.code().equals("taxable-income-above-limit"));
    assertThat(Cny.yuan(over.taxDue().maximum(), "due")).isEqualByComparingTo("750000.00");
    assertThat(Cny.yuan(over.relief().maximum(), "relief")).isEqualByComparingTo("0");
  }

  @Test
  void test_taxableIncomeBoundaries_2021_slicesDiffer() {
    // 2021: 2.5% / 10%. 1,000,000.01 → 25,000 + 0.001 = 25,000.001 → 25,000.00
    assertThat(due(year(2021, "1000000.01"))).isEqualByComparingTo("25000.00");
    // 1,000,000.05 → 25,000 + 0.005 = 25,000.005 → half-up 25,000.01 (domain reference §4.5 item 35)
    assertThat(due(year(2021, "1000000.05"))).isEqualByComparingTo("25000.01");
    // 1,000,000.05 with FEN_DOWN → 25,000.00
    assertThat(due(year(2021, "1000000.05").withOptions(SmallLowProfitOptions.DEFAULTS
        .withRounding(MoneyRounding.FEN_DOWN)))).isEqualByComparingTo("25000.00");
    // 2,000,000: 25,000 + 1,000,000 × 10% = 125,000; standard 500,000; relief 375,000
    assertThat(due(year(2021, "2000000"))).isEqualByComparingTo("125000.00");
    assertThat(relief(year(2021, "2000000"))).isEqualByComparingTo("375000.00");
  }

  @Test
  void test_zeroIncome_noTax() {
    assertThat(due(year(2023, "0"))).isEqualByComparingTo("0");
    assertThat(relief(year(2023, "0"))).isEqualByComparingTo("0");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_employees_300Eligible_301Not() {
    // 2022年第13号 第二条 "从业人数不超过300人": an average of exactly 300 qualifies
    assertThat(due(year(2023, "2000000", steady(1, 4, 300, "10000000")))).isEqualByComparingTo("100000.00");
    // an average of 301 does not: 2,000,000 × 25% = 500,000
    SmallLowProfitResult over = CALCULATOR.explainTaxDue(MEASURE, year(2023, "2000000",
        steady(1, 4, 301, "10000000")));
    assertThat(over.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(over.eligibility().reasons()).anyMatch(r -> r.code().equals("employees-above-limit"));
    assertThat(Cny.yuan(over.taxDue().maximum(), "due")).isEqualByComparingTo("500000.00");
  }

  @Test
  void test_employees_halfAboveTheLimitIsAbove() {
    // each quarter (300 + 301) ÷ 2 = 300.5; average 300.5 > 300 → not eligible
    List<OperatingQuarter> quarters = List.of(q(1, 300, 301, "1", "1"), q(2, 300, 301, "1", "1"),
        q(3, 300, 301, "1", "1"), q(4, 300, 301, "1", "1"));
    SmallLowProfitResult result = CALCULATOR.explainTaxDue(MEASURE, year(2023, "500000", quarters));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.averageEmployees()).contains(new QuarterlyAverage(new BigDecimal("1202.0"), 4));
  }

  @Test
  void test_employees_oneQuarterAbove_averageWithin_staysEligible() {
    // the tax bureau's method: Q1 (280+280)/2 = 280, Q2 (280+320)/2 = 300, Q3 (320+320)/2 = 320 (above 300),
    // Q4 (320+280)/2 = 300; (280 + 300 + 320 + 300) ÷ 4 = 300 ≤ 300 → eligible
    List<OperatingQuarter> quarters = List.of(q(1, 280, 280, "1", "1"), q(2, 280, 320, "1", "1"),
        q(3, 320, 320, "1", "1"), q(4, 320, 280, "1", "1"));
    SmallLowProfitResult result = CALCULATOR.explainTaxDue(MEASURE, year(2023, "1500000", quarters));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    // 50,000 + 500,000 × 5% = 75,000
    assertThat(Cny.yuan(result.taxDue().maximum(), "due")).isEqualByComparingTo("75000.00");
  }

  @Test
  void test_midYearStarter_averagesOverTheQuartersOperated() {
    // started in April with 320 employees throughout: (320 × 3) ÷ 3 = 320 > 300 → not eligible
    // (dividing by 4 would give 240 and wrongly qualify it)
    SmallLowProfitResult result = CALCULATOR.explainTaxDue(MEASURE, year(2023, "800000",
        steady(2, 4, 320, "10000000")));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.averageEmployees().get().quarters()).isEqualTo(3);
    // 800,000 × 25% = 200,000
    assertThat(Cny.yuan(result.taxDue().maximum(), "due")).isEqualByComparingTo("200000.00");
    // started in July: Q3 (0+300)/2 = 150, Q4 (300+300)/2 = 300 → 450 ÷ 2 = 225 ≤ 300 → eligible; 800,000 × 5%
    assertThat(due(year(2023, "800000", List.of(q(3, 0, 300, "0", "5000000"), q(4, 300, 300, "5000000",
        "5000000"))))).isEqualByComparingTo("40000.00");
  }

  @Test
  void test_threeQuarterAverage_isComparedExactly() {
    // Q2 (300+301)/2 = 300.5, Q3 300, Q4 300 → 900.5 ÷ 3 = 300.1666… > 300 → not eligible
    List<OperatingQuarter> quarters = List.of(q(2, 300, 301, "1", "1"), q(3, 300, 300, "1", "1"),
        q(4, 300, 300, "1", "1"));
    assertThat(CALCULATOR.explainTaxDue(MEASURE, year(2023, "500000", quarters)).eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_assets_50MillionEligible_oneFenAboveNot() {
    // "资产总额不超过5000万元" (2022年第13号 第二条): 50,000,000 on average qualifies → 500,000 × 5% = 25,000
    assertThat(due(year(2023, "500000", steady(1, 4, 10, "50000000")))).isEqualByComparingTo("25000.00");
    // 50,000,000.01 on average does not → 500,000 × 25% = 125,000
    SmallLowProfitResult over = CALCULATOR.explainTaxDue(MEASURE, year(2023, "500000",
        steady(1, 4, 10, "50000000.01")));
    assertThat(over.eligibility().reasons()).anyMatch(r -> r.code().equals("total-assets-above-limit"));
    // the limit is an amount in 元, as the income limit's reason says (it once read "…不超过50000000.00")
    assertThat(over.eligibility().reasons()).filteredOn(r -> r.code().equals("total-assets-above-limit"))
        .singleElement().satisfies(r -> assertThat(r.message().zh()).isEqualTo("资产总额季度平均值不超过50000000.00元"));
    assertThat(Cny.yuan(over.taxDue().maximum(), "due")).isEqualByComparingTo("125000.00");
    // one quarter (50,000,000 + 50,000,000.02) ÷ 2 = 50,000,000.01 with three at 50,000,000: the average is
    // 200,000,000.01 ÷ 4 = 50,000,000.0025 > 50,000,000 → still not eligible
    List<OperatingQuarter> quarters = List.of(q(1, 10, 10, "50000000", "50000000.02"),
        q(2, 10, 10, "50000000", "50000000"), q(3, 10, 10, "50000000", "50000000"),
        q(4, 10, 10, "50000000", "50000000"));
    assertThat(due(year(2023, "500000", quarters))).isEqualByComparingTo("125000.00");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_restrictedIndustry_ineligible() {
    SmallLowProfitRequest request = year(2023, "500000").withRestrictedOrProhibitedIndustry(Optional.of(true));
    // 500,000 × 25% = 125,000, no relief
    assertThat(due(request)).isEqualByComparingTo("125000.00");
    assertThat(relief(request)).isEqualByComparingTo("0");
  }

  @Test
  void test_unknownIndustry_undeterminedNamingTheFact() {
    SmallLowProfitRequest request = year(2023, "500000").withRestrictedOrProhibitedIndustry(Optional.empty());
    SmallLowProfitResult result = CALCULATOR.explainTaxDue(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/restrictedOrProhibitedIndustry");
    // between 500,000 × 5% = 25,000 (eligible) and 500,000 × 25% = 125,000 (not)
    assertThat(Cny.yuan(result.taxDue().minimum(), "min")).isEqualByComparingTo("25000.00");
    assertThat(Cny.yuan(result.taxDue().maximum(), "max")).isEqualByComparingTo("125000.00");
    assertThat(Cny.yuan(result.relief().minimum(), "min")).isEqualByComparingTo("0");
    assertThat(Cny.yuan(result.relief().maximum(), "max")).isEqualByComparingTo("100000.00");
    assertThatThrownBy(() -> CALCULATOR.taxDue(MEASURE, request))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/restrictedOrProhibitedIndustry"));
  }

  @Test
  void test_unknownIndustry_aboveTheIncomeLimit_isIneligibleAnyway() {
    SmallLowProfitRequest request = year(2023, "3000000.01")
        .withRestrictedOrProhibitedIndustry(Optional.empty());
    assertThat(due(request)).isEqualByComparingTo("750000.00");
  }

  @Test
  void test_noQuarters_undeterminedNamingQuarters() {
    SmallLowProfitResult result = CALCULATOR.explainTaxDue(MEASURE, year(2023, "500000", List.of()));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/quarters");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_factsForm_sameAsRequestForm_andNamesAverages() {
    SmallLowProfitRequest request = year(2022, "2400000");
    SmallLowProfitResult viaFacts = CALCULATOR.explainTaxDue(MEASURE,
        SmallLowProfitAveragesRequest.of(2022, Cny.of("2400000"), request.facts()));
    // the same figures and steps; the receipts differ, as the two requests and calculations do
    assertThat(viaFacts).usingRecursiveComparison().ignoringFields("explanation.receipt")
        .isEqualTo(CALCULATOR.explainTaxDue(MEASURE, request));
    // 2022: 1,000,000 × 2.5% + 1,400,000 × 5% = 25,000 + 70,000 = 95,000
    assertThat(CALCULATOR.taxDue(MEASURE, SmallLowProfitAveragesRequest.of(2022, Cny.of("2400000"), request.facts())))
        .isEqualTo(Cny.of(new BigDecimal("95000.00")));
    // averages already worked out (as on a return); assets unknown → undetermined naming the average
    SmallLowProfitFacts partial = SmallLowProfitFacts.builder().restrictedOrProhibitedIndustry(false)
        .averageEmployees(QuarterlyAverage.of(new BigDecimal("120.25"))).build();
    SmallLowProfitResult result = CALCULATOR.explainTaxDue(MEASURE,
        SmallLowProfitAveragesRequest.of(2022, Cny.of("2400000"), partial));
    assertThat(result.eligibility().missingFacts()).containsExactly("/averageTotalAssets");
  }

  @Test
  void test_explanation_citesTheInstrumentsAndRenders() {
    SmallLowProfitResult result = CALCULATOR.explainTaxDue(MEASURE, year(2022, "2400000"));
    String zh = result.explanation().render(Locale.SIMPLIFIED_CHINESE);
    String en = result.explanation().render(Locale.ENGLISH);
    assertThat(zh).contains("2021年第12号").contains("深工信〔2023〕26号").contains("企业所得税法");
    assertThat(en).contains("tax on the part above 1000000").contains("HALF_UP@2");
  }

  @Test
  void test_standardTax_isTheIncomeAtTwentyFivePercent_roundedOnce() {
    // 企业所得税法 第四条: 25%; 3,500,000.01 × 25% = 875,000.0025 → 875,000.00 half-up; 0.02 × 25% = 0.005 → 0.01
    assertThat(CALCULATOR.standardTax(MEASURE, year(2023, "3500000.01")).isEqualTo(Cny.of("875000.00"))).isTrue();
    assertThat(CALCULATOR.standardTax(MEASURE, year(2023, "0.02")).isEqualTo(Cny.of("0.01"))).isTrue();
    // FEN_DOWN: 0.005 → 0.00
    assertThat(CALCULATOR.standardTax(MEASURE, year(2023, "0.02")
        .withOptions(SmallLowProfitOptions.DEFAULTS.withRounding(MoneyRounding.FEN_DOWN))).isZero()).isTrue();
  }

  @Test
  void test_standardTax_onAnIncome_usesTheMeasuresRounding() {
    // 0.02 × 25% = 0.005 → 0.01 half-up to the fen (the measure's rounding, 企业所得税法 第四条 25%);
    // 1,000,000 × 25% = 250,000.00
    assertThat(CALCULATOR.standardTax(MEASURE, Cny.of("0.02")).isEqualTo(Cny.of("0.01"))).isTrue();
    assertThat(CALCULATOR.standardTax(MEASURE, Cny.of("1000000")).isEqualTo(Cny.of("250000.00"))).isTrue();
  }

  //-------------------------------------------------------------------------
  // The explanation: five conditions, in order — the tax year has a row in the rate table, the industry is not
  // restricted or prohibited, taxable income at most 3,000,000, average employees at most 300, average total assets at
  // most 50,000,000 (财政部 税务总局公告2022年第13号 第二条; 2023年第6号; 2023年第12号) — each with its outcome and the
  // comparison it rests on.

  private static Explanation explained(SmallLowProfitRequest request) {
    return CALCULATOR.explainTaxDue(MEASURE, request).explanation();
  }

  @Test
  void test_conditions_allMet_andEveryStepShown() {
    Explanation explanation = explained(year(2023, "500000"));
    assertOutcomes(explanation, MET, MET, MET, MET, MET);
    assertThat(detailsOf(explanation, "industry not restricted"))
        .containsExactly("restrictedOrProhibitedIndustry = false");
    assertThat(detailsOf(explanation, "annual taxable income at most")).containsExactly("500000.00 ≤ 3000000.00");
    assertThat(detailsOf(explanation, "average employees at most 300")).singleElement().asString().contains(" ≤ 300");
    assertThat(detailsOf(explanation, "average total assets at most")).singleElement().asString().contains(" ≤ ");
    // year, income, the row, the rounding, four conditions, the standard tax, the two slices and their rounding, the
    // tax due, the relief
    assertThat(kinds(explanation)).containsExactly(InputStep.class, InputStep.class, ConditionStep.class,
        DefaultUsedStep.class, ConditionStep.class, ConditionStep.class, ConditionStep.class, ConditionStep.class,
        CalculationStep.class, CalculationStep.class, CalculationStep.class, RoundingStep.class, CalculationStep.class,
        CalculationStep.class);
  }

  @Test
  void test_conditions_incomeAtTheLimitMet_oneFenAboveNotMet() {
    // "年应纳税所得额不超过300万元": 3,000,000 is at the limit, met; 3,000,000.01 is above, not met and no slices
    Explanation atLimit = explained(year(2023, "3000000"));
    assertOutcomes(atLimit, MET, MET, MET, MET, MET);
    assertThat(detailsOf(atLimit, "annual taxable income at most")).containsExactly("3000000.00 ≤ 3000000.00");
    Explanation above = explained(year(2023, "3000000.01"));
    assertOutcomes(above, MET, MET, NOT_MET, MET, MET);
    assertThat(detailsOf(above, "annual taxable income at most")).containsExactly("3000000.01 > 3000000.00");
    assertThat(above.stepsOf(RoundingStep.class)).isEmpty();
  }

  @Test
  void test_conditions_industry() {
    Explanation restricted = explained(year(2023, "500000").withRestrictedOrProhibitedIndustry(Optional.of(true)));
    assertOutcomes(restricted, MET, NOT_MET, MET, MET, MET);
    assertThat(detailsOf(restricted, "industry not restricted"))
        .containsExactly("restrictedOrProhibitedIndustry = true");
    Explanation unknown = explained(year(2023, "500000").withRestrictedOrProhibitedIndustry(Optional.empty()));
    assertOutcomes(unknown, MET, UNKNOWN, MET, MET, MET);
    assertThat(detailsOf(unknown, "industry not restricted"))
        .containsExactly("restrictedOrProhibitedIndustry not given");
  }

  @Test
  void test_conditions_averages() {
    // 300 employees on average is at the limit (met); 301 is above (not met); assets 50,000,000.01 above (not met)
    assertOutcomes(explained(year(2023, "2000000", steady(1, 4, 300, "10000000"))), MET, MET, MET, MET, MET);
    Explanation employees = explained(year(2023, "2000000", steady(1, 4, 301, "10000000")));
    assertOutcomes(employees, MET, MET, MET, NOT_MET, MET);
    assertThat(detailsOf(employees, "average employees at most 300")).singleElement().asString().contains(" > 300");
    Explanation assets = explained(year(2023, "500000", steady(1, 4, 10, "50000000.01")));
    assertOutcomes(assets, MET, MET, MET, MET, NOT_MET);
    assertThat(detailsOf(assets, "average total assets at most")).singleElement().asString().contains(" > ");
    // no quarters: both averages unknown, naming the quarters
    Explanation none = explained(year(2023, "500000", List.of()));
    assertOutcomes(none, MET, MET, MET, UNKNOWN, UNKNOWN);
    assertThat(detailsOf(none, "average")).containsExactly("quarters not given", "quarters not given");
  }

  @Test
  void test_conditions_averagesForm_namesTheAverageNotGiven() {
    SmallLowProfitFacts partial = SmallLowProfitFacts.builder().restrictedOrProhibitedIndustry(false)
        .averageEmployees(QuarterlyAverage.of(new BigDecimal("120.25"))).build();
    Explanation explanation = CALCULATOR.explainTaxDue(MEASURE,
        SmallLowProfitAveragesRequest.of(2022, Cny.of("2400000"), partial)).explanation();
    assertOutcomes(explanation, MET, MET, MET, MET, UNKNOWN);
    assertThat(detailsOf(explanation, "average total assets")).containsExactly("averageTotalAssets not given");
    SmallLowProfitFacts noEmployees = SmallLowProfitFacts.builder().restrictedOrProhibitedIndustry(false)
        .averageTotalAssets(QuarterlyAverage.of(new BigDecimal("1000000"))).build();
    Explanation employeesUnknown = CALCULATOR.explainTaxDue(MEASURE,
        SmallLowProfitAveragesRequest.of(2022, Cny.of("2400000"), noEmployees)).explanation();
    assertOutcomes(employeesUnknown, MET, MET, MET, UNKNOWN, MET);
    assertThat(detailsOf(employeesUnknown, "average employees")).containsExactly("averageEmployees not given");
  }

  @Test
  void test_explanation_taxDueCitesTheRateItRestsOn() {
    // eligible: the tax due rests on the row's rate (2023年第6号 / 2023年第12号); ineligible: on the standard rate of
    // 企业所得税法 第四条
    SmallLowProfitResult eligible = CALCULATOR.explainTaxDue(MEASURE, year(2023, "500000"));
    SmallLowProfitResult ineligible = CALCULATOR.explainTaxDue(MEASURE, year(2023, "3000000.01"));
    CalculationStep dueEligible = eligible.explanation().stepsOf(CalculationStep.class).stream()
        .filter(step -> step.name().en().equals("tax due")).findFirst().orElseThrow();
    CalculationStep dueIneligible = ineligible.explanation().stepsOf(CalculationStep.class).stream()
        .filter(step -> step.name().en().equals("tax due")).findFirst().orElseThrow();
    assertThat(dueEligible.citation()).isEqualTo(MEASURE.findRates(2023).orElseThrow().upperSliceRate().citation());
    assertThat(dueIneligible.citation()).isEqualTo(MEASURE.standardRate().citation());
    assertThat(dueEligible.formula()).isEqualTo("ELIGIBLE: 25000.00");
    assertThat(dueIneligible.formula()).isEqualTo("INELIGIBLE: 750000.00");
  }

  @Test
  void test_averagesForm_options_andTheAmountKind() {
    // 0.02 of income: 0.02 × 5% = 0.001 → 0.00 half-up (the measure's rounding); the same with FEN_DOWN
    SmallLowProfitAveragesRequest request = SmallLowProfitAveragesRequest.of(2023, Cny.of("1000000.10"),
        year(2023, "1").facts());
    // 1,000,000.10 × 5% = 50,000.005 → half-up 50,000.01; FEN_DOWN 50,000.00
    assertThat(Cny.yuan(CALCULATOR.taxDue(MEASURE, request), "due")).isEqualByComparingTo("50000.01");
    assertThat(Cny.yuan(CALCULATOR.taxDue(MEASURE, request.withOptions(SmallLowProfitOptions.DEFAULTS
        .withRounding(MoneyRounding.FEN_DOWN))), "due")).isEqualByComparingTo("50000.00");
    // the relief is tax saved
    assertThat(SmallLowProfitEvaluator.DEFAULT.amountKind()).isEqualTo(AmountKind.TAX_SAVED);
  }

  @Test
  void test_receipts_issuedUnlessOmitted() {
    // 1,000,000 in 2023: 1,000,000 × 5% = 50,000.00 due (2023年第6号 第一条, 2023年第12号 第三条) either way; the
    // receipt is the only difference, in both request forms
    SmallLowProfitRequest request = year(2023, "1000000");
    SmallLowProfitResult issued = CALCULATOR.explainTaxDue(MEASURE, request, ReceiptChoice.ISSUE);
    SmallLowProfitResult omitted = CALCULATOR.explainTaxDue(MEASURE, request, ReceiptChoice.OMIT);
    assertThat(issued.explanation().receipt()).isPresent();
    assertThat(omitted.explanation().receipt()).isEmpty();
    assertThat(omitted.taxDue().exact()).contains(Cny.of("50000.00"));
    SmallLowProfitAveragesRequest averages = SmallLowProfitAveragesRequest.of(2023, Cny.of("1000000"),
        request.facts());
    SmallLowProfitResult issuedAverages = CALCULATOR.explainTaxDue(MEASURE, averages, ReceiptChoice.ISSUE);
    SmallLowProfitResult omittedAverages = CALCULATOR.explainTaxDue(MEASURE, averages, ReceiptChoice.OMIT);
    assertThat(issuedAverages.explanation().receipt()).isPresent();
    assertThat(omittedAverages.explanation().receipt()).isEmpty();
    assertThat(omittedAverages.taxDue().exact()).contains(Cny.of("50000.00"));
  }
}
