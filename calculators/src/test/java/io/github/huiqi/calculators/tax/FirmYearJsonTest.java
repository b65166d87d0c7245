package io.github.huiqi.calculators.tax;

import static io.github.huiqi.calculators.tax.FirmYearFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.FirmYearFixtures.MEASURES;
import static io.github.huiqi.calculators.tax.FirmYearFixtures.firm;
import static io.github.huiqi.calculators.tax.FirmYearFixtures.quarter;
import static io.github.huiqi.calculators.tax.FirmYearFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.MoneyRounding;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * JSON round trips of the firm-year request, its parts, the measures and the result, and the calculator's JSON form.
 */
class FirmYearJsonTest {

  @Test
  void test_roundTrip_requests() {
    FirmYearTaxRequest full = firm("3400000.55", "500000", staff(100), List.of(quarter(2023, 1, "300000"),
        quarter(2023, 3, "450000")));
    assertThat(HuiqiJson.read(HuiqiJson.write(full), FirmYearTaxRequest.class)).isEqualTo(full);
    FirmYearIncomeTax part = full.incomeTax().withOptions(SmallLowProfitOptions.DEFAULTS
        .withRounding(MoneyRounding.FEN_DOWN));
    assertThat(HuiqiJson.read(HuiqiJson.write(part), FirmYearIncomeTax.class)).isEqualTo(part);
    FirmYearTaxRequest minimal = firm("0", null, List.of(), List.of());
    assertThat(HuiqiJson.read(HuiqiJson.write(minimal), FirmYearTaxRequest.class)).isEqualTo(minimal);
    Random random = new Random(5L);
    for (int i = 0; i < 30; i++) {
      FirmYearTaxRequest request = FirmYearPropertyTest.randomRequest(random);
      assertThat(HuiqiJson.read(HuiqiJson.write(request), FirmYearTaxRequest.class)).isEqualTo(request);
    }
  }

  @Test
  void test_roundTrip_measures() {
    assertThat(HuiqiJson.read(HuiqiJson.write(MEASURES), FirmYearTaxMeasures.class)).isEqualTo(MEASURES);
  }

  @Test
  void test_roundTrip_results() {
    Random random = new Random(9L);
    for (int i = 0; i < 30; i++) {
      FirmYearTaxResult result = CALCULATOR.explainTax(MEASURES, FirmYearPropertyTest.randomRequest(random));
      assertThat(HuiqiJson.read(HuiqiJson.write(result), FirmYearTaxResult.class)).isEqualTo(result);
    }
  }

  @Test
  void test_explainTaxJson_sameAsJavaPath() {
    FirmYearTaxRequest request = firm("3400000", "500000", staff(100), List.of(quarter(2023, 2, "300000")));
    String json = CALCULATOR.explainTaxJson(MEASURES, HuiqiJson.write(request));
    assertThat(HuiqiJson.read(json, FirmYearTaxResult.class)).isEqualTo(CALCULATOR.explainTax(MEASURES, request));
    // 9,000 VAT (300,000 × 3%, exempt) + 705,000 income tax = 714,000
    assertThat(json).contains("\"totalSaved\"").contains("714000");
  }
}
