package io.github.huiqi.calculators.tax.vat;

import static io.github.huiqi.calculators.tax.vat.VatFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.excluding;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.month;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Bad input to {@link VatCalculator}: each case fails with an {@link InvalidInputException} naming the
 * field, on the Java path and on the JSON path.
 */
class VatInputTest {

  @Test
  void test_negativeAmounts_nameTheField() {
    assertField(() -> excluding(month(2023, 5), "-0.01"), "sales");
    assertField(() -> excluding(month(2023, 5), "1").withSpecialInvoiceSales(Cny.of("-1")), "specialInvoiceSales");
    assertField(() -> excluding(month(2023, 5), "1").withImmovableProperty(Cny.of("-1"), Cny.of("0")),
        "immovablePropertySales");
    assertField(() -> excluding(month(2023, 5), "1").withImmovableProperty(Cny.of("1"), Cny.of("-1")),
        "immovablePropertyVat");
  }

  @Test
  void test_specialInvoiceRate_aboveZeroAndAtMostOneHundredPercent() {
    // a rate is a share of the sales: 0% is no rate at all, and above 100% is not a share
    assertField(() -> excluding(month(2023, 5), "1").withSpecialInvoiceSales(Cny.of("1"), Rate.parse("0%")),
        "specialInvoiceRate");
    assertField(() -> excluding(month(2023, 5), "1").withSpecialInvoiceSales(Cny.of("1"), Rate.parse("101%")),
        "specialInvoiceRate");
    assertThat(excluding(month(2023, 5), "1").withSpecialInvoiceSales(Cny.of("1"), Rate.parse("0.5%"))
        .specialInvoiceRate()).contains(Rate.parse("0.5%"));
  }

  @Test
  void test_zeroPropertyVatWithoutPropertySales_accepted() {
    // zero property VAT contradicts nothing: the period is taxed as if no property were given (0 + 0)
    VatRequest request = excluding(month(2023, 5), "120000").withImmovableProperty(Cny.of("0"), Cny.of("0"));
    // 120,000 > 100,000 → 120,000 × 1% = 1,200.00 (深工信〔2023〕26号 第1条)
    assertThat(Cny.yuan(CALCULATOR.vatDue(MEASURE, request), "vatDue")).isEqualByComparingTo("1200.00");
  }

  @Test
  void test_result_negativeFiguresRejected() {
    VatResult r = CALCULATOR.explainVatDue(MEASURE, excluding(month(2023, 5), "1"));
    Optional<MonetaryAmount> negative = Optional.of(Cny.of("-0.01"));
    assertField(() -> new VatResult(r.measure(), r.documentStatus(), r.period(), r.eligibility(), r.regimePeriods(),
        r.exemptionThreshold(), r.levy(), negative, r.salesInThresholdTest(), r.withinThreshold(), r.vatDue(),
        r.standardVat(), r.amountSaved(), r.explanation()), "salesExcludingVat");
    assertField(() -> new VatResult(r.measure(), r.documentStatus(), r.period(), r.eligibility(), r.regimePeriods(),
        r.exemptionThreshold(), r.levy(), r.salesExcludingVat(), negative, r.withinThreshold(), r.vatDue(),
        r.standardVat(), r.amountSaved(), r.explanation()), "salesInThresholdTest");
  }

  @Test
  void test_propertyVatWithoutPropertySales_rejected() {
    InvalidInputException ex = assertField(() -> excluding(month(2023, 5), "1")
        .withImmovableProperty(Cny.of("0"), Cny.of("100")), "immovablePropertyVat");
    // the two facts contradict each other: both are named (found by the bad-input corpus, which changed the sales)
    assertThat(ex.code()).isEqualTo(InvalidInputException.CONFLICT);
    assertThat(ex.relatedFields()).containsExactly("immovablePropertySales");
  }

  @Test
  void test_salesInAnotherCurrency_rejected() {
    MonetaryAmount dollars = Money.of(100, "USD");
    assertField(() -> VatRequest.of(month(2023, 5), dollars, VatSalesBasis.EXCLUDING_VAT),
        "sales");
  }

  @Test
  void test_missingRequiredFields_named() {
    assertField(() -> VatRequest.of(null, Cny.of("1"), VatSalesBasis.EXCLUDING_VAT), "period");
    assertField(() -> VatRequest.of(month(2023, 5), null, VatSalesBasis.EXCLUDING_VAT), "sales");
    assertField(() -> VatRequest.of(month(2023, 5), Cny.of("1"), null), "salesBasis");
    assertField(() -> CALCULATOR.vatDue(null, excluding(month(2023, 5), "1")), "measure");
    assertField(() -> CALCULATOR.vatDue(MEASURE, null), "request");
    assertField(() -> CALCULATOR.explainVatDue(MEASURE, null), "request");
  }

  @Test
  void test_quarterOutsideOneToFour_namesQuarter() {
    assertField(() -> VatFilingPeriod.ofQuarter(2023, 5), "quarter");
    assertField(() -> VatFilingPeriod.ofQuarter(2023, 0), "quarter");
  }

  @Test
  void test_periodWithoutRules_namesPeriod() {
    assertField(() -> CALCULATOR.vatDue(MEASURE, excluding(month(2017, 6), "1")), "period");
    assertField(() -> CALCULATOR.amountSaved(MEASURE, excluding(month(2030, 6), "1")), "period");
    assertField(() -> CALCULATOR.explainVatDue(MEASURE, excluding(month(2018, 12), "1")), "period");
  }

  @Test
  void test_badRegionCode_named() {
    assertField(() -> excluding(month(2023, 5), "1").withTaxpayerRegionCode("42"), "taxpayerRegionCode");
  }

  @Test
  void test_json_badInput_namesThePointer() {
    String good = "{\"period\": {\"year\": 2023, \"quarter\": 2}, \"sales\": {\"amount\": 1, \"currency\": \"CNY\"},"
        + " \"salesBasis\": \"EXCLUDING_VAT\"}";
    assertThat(CALCULATOR.explainVatDueJson(MEASURE, good)).contains("\"vatDue\"");
    assertJsonField(good.replace("\"quarter\": 2", "\"quarter\": 5"), "/period/quarter");
    assertJsonField(good.replace("\"year\": 2023", "\"year\": 2018"), "/period");
    assertJsonField(good.replace("\"amount\": 1", "\"amount\": -1"), "/sales");
    assertJsonField(good.replace("EXCLUDING_VAT", "GROSS"), "/salesBasis");
    assertJsonField(good.substring(0, good.length() - 1) + ", \"taxpayerRegionCode\": \"abc\"}",
        "/taxpayerRegionCode");
  }

  private static void assertJsonField(String json, String field) {
    assertThatThrownBy(() -> CALCULATOR.explainVatDueJson(MEASURE, json))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo(field));
  }
}
