package io.github.huiqi.calculators.tax.vat;

import static io.github.huiqi.calculators.tax.vat.VatFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.SHENZHEN;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.WUHAN;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.due;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.excluding;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.including;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.month;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.quarter;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.saved;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.yuan;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.vat.VatLevy;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked cases of {@link VatCalculator} on the built-in table (深工信〔2023〕26号 第1条 and the national
 * instruments of domain reference §2.11). Every expected amount is worked out in the comment beside it.
 */
class VatCalculatorTest {

  //-------------------------------------------------------------------------
  // 2023–2027: 100,000 a month / 300,000 a quarter inclusive, otherwise 1%
  @Test
  void test_2023_monthly_exactlyAtThreshold_exempt() {
    // 第1条: "月销售额10万元以下" 含本数 → 100,000.00 ≤ 100,000 → exempt, VAT 0
    assertThat(due(excluding(month(2023, 5), "100000.00"))).isEqualByComparingTo("0");
    // saved against 3%: 100,000 × 3% = 3,000.00 − 0 = 3,000.00
    assertThat(saved(excluding(month(2023, 5), "100000.00"))).isEqualByComparingTo("3000.00");
  }

  @Test
  void test_2023_monthly_oneFenAboveThreshold_wholeSalesAtOnePercent() {
    // 第1条: 100,000.01 > 100,000 → the whole 100,000.01 × 1% = 1,000.0001 → 1,000.00 (half-up to the fen)
    assertThat(due(excluding(month(2023, 5), "100000.01"))).isEqualByComparingTo("1000.00");
    // standard 100,000.01 × 3% = 3,000.0003 → 3,000.00; saved 3,000.00 − 1,000.00 = 2,000.00
    assertThat(saved(excluding(month(2023, 5), "100000.01"))).isEqualByComparingTo("2000.00");
  }

  @Test
  void test_2023_quarterly_exactlyAtAndOneFenAboveThreshold() {
    // 国家税务总局公告2023年第1号: 300,000 a quarter 含本数 → exempt
    assertThat(due(excluding(quarter(2023, 2), "300000.00"))).isEqualByComparingTo("0");
    // 300,000.01 × 1% = 3,000.0001 → 3,000.00
    assertThat(due(excluding(quarter(2023, 2), "300000.01"))).isEqualByComparingTo("3000.00");
    // standard 300,000.01 × 3% = 9,000.0003 → 9,000.00; saved 9,000.00 − 3,000.00 = 6,000.00
    assertThat(saved(excluding(quarter(2023, 2), "300000.01"))).isEqualByComparingTo("6000.00");
  }

  @Test
  void test_2023_thresholdFollowsFilingFrequency() {
    // 250,000: within 300,000 for a quarterly filer → 0; above 100,000 for a monthly filer → 250,000 × 1% = 2,500.00
    assertThat(due(excluding(quarter(2023, 3), "250000"))).isEqualByComparingTo("0");
    assertThat(due(excluding(month(2023, 9), "250000"))).isEqualByComparingTo("2500.00");
  }

  @Test
  void test_2023_aboveThreshold_wholeSalesTaxedNotTheExcess() {
    // 150,000 > 100,000 → 150,000 × 1% = 1,500.00, not (150,000 − 100,000) × 1% = 500.00
    assertThat(due(excluding(month(2023, 6), "150000"))).isEqualByComparingTo("1500.00");
  }

  @Test
  void test_2024To2027_sameRulesUnder2023No19() {
    // 2023年第19号 extends 2023's rules to 2027-12-31: 100,000 → 0; 120,000 × 1% = 1,200.00
    assertThat(due(excluding(month(2025, 7), "100000"))).isEqualByComparingTo("0");
    assertThat(due(excluding(month(2027, 12), "120000"))).isEqualByComparingTo("1200.00");
    // 400,000 a quarter > 300,000 → 400,000 × 1% = 4,000.00
    assertThat(due(excluding(quarter(2027, 4), "400000"))).isEqualByComparingTo("4000.00");
  }

