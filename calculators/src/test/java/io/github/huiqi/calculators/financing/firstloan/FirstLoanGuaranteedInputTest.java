package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.claim;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.firm;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.loan;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the Shanghai first-loan subsidy: every case is a typed {@link InvalidInputException} naming the field
 * (a JSON Pointer on the JSON path), never a wrong number or a bare exception. The missing term is bad input, not a
 * default.
 */
class FirstLoanGuaranteedInputTest {

  private static final String VALID_JSON = """
      {
        "enterprise": {"registrationRegionCode": "310115", "size": "SMALL"},
        "subsidyTermMonths": 12,
        "loans": [{
          "loan": {
            "loanId": "L1",
            "principal": {"amount": 1000000, "currency": "CNY"},
            "drawdownDate": "2022-10-15",
            "maturityDate": "2023-10-15",
            "repaymentDate": "2023-01-13",
            "annualInterestRate": "3.65%",
            "lenderRegionCode": "310000"
          },
          "firstInclusiveFinanceLoan": true,
          "guaranteedByPolicyFund": true
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
    // 1,000,000 × 2% × 90/360 = 5,000.00 (第十五条)
    FirstLoanResult read = HuiqiJson.read(CALCULATOR.explainSubsidyJson(MEASURE, VALID_JSON),
        FirstLoanResult.class);
    assertThat(Cny.yuan(read.amount().maximum(), "a")).isEqualByComparingTo("5000.00");
  }

  @Test
  void test_term_requiredNotDefaulted() {
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"subsidyTermMonths\": 12,", "")),
        "/subsidyTermMonths");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"subsidyTermMonths\": 12",
        "\"subsidyTermMonths\": null")), "/subsidyTermMonths");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"subsidyTermMonths\": 12",
        "\"subsidyTermMonths\": 0")), "/subsidyTermMonths");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"subsidyTermMonths\": 12",
        "\"subsidyTermMonths\": 121")), "/subsidyTermMonths");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"subsidyTermMonths\": 12",
        "\"subsidyTermMonths\": 1.5")), "/subsidyTermMonths");
    assertField(() -> FirstLoanGuaranteedRequest.builder().enterprise(firm()).subsidyTermMonths(null)
        .loans(List.of(claim(loan("L1").build()))).build(), "subsidyTermMonths");
  }

  @Test
  void test_amountsAndDates() {
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"amount\": 1000000", "\"amount\": -5")),
        "/loans/0/loan/principal");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"maturityDate\": \"2023-10-15\"",
        "\"maturityDate\": \"2022-10-01\"")), "/loans/0/loan/maturityDate");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"repaymentDate\": \"2023-01-13\"",
        "\"repaymentDate\": \"2022-10-14\"")), "/loans/0/loan/repaymentDate");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"drawdownDate\": \"2022-10-15\"",
        "\"drawdownDate\": \"2022-13-15\"")), "/loans/0/loan/drawdownDate");
  }

  @Test
  void test_nonCnyNegativeTermAndNullJson() {
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"currency\": \"CNY\"", "\"currency\": \"USD\"")),
        "/loans/0/loan/principal/currency");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"subsidyTermMonths\": 12",
        "\"subsidyTermMonths\": -3")), "/subsidyTermMonths");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, null), "json");
    assertField(() -> CALCULATOR.explainSubsidyJson(null, VALID_JSON), "measure");
    assertField(() -> CALCULATOR.subsidy(MEASURE, null), "request");
  }

  @Test
  void test_factsAndOptions() {
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"guaranteedByPolicyFund\": true",
        "\"guaranteedByPolicyFund\": \"yes\"")), "/loans/0/guaranteedByPolicyFund");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"size\": \"SMALL\"", "\"size\": \"TINY\"")),
        "/enterprise/size");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"dayCount\": \"ACT/360\"",
        "\"dayCount\": \"ACT/999\"")), "/options/dayCount");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, json("\"guaranteedByPolicyFund\": true",
        "\"guaranteedByPolicyFund\": true, \"surprise\": 1")), "/loans/0/surprise");
  }

  @Test
  void test_requestShape() {
    assertField(() -> FirstLoanGuaranteedRequest.of(firm(), 12, List.of()), "loans");
    assertField(() -> FirstLoanGuaranteedRequest.of(firm(), 12,
        List.of(claim(loan("L1").build()), claim(loan("L1").build()))), "loans/1/loan/loanId");
    assertField(() -> FirstLoanGuaranteedLoan.builder().loan(null).build(), "loan");
    assertField(() -> CALCULATOR.explainSubsidy(null, FirstLoanGuaranteedFixtures.request(12, loan("L1").build())),
        "measure");
    assertField(() -> CALCULATOR.explainSubsidy(MEASURE, null), "request");
    assertField(() -> CALCULATOR.explainSubsidyJson(MEASURE, "{"), "/");
  }

  @Test
  void test_nullToABuilderSetter_isATypedError() {
    // threw a bare NullPointerException ("options"): the builder style now names the attribute (found by the
    // builders' bad-call corpus, hardening.BuilderNullCorpusTest)
    InvalidInputException ex = assertField(() -> FirstLoanGuaranteedRequest.builder()
        .options((FirstLoanOptions) null), "options");
    assertThat(ex.code()).isEqualTo(InvalidInputException.REQUIRED);
  }
}
