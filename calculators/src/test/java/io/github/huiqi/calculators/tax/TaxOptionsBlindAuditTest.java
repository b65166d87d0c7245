package io.github.huiqi.calculators.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitCalculator;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitOptions;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitPrepaymentRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitPrepaymentResult;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitResult;
import io.github.huiqi.calculators.tax.vat.VatCalculator;
import io.github.huiqi.calculators.tax.vat.VatOptions;
import io.github.huiqi.calculators.tax.vat.VatRequest;
import io.github.huiqi.calculators.tax.vat.VatResult;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitNegativePrepayment;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatMeasure;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import io.github.huiqi.core.tax.OperatingQuarter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blind audit of the tax calculators' options: the 小型微利企业 rounding and negative prepayment (decisions register
 * §4.5 items 35 and 30) and the small-scale VAT's special-invoice threshold test and rounding (§4.5 items 32 and 35),
 * worked by hand and run through the plain, explaining and JSON forms (the engine's evaluators take none of them).
 * <p>
 * 2023: 小型微利企业 taxable income up to 3,000,000 is taxed at 25% × 20% = 5% (财政部 税务总局公告2023年第6号, 2022年
 * 第13号); the standard rate is 25%. Small-scale VAT: a quarter's sales up to 300,000 are exempt (2023年第1号
 * "季度销售额未超过30万元"), above it the 3% levy is reduced to 1%; special-invoice sales are never exempt.
 */
class TaxOptionsBlindAuditTest {

  private static final SmallLowProfitMeasure SLP = PolicyData.builtIn().getMeasure(SmallLowProfitMeasure.SHENZHEN_2023);
  private static final SmallLowProfitCalculator SLP_CALC = SmallLowProfitCalculator.DEFAULT;
  private static final VatMeasure VAT = PolicyData.builtIn().getMeasure(VatMeasure.SHENZHEN_2023);
  private static final VatCalculator VAT_CALC = VatCalculator.DEFAULT;

  private static AmountRange cny(String yuan) {
    return AmountRange.exactly(Cny.of(yuan));
  }

  private static List<OperatingQuarter> quarters(int last) {
    List<OperatingQuarter> quarters = new ArrayList<>();
    for (int q = 1; q <= last; q++) {
      quarters.add(new OperatingQuarter(q, 100, 100, Cny.of("10000000"), Cny.of("10000000")));
    }
    return quarters;
  }

  //-------------------------------------------------------------------------
  private static void assertSlp(SmallLowProfitRequest request, String due, String standard, String relief) {
    assertThat(SLP_CALC.taxDue(SLP, request)).isEqualTo(Cny.of(due));
    assertThat(SLP_CALC.relief(SLP, request)).isEqualTo(Cny.of(relief));
    SmallLowProfitResult explained = SLP_CALC.explainTaxDue(SLP, request);
    SmallLowProfitResult json = HuiqiJson.read(SLP_CALC.explainTaxDueJson(SLP, HuiqiJson.write(request)),
        SmallLowProfitResult.class);
    for (SmallLowProfitResult result : List.of(explained, json)) {
      assertThat(result.taxDue()).isEqualTo(cny(due));
      assertThat(result.standardTax()).isEqualTo(Cny.of(standard));
      assertThat(result.relief()).isEqualTo(cny(relief));
    }
  }

  @Test
  void smallLowProfit_roundingDown() {
    SmallLowProfitRequest request = SmallLowProfitRequest.of(2023, Cny.of("1000000.19"), quarters(4));
    // 5% × 1,000,000.19 = 50,000.0095 → 50,000.01 half-up; 25% × 1,000,000.19 = 250,000.0475 → 250,000.05;
    // relief 250,000.05 − 50,000.01 = 200,000.04
    assertSlp(request, "50000.01", "250000.05", "200000.04");
    // FEN_DOWN: 50,000.00 and 250,000.04; relief 200,000.04
    assertSlp(request.withOptions(SmallLowProfitOptions.DEFAULTS.withRounding(MoneyRounding.FEN_DOWN)),
        "50000.00", "250000.04", "200000.04");
    // at the 3,000,000 limit (不超过300万元): 5% × 3,000,000.00 = 150,000.00 whatever the rounding
    assertSlp(SmallLowProfitRequest.of(2023, Cny.of("3000000.00"), quarters(4))
        .withOptions(SmallLowProfitOptions.DEFAULTS.withRounding(MoneyRounding.FEN_DOWN)),
        "150000.00", "750000.00", "600000.00");
  }

