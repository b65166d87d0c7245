package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.firm;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.loan;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.request;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the first-loan subsidy: every case is a typed {@link InvalidInputException} naming the field, never a
 * wrong number, a bare NullPointerException, ArithmeticException or Jackson exception.
 */
class FirstLoanInputTest {

  private static final String VALID_JSON = """
      {
        "enterprise": {"registrationRegionCode": "440305", "independentLegalPerson": true,
                       "firstTimeBorrower": true, "onSeriousDishonestyList": false},
        "loans": [{
          "loanId": "L1",
          "principal": {"amount": 1000000, "currency": "CNY"},
          "drawdownDate": "2023-01-15",
          "maturityDate": "2024-01-15",
          "repaymentDate": "2023-04-15",
          "annualInterestRate": "3.65%",
          "lenderRegionCode": "440300",
          "firstDrawdownOfFirstContract": true,
          "forProductionOrOperation": true,
          "subsidisedUnderAnotherMunicipalScheme": false
        }],
        "options": {"dayCount": "ACT/360"}
      }
      """;

  private static String json(String from, String to) {
    String changed = VALID_JSON.replace(from, to);
    assertThat(changed).as("the replacement must change the JSON").isNotEqualTo(VALID_JSON);
    return changed;
  }

  @Test
  void test_json_validRequestWorks() {
    // The valid request is the 90-day case: 1,000,000 × 2% × 90/360 = 5,000.00 (第5条)
    String result = CALCULATOR.explainSubsidyJson(MEASURE, VALID_JSON);
    FirstLoanResult read = HuiqiJson.read(result, FirstLoanResult.class);
    assertThat(Cny.yuan(read.amount().maximum(), "a")).isEqualByComparingTo("5000.00");
  }

  @Test
  void test_principal_negativeOrZero() {
    assertField(() -> loan("L1").principal(Cny.of("-1")).build(), "principal");
    assertField(() -> loan("L1").principal(Cny.of("0")).build(), "principal");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"amount\": 1000000", "\"amount\": -5")),
        "/loans/0/principal");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"amount\": 1000000", "\"amount\": 0")),
        "/loans/0/principal");
  }

  @Test
  void test_principal_notCny() {
    assertField(() -> loan("L1").principal(Money.of(new BigDecimal("100"), "USD")).build(), "principal");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"currency\": \"CNY\"", "\"currency\": \"USD\"")),
        "/loans/0/principal/currency");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"currency\": \"CNY\"", "\"currency\": \"XYZ\"")),
        "/loans/0/principal/currency");
  }

  @Test
  void test_nullFields() {
    assertField(() -> loan("L1").principal(null).build(), "principal");
    assertField(() -> loan(null).build(), "loanId");
    assertField(() -> loan("L1").drawdownDate(null).build(), "drawdownDate");
    assertField(() -> FirstLoanRequest.builder().enterprise(null).loans(List.of(loan("L1").build())).build(),
        "enterprise");
    assertField(() -> FirstLoanRequest.builder().enterprise(firm().build()).build(), "loans");
    assertField(() -> FirstLoanRequest.builder().enterprise(firm().build()).addLoans((LoanFacts) null).build(),
        "loans/0");
    assertField(() -> CALCULATOR.subsidy(null, request(loan("L1").build())), "measure");
    assertField(() -> CALCULATOR.subsidy(MEASURE, null), "request");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"loanId\": \"L1\",", "")), "/loans/0/loanId");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"drawdownDate\": \"2023-01-15\"",
        "\"drawdownDate\": null")), "/loans/0/drawdownDate");
  }

  @Test
  void test_datesOutOfOrder() {
    assertField(() -> loan("L1").maturityDate(LocalDate.of(2023, 1, 14)).build(), "maturityDate");
    assertField(() -> loan("L1").maturityDate(LocalDate.of(2023, 1, 15)).build(), "maturityDate");
    assertField(() -> loan("L1").repaymentDate(LocalDate.of(2023, 1, 14)).build(), "repaymentDate");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"repaymentDate\": \"2023-04-15\"",
        "\"repaymentDate\": \"2022-04-15\"")), "/loans/0/repaymentDate");
  }

  @Test
  void test_emptyAndDuplicateLoans() {
    assertField(() -> request(), "loans");
    assertField(() -> request(loan("L1").build(), loan("L1").build()), "loans/1/loanId");
  }

  @Test
  void test_json_malformed() {
    assertThatThrownBy(() -> CALCULATOR.explainSubsidyJson(MEASURE, "{\"enterprise\": {"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CALCULATOR.explainSubsidyJson(MEASURE, VALID_JSON + " {}"))
        .isInstanceOf(InvalidInputException.class);
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"loanId\": \"L1\",",
        "\"loanId\": \"L1\", \"loanId\": \"L2\",")), "/loans/0/loanId");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"options\": {\"dayCount\": \"ACT/360\"}",
        "\"options\": {\"dayCount\": \"ACT/999\"}")), "/options/dayCount");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"annualInterestRate\": \"3.65%\"",
        "\"annualInterestRate\": 0.0365")), "/loans/0/annualInterestRate");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"firstTimeBorrower\": true",
        "\"firstTimeBorrower\": \"yes\"")), "/enterprise/firstTimeBorrower");
  }

  @Test
  void test_json_scaleBomb() {
    // 0e1000000000 is a zero with a huge exponent: it passes range checks and would crash arithmetic later
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"amount\": 1000000", "\"amount\": 0e1000000000")),
        "/loans/0/principal/amount");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"amount\": 1000000", "\"amount\": 1e1000000000")),
        "/loans/0/principal/amount");
  }
}
