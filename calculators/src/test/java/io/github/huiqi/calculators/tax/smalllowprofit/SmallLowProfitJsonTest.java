package io.github.huiqi.calculators.tax.smalllowprofit;

import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitNegativePrepayment;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * JSON round trips of the 小型微利企业 requests, options, facts and results, and the JSON forms of the calculator.
 */
class SmallLowProfitJsonTest {

  @Test
  void test_roundTrip_requestsAndOptions() {
    SmallLowProfitRequest full = year(2023, "2500000.55").withOptions(SmallLowProfitOptions.DEFAULTS
        .withRounding(MoneyRounding.FEN_DOWN).withNegativePrepayment(SmallLowProfitNegativePrepayment.REFUND));
    assertThat(HuiqiJson.read(HuiqiJson.write(full), SmallLowProfitRequest.class)).isEqualTo(full);
    SmallLowProfitRequest minimal = year(2023, "1", List.of()).withRestrictedOrProhibitedIndustry(
        Optional.empty());
    assertThat(HuiqiJson.read(HuiqiJson.write(minimal), SmallLowProfitRequest.class)).isEqualTo(minimal);
    Random random = new Random(11L);
    for (int i = 0; i < 20; i++) {
      SmallLowProfitPrepaymentRequest prepayment = SmallLowProfitPropertyTest.randomPrepayment(random);
      assertThat(HuiqiJson.read(HuiqiJson.write(prepayment), SmallLowProfitPrepaymentRequest.class))
          .isEqualTo(prepayment);
    }
    SmallLowProfitFacts facts = full.facts();
    assertThat(HuiqiJson.read(HuiqiJson.write(facts), SmallLowProfitFacts.class)).isEqualTo(facts);
  }

  @Test
  void test_roundTrip_results() {
    Random random = new Random(7L);
    for (int i = 0; i < 50; i++) {
      SmallLowProfitResult result = CALCULATOR.explainTaxDue(MEASURE, SmallLowProfitPropertyTest
          .randomRequest(random));
      assertThat(HuiqiJson.read(HuiqiJson.write(result), SmallLowProfitResult.class)).isEqualTo(result);
      SmallLowProfitPrepaymentResult prepayment = CALCULATOR.explainPrepaymentPayable(MEASURE,
          SmallLowProfitPropertyTest
          .randomPrepayment(random));
      assertThat(HuiqiJson.read(HuiqiJson.write(prepayment), SmallLowProfitPrepaymentResult.class))
          .isEqualTo(prepayment);
    }
  }

  @Test
  void test_explainTaxJson_sameAsJavaPath() {
    SmallLowProfitRequest request = year(2022, "1000000.01");
    String json = CALCULATOR.explainTaxDueJson(MEASURE, HuiqiJson.write(request));
    assertThat(HuiqiJson.read(json, SmallLowProfitResult.class)).isEqualTo(CALCULATOR.explainTaxDue(MEASURE,
        request));
    // 2022: 1,000,000 × 2.5% + 0.01 × 5% = 25,000.0005 → 25,000.00; standard 1,000,000.01 × 25% = 250,000.0025
    // → 250,000.00; relief 225,000.00. (The text check "amount" : 25000 this replaces also matched 250000.)
    SmallLowProfitResult parsed = HuiqiJson.read(json, SmallLowProfitResult.class);
    assertThat(io.github.huiqi.core.money.Cny.yuan(parsed.taxDue().maximum(), "due")).isEqualByComparingTo("25000.00");
    assertThat(io.github.huiqi.core.money.Cny.yuan(parsed.standardTax(), "std")).isEqualByComparingTo("250000.00");
    assertThat(io.github.huiqi.core.money.Cny.yuan(parsed.relief().maximum(), "relief"))
        .isEqualByComparingTo("225000.00");
  }

  @Test
  void test_explainPrepaymentJson_sameAsJavaPath() {
    SmallLowProfitPrepaymentRequest request = SmallLowProfitPrepaymentRequest.of(2023, 2,
        io.github.huiqi.core.money.Cny.of("1200000"), SmallLowProfitFixtures.steady(1, 2, 50, "2000000"),
        io.github.huiqi.core.money.Cny.of("20000"));
    String json = CALCULATOR.explainPrepaymentPayableJson(MEASURE, HuiqiJson.write(request));
    SmallLowProfitPrepaymentResult parsed = HuiqiJson.read(json, SmallLowProfitPrepaymentResult.class);
    assertThat(parsed).isEqualTo(CALCULATOR.explainPrepaymentPayable(MEASURE, request));
    // 2023: 1,000,000 × 5% + 200,000 × 5% = 60,000 (2023年第6号; 2022年第13号), less 20,000 prepaid → 40,000.00
    assertThat(io.github.huiqi.core.money.Cny.yuan(parsed.payable().maximum(), "payable"))
        .isEqualByComparingTo("40000.00");
  }
}
