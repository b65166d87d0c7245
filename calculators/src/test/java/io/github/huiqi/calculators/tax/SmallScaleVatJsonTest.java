package io.github.huiqi.calculators.tax;

import static io.github.huiqi.calculators.tax.SmallScaleVatFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.SmallScaleVatFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.SmallScaleVatFixtures.excluding;
import static io.github.huiqi.calculators.tax.SmallScaleVatFixtures.month;
import static io.github.huiqi.calculators.tax.SmallScaleVatFixtures.quarter;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * JSON round trips of the small-scale VAT request, options and result, and the JSON form of the calculator.
 */
class SmallScaleVatJsonTest {

  @Test
  void test_roundTrip_request() {
    SmallScaleVatRequest full = excluding(quarter(2023, 2), "280000")
        .withSpecialInvoiceSales(Cny.of("30000"), Rate.parse("1%"))
        .withImmovableProperty(Cny.of("1000000"), Cny.of("50000"))
        .withOptions(SmallScaleVatOptions.DEFAULTS.withSpecialInvoiceSalesInThresholdTest(false));
    assertThat(HuiqiJson.read(HuiqiJson.write(full), SmallScaleVatRequest.class)).isEqualTo(full);
    SmallScaleVatRequest minimal = SmallScaleVatRequest.of(month(2023, 5), Cny.of("1"),
        SmallScaleVatSalesBasis.INCLUDING_VAT);
    assertThat(HuiqiJson.read(HuiqiJson.write(minimal), SmallScaleVatRequest.class)).isEqualTo(minimal);
    SmallScaleVatOptions options = SmallScaleVatOptions.DEFAULTS.withSpecialInvoiceSalesInThresholdTest(true)
        .withRounding(io.github.huiqi.core.money.MoneyRounding.FEN_DOWN);
    assertThat(HuiqiJson.read(HuiqiJson.write(options), SmallScaleVatOptions.class)).isEqualTo(options);
  }

  @Test
  void test_roundTrip_results() {
    Random random = new Random(7L);
    for (int i = 0; i < 50; i++) {
      SmallScaleVatResult result = CALCULATOR.explainVatDue(MEASURE, SmallScaleVatPropertyTest.randomRequest(random));
      assertThat(HuiqiJson.read(HuiqiJson.write(result), SmallScaleVatResult.class)).isEqualTo(result);
    }
    // an undetermined result (region unknown in 2021-03), with empty levy-dependent fields
    SmallScaleVatResult undetermined = CALCULATOR.explainVatDue(MEASURE, SmallScaleVatRequest.of(month(2021, 3),
        Cny.of("120000"), SmallScaleVatSalesBasis.EXCLUDING_VAT));
    assertThat(HuiqiJson.read(HuiqiJson.write(undetermined), SmallScaleVatResult.class)).isEqualTo(undetermined);
  }

  @Test
  void test_explainVatDueJson_sameAsJavaPath() {
    SmallScaleVatRequest request = excluding(month(2023, 5), "100000.01");
    String json = CALCULATOR.explainVatDueJson(MEASURE, HuiqiJson.write(request));
    assertThat(HuiqiJson.read(json, SmallScaleVatResult.class)).isEqualTo(CALCULATOR.explainVatDue(MEASURE, request));
    // 100,000.01 × 1% = 1,000.0001 → 1,000.00
    assertThat(json).contains("\"amount\" : 1000");
  }
}
