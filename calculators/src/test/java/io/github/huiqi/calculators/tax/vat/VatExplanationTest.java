package io.github.huiqi.calculators.tax.vat;

import static io.github.huiqi.calculators.ExplainedConditions.calculation;
import static io.github.huiqi.calculators.ExplainedConditions.inputs;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.kinds;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.excluding;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.including;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.month;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.quarter;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatRegime;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The explanation of {@link VatCalculator#explainVatDue}: every input, condition and figure the calculation goes
 * through is stated, in order, with the hand-worked amount and the clause it rests on (深工信〔2023〕26号 第1条;
 * 国家税务总局公告2023年第1号 第一条 for immovable property; domain reference §2.11 and §4.5 item 32).
 */
class VatExplanationTest {

  private static Explanation explained(VatRequest request) {
    return CALCULATOR.explainVatDue(MEASURE, request).explanation();
  }

  private static Citation thresholdCitation(VatFilingPeriod period) {
    return regime(period).exemptionThreshold(period.frequency()).citation();
  }

  private static VatRegime regime(VatFilingPeriod period) {
    return MEASURE.findRegime(period).orElseThrow();
  }

  @Test
  void test_plainMonth_noStepForSpecialInvoicesOrPropertyNotGiven() {
    // 2023-05, 120,000 excluding VAT, nothing else: no special-invoice or property step, one figure per stage
    Explanation explanation = explained(excluding(month(2023, 5), "120000"));
    assertThat(kinds(explanation)).containsExactly(
        InputStep.class, InputStep.class,                    // filing period, sales
        ConditionStep.class, DefaultUsedStep.class, DefaultUsedStep.class,   // row, special-invoice test, rounding
        InputStep.class,                                      // levy
        CalculationStep.class, ConditionStep.class,           // tested, within threshold
        CalculationStep.class, RoundingStep.class,            // VAT on the sales, rounding
        CalculationStep.class, CalculationStep.class);        // standard VAT, saved
    assertThat(inputs(explanation, Locale.ENGLISH)).containsExactly("Input: filing period = 2023-05 (MONTHLY)",
        "Input: sales (excluding VAT) = 120000.00", "Input: levy on 3%-rate sales = 1%");
    // 第1条: 120,000 > 100,000 → the whole sales at 1%: 1,200.00, cited to the levy, not the threshold
    CalculationStep salesVat = calculation(explanation, "VAT on the sales before rounding");
    assertThat(salesVat.formula()).isEqualTo("120000.00 × 1%");
    assertThat(salesVat.result()).isEqualByComparingTo("1200.00");
    assertThat(salesVat.citation()).isEqualTo(regime(month(2023, 5)).levy().citation());
    // standard 120,000 × 3% = 3,600.00; saved 3,600.00 − 1,200.00 = 2,400.00
    assertThat(calculation(explanation, "with no relief").result()).isEqualByComparingTo("3600.00");
    CalculationStep saved = calculation(explanation, "VAT saved");
    assertThat(saved.formula()).isEqualTo("3600.00 − 1200.00");
    assertThat(saved.result()).isEqualByComparingTo("2400.00");
  }

  @Test
  void test_propertyAndSpecialInvoices_everyFigureStated() {
    // 2023-05: sales 50,000, special invoices 30,000 (at the levy rate by default), property 1,000,000 with VAT 50,000
    VatRequest request = excluding(month(2023, 5), "50000").withSpecialInvoiceSales(Cny.of("30000"))
        .withImmovableProperty(Cny.of("1000000"), Cny.of("50000"));
    VatResult result = CALCULATOR.explainVatDue(MEASURE, request);
    Explanation explanation = result.explanation();
    assertThat(kinds(explanation)).containsExactly(
        InputStep.class, InputStep.class, InputStep.class, InputStep.class,   // period, sales, special, property
        ConditionStep.class, DefaultUsedStep.class, DefaultUsedStep.class,
        InputStep.class,
        CalculationStep.class, ConditionStep.class, ConditionStep.class,      // tested, whole, rest
        CalculationStep.class,                                                // VAT on the sales
        DefaultUsedStep.class, CalculationStep.class,                         // special-invoice rate and VAT
        CalculationStep.class, RoundingStep.class,                            // property VAT, rounding
        CalculationStep.class, CalculationStep.class);
    assertThat(inputs(explanation, Locale.ENGLISH)).contains("Input: special-invoice sales (excluding VAT) = 30000.00",
        "Input: immovable-property sales (excluding VAT) and their VAT = 1000000.00; VAT 50000.00");
    // tested 50,000 + 30,000 + 1,000,000 = 1,080,000 > 100,000; less the property 80,000 ≤ 100,000
    // (国家税务总局公告2023年第1号 第一条: the rest stays exempt)
    assertOutcomes(explanation, MET, NOT_MET, MET);
    // a rate given for the special invoices (the 1% reduction waived) is shown beside their sales
    assertThat(inputs(explained(excluding(month(2023, 5), "1").withSpecialInvoiceSales(Cny.of("20000"),
        Rate.parse("3%"))), Locale.ENGLISH)).contains("Input: special-invoice sales (excluding VAT) = 20000.00 at 3%");
    assertThat(calculation(explanation, "sales tested").result()).isEqualByComparingTo("1080000.00");
    assertThat(result.salesInThresholdTest().map(a -> Cny.yuan(a, "tested")))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1080000.00"));
    assertThat(result.withinThreshold()).contains(false);
    // the sales exempt because within the threshold: 0, cited to the threshold
    CalculationStep salesVat = calculation(explanation, "VAT on the sales before rounding");
    assertThat(salesVat.formula()).isEqualTo("exempt: within the threshold");
    assertThat(salesVat.result()).isEqualByComparingTo("0");
    assertThat(salesVat.citation()).isEqualTo(thresholdCitation(month(2023, 5)));
    // special invoices never exempt (§4.5 item 32): 30,000 × 1% = 300.00, the rate a default (not given)
    assertThat(calculation(explanation, "VAT on special-invoice sales").result()).isEqualByComparingTo("300.00");
    assertThat(explanation.stepsOf(DefaultUsedStep.class)).filteredOn(
        step -> step.option().in(Locale.ENGLISH).contains("special-invoice rate")).singleElement()
        .satisfies(step -> {
          assertThat(step.value()).isEqualTo("1%");
          assertThat(step.overridden()).isFalse();
        });
    // the period exceeds the threshold: the property VAT is due as given
    CalculationStep property = calculation(explanation, "VAT on immovable-property sales");
    assertThat(property.formula()).isEqualTo("as given");
    assertThat(property.result()).isEqualByComparingTo("50000.00");
    // due 0 + 300 + 50,000 = 50,300.00; standard (50,000 + 30,000) × 3% + 50,000 = 52,400.00; saved 2,100.00
    assertThat(explanation.stepsOf(RoundingStep.class)).singleElement()
        .satisfies(step -> assertThat(step.after()).isEqualByComparingTo("50300.00"));
    assertThat(calculation(explanation, "with no relief").result()).isEqualByComparingTo("52400.00");
    assertThat(calculation(explanation, "VAT saved").result()).isEqualByComparingTo("2100.00");
  }

  @Test
  void test_propertyWithinTheThreshold_explainedAsExempt() {
    // 30,000 + 50,000 = 80,000 ≤ 100,000: the whole period exempt, the property VAT too (2023年第1号 第一条)
    Explanation explanation = explained(excluding(month(2023, 5), "30000")
        .withImmovableProperty(Cny.of("50000"), Cny.of("2500")));
    assertOutcomes(explanation, MET, MET);
    CalculationStep property = calculation(explanation, "VAT on immovable-property sales");
    assertThat(property.formula()).isEqualTo("exempt: the whole period within the threshold");
    assertThat(property.result()).isEqualByComparingTo("0");
    assertThat(CALCULATOR.explainVatDue(MEASURE, excluding(month(2023, 5), "30000")).withinThreshold())
        .contains(true);
  }

  @Test
  void test_inclusiveSales_conversionExplained() {
    // 101,000.01 ÷ (1 + 1%) = 100,000.00990099… → 100,000.01 half-up to the fen
    Explanation explanation = explained(including(month(2023, 5), "101000.01"));
    assertThat(inputs(explanation, Locale.ENGLISH)).contains("Input: sales (VAT-inclusive) = 101000.01");
    assertThat(explanation.render(Locale.SIMPLIFIED_CHINESE)).contains("销售额（含税） = 101000.01");
    assertThat(explained(excluding(month(2023, 5), "1")).render(Locale.SIMPLIFIED_CHINESE))
        .contains("销售额（不含税） = 1.00");
    CalculationStep converted = calculation(explanation, "sales excluding VAT");
    assertThat(converted.formula()).isEqualTo("101000.01 ÷ (1 + 1%)");
    assertThat(converted.result()).isEqualByComparingTo("100000.00990099");
    assertThat(explanation.stepsOf(RoundingStep.class)).first().satisfies(step -> {
      assertThat(step.before()).isEqualByComparingTo("100000.00990099");
      assertThat(step.after()).isEqualByComparingTo("100000.01");
    });
  }

  @Test
  void test_regionUnknown_eachRegionLabelledAndTheSavingARange() {
    // 2021-03, 120,000 a month, region not given: Hubei exempt → 0 (2020年第13号); elsewhere 1% → 1,200.00.
    // standard 3,600.00; saved 3,600.00 − [0, 1,200.00]
    Explanation explanation = explained(VatRequest.of(month(2021, 3), Cny.of("120000"),
        VatSalesBasis.EXCLUDING_VAT));
    assertThat(inputs(explanation, Locale.ENGLISH)).contains("Input: [其他地区 / elsewhere] levy on 3%-rate sales = 1%",
        "Input: [湖北省] levy on 3%-rate sales = exempt (3%)");
    assertThat(calculation(explanation, "VAT saved").formula()).isEqualTo("3600.00 − [0.00, 1200.00]");
    // with the region known the labels go
    assertThat(inputs(explained(excluding(month(2021, 3), "120000")), Locale.ENGLISH))
        .contains("Input: levy on 3%-rate sales = 1%");
  }

  @Test
  void test_receipt_issuedUnlessOmitted() {
    VatRequest request = excluding(quarter(2024, 1), "1");
    assertThat(CALCULATOR.explainVatDue(MEASURE, request).explanation().receipt()).isPresent();
    assertThat(CALCULATOR.explainVatDue(MEASURE, request, ReceiptChoice.ISSUE).explanation().receipt())
        .isPresent();
    assertThat(CALCULATOR.explainVatDue(MEASURE, request, ReceiptChoice.OMIT).explanation().receipt()).isEmpty();
  }

  @Test
  void test_periodWithoutRules_problemSaysWhichRowsExist() {
    // 2028-01 is after the table (2019-01..2027-12): the problem names the range, not a change within the period
    assertThatThrownBy(() -> CALCULATOR.vatDue(MEASURE, excluding(month(2028, 1), "1")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.problem()).contains("has rules for: 2019-01-01..2027-12-31");
          assertThat(ex.problem()).contains("in rows [2019-01-01..").doesNotContain("file each month");
        });
  }
}
