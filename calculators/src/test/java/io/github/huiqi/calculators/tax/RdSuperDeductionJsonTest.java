package io.github.huiqi.calculators.tax;

import static io.github.huiqi.calculators.tax.RdSuperDeductionFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.RdSuperDeductionFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.RdSuperDeductionFixtures.SOFTWARE;
import static io.github.huiqi.calculators.tax.RdSuperDeductionFixtures.firm;
import static io.github.huiqi.calculators.tax.RdSuperDeductionFixtures.intangible;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.tax.RdEnterpriseKind;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * JSON round trips of the R&D super-deduction request, options and result, and the JSON form of the calculator.
 */
class RdSuperDeductionJsonTest {

  @Test
  void test_roundTrip_request() {
    RdSuperDeductionRequest full = firm(2023, SOFTWARE, RdEnterpriseKind.TECH_SME)
        .withIntangible(intangible("1200000", 120, 12)).withIntangible(intangible("500000", null, 7)
        .withYearFormed(2021))
        .withOptions(RdSuperDeductionOptions.DEFAULTS.withRounding(MoneyRounding.FEN_DOWN)
            .withIntangibleRateYear(RdIntangibleRateYear.YEAR_FORMED));
    assertThat(HuiqiJson.read(HuiqiJson.write(full), RdSuperDeductionRequest.class)).isEqualTo(full);
    RdSuperDeductionRequest minimal = RdSuperDeductionRequest.of(2023, RdExpensedCosts.NONE);
    assertThat(HuiqiJson.read(HuiqiJson.write(minimal), RdSuperDeductionRequest.class)).isEqualTo(minimal);
    RdSuperDeductionOptions options = RdSuperDeductionOptions.DEFAULTS.withRounding(MoneyRounding.YUAN_HALF_UP);
    assertThat(HuiqiJson.read(HuiqiJson.write(options), RdSuperDeductionOptions.class)).isEqualTo(options);
  }

  @Test
  void test_roundTrip_results() {
    Random random = new Random(11L);
    for (int i = 0; i < 50; i++) {
      RdSuperDeductionResult result = CALCULATOR.explainExtraDeduction(MEASURE,
          RdSuperDeductionPropertyTest.randomRequest(random));
      assertThat(HuiqiJson.read(HuiqiJson.write(result), RdSuperDeductionResult.class)).isEqualTo(result);
    }
    // an undetermined result (industry unknown)
    RdSuperDeductionResult undetermined = CALCULATOR.explainExtraDeduction(MEASURE,
        RdSuperDeductionRequest.of(2023, RdSuperDeductionFixtures.standardCosts()));
    assertThat(HuiqiJson.read(HuiqiJson.write(undetermined), RdSuperDeductionResult.class)).isEqualTo(undetermined);
  }

  @Test
  void test_explainJson_sameAsJavaPath_andIntangiblesOptional() {
    RdSuperDeductionRequest request = firm(2022, SOFTWARE, RdEnterpriseKind.TECH_SME);
    String json = CALCULATOR.explainExtraDeductionJson(MEASURE, HuiqiJson.write(request));
    assertThat(HuiqiJson.read(json, RdSuperDeductionResult.class))
        .isEqualTo(CALCULATOR.explainExtraDeduction(MEASURE, request));
    // 2022年第16号: 1,080,000 × 100% = 1,080,000.00 (the text check "amount" : 1080000 this replaces also matched
    // the eligible base, so it held whatever the rate)
    RdSuperDeductionResult parsed = HuiqiJson.read(json, RdSuperDeductionResult.class);
    assertThat(parsed.expensedExtraRate()).contains(io.github.huiqi.core.rates.Rate.parse("100%"));
    assertThat(Cny.yuan(parsed.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1080000.00");
    // "intangibles" may be left out: none
    String noIntangibles = "{\"taxYear\": 2023, \"industryCode\": \"I6510\", \"techSme\": false, "
        + "\"manufacturing\": false, \"icOrMachineTool\": false, \"expensedCosts\": {"
        + "\"personnel\": {\"amount\": 90, \"currency\": \"CNY\"}, \"directInputs\": {\"amount\": 0, "
        + "\"currency\": \"CNY\"}, \"depreciation\": {\"amount\": 0, \"currency\": \"CNY\"}, "
        + "\"intangibleAmortisation\": {\"amount\": 0, \"currency\": \"CNY\"}, \"newProductDesign\": {\"amount\": 0, "
        + "\"currency\": \"CNY\"}, \"otherRelated\": {\"amount\": 20, \"currency\": \"CNY\"}}}";
    RdSuperDeductionResult result = HuiqiJson.read(CALCULATOR.explainExtraDeductionJson(MEASURE, noIntangibles),
        RdSuperDeductionResult.class);
    // 2023年第7号: 90 + min(20, 90 × 10% ÷ 90% = 10.00) = 100.00 × 100% = 100.00
    assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("100.00");
  }
}