  private static void assertPrepayment(SmallLowProfitPrepaymentRequest request, String payable, String carried) {
    assertThat(SLP_CALC.prepaymentPayable(SLP, request)).isEqualTo(Cny.of(payable));
    SmallLowProfitPrepaymentResult explained = SLP_CALC.explainPrepaymentPayable(SLP, request);
    SmallLowProfitPrepaymentResult json = HuiqiJson.read(SLP_CALC.explainPrepaymentPayableJson(SLP,
        HuiqiJson.write(request)), SmallLowProfitPrepaymentResult.class);
    for (SmallLowProfitPrepaymentResult result : List.of(explained, json)) {
      assertThat(result.payable()).isEqualTo(cny(payable));
      assertThat(result.creditCarried()).isEqualTo(cny(carried));
    }
  }

  @Test
  void smallLowProfit_negativePrepayment_refundAtTheTieAndOneFenFromIt() {
    SmallLowProfitOptions refund = SmallLowProfitOptions.DEFAULTS
        .withNegativePrepayment(SmallLowProfitNegativePrepayment.REFUND);
    // to Q3: 5% × 800,000 = 40,000.00 due to date
    // prepaid 40,000.00, a tie: nothing to pay, nothing carried, either way
    SmallLowProfitPrepaymentRequest tie = SmallLowProfitPrepaymentRequest.of(2023, 3, Cny.of("800000"),
        quarters(3), Cny.of("40000.00"));
    assertPrepayment(tie, "0.00", "0.00");
    assertPrepayment(tie.withOptions(refund), "0.00", "0.00");
    // prepaid 40,000.01: the default pays 0.00 and carries 0.01 to the annual settlement; REFUND pays −0.01
    SmallLowProfitPrepaymentRequest over = SmallLowProfitPrepaymentRequest.of(2023, 3, Cny.of("800000"),
        quarters(3), Cny.of("40000.01"));
    assertPrepayment(over, "0.00", "0.01");
    assertPrepayment(over.withOptions(refund), "-0.01", "0.00");
    // prepaid 39,999.99: 0.01 to pay either way
    SmallLowProfitPrepaymentRequest under = SmallLowProfitPrepaymentRequest.of(2023, 3, Cny.of("800000"),
        quarters(3), Cny.of("39999.99"));
    assertPrepayment(under, "0.01", "0.00");
    assertPrepayment(under.withOptions(refund), "0.01", "0.00");
  }

  //-------------------------------------------------------------------------
  private static VatRequest quarter(String sales, String special) {
    return VatRequest.builder().period(VatFilingPeriod.ofQuarter(2023, 2)).sales(Cny.of(sales))
        .salesBasis(VatSalesBasis.EXCLUDING_VAT).specialInvoiceSales(Cny.of(special))
        .specialInvoiceRate(Rate.parse("1%")).build();
  }

  private static void assertVat(VatRequest request, String due, boolean within) {
    assertThat(VAT_CALC.vatDue(VAT, request)).as("plain").isEqualTo(Cny.of(due));
    VatResult explained = VAT_CALC.explainVatDue(VAT, request);
    VatResult json = HuiqiJson.read(VAT_CALC.explainVatDueJson(VAT, HuiqiJson.write(request)), VatResult.class);
    for (VatResult result : List.of(explained, json)) {
      assertThat(result.vatDue()).isEqualTo(cny(due));
      assertThat(result.withinThreshold()).contains(within);
    }
  }

