package io.github.huiqi.calculators.financing.techsme;

import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.firm;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the tech-SME subsidy: each error names its field (a JSON Pointer on the JSON path) and value.
 */
class TechSmeInputTest {

  private static final String VALID_JSON = """
      {
        "enterprise": {"enrolledTechSme": true, "firstTimeBorrower": false},
        "interest": [{"itemId": "I1", "loanId": "L1", "accrualStart": "2022-12-21", "accrualEnd": "2023-03-21",
                      "paymentDate": "2023-03-21", "interestPaid": {"amount": 9000, "currency": "CNY"}}],
        "guaranteeFees": [{"itemId": "F1", "paymentDate": "2023-05-01",
                           "amountPaid": {"amount": 20000, "currency": "CNY"}}],
        "insurancePremiums": [],
        "programmeTotalReceived": {"amount": 0, "currency": "CNY"},
        "options": {"accrualBasis": "ACCRUED_IN_WINDOW", "splitDayCount": "ACT/360"}
      }
      """;

  private static String json(String from, String to) {
    String changed = VALID_JSON.replace(from, to);
    assertThat(changed).as("the replacement must change the JSON").isNotEqualTo(VALID_JSON);
    return changed;
  }

  private static TechSmeInterestItem item(LocalDate start, LocalDate end, LocalDate paid, String amount) {
    return TechSmeInterestItem.of("I1", "L1", start, end, paid, Cny.of(amount));
  }

  @Test
  void test_json_validRequestWorks() {
    // 9,000 × (80% × 79 + 50% × 11) ÷ 90 = 6,870.00 (第13条) + fee 50% × 20,000 = 10,000.00 (第十四条(三)) = 16,870.00
    TechSmeResult read = HuiqiJson.read(CALCULATOR.explainSubsidyJson(MEASURE, VALID_JSON),
        TechSmeResult.class);
    assertThat(Cny.yuan(read.amount().maximum(), "a")).isEqualByComparingTo("16870.00");
  }

  @Test
  void test_amounts_negativeOrNotCny() {
    LocalDate a = LocalDate.of(2023, 1, 1);
    LocalDate b = LocalDate.of(2023, 4, 1);
    assertField(() -> item(a, b, b, "-0.01"), "interestPaid");
    assertField(() -> TechSmeInterestItem.of("I1", "L1", a, b, b, Money.of(100, "USD")), "interestPaid");
    assertField(() -> TechSmeFeePayment.of("F1", a, Cny.of("-1")), "amountPaid");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"amount\": 9000", "\"amount\": -9000")),
        "/interest/0/interestPaid");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"amount\": 20000", "\"amount\": -1")),
        "/guaranteeFees/0/amountPaid");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"amount\": 0, \"currency\": \"CNY\"}",
        "\"amount\": -5, \"currency\": \"CNY\"}")), "/programmeTotalReceived");
  }

  @Test
  void test_amounts_notCnyInJson_andNullJson() {
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"amount\": 0, \"currency\": \"CNY\"}",
        "\"amount\": 0, \"currency\": \"USD\"}")), "/programmeTotalReceived/currency");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"amount\": 20000, \"currency\": \"CNY\"",
        "\"amount\": 20000, \"currency\": \"HKD\"")), "/guaranteeFees/0/amountPaid/currency");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"amount\": 9000, \"currency\": \"CNY\"",
        "\"amount\": 9000, \"currency\": \"USD\"")), "/interest/0/interestPaid/currency");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, null), "json");
    assertField(() -> CALCULATOR.explainSubsidyJson(null, VALID_JSON), "measure");
  }

  @Test
  void test_datesOutOfOrder() {
    LocalDate a = LocalDate.of(2023, 1, 1);
    assertField(() -> item(a, a, a, "1"), "accrualEnd");
    assertField(() -> item(a, a.minusDays(1), a, "1"), "accrualEnd");
    assertField(() -> item(a, a.plusDays(1), a.minusDays(1), "1"), "paymentDate");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"accrualEnd\": \"2023-03-21\"",
        "\"accrualEnd\": \"2022-12-20\"")), "/interest/0/accrualEnd");
  }

  @Test
  void test_missingOrDuplicateFields() {
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"loanId\": \"L1\",", "")), "/interest/0/loanId");
    // the required total received is missing (left out): named, not taken as zero
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"programmeTotalReceived\": {\"amount\": 0, "
        + "\"currency\": \"CNY\"},", "")), "/programmeTotalReceived");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"itemId\": \"F1\"", "\"itemId\": \"I1\"")),
        "/guaranteeFees/0/itemId");
    assertField(() -> TechSmeRequest.builder().enterprise(firm().build()).programmeTotalReceived(Cny.ZERO)
        .build(), "interest");
    // an id is unique across the three lists: a premium reusing a fee's id is named
    assertField(() -> TechSmeRequest.builder().enterprise(firm().build()).programmeTotalReceived(Cny.ZERO)
        .addGuaranteeFees(TechSmeFeePayment.of("X1", LocalDate.of(2023, 2, 1), Cny.of("1")))
        .addInsurancePremiums(TechSmeFeePayment.of("X1", LocalDate.of(2023, 3, 1), Cny.of("1"))).build(),
        "insurancePremiums/0/itemId");
    assertField(() -> TechSmeRequest.builder().enterprise(firm().build()).addInterest((TechSmeInterestItem) null)
        .programmeTotalReceived(Cny.ZERO).build(), "interest/0");
    assertField(() -> TechSmeRequest.builder().enterprise(null).programmeTotalReceived(Cny.ZERO).build(), "enterprise");
    assertField(() -> CALCULATOR.subsidy(null, null), "measure");
    assertField(() -> CALCULATOR.subsidy(MEASURE, null), "request");
  }

  @Test
  void test_unknownOption() {
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"ACCRUED_IN_WINDOW\"", "\"ACCRUED\"")),
        "/options/accrualBasis");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"ACT/360\"", "\"ACT/999\"")),
        "/options/splitDayCount");
  }
}
