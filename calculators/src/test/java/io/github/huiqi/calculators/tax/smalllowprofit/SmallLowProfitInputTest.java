package io.github.huiqi.calculators.tax.smalllowprofit;

import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.q;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.small;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.year;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.tax.OperatingQuarter;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Bad input to {@link SmallLowProfitCalculator}: each case fails with an {@link InvalidInputException}
 * naming the field, on the Java path and on the JSON path.
 */
class SmallLowProfitInputTest {

  @Test
  void test_negativeOrForeignAmounts_nameTheField() {
    assertField(() -> year(2023, "-0.01"), "taxableIncome");
    assertField(() -> q(1, -1, 10, "1", "1"), "employeesAtStart");
    assertField(() -> q(1, 10, -1, "1", "1"), "employeesAtEnd");
    assertField(() -> q(1, 10, 10, "-1", "1"), "totalAssetsAtStart");
    assertField(() -> new OperatingQuarter(1, 1, 1, Cny.of("1"), Money.of(1, "USD")), "totalAssetsAtEnd");
    assertField(() -> q(5, 10, 10, "1", "1"), "quarter");
    assertField(() -> SmallLowProfitAveragesRequest.of(2023, Cny.of("-1"), year(2023, "1").facts()),
        "taxableIncome");
    assertField(() -> SmallLowProfitPrepaymentRequest.of(2023, 1, Cny.of("1"), List.of(), Cny.of("-1")),
        "alreadyPrepaid");
  }

  @Test
  void test_quartersOutOfOrderOrDuplicated_nameTheQuarter() {
    assertField(() -> year(2023, "1", List.of(q(2, 1, 1, "1", "1"), q(1, 1, 1, "1", "1"))), "quarters/1/quarter");
    assertField(() -> year(2023, "1", List.of(q(1, 1, 1, "1", "1"), q(3, 1, 1, "1", "1"), q(3, 1, 1, "1", "1"))),
        "quarters/2/quarter");
    // a prepayment for Q2 cannot hold Q3 figures
    assertField(() -> SmallLowProfitPrepaymentRequest.of(2023, 2, Cny.of("1"), small(), Cny.of("0")),
        "quarters/2/quarter");
    assertField(() -> SmallLowProfitPrepaymentRequest.of(2023, 5, Cny.of("1"), List.of(), Cny.of("0")),
        "throughQuarter");
    // a Q3 prepayment whose quarters stop at Q2 would average over too few quarters: the last must be Q3
    assertField(() -> SmallLowProfitPrepaymentRequest.of(2023, 3, Cny.of("1"), SmallLowProfitFixtures.steady(1, 2,
        10, "1"), Cny.of("0")), "quarters/1/quarter");
    assertPrepaymentField("{\"taxYear\": 2023, \"throughQuarter\": 2, \"cumulativeTaxableIncome\": {\"amount\": 1, "
        + "\"currency\": \"CNY\"}, \"alreadyPrepaid\": {\"amount\": 0, \"currency\": \"CNY\"}, \"quarters\": [{"
        + "\"quarter\": 1, \"employeesAtStart\": 1, \"employeesAtEnd\": 1, \"totalAssetsAtStart\": {\"amount\": 1, "
        + "\"currency\": \"CNY\"}, \"totalAssetsAtEnd\": {\"amount\": 1, \"currency\": \"CNY\"}}]}",
        "/quarters/0/quarter");
  }

  @Test
  void test_assetsSummingBeyondADecimalsBounds_nameQuarters() {
    // each amount is within 16 integer digits, but four quarters' averages sum to about 4 × 10^16
    String huge = "9999999999999999";
    assertField(() -> year(2023, "1", SmallLowProfitFixtures.steady(1, 4, 1, huge)), "quarters");
  }

  @Test
  void test_taxYearWithoutRules_namesTaxYear() {
    assertField(() -> CALCULATOR.explainTaxDue(MEASURE, year(2018, "1")), "taxYear");
    assertField(() -> CALCULATOR.relief(MEASURE, year(2028, "1")), "taxYear");
    assertField(() -> CALCULATOR.relief(MEASURE, year(Integer.MAX_VALUE, "1")), "taxYear");
    assertField(() -> CALCULATOR.relief(MEASURE, year(Integer.MIN_VALUE, "1")), "taxYear");
    assertField(() -> CALCULATOR.prepaymentPayable(MEASURE, SmallLowProfitPrepaymentRequest.of(2028, 1,
        Cny.of("1"), List.of(), Cny.of("0"))), "taxYear");
  }