  //-------------------------------------------------------------------------
  // 2021-04..2022-12: 150,000 / 450,000
  @Test
  void test_2021_monthly_150000_exactlyAndOneFenAbove() {
    // 2021年第11号: 150,000 ≤ 150,000 含本数 → 0
    assertThat(due(excluding(month(2021, 4), "150000.00"))).isEqualByComparingTo("0");
    // 150,000.01 > 150,000 → 1%: 2021年第7号 第一条 extends 2020年第13号 (3%-rate sales 减按1%征收率, Hubei too
    // from 2021-04-01) to 2021-12-31: 150,000.01 × 1% = 1,500.0001 → 1,500.00
    assertThat(due(excluding(month(2021, 4), "150000.01"))).isEqualByComparingTo("1500.00");
    // saved: standard 150,000.01 × 3% = 4,500.0003 → 4,500.00, less 1,500.00 = 3,000.00; eligible by the 1% levy
    assertThat(saved(excluding(month(2021, 4), "150000.01"))).isEqualByComparingTo("3000.00");
    VatResult result = CALCULATOR.explainVatDue(MEASURE, excluding(month(2021, 4), "150000.01"));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.eligibility().reasons()).extracting(r -> r.code()).containsExactly("reduced-levy");
  }

  @Test
  void test_2021AprilTo2022March_onePercentInEveryRegion_noRegionAsked() {
    // 2021年第7号 第一条 ("2020年第13号规定的税收优惠政策，执行期限延长至2021年12月31日。其中，自2021年4月1日至2021年
    // 12月31日，湖北省…减按1%征收率") and 2022年第15号 (that 第一条 extended to 2022-03-31): one 1% levy for Shenzhen and
    // Wuhan alike, so an unknown region decides nothing: 2021-09 and 2022-02, 200,000 > 150,000 → 200,000 × 1% =
    // 2,000.00; saved 6,000.00 − 2,000.00. The domain reference §2.11 reads 3% outside Hubei in 2021-04..2022-03 (and
    // the 1% as ending 2021-03-31); the instruments settle it the library's way, which a 2026-12-06 audit rechecked
    for (VatRequest request : List.of(excluding(month(2021, 9), "200000"), excluding(month(2022, 2), "200000"))) {
      assertThat(due(request)).isEqualByComparingTo("2000.00");
      assertThat(due(request.withTaxpayerRegionCode(WUHAN))).isEqualByComparingTo("2000.00");
      VatRequest unknown = VatRequest.of(request.period(), Cny.of("200000"), VatSalesBasis.EXCLUDING_VAT);
      assertThat(due(unknown)).isEqualByComparingTo("2000.00");
      assertThat(saved(unknown)).isEqualByComparingTo("4000.00");
      assertThat(CALCULATOR.explainVatDue(MEASURE, unknown).eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    }
  }

  @Test
  void test_2021_quarterly_450000_exactlyAndOneFenAbove() {
    // 450,000 ≤ 450,000 → 0; 450,000.01 × 1% (2021年第7号 第一条) = 4,500.0001 → 4,500.00
    assertThat(due(excluding(quarter(2021, 2), "450000.00"))).isEqualByComparingTo("0");
    assertThat(due(excluding(quarter(2021, 2), "450000.01"))).isEqualByComparingTo("4500.00");
  }

  @Test
  void test_2022AprilToDecember_threePercentSalesExemptAboveThreshold() {
    // 2022年第15号: 3%-rate sales exempt → 150,000.01 a month and 450,000.01 a quarter both 0
    assertThat(due(excluding(month(2022, 6), "150000.01"))).isEqualByComparingTo("0");
    assertThat(due(excluding(quarter(2022, 4), "450000.01"))).isEqualByComparingTo("0");
    // saved: 450,000.01 × 3% = 13,500.0003 → 13,500.00
    assertThat(saved(excluding(quarter(2022, 4), "450000.01"))).isEqualByComparingTo("13500.00");
    VatResult result = CALCULATOR.explainVatDue(MEASURE, excluding(quarter(2022, 4), "450000.01"));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.withinThreshold()).contains(false);
    assertThat(result.levy()).contains(VatLevy.exemptAt(Rate.parse("3%")));
  }

  //-------------------------------------------------------------------------
  // Regime boundaries: last period of one row and first of the next
  @Test
  void test_boundary_2020FebruaryVsMarch() {
    // 2020-02: 3% → 120,000 × 3% = 3,600.00; 2020-03 (outside Hubei): 1% → 1,200.00 (2020年第13号)
    assertThat(due(excluding(month(2020, 2), "120000"))).isEqualByComparingTo("3600.00");
    assertThat(due(excluding(month(2020, 3), "120000"))).isEqualByComparingTo("1200.00");
  }

  @Test
  void test_boundary_2021MarchVsApril() {
    // 2021-03: 120,000 > 100,000, 1% outside Hubei (2021年第7号 extension) → 1,200.00
    // 2021-04: 120,000 ≤ 150,000 (2021年第11号) → 0
    assertThat(due(excluding(month(2021, 3), "120000"))).isEqualByComparingTo("1200.00");
    assertThat(due(excluding(month(2021, 4), "120000"))).isEqualByComparingTo("0");
    // quarterly: 2021-Q1 400,000 > 300,000 → 4,000.00; 2021-Q2 400,000 ≤ 450,000 → 0
    assertThat(due(excluding(quarter(2021, 1), "400000"))).isEqualByComparingTo("4000.00");
    assertThat(due(excluding(quarter(2021, 2), "400000"))).isEqualByComparingTo("0");
  }

  @Test
  void test_boundary_2022MarchVsApril() {
    // 2022-03: 200,000 > 150,000 at 1% (2022年第15号 extends 2021年第7号 第一条 to 2022-03-31) → 2,000.00;
    // 2022-04: 3%-rate sales exempt (2022年第15号) → 0
    assertThat(due(excluding(month(2022, 3), "200000"))).isEqualByComparingTo("2000.00");
    assertThat(due(excluding(month(2022, 4), "200000"))).isEqualByComparingTo("0");
  }

  @Test
  void test_boundary_2022DecemberVs2023January() {
    // 2022-12: 120,000 ≤ 150,000 → 0; 2023-01: 120,000 > 100,000 → 120,000 × 1% = 1,200.00
    assertThat(due(excluding(month(2022, 12), "120000"))).isEqualByComparingTo("0");
    assertThat(due(excluding(month(2023, 1), "120000"))).isEqualByComparingTo("1200.00");
  }

  @Test
  void test_boundary_2027DecemberVs2028January_noRulesAfter2027() {
    // 2027-12: 1,200.00 (2023年第19号); 2028-01: no instrument in the table → bad input naming the period
    assertThat(due(excluding(month(2027, 12), "120000"))).isEqualByComparingTo("1200.00");
    assertThatThrownBy(() -> due(excluding(month(2028, 1), "120000")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("period");
          assertThat(ex.value()).isEqualTo("2028-01");
        });
    assertThatThrownBy(() -> due(excluding(quarter(2028, 1), "120000")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("period"));
  }

  @Test
  void test_boundary_2018DecemberVs2019January() {
    // 2019-01: 120,000 > 100,000 at 3% → 3,600.00, ineligible; 2018-12: no rules → bad input naming the period
    assertThat(due(excluding(month(2019, 1), "120000"))).isEqualByComparingTo("3600.00");
    assertThat(due(excluding(month(2019, 1), "100000"))).isEqualByComparingTo("0");
    assertThatThrownBy(() -> due(excluding(month(2018, 12), "1")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("period");
          assertThat(ex.value()).isEqualTo("2018-12");
        });
  }

  @Test
  void test_quarterStraddlingTwoRows_aboveTheThreshold_rejectedNamingPeriod() {
    // 2020-Q1 holds February (3%) and March (1% outside Hubei, 财政部 税务总局公告2020年第13号): above the quarter's
    // 300,000 (国家税务总局公告2019年第4号) the VAT turns on the months the sales fell in, which the request does not say
    assertThatThrownBy(() -> due(excluding(quarter(2020, 1), "300000.01")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("period");
          assertThat(ex.value()).isEqualTo("2020-Q1");
          // not told to file by month: the quarter's 300,000 threshold would become 100,000 a month (250,000 in a
          // quarter of 50,000 / 50,000 / 150,000 is exempt; March alone is not)
          assertThat(ex.problem()).contains("quarter across a change of rules is not modelled above its threshold")
              .doesNotContain("file each month");
        });
  }

  @Test
  void test_quarterStraddlingTwoRows_withinTheThreshold_exempt() {
    // 2020-Q1, 280,000.00: ≤ 300,000 a quarter (含本数), exempt under January–February's rules (财税〔2019〕13号, 3%)
    // and under March's (2020年第13号: 1% outside Hubei, Hubei exempt), the threshold of 国家税务总局公告2019年第4号 in
    // both: VAT 0.00 however the sales fall across the months (decisions register §4.6 item 84); saved against 3%:
    // 280,000 × 3% = 8,400.00
    assertThat(due(excluding(quarter(2020, 1), "280000.00"))).isEqualByComparingTo("0.00");
    assertThat(saved(excluding(quarter(2020, 1), "280000.00"))).isEqualByComparingTo("8400.00");
    // exactly 300,000.00 (含本数): exempt; saved 9,000.00
    assertThat(due(excluding(quarter(2020, 1), "300000.00"))).isEqualByComparingTo("0.00");
    assertThat(saved(excluding(quarter(2020, 1), "300000.00"))).isEqualByComparingTo("9000.00");
    // the region given (Shenzhen): eligible, its reasons the threshold's and the reduced levy of March
    VatResult shenzhen = CALCULATOR.explainVatDue(MEASURE, excluding(quarter(2020, 1), "280000.00")
        .withTaxpayerRegionCode(SHENZHEN));
    assertThat(shenzhen.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(shenzhen.eligibility().reasons()).extracting(Reason::code)
        .containsExactly("within-exemption-threshold", "reduced-levy");
    assertThat(shenzhen.vatDue()).isEqualTo(AmountRange.exactly(Cny.of("0.00")));
    assertThat(shenzhen.amountSaved()).isEqualTo(AmountRange.exactly(Cny.of("8400.00")));
    // the rows it spans, 2019-01-01..2020-02-29 and 2020-03-01..2021-03-31; the levy is no one figure
    assertThat(shenzhen.regimePeriods()).isEqualTo(DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 3, 31)));
    assertThat(shenzhen.exemptionThreshold()).isEqualTo(Cny.of("300000"));
    assertThat(shenzhen.levy()).isEmpty();
  }

  @Test
  void test_quarterStraddlingTwoRows_vatInclusive_eachRowsConversionTested() {
    // 303,000.00 VAT-inclusive: converted at 3% (January–February; Hubei's exempt levy at its 3%): 303,000 ÷ 1.03 =
    // 294,174.757 → 294,174.76; at 1% (March outside Hubei): 303,000 ÷ 1.01 = 300,000.00; both ≤ 300,000: exempt;
    // standard 294,174.76 × 3% = 8,825.2428 → 8,825.24 saved
    assertThat(due(including(quarter(2020, 1), "303000.00"))).isEqualByComparingTo("0.00");
    assertThat(saved(including(quarter(2020, 1), "303000.00"))).isEqualByComparingTo("8825.24");
    // 303,000.01: 303,000.01 ÷ 1.01 = 300,000.0099 → 300,000.01 > 300,000 under March's rules: rejected
    assertThatThrownBy(() -> due(including(quarter(2020, 1), "303000.01")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("period"));
  }

  @Test
  void test_quarterStraddlingTwoRows_specialInvoices_atTheMonthsLevy_rejected_atAGivenRate_exempt() {
    // 100,000 + 10,000 of special-invoice sales = 110,000 ≤ 300,000, but special-invoice sales are never exempt
    // (decisions register §4.5 item 32): at the levy in force, 10,000 × 3% = 300.00 under January–February's rules,
    // 10,000 × 1% = 100.00 under March's: the VAT turns on the month, so the quarter is rejected
    VatRequest atLevy = excluding(quarter(2020, 1), "100000").withSpecialInvoiceSales(Cny.of("10000"));
    assertThatThrownBy(() -> due(atLevy))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problem())
            .contains("specialInvoiceRate"));
    // invoiced at 3%: 300.00 under every row; standard (100,000 + 10,000) × 3% = 3,300.00; saved 3,000.00
    VatRequest atThree = excluding(quarter(2020, 1), "100000").withSpecialInvoiceSales(Cny.of("10000"),
        Rate.parse("3%"));
    assertThat(due(atThree)).isEqualByComparingTo("300.00");
    assertThat(saved(atThree)).isEqualByComparingTo("3000.00");
  }

  //-------------------------------------------------------------------------
  // Hubei
  @Test
  void test_hubei_2020_exemptAboveThreshold() {
    // 2020年第13号 (per domain reference §2.11, through 2021-03): Hubei 3%-rate sales exempt → 500,000 → 0
    VatRequest wuhan = excluding(month(2020, 4), "500000").withTaxpayerRegionCode(WUHAN);
    assertThat(due(wuhan)).isEqualByComparingTo("0");
    // saved 500,000 × 3% = 15,000.00
    assertThat(saved(wuhan)).isEqualByComparingTo("15000.00");
    assertThat(due(excluding(month(2021, 3), "500000").withTaxpayerRegionCode(WUHAN))).isEqualByComparingTo("0");
  }

  @Test
  void test_hubei_2021DecemberVs2022January() {
    // 2021年第7号 第一条: Hubei 1% from 2021-04-01, as every province → 200,000 × 1% = 2,000.00 in 2021-12;
    // 2022年第15号 extends that 第一条 to 2022-03-31 → 2022-01 also 2,000.00 (not 3%: 6,000.00)
    assertThat(due(excluding(month(2021, 12), "200000").withTaxpayerRegionCode(WUHAN)))
        .isEqualByComparingTo("2000.00");
    assertThat(due(excluding(month(2022, 1), "200000").withTaxpayerRegionCode(WUHAN)))
        .isEqualByComparingTo("2000.00");
    // outside Hubei the same 1% in 2021-12 → 2,000.00
    assertThat(due(excluding(month(2021, 12), "200000"))).isEqualByComparingTo("2000.00");
  }

  @Test
  void test_regionUnknownWhereItMatters_undeterminedWithRange() {
    VatRequest unknown = VatRequest.of(month(2021, 3), Cny.of("120000"),
        VatSalesBasis.EXCLUDING_VAT);
    VatResult result = CALCULATOR.explainVatDue(MEASURE, unknown);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/taxpayerRegionCode");
    // Hubei exempt → 0; elsewhere 120,000 × 1% = 1,200.00
    assertThat(Cny.yuan(result.vatDue().minimum(), "min")).isEqualByComparingTo("0");
    assertThat(Cny.yuan(result.vatDue().maximum(), "max")).isEqualByComparingTo("1200.00");
    // standard 120,000 × 3% = 3,600.00; saved from 3,600 − 1,200 = 2,400.00 to 3,600.00
    assertThat(Cny.yuan(result.amountSaved().minimum(), "min")).isEqualByComparingTo("2400.00");
    assertThat(Cny.yuan(result.amountSaved().maximum(), "max")).isEqualByComparingTo("3600.00");
    assertThat(result.levy()).isEmpty();
    assertThatThrownBy(() -> CALCULATOR.vatDue(MEASURE, unknown))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/taxpayerRegionCode"));
  }

  @Test
  void test_regionUnknownButAmountsAgree_plainFormAnswers() {
    // 80,000 ≤ 100,000: exempt in Hubei and elsewhere → 0 either way
    VatRequest unknown = VatRequest.of(month(2021, 3), Cny.of("80000"),
        VatSalesBasis.EXCLUDING_VAT);
    assertThat(due(unknown)).isEqualByComparingTo("0");
    assertThat(CALCULATOR.explainVatDue(MEASURE, unknown).eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
  }

  @Test
  void test_regionNotNeededOutsideRegionalRows() {
    // 2023 has no regional levy: 120,000 × 1% = 1,200.00 without a region
    VatRequest noRegion = VatRequest.of(month(2023, 5), Cny.of("120000"),
        VatSalesBasis.EXCLUDING_VAT);
    assertThat(due(noRegion)).isEqualByComparingTo("1200.00");
    assertThat(CALCULATOR.explainVatDue(MEASURE, noRegion).eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  //-------------------------------------------------------------------------
  // VAT-inclusive sales
  @Test
  void test_inclusive_convertedAtTheLevyRate() {
    // 101,000 ÷ (1 + 1%) = 100,000.00 ≤ 100,000 → exempt
    assertThat(due(including(month(2023, 5), "101000.00"))).isEqualByComparingTo("0");
    // standard: 101,000 ÷ 1.03 = 98,058.2524… → 98,058.25; × 3% = 2,941.7475 → 2,941.75 saved
    assertThat(saved(including(month(2023, 5), "101000.00"))).isEqualByComparingTo("2941.75");
    // 202,000 ÷ 1.01 = 200,000.00 → × 1% = 2,000.00
    assertThat(due(including(month(2023, 5), "202000"))).isEqualByComparingTo("2000.00");
    // 2019: 206,000 ÷ 1.03 = 200,000.00 → × 3% = 6,000.00
    assertThat(due(including(month(2019, 5), "206000"))).isEqualByComparingTo("6000.00");
  }

  @Test
  void test_inclusive_conversionRoundsHalfUpOnce() {
    // 101,000.01 ÷ 1.01 = 100,000.0099… → 100,000.01 half-up (truncation would give 100,000.00 and exempt)
    // → above the threshold: 100,000.01 × 1% = 1,000.0001 → 1,000.00
    assertThat(due(including(month(2023, 5), "101000.01"))).isEqualByComparingTo("1000.00");
    VatResult result = CALCULATOR.explainVatDue(MEASURE, including(month(2023, 5), "101000.01"));
    assertThat(result.salesExcludingVat().map(a -> Cny.yuan(a, "sales")))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100000.01"));
    assertThat(result.withinThreshold()).contains(false);
  }

  @Test
  void test_roundingOption_overridesTheDefault() {
    // FEN_DOWN: 101,000.01 ÷ 1.01 = 100,000.0099… → 100,000.00 (down) ≤ 100,000 → exempt, VAT 0
    VatRequest down = including(month(2023, 5), "101000.01")
        .withOptions(VatOptions.DEFAULTS.withRounding(MoneyRounding.FEN_DOWN));
    assertThat(due(down)).isEqualByComparingTo("0");
    // YUAN_HALF_UP: 150,050 × 1% = 1,500.50 → 1,501
    VatRequest yuan = excluding(month(2023, 5), "150050")
        .withOptions(VatOptions.DEFAULTS.withRounding(MoneyRounding.YUAN_HALF_UP));
    assertThat(due(yuan)).isEqualByComparingTo("1501");
    assertThat(CALCULATOR.explainVatDue(MEASURE, yuan).explanation().stepsOf(DefaultUsedStep.class))
        .anySatisfy(step -> {
          assertThat(step.value()).isEqualTo("HALF_UP@0");
          assertThat(step.overridden()).isTrue();
        });
  }

  //-------------------------------------------------------------------------
  // Special VAT invoices (domain reference §4.5 item 32)
  @Test
  void test_specialInvoices_countTowardThreshold_andTaxedAtInvoiceRate() {
    // 60,000 + 50,000 special = 110,000 > 100,000 → 60,000 × 1% + 50,000 × 1% = 600 + 500 = 1,100.00
    VatRequest request = excluding(month(2023, 5), "60000").withSpecialInvoiceSales(Cny.of("50000"));
    assertThat(due(request)).isEqualByComparingTo("1100.00");
    // standard (60,000 + 50,000) × 3% = 3,300.00; saved 2,200.00
    assertThat(saved(request)).isEqualByComparingTo("2200.00");
  }

  @Test
  void test_specialInvoices_neverExemptWithinThreshold() {
    // 30,000 + 20,000 = 50,000 ≤ 100,000: the 30,000 exempt, the 20,000 special taxed: × 1% = 200.00
    assertThat(due(excluding(month(2023, 5), "30000").withSpecialInvoiceSales(Cny.of("20000"))))
        .isEqualByComparingTo("200.00");
    // at a 3% invoice rate (the 1% reduction waived): 20,000 × 3% = 600.00
    assertThat(due(excluding(month(2023, 5), "30000").withSpecialInvoiceSales(Cny.of("20000"), Rate.parse("3%"))))
        .isEqualByComparingTo("600.00");
    // 2022-05 (3%-rate sales exempt): a special invoice still bears 3% by default → 20,000 × 3% = 600.00
    assertThat(due(excluding(month(2022, 5), "10000").withSpecialInvoiceSales(Cny.of("20000"))))
        .isEqualByComparingTo("600.00");
  }

  @Test
  void test_specialInvoices_pushJustOverThreshold() {
    // 90,000 + 10,000.01 = 100,000.01 > 100,000 → 900 + 100.0001 = 1,000.0001 → 1,000.00
    assertThat(due(excluding(month(2023, 5), "90000").withSpecialInvoiceSales(Cny.of("10000.01"))))
        .isEqualByComparingTo("1000.00");
    // 90,000 + 10,000.00 = 100,000.00 ≤ 100,000 → only the special: 10,000 × 1% = 100.00
    assertThat(due(excluding(month(2023, 5), "90000").withSpecialInvoiceSales(Cny.of("10000.00"))))
        .isEqualByComparingTo("100.00");
  }

  @Test
  void test_specialInvoices_optionLeavesThemOutOfTheTest() {
    // option false: tested 60,000 ≤ 100,000 → only the special 50,000 × 1% = 500.00
    VatRequest request = excluding(month(2023, 5), "60000").withSpecialInvoiceSales(Cny.of("50000"))
        .withOptions(VatOptions.DEFAULTS.withSpecialInvoiceSalesInThresholdTest(false));
    assertThat(due(request)).isEqualByComparingTo("500.00");
    List<DefaultUsedStep> defaults = CALCULATOR.explainVatDue(MEASURE, request).explanation()
        .stepsOf(DefaultUsedStep.class);
    assertThat(defaults).anySatisfy(step -> {
      assertThat(step.value()).isEqualTo("false");
      assertThat(step.overridden()).isTrue();
    });
  }

  @Test
  void test_specialInvoiceRateAboveStandard_rejected() {
    assertThatThrownBy(() -> due(excluding(month(2023, 5), "1").withSpecialInvoiceSales(Cny.of("1"),
        Rate.parse("5%"))))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("specialInvoiceRate"));
  }

  //-------------------------------------------------------------------------
  // Immovable property (国家税务总局公告2023年第1号 第一条)
  @Test
  void test_immovableProperty_overThresholdOnlyBecauseOfProperty_restExempt() {
    // 80,000 + 1,000,000 > 100,000, but 80,000 ≤ 100,000 → goods exempt, property VAT 50,000.00 due
    VatRequest request = excluding(month(2023, 5), "80000")
        .withImmovableProperty(Cny.of("1000000"), Cny.of("50000"));
    assertThat(due(request)).isEqualByComparingTo("50000.00");
    // standard 80,000 × 3% + 50,000 = 52,400.00; saved 2,400.00
    assertThat(saved(request)).isEqualByComparingTo("2400.00");
  }

  @Test
  void test_immovableProperty_wholePeriodWithinThreshold_allExempt() {
    // 30,000 + 50,000 = 80,000 ≤ 100,000 → all exempt including the property → 0
    VatRequest request = excluding(month(2023, 5), "30000")
        .withImmovableProperty(Cny.of("50000"), Cny.of("2500"));
    assertThat(due(request)).isEqualByComparingTo("0");
    // standard 30,000 × 3% + 2,500 = 3,400.00 saved
    assertThat(saved(request)).isEqualByComparingTo("3400.00");
  }

  @Test
  void test_immovableProperty_restAboveThreshold_allTaxed() {
    // 120,000 > 100,000 without the property → 120,000 × 1% + 50,000 = 51,200.00
    assertThat(due(excluding(month(2023, 5), "120000").withImmovableProperty(Cny.of("1000000"), Cny.of("50000"))))
        .isEqualByComparingTo("51200.00");
  }

  //-------------------------------------------------------------------------
  // The explanation and the result's fields
  @Test
  void test_explain_citesArticleOneAndTheDefaults() {
    VatResult result = CALCULATOR.explainVatDue(MEASURE, excluding(month(2023, 5), "100000.01"));
    assertThat(result.measure()).isEqualTo(MEASURE.id());
    assertThat(result.levy()).contains(VatLevy.atRate(Rate.parse("1%")));
    assertThat(result.exemptionThreshold().isEqualTo(Cny.of("100000"))).isTrue();
    assertThat(result.withinThreshold()).contains(false);
    assertThat(result.regimePeriods().toString()).isEqualTo("2023-01-01..2023-12-31");
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.explanation().stepsOf(ConditionStep.class)).anySatisfy(step -> {
      assertThat(step.outcome()).isEqualTo(ConditionOutcome.NOT_MET);
      assertThat(step.detail()).isEqualTo("100000.01 > 100000.00");
    });
    assertThat(result.explanation().stepsOf(CalculationStep.class)).anySatisfy(step -> {
      assertThat(step.formula()).isEqualTo("100000.01 × 1%");
      assertThat(step.citation().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
      assertThat(step.citation().article()).isEqualTo("第1条");
    });
    assertThat(result.explanation().stepsOf(DefaultUsedStep.class)).hasSize(2);
    assertThat(result.explanation().render(Locale.SIMPLIFIED_CHINESE)).contains("深工信〔2023〕26号 第1条");
    assertThat(result.explanation().render(Locale.ENGLISH)).contains("levy on 3%-rate sales = 1%");
  }

  @Test
  void test_plainAndExplainingFormsAgree() {
    VatRequest request = including(quarter(2024, 3), "353500").withSpecialInvoiceSales(Cny.of("1234.56"));
    VatResult result = CALCULATOR.explainVatDue(MEASURE, request);
    assertThat(result.vatDue().isExact()).isTrue();
    assertThat(result.vatDue().maximum()).isEqualTo(CALCULATOR.vatDue(MEASURE, request));
    assertThat(result.amountSaved().maximum()).isEqualTo(CALCULATOR.amountSaved(MEASURE, request));
  }

  //-------------------------------------------------------------------------
  // Conditions in order: the filing period has a row in the table; where the row has a regional levy (Hubei to
  // 2021), the taxpayer in that region; sales at most the threshold (for each region still possible); where the sales
  // exceed it with immovable property, the rest within it once the property is deducted.
  private static io.github.huiqi.core.result.Explanation explained(VatRequest request) {
    return CALCULATOR.explainVatDue(MEASURE, request).explanation();
  }

  @Test
  void test_conditions_eachOutcome() {
    // 2023 (no regional levy): 100,000.00 at the monthly threshold is met, 100,000.01 is not
    assertOutcomes(explained(excluding(month(2023, 5), "100000")), MET, MET);
    assertThat(detailsOf(explained(excluding(month(2023, 5), "100000")), "sales at most the threshold"))
        .containsExactly("100000.00 ≤ 100000.00");
    assertOutcomes(explained(excluding(month(2023, 5), "100000.01")), MET, NOT_MET);
    // immovable property: 80,000 + 1,000,000 above, 80,000 alone within; 120,000 alone still above
    assertOutcomes(explained(excluding(month(2023, 5), "80000").withImmovableProperty(Cny.of("1000000"),
        Cny.of("50000"))), MET, NOT_MET, MET);
    assertOutcomes(explained(excluding(month(2023, 5), "120000").withImmovableProperty(Cny.of("1000000"),
        Cny.of("50000"))), MET, NOT_MET, NOT_MET);
    // 2021-03, when Hubei had its own levy: in Wuhan (met), in Shenzhen (not met), not known (unknown, and the
    // threshold then tested for both regions)
    assertOutcomes(explained(excluding(month(2021, 3), "500000").withTaxpayerRegionCode(WUHAN)), MET, MET, NOT_MET);
    assertOutcomes(explained(excluding(month(2021, 3), "500000")), MET, NOT_MET, NOT_MET);
    io.github.huiqi.core.result.Explanation unknown = explained(VatRequest.of(month(2021, 3), Cny.of("120000"),
        VatSalesBasis.EXCLUDING_VAT));
    assertOutcomes(unknown, MET, UNKNOWN, NOT_MET, NOT_MET);
    assertThat(detailsOf(unknown, "taxpayer in")).containsExactly("taxpayerRegionCode not given");
  }
}
