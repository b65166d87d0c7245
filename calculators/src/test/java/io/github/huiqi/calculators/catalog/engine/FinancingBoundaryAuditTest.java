package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Financing measures at their boundaries through the engine's JSON entry point, each figure worked by hand from the
 * clause (an independent audit): first and last days of the windows, the month-end roll of the subsidy months, the
 * minimum use and the rate floor, half a fen, and the term brackets of the benchmark cap.
 */
class FinancingBoundaryAuditTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();

  private static final String FIRM = "\"registrationRegionCode\": \"440305\", \"industryCode\": \"C3484\", "
      + "\"size\": \"SMALL\", \"independentLegalPerson\": true, \"onSeriousDishonestyList\": false, "
      + "\"firstTimeBorrower\": true, \"specialisedAndInnovative\": {\"held\": true, \"since\": \"2022-01-01\"}";

  private static MeasureOutcome run(String measure, String loanFields) {
    String json = "{\"asOf\": \"2023-06-30\", \"measures\": [\"" + measure + "\"], \"profile\": {" + FIRM
        + ", \"loans\": [{\"loanId\": \"L1\", \"lenderRegionCode\": \"440300\", "
        + "\"firstDrawdownOfFirstContract\": true, \"forProductionOrOperation\": true, "
        + "\"subsidisedUnderAnotherMunicipalScheme\": false, " + loanFields + "}]}}";
    EntitlementReport report = HuiqiJson.read(ENGINE.evaluateJson(json), EntitlementReport.class);
    return report.outcome(MeasureId.of(measure)).orElseThrow();
  }

  /**
   * 深工信〔2023〕26号 第5条: 2% a year (ACT/360, 算头不算尾, decisions register §4.1 item 1) for at most 6 months
   * from the drawdown of a first loan drawn 2023-01-01..2023-03-31; nothing under a month's use or below a 2% loan
   * rate (2022 rules); half-up to the fen (§4.5 item 35).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // 03-31 + 6 months rolls back to 09-30: 183 days; 1,000,000 × 2% × 183 / 360 = 10,166.666… → 10,166.67
      "last day of the window | 1000000 | 2023-03-31 | 2024-03-31 | | 4% | ELIGIBLE | 10166.67",
      "day after the window | 1000000 | 2023-04-01 | 2024-04-01 | | 4% | INELIGIBLE | 0.00",
      "day before the window | 1000000 | 2022-12-31 | 2023-12-31 | | 4% | INELIGIBLE | 0.00",
      // 100,170 × 2% × 181 / 360 = 1,007.265 exactly: half-up gives 1,007.27 (half-even would give 1,007.26)
      "half a fen | 100170 | 2023-02-15 | 2024-02-15 | | 4% | ELIGIBLE | 1007.27",
      // 01-31 + 1 month rolls back to 02-28: repaid that day is a whole month of use; 28 days → 1,555.555… → 1,555.56
      "a month of use at month end | 1000000 | 2023-01-31 | 2024-01-31 | 2023-02-28 | 4% | ELIGIBLE | 1555.56",
      "a day short of a month | 1000000 | 2023-01-31 | 2024-01-31 | 2023-02-27 | 4% | INELIGIBLE | 0.00",
      // a loan rate of exactly 2% is not below 2%: 1,000,000 × 2% × 181 / 360 (02-15..08-15) = 10,055.56
      "rate at the floor | 1000000 | 2023-02-15 | 2024-02-15 | | 2% | ELIGIBLE | 10055.56",
      "rate below the floor | 1000000 | 2023-02-15 | 2024-02-15 | | 1.9% | INELIGIBLE | 0.00",
      // maturity 05-15 before the 6 months: 89 days; 1,000,000 × 2% × 89 / 360 = 4,944.444… → 4,944.44
      "maturity within the months | 1000000 | 2023-02-15 | 2023-05-15 | | 4% | ELIGIBLE | 4944.44"})
  void firstLoanBoundaries(String name, String principal, String drawdown, String maturity, String repaid,
      String rate, Verdict verdict, String yuan) {
    MeasureOutcome outcome = run("sz-gxj-2023-26.first-loan-interest-subsidy",
        "\"principal\": {\"amount\": " + principal + ", \"currency\": \"CNY\"}, \"drawdownDate\": \"" + drawdown
            + "\", \"maturityDate\": \"" + maturity + "\", "
            + (repaid == null ? "" : "\"repaymentDate\": \"" + repaid + "\", ")
            + "\"annualInterestRate\": \"" + rate + "\", \"guaranteed\": false");
    assertThat(outcome.verdict()).as(name).isEqualTo(verdict);
    assertThat(outcome.amount()).as(name).isEqualTo(OutcomeAmount.exactly(Cny.of(yuan)));
  }

  /**
   * 专精特新 32条 (征求意见稿) 第五条: the fee at most half the benchmark rate for the loan's term (≤1 year 4.35%, 1–5
   * years 4.75%, over 5 years 4.90%; decisions register §4.3 item 20), over the term at whole months ÷ 12 plus odd
   * days ÷ 360 (§4.3 item 21), on 1,000,000 guaranteed by a government guarantor.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "one year: 2.175% × 1 = 21,750.00 | 2024-03-01 | 21750.00",
      // a year and a day is over a year: 2.375% × (12/12 + 1/360) = 23,750 + 65.972… → 23,815.97
      "a year and a day: 1–5y bracket | 2024-03-02 | 23815.97",
      "five years, in the 1–5y bracket: 2.375% × 5 = 118,750.00 | 2028-03-01 | 118750.00",
      "six years: 2.45% × 6 = 147,000.00 | 2029-03-01 | 147000.00"})
  void benchmarkCapBrackets(String name, String maturity, String yuan) {
    MeasureOutcome outcome = run("sz-gxj-zjtx-32-draft.guarantee-fee-cap",
        "\"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, \"drawdownDate\": \"2023-03-01\", "
            + "\"maturityDate\": \"" + maturity + "\", \"annualInterestRate\": \"4%\", \"guaranteed\": true, "
            + "\"guarantee\": {\"governmentGuarantor\": true}");
    assertThat(outcome.verdict()).as(name).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).as(name).isEqualTo(OutcomeAmount.exactly(Cny.of(yuan)));
    assertThat(outcome.countedInTotal()).as(name + ": a draft is never counted").isFalse();
  }
}
