package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.loan;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the Shenzhen first-loan subsidy (深工信〔2023〕26号 第5条 "给予2%的贴息补助，单户企业贴息金额最高20万元，
 * 贴息期限不超过6个月"; 2022 rules "实际用款时间低于1个月的，不予贴息") on a month-end drawdown and a cap met exactly, through
 * the Java API and the JSON entry point. ACT/360, 算头不算尾, half-up to the fen (the measure's documented defaults).
 */
class FirstLoanAuditTest {

  private static JsonNode json(String drawdown, String repaid, String principal) throws IOException {
    String request = HuiqiJson.write(request(loan("L1").principal(Cny.of(principal))
        .drawdownDate(LocalDate.parse(drawdown)).repaymentDate(LocalDate.parse(repaid)).build()));
    return new ObjectMapper().readTree(CALCULATOR.explainSubsidyJson(MEASURE, request));
  }

  @Test
  void test_monthEndDrawdown_oneMonthEndsOn28February() throws IOException {
    // drawn 2023-01-31: one calendar month on is 2023-02-28 (no 02-31), so repaid 02-28 has used the money a month:
    // 28 days; 1,000,000 × 2% × 28/360 = 1,555.555… → 1,555.56; repaid 02-27 is a day short: nothing
    JsonNode month = json("2023-01-31", "2023-02-28", "1000000");
    assertThat(month.at("/eligibility/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(month.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("1555.56");
    JsonNode short1 = json("2023-01-31", "2023-02-27", "1000000");
    assertThat(short1.at("/eligibility/verdict").asText()).isEqualTo("INELIGIBLE");
    assertThat(short1.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void test_receipt_issuedUnlessOmitted() {
    // the same result either way (drawn 2023-01-15, six months end 2023-07-15, 181 days:
    // 1,000,000 × 2% × 181/360 = 10,055.555… → 10,055.56); only the receipt is left out when asked
    FirstLoanRequest request = request(loan("L1").build());
    FirstLoanResult issued = CALCULATOR.explainSubsidy(MEASURE, request, ReceiptChoice.ISSUE);
    FirstLoanResult omitted = CALCULATOR.explainSubsidy(MEASURE, request, ReceiptChoice.OMIT);
    assertThat(issued.explanation().receipt()).isPresent();
    assertThat(omitted.explanation().receipt()).isEmpty();
    assertThat(omitted.withReceipt(issued.explanation().receipt().orElseThrow())).isEqualTo(issued);
    assertThat(Cny.yuan(omitted.amount().minimum(), "amount")).isEqualByComparingTo("10055.56");
  }

  @Test
  void test_monthEndDrawdown_sixMonthsEndOn31July() {
    // drawn 2023-01-31, not repaid early: six months end 2023-07-31 (not counted), 181 days;
    // 1,000,000 × 2% × 181/360 = 10,055.555… → 10,055.56
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(loan("L1")
        .drawdownDate(LocalDate.of(2023, 1, 31)).maturityDate(LocalDate.of(2024, 1, 31)).build()));
    assertThat(result.loans().get(0).subsidisedUntil()).contains(LocalDate.of(2023, 7, 31));
    assertThat(Cny.yuan(result.amount().minimum(), "amount")).isEqualByComparingTo("10055.56");
  }

  @Test
  void test_capMetExactly_andByAFen() throws IOException {
    // 20,000,000 × 2% × 180/360 (2023-01-15 → 2023-07-14) = 200,000.00: the cap exactly, nothing cut
    JsonNode exact = json("2023-01-15", "2023-07-14", "20000000");
    assertThat(exact.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("200000.00");
    assertThat(exact.at("/loans/0/computed/amount").decimalValue()).isEqualByComparingTo("200000.00");
    // 20,000,000.01: 200,000.0001 → 200,000.00 at the fen, still at the cap
    JsonNode fen = json("2023-01-15", "2023-07-14", "20000000.01");
    assertThat(fen.at("/eligibility/verdict").asText()).isEqualTo(Verdict.ELIGIBLE.name());
    assertThat(fen.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("200000.00");
  }
  @Test
  void test_smallestAndLargestPrincipal() {
    // drawn 2023-01-01, six months to 2023-07-01 (not counted): 181 days. 0.01 yuan: 0.01 × 2% × 181/360
    // = 0.0001005… → 0.00, the loan qualifies and earns nothing; 10^12 yuan: 20,000,000,000 × 181/360
    // = 10,055,555,555.56 → capped at 200,000.00 ("单户企业贴息金额最高20万元"), the cap binding
    FirstLoanResult fen = CALCULATOR.explainSubsidy(MEASURE, request(loan("L1").principal(Cny.of("0.01"))
        .drawdownDate(LocalDate.of(2023, 1, 1)).maturityDate(LocalDate.of(2024, 1, 1)).build()));
    assertThat(fen.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(Cny.yuan(fen.amount().maximum(), "amount")).isEqualByComparingTo("0.00");
    assertThat(fen.bindingLimit()).isEmpty();
    FirstLoanResult huge = CALCULATOR.explainSubsidy(MEASURE, request(loan("L1").principal(Cny.of("1000000000000"))
        .drawdownDate(LocalDate.of(2023, 1, 1)).maturityDate(LocalDate.of(2024, 1, 1)).build()));
    assertThat(Cny.yuan(huge.loans().get(0).computed(), "computed")).isEqualByComparingTo("10055555555.56");
    assertThat(Cny.yuan(huge.amount().minimum(), "amount")).isEqualByComparingTo("200000.00");
    assertThat(huge.bindingLimit()).isPresent();
  }

  @Test
  void test_halfAFenExactly_roundsUp() throws IOException {
    // 1,000,000.50 drawn 2023-01-01, repaid 2023-06-30: 180 days (31 + 28 + 31 + 30 + 31 + 29);
    // 1,000,000.50 × 2% × 180/360 = 10,000.005 exactly → 10,000.01 half-up (decisions register §4.5 item 35)
    JsonNode result = json("2023-01-01", "2023-06-30", "1000000.50");
    assertThat(result.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("10000.01");
  }

  @Test
  void test_repaidAfterMaturity_usesTheMaturity() {
    // maturity 2023-03-01, repaid late on 2023-05-01: the end of use is the maturity (LoanFacts.endOfUse), 59 days
    // (31 + 28); 1,000,000 × 2% × 59/360 = 3,277.777… → 3,277.78, not the 120 days to the late repayment
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(loan("L1").drawdownDate(LocalDate.of(2023,
        1, 1)).maturityDate(LocalDate.of(2023, 3, 1)).repaymentDate(LocalDate.of(2023, 5, 1)).build()));
    assertThat(result.loans().get(0).subsidisedUntil()).contains(LocalDate.of(2023, 3, 1));
    assertThat(Cny.yuan(result.amount().minimum(), "amount")).isEqualByComparingTo("3277.78");
  }
}
