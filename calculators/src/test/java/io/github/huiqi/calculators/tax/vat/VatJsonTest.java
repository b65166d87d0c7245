package io.github.huiqi.calculators.tax.vat;

import static io.github.huiqi.calculators.tax.vat.VatFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.excluding;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.month;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.quarter;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * JSON round trips of the small-scale VAT request, options and result, and the JSON form of the calculator.
 */
class VatJsonTest {

  @Test
  void test_roundTrip_request() {
    VatRequest full = excluding(quarter(2023, 2), "280000")
        .withSpecialInvoiceSales(Cny.of("30000"), Rate.parse("1%"))
        .withImmovableProperty(Cny.of("1000000"), Cny.of("50000"))
        .withOptions(VatOptions.DEFAULTS.withSpecialInvoiceSalesInThresholdTest(false));
    assertThat(HuiqiJson.read(HuiqiJson.write(full), VatRequest.class)).isEqualTo(full);
    VatRequest minimal = VatRequest.of(month(2023, 5), Cny.of("1"),
        VatSalesBasis.INCLUDING_VAT);
    assertThat(HuiqiJson.read(HuiqiJson.write(minimal), VatRequest.class)).isEqualTo(minimal);
    VatOptions options = VatOptions.DEFAULTS.withSpecialInvoiceSalesInThresholdTest(true)
        .withRounding(io.github.huiqi.core.money.MoneyRounding.FEN_DOWN);
    assertThat(HuiqiJson.read(HuiqiJson.write(options), VatOptions.class)).isEqualTo(options);
  }

  @Test
  void test_roundTrip_results() {
    Random random = new Random(7L);
    for (int i = 0; i < 50; i++) {
      VatResult result = CALCULATOR.explainVatDue(MEASURE, VatPropertyTest.randomRequest(random));
      assertThat(HuiqiJson.read(HuiqiJson.write(result), VatResult.class)).isEqualTo(result);
    }
    // an undetermined result (region unknown in 2021-03), with empty levy-dependent fields
    VatResult undetermined = CALCULATOR.explainVatDue(MEASURE, VatRequest.of(month(2021, 3),
        Cny.of("120000"), VatSalesBasis.EXCLUDING_VAT));
    assertThat(HuiqiJson.read(HuiqiJson.write(undetermined), VatResult.class)).isEqualTo(undetermined);
  }

  @Test
  void test_explainVatDueJson_sameAsJavaPath() {
    VatRequest request = excluding(month(2023, 5), "100000.01");
    String json = CALCULATOR.explainVatDueJson(MEASURE, HuiqiJson.write(request));
    assertThat(HuiqiJson.read(json, VatResult.class)).isEqualTo(CALCULATOR.explainVatDue(MEASURE, request));
    // 100,000.01 × 1% = 1,000.0001 → 1,000.00
    assertThat(json).contains("\"amount\" : 1000");
  }
}