  @Test
  void test_missingArguments_named() {
    assertField(() -> CALCULATOR.taxDue(null, year(2023, "1")), "measure");
    assertField(() -> CALCULATOR.taxDue(MEASURE, (SmallLowProfitRequest) null), "request");
    assertField(() -> CALCULATOR.explainTaxDue(MEASURE, SmallLowProfitAveragesRequest.of(2023, Cny.of("1"), null)),
        "facts");
    assertField(() -> CALCULATOR.explainPrepaymentPayable(MEASURE, null), "request");
    assertField(() -> SmallLowProfitRequest.of(2023, null, small()), "taxableIncome");
  }

  //-------------------------------------------------------------------------
  private static final String GOOD = "{\"taxYear\": 2023, \"taxableIncome\": {\"amount\": 500000, \"currency\": "
      + "\"CNY\"}, \"restrictedOrProhibitedIndustry\": false, \"quarters\": ["
      + "{\"quarter\": 1, \"employeesAtStart\": 10, \"employeesAtEnd\": 12, "
      + "\"totalAssetsAtStart\": {\"amount\": 1000, \"currency\": \"CNY\"}, "
      + "\"totalAssetsAtEnd\": {\"amount\": 1000, \"currency\": \"CNY\"}}, "
      + "{\"quarter\": 2, \"employeesAtStart\": 12, \"employeesAtEnd\": 12, "
      + "\"totalAssetsAtStart\": {\"amount\": 1000, \"currency\": \"CNY\"}, "
      + "\"totalAssetsAtEnd\": {\"amount\": 1000, \"currency\": \"CNY\"}}]}";

  @Test
  void test_json_badInput_namesThePointer() {
    assertThat(CALCULATOR.explainTaxDueJson(MEASURE, GOOD)).contains("\"taxDue\"");
    // a fraction for a headcount
    assertJsonField(GOOD.replace("\"employeesAtStart\": 10", "\"employeesAtStart\": 12.5"),
        "/quarters/0/employeesAtStart");
    assertJsonField(GOOD.replace("\"employeesAtEnd\": 12,", "\"employeesAtEnd\": -1,"),
        "/quarters/0/employeesAtEnd");
    assertJsonField(GOOD.replace("\"quarter\": 2", "\"quarter\": 1"), "/quarters/1/quarter");
    assertJsonField(GOOD.replace("\"taxYear\": 2023", "\"taxYear\": 2018"), "/taxYear");
    assertJsonField(GOOD.replace("\"amount\": 500000", "\"amount\": -500000"), "/taxableIncome");
    assertJsonField(GOOD.replace("\"quarter\": 1", "\"quarter\": 0"), "/quarters/0/quarter");
  }

  @Test
  void test_prepaymentJson_badInput_namesThePointer() {
    String good = "{\"taxYear\": 2023, \"throughQuarter\": 1, \"cumulativeTaxableIncome\": {\"amount\": 1, "
        + "\"currency\": \"CNY\"}, \"alreadyPrepaid\": {\"amount\": 0, \"currency\": \"CNY\"}}";
    assertThat(CALCULATOR.explainPrepaymentPayableJson(MEASURE, good)).contains("\"payable\"");
    assertPrepaymentField(good.replace("\"throughQuarter\": 1", "\"throughQuarter\": 1.5"), "/throughQuarter");
    assertPrepaymentField(good.replace("\"amount\": 0", "\"amount\": -1"), "/alreadyPrepaid");
    assertPrepaymentField(good.replace("\"taxYear\": 2023", "\"taxYear\": 2030"), "/taxYear");
  }

  private static void assertJsonField(String json, String field) {
    assertThatThrownBy(() -> CALCULATOR.explainTaxDueJson(MEASURE, json))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo(field));
  }

  private static void assertPrepaymentField(String json, String field) {
    assertThatThrownBy(() -> CALCULATOR.explainPrepaymentPayableJson(MEASURE, json))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo(field));
  }
}
