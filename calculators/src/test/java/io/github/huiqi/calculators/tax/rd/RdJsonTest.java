package io.github.huiqi.calculators.tax.rd;

import static io.github.huiqi.calculators.tax.rd.RdFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.SOFTWARE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.firm;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.intangible;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * JSON round trips of the R&D super-deduction request, options and result, and the JSON form of the calculator.
 */
class RdJsonTest {

  @Test
  void test_roundTrip_request() {
    RdRequest full = firm(2023, SOFTWARE, RdEnterpriseKind.TECH_SME)
        .withIntangible(intangible("1200000", 120, 12)).withIntangible(intangible("500000", null, 7)
        .withYearFormed(2021))
        .withOptions(RdOptions.DEFAULTS.withRounding(MoneyRounding.FEN_DOWN)
            .withIntangibleRateYear(RdIntangibleRateYear.YEAR_FORMED));
    assertThat(HuiqiJson.read(HuiqiJson.write(full), RdRequest.class)).isEqualTo(full);
    RdRequest minimal = RdRequest.of(2023, RdExpensedCosts.NONE);
    assertThat(HuiqiJson.read(HuiqiJson.write(minimal), RdRequest.class)).isEqualTo(minimal);
    RdOptions options = RdOptions.DEFAULTS.withRounding(MoneyRounding.YUAN_HALF_UP);
    assertThat(HuiqiJson.read(HuiqiJson.write(options), RdOptions.class)).isEqualTo(options);
  }

  @Test
  void test_roundTrip_results() {
    Random random = new Random(11L);
    for (int i = 0; i < 50; i++) {
      RdResult result = CALCULATOR.explainExtraDeduction(MEASURE,
          RdPropertyTest.randomRequest(random));
      assertThat(HuiqiJson.read(HuiqiJson.write(result), RdResult.class)).isEqualTo(result);
    }
    // requests with projects, entrustments and the amounts taken out, and their results (the form's lines)
    for (int i = 0; i < 50; i++) {
      RdRequest request = RdPropertyTest.randomItemised(random);
      assertThat(HuiqiJson.read(HuiqiJson.write(request), RdRequest.class)).isEqualTo(request);
      RdResult result = CALCULATOR.explainExtraDeduction(MEASURE, request);
      assertThat(HuiqiJson.read(HuiqiJson.write(result), RdResult.class)).isEqualTo(result);
    }
    // an undetermined result (industry unknown)
    RdResult undetermined = CALCULATOR.explainExtraDeduction(MEASURE,
        RdRequest.of(2023, RdFixtures.standardCosts()));
    assertThat(HuiqiJson.read(HuiqiJson.write(undetermined), RdResult.class)).isEqualTo(undetermined);
  }

  @Test
  void test_explainJson_sameAsJavaPath_andIntangiblesOptional() {
    RdRequest request = firm(2022, SOFTWARE, RdEnterpriseKind.TECH_SME);
    String json = CALCULATOR.explainExtraDeductionJson(MEASURE, HuiqiJson.write(request));
    assertThat(HuiqiJson.read(json, RdResult.class))
        .isEqualTo(CALCULATOR.explainExtraDeduction(MEASURE, request));
    // 2022年第16号: 1,080,000 × 100% = 1,080,000.00 (the text check "amount" : 1080000 this replaces also matched
    // the eligible base, so it held whatever the rate)
    RdResult parsed = HuiqiJson.read(json, RdResult.class);
    assertThat(parsed.expensedExtraRate()).contains(io.github.huiqi.core.rates.Rate.parse("100%"));
    assertThat(Cny.yuan(parsed.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("1080000.00");
    // "intangibles" may be left out: none
    String noIntangibles = "{\"taxYear\": 2023, \"industryCode\": \"I6510\", \"techSme\": false, "
        + "\"manufacturing\": false, \"icOrMachineTool\": false, \"expensedCosts\": {"
        + "\"personnel\": {\"amount\": 90, \"currency\": \"CNY\"}, \"directInputs\": {\"amount\": 0, "
        + "\"currency\": \"CNY\"}, \"depreciation\": {\"amount\": 0, \"currency\": \"CNY\"}, "
        + "\"intangibleAmortisation\": {\"amount\": 0, \"currency\": \"CNY\"}, \"newProductDesign\": {\"amount\": 0, "
        + "\"currency\": \"CNY\"}, \"otherRelated\": {\"amount\": 20, \"currency\": \"CNY\"}}}";
    RdResult result = HuiqiJson.read(CALCULATOR.explainExtraDeductionJson(MEASURE, noIntangibles),
        RdResult.class);
    // 2023年第7号: 90 + min(20, 90 × 10% ÷ 90% = 10.00) = 100.00 × 100% = 100.00
    assertThat(Cny.yuan(result.totalExtraDeduction().maximum(), "t")).isEqualByComparingTo("100.00");
  }
}
