package io.github.huiqi.calculators.tax.firmyear;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.MEASURES;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.firm;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.quarter;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitOptions;
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
    FirmYearRequest full = firm("3400000.55", "500000", staff(100), List.of(quarter(2023, 1, "300000"),
        quarter(2023, 3, "450000")));
    assertThat(HuiqiJson.read(HuiqiJson.write(full), FirmYearRequest.class)).isEqualTo(full);
    FirmYearIncomeTax part = full.incomeTax().withOptions(SmallLowProfitOptions.DEFAULTS
        .withRounding(MoneyRounding.FEN_DOWN));
    assertThat(HuiqiJson.read(HuiqiJson.write(part), FirmYearIncomeTax.class)).isEqualTo(part);
    FirmYearRequest minimal = firm("0", null, List.of(), List.of());
    assertThat(HuiqiJson.read(HuiqiJson.write(minimal), FirmYearRequest.class)).isEqualTo(minimal);
    Random random = new Random(5L);
    for (int i = 0; i < 30; i++) {
      FirmYearRequest request = FirmYearPropertyTest.randomRequest(random);
      assertThat(HuiqiJson.read(HuiqiJson.write(request), FirmYearRequest.class)).isEqualTo(request);
    }
  }

  @Test
  void test_roundTrip_measures() {
    assertThat(HuiqiJson.read(HuiqiJson.write(MEASURES), FirmYearMeasures.class)).isEqualTo(MEASURES);
  }

  @Test
  void test_roundTrip_results() {
    Random random = new Random(9L);
    for (int i = 0; i < 30; i++) {
      FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, FirmYearPropertyTest.randomRequest(random));
      assertThat(HuiqiJson.read(HuiqiJson.write(result), FirmYearResult.class)).isEqualTo(result);
    }
  }

  @Test
  void test_explainTaxJson_sameAsJavaPath() {
    FirmYearRequest request = firm("3400000", "500000", staff(100), List.of(quarter(2023, 2, "300000")));
    String json = CALCULATOR.explainTotalSavedJson(MEASURES, HuiqiJson.write(request));
    assertThat(HuiqiJson.read(json, FirmYearResult.class)).isEqualTo(CALCULATOR.explainTotalSaved(MEASURES, request));
    // 9,000 VAT (300,000 × 3%, exempt) + 705,000 income tax = 714,000
    assertThat(json).contains("\"totalSaved\"");
    assertThat(FirmYearFixtures.yuan(HuiqiJson.read(json, FirmYearResult.class).totalSaved()))
        .isEqualByComparingTo("714000.00");
  }

  @Test
  void test_explainTaxJson_namesMissingFactsByJsonPointer() {
    // no industry code for the R&D: the R&D part is undetermined, named /rd/industryCode; the rest computes
    String json = "{\"taxYear\": 2023, \"incomeTax\": {\"taxableIncomeBeforeRd\": {\"amount\": 2000000, "
        + "\"currency\": \"CNY\"}, \"restrictedOrProhibitedIndustry\": false}, \"rd\": {\"taxYear\": 2023, "
        + "\"techSme\": false, \"manufacturing\": false, \"icOrMachineTool\": false, \"expensedCosts\": "
        + "{\"personnel\": {\"amount\": 100000, \"currency\": \"CNY\"}, \"directInputs\": {\"amount\": 0, "
        + "\"currency\": \"CNY\"}, \"depreciation\": {\"amount\": 0, \"currency\": \"CNY\"}, "
        + "\"intangibleAmortisation\": {\"amount\": 0, \"currency\": \"CNY\"}, \"newProductDesign\": "
        + "{\"amount\": 0, \"currency\": \"CNY\"}, \"otherRelated\": {\"amount\": 0, \"currency\": \"CNY\"}}}}";
    FirmYearResult result = HuiqiJson.read(CALCULATOR.explainTotalSavedJson(MEASURES, json), FirmYearResult.class);
    // quarters absent too: /incomeTax/quarters; E is 0 or 100,000
    assertThat(result.missingFacts()).containsExactly("/rd/industryCode", "/incomeTax/quarters");
    // (a) between 0 and 100,000 × 25% = 25,000 (企业所得税法 第四条)
    assertThat(FirmYearFixtures.min(result.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).saved())).isZero();
    assertThat(FirmYearFixtures.max(result.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).saved()))
        .isEqualByComparingTo("25000");
  }
}