  @Test
  void vat_specialInvoiceSalesLeftOutOfTheThresholdTest() {
    VatOptions without = VatOptions.DEFAULTS.withSpecialInvoiceSalesInThresholdTest(false);
    // 250,000 + 60,000 = 310,000 > 300,000: nothing exempt, 1% × 250,000 + 1% × 60,000 = 2,500.00 + 600.00
    assertVat(quarter("250000.00", "60000.00"), "3100.00", false);
    // left out: 250,000 ≤ 300,000, the ordinary sales exempt; the special-invoice sales never: 600.00
    assertVat(quarter("250000.00", "60000.00").withOptions(without), "600.00", true);
    // 250,000 + 50,000 = 300,000 exactly, within (未超过): 500.00 either way
    assertVat(quarter("250000.00", "50000.00"), "500.00", true);
    assertVat(quarter("250000.00", "50000.00").withOptions(without), "500.00", true);
    // 300,000.01 in the test: 2,500.00 + 1% × 50,000.01 (500.0001 → 500.00) = 3,000.00; left out, 500.00
    assertVat(quarter("250000.00", "50000.01"), "3000.00", false);
    assertVat(quarter("250000.00", "50000.01").withOptions(without), "500.00", true);
  }

  @Test
  void vat_roundingDown() {
    VatRequest request = VatRequest.of(VatFilingPeriod.ofQuarter(2023, 2), Cny.of("400040.99"),
        VatSalesBasis.EXCLUDING_VAT);
    // above 300,000: 1% × 400,040.99 = 4,000.4099 → 4,000.41 half-up, 4,000.40 down
    assertVat(request, "4000.41", false);
    assertVat(request.withOptions(VatOptions.DEFAULTS.withRounding(MoneyRounding.FEN_DOWN)), "4000.40", false);
  }

  @Test
  void badOptionValuesInJson_areTypedErrorsNamingTheOption() {
    String vat = HuiqiJson.write(quarter("250000.00", "60000.00")
        .withOptions(VatOptions.DEFAULTS.withSpecialInvoiceSalesInThresholdTest(false)));
    String slp = HuiqiJson.write(SmallLowProfitPrepaymentRequest.of(2023, 3, Cny.of("800000"), quarters(3),
        Cny.of("40000.01")).withOptions(SmallLowProfitOptions.DEFAULTS
        .withNegativePrepayment(SmallLowProfitNegativePrepayment.REFUND)));
    String[][] bad = {
      {"vat", "\"specialInvoiceSalesInThresholdTest\" : false", "\"specialInvoiceSalesInThresholdTest\" : \"no\"",
        "/options/specialInvoiceSalesInThresholdTest"},
      {"vat", "\"specialInvoiceSalesInThresholdTest\" : false", "\"rounding\" : \"FEN_DOWN\"",
        "/options/rounding"},
      {"vat", "\"specialInvoiceSalesInThresholdTest\" : false", "\"rounding\" : {\"scale\": 2, \"mode\": \"FLOOR2\"}",
        "/options/rounding/mode"},
      {"slp", "\"negativePrepayment\" : \"REFUND\"", "\"negativePrepayment\" : \"REFUNDED\"",
        "/options/negativePrepayment"},
      {"slp", "\"negativePrepayment\" : \"REFUND\"", "\"negativePrepayment\" : 1", "/options/negativePrepayment"}};
    for (String[] one : bad) {
      String good = one[0].equals("vat") ? vat : slp;
      assertThat(good).contains(one[1]);
      String json = good.replace(one[1], one[2]);
      assertThatThrownBy(() -> {
        if (one[0].equals("vat")) {
          VAT_CALC.explainVatDueJson(VAT, json);
        } else {
          SLP_CALC.explainPrepaymentPayableJson(SLP, json);
        }
      }).as(one[2]).isInstanceOfSatisfying(InvalidInputException.class, e -> {
        assertThat(e.field()).isEqualTo(one[3]);
        assertThat(e.getMessage()).doesNotContain("com.fasterxml", "Jackson");
      });
    }
    // the rounding as the library writes it: {"scale": 2, "mode": "DOWN"}, the same 4,000.40 as FEN_DOWN
    String down = HuiqiJson.write(VatRequest.of(VatFilingPeriod.ofQuarter(2023, 2), Cny.of("400040.99"),
        VatSalesBasis.EXCLUDING_VAT).withOptions(VatOptions.DEFAULTS.withRounding(MoneyRounding.FEN_DOWN)));
    assertThat(down).contains("\"mode\" : \"DOWN\"");
    assertThat(HuiqiJson.read(VAT_CALC.explainVatDueJson(VAT, down), VatResult.class).vatDue())
        .isEqualTo(cny("4000.40"));
  }
}
