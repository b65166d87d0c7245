package io.github.huiqi.calculators.financing.firstloan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.testing.InputAssertions;
import org.junit.jupiter.api.Test;

/**
 * Audit cases for {@link FirstLoanCalculator#explainSubsidyJson}: requests written by hand from the request's
 * Javadoc, as a bank engineer new to the library writes them, with the amounts worked by hand from
 * 深工信〔2023〕26号 第5条 ("对2023年1-3月从深圳辖内商业银行首次获得贷款的企业，给予2%的贴息补助，单户企业贴息金额最高20万元，
 * 贴息期限不超过6个月"), ACT/360 and 算头不算尾 (decisions register §4.1 item 1), half-up to the fen; and the refusal of
 * a rate written as a JSON number, which must say the form a rate takes.
 */
class FirstLoanJsonAuditTest {

  private static final FirstLoanMeasure MEASURE = PolicyData.builtIn().getMeasure(FirstLoanMeasure.SHENZHEN_2023);
  private static final String FIRM = "\"enterprise\": {\"registrationRegionCode\": \"440306\","
      + " \"independentLegalPerson\": true, \"firstTimeBorrower\": true}";

  private static String loan(String id, String principal, String drawn, String matures, String rate, String extra) {
    return "{\"loanId\": \"" + id + "\", \"principal\": {\"amount\": " + principal + ", \"currency\": \"CNY\"},"
        + " \"drawdownDate\": \"" + drawn + "\", \"maturityDate\": \"" + matures + "\", \"annualInterestRate\": "
        + rate + ", \"firstDrawdownOfFirstContract\": true, \"forProductionOrOperation\": true,"
        + " \"subsidisedUnderAnotherMunicipalScheme\": false" + extra + "}";
  }

  private static FirstLoanResult explain(String json) {
    return HuiqiJson.read(FirstLoanCalculator.DEFAULT.explainSubsidyJson(MEASURE, json), FirstLoanResult.class);
  }

  @Test
  void test_capBindsOnTheFirstLoan_anUnderAMonthLoanEarnsNothing() {
    String json = "{" + FIRM.replace("true}", "true, \"onSeriousDishonestyList\": false}") + ", \"loans\": ["
        + loan("L1", "20000000", "2023-01-10", "2024-01-10", "\"4%\"", ", \"lenderRegionCode\": \"440300\"") + ", "
        + loan("L2", "500000", "2023-02-15", "2024-01-10", "\"4%\"",
            ", \"lenderRegionCode\": \"440300\", \"repaymentDate\": \"2023-03-14\"") + "]}";
    FirstLoanResult result = explain(json);
    // L1: 2023-01-10 → 2023-07-10 = 22 + 28 + 31 + 30 + 31 + 30 + 9 = 181 days; 20,000,000 × 2% × 181/360
    //     = 201,111.111… → 201,111.11, above the 200,000 cap (单户企业贴息金额最高20万元): paid 200,000.00
    // L2: repaid 2023-03-14, before 2023-03-15, under one month of use (2022 rules): ineligible, 0
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.amount()).isEqualTo(AmountRange.exactly(Cny.of("200000.00")));
    assertThat(result.bindingLimit().orElseThrow().code()).isEqualTo("cap-per-enterprise");
    assertThat(result.loans().get(0).computed()).isEqualTo(Cny.of("201111.11"));
    assertThat(result.loans().get(1).eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.loans().get(1).paid()).isEqualTo(Cny.of("0.00"));
  }

  @Test
  void test_lastDayOfTheWindow_endsAtMaturity_missingFactsNamedAsPointers() {
    // dishonesty list and lender's region left out: undetermined, naming both
    String json = "{" + FIRM + ", \"loans\": [" + loan("L1", "300000.50", "2023-03-31", "2023-06-30", "\"2%\"", "")
        + "]}";
    FirstLoanResult result = explain(json);
    // 2023-03-31 → 2023-06-30 (maturity, before 2023-09-30) = 1 + 30 + 31 + 29 = 91 days; 300,000.50 × 2% = 6,000.01;
    // 6,000.01 × 91/360 = 1,516.669… → 1,516.67, the rate exactly at the 2% floor: 0 – 1,516.67
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.amount()).isEqualTo(new AmountRange(Cny.of("0.00"), Cny.of("1516.67")));
    assertThat(result.eligibility().missingFacts())
        .containsExactly("/enterprise/onSeriousDishonestyList", "/loans/0/lenderRegionCode");
  }

  @Test
  void test_rateWrittenAsANumber_namesTheFieldAndThePercentageForm() {
    // a new user writes 3.65 (or 0.0365) for 3.65%: refused, naming the pointer and the form a rate takes
    for (String rate : new String[] {"3.65", "0.0365"}) {
      String json = "{" + FIRM + ", \"loans\": [" + loan("L1", "1000000", "2023-02-15", "2024-02-15", rate, "")
          + "]}";
      InvalidInputException ex = InputAssertions.assertField(
          () -> FirstLoanCalculator.DEFAULT.explainSubsidyJson(MEASURE, json), "/loans/0/annualInterestRate");
      assertThat(ex.value()).isEqualTo(rate);
      assertThat(ex.code()).isEqualTo(InvalidInputException.WRONG_TYPE);
      assertThat(ex.problem()).contains("\"4.35%\"");
    }
    // the options' day count likewise
    String json = "{" + FIRM + ", \"loans\": [" + loan("L1", "1000000", "2023-02-15", "2024-02-15", "\"3.65%\"", "")
        + "], \"options\": {\"dayCount\": 360}}";
    InvalidInputException ex = InputAssertions.assertField(
        () -> FirstLoanCalculator.DEFAULT.explainSubsidyJson(MEASURE, json), "/options/dayCount");
    assertThat(ex.problem()).contains("\"ACT/360\"");
  }
}
