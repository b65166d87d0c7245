package io.github.huiqi.calculators.financing.techsme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.FeePayment;
import io.github.huiqi.core.enterprise.InterestPayment;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the 科技贴息 (深工信〔2023〕26号 第13条 "对符合条件的入库科技型中小企业2023年期间产生的利息…最高可按照实际支付利息
 * 的80%予以资助") on the dates of the enterprise's 入库 status: a profile's {@code techSme} whose dates do not reach the
 * claim's interest (enrolled only after it, or expired before it) is not an enrolled 科技型中小企业 for that claim.
 */
class TechSmeEnrolmentDatesTest {

  private static final String MEASURE = "sz-gxj-2023-26.tech-sme-interest-subsidy";

  /** 10,000 of interest accrued 2023-03-01 → 2023-06-01, paid 2023-06-01: all of it in 2023. */
  private static String request(String techSme) {
    return "{\"profile\": {\"registrationRegionCode\": \"440306\", \"size\": \"SMALL\", \"techSme\": " + techSme
        + ", \"firstTimeBorrower\": false, \"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"},"
        + " \"guaranteeFeePayments\": [], \"insurancePremiumPayments\": [], \"interestPayments\": [{\"paymentId\":"
        + " \"I1\", \"loanId\": \"L1\", \"accrualStart\": \"2023-03-01\", \"accrualEnd\": \"2023-06-01\","
        + " \"paymentDate\": \"2023-06-01\", \"interestPaid\": {\"amount\": 10000, \"currency\": \"CNY\"}}]},"
        + " \"asOf\": \"2023-10-31\", \"measures\": [\"" + MEASURE + "\"]}";
  }

  private static JsonNode outcome(String techSme) {
    return EngineJson.firstOutcome(request(techSme));
  }

  @Test
  void test_enrolmentCoveringTheInterest_eligible() {
    // enrolled since 2022-05-01, no expiry: 2023 interest at min(50% + 30 points, 80%) = 80%; 10,000 × 80% = 8,000.00
    JsonNode outcome = outcome("{\"held\": true, \"since\": \"2022-05-01\"}");
    assertThat(outcome.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("8000.00");
    // enrolled during the period (2023-04-15) still holds the status for the claim: 8,000.00
    assertThat(outcome("{\"held\": true, \"since\": \"2023-04-15\"}").at("/amount/minimum/amount").decimalValue())
        .isEqualByComparingTo("8000.00");
  }

  @Test
  void test_enrolledOnlyAfterTheInterest_ineligible() {
    // 入库 on 2024-05-01: not an enrolled 科技型中小企业 when its 2023 interest arose (before the fix: 8,000.00)
    EngineJson.assertIneligible(outcome("{\"held\": true, \"since\": \"2024-05-01\"}"));
    // the day after the last day of accrual (2023-05-31; 2023-06-01 not counted) is the payment date: still counted
    assertThat(outcome("{\"held\": true, \"since\": \"2023-06-01\"}").at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(outcome("{\"held\": true, \"since\": \"2023-06-02\"}").at("/verdict").asText())
        .isEqualTo("INELIGIBLE");
  }

  @Test
  void test_enrolmentExpiredBeforeTheInterest_ineligible() {
    // valid until 2022-12-31: not enrolled for interest of 2023-03-01..2023-05-31 (before the fix: 8,000.00)
    JsonNode expired = outcome("{\"held\": true, \"since\": \"2021-05-01\", \"until\": \"2022-12-31\"}");
    assertThat(expired.at("/verdict").asText()).isEqualTo("INELIGIBLE");
    // valid until 2023-03-01, the first day of accrual: eligible, 8,000.00
    JsonNode lastDay = outcome("{\"held\": true, \"since\": \"2021-05-01\", \"until\": \"2023-03-01\"}");
    assertThat(lastDay.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("8000.00");
    // an expiry without a start date is read the same way
    assertThat(outcome("{\"held\": true, \"until\": \"2022-12-31\"}").at("/verdict").asText())
        .isEqualTo("INELIGIBLE");
    assertThat(outcome("{\"held\": true, \"until\": \"2023-03-01\"}").at("/amount/maximum/amount")
        .decimalValue()).isEqualByComparingTo("8000.00");
  }

  @Test
  void test_engineStacking_firstLoanNotDisplacedByAnEnrolmentOfLater() {
    // one loan of 1,000,000 drawn 2023-02-01, both subsidies on it ("同一笔贷款只能享受一次贴息政策"): first-loan 2% for
    // 2023-02-01 → 2023-08-01, 181 days: 1,000,000 × 2% × 181/360 = 10,055.555… → 10,055.56 (第5条); tech-SME
    // 18,350.69 × 80% = 14,680.552 → 14,680.55 (第13条, first-time borrower 70% + 30 points, at most 80%).
    // Enrolled since 2022: the larger, the tech-SME subsidy, applies and the first-loan one is nil.
    String both = "{\"profile\": {\"registrationRegionCode\": \"440306\", \"independentLegalPerson\": true,"
        + " \"firstTimeBorrower\": true, \"onSeriousDishonestyList\": false, \"size\": \"SMALL\", \"techSme\": %s,"
        + " \"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"}, \"guaranteeFeePayments\": [],"
        + " \"insurancePremiumPayments\": [], \"loans\": [{\"loanId\": \"L1\", \"principal\": {\"amount\":"
        + " 1000000, \"currency\": \"CNY\"}, \"drawdownDate\": \"2023-02-01\", \"maturityDate\": \"2024-02-01\","
        + " \"annualInterestRate\": \"3.65%%\", \"lenderRegionCode\": \"440300\","
        + " \"firstDrawdownOfFirstContract\": true, \"forProductionOrOperation\": true,"
        + " \"subsidisedUnderAnotherMunicipalScheme\": false}], \"interestPayments\": [{\"paymentId\": \"I1\","
        + " \"loanId\": \"L1\", \"accrualStart\": \"2023-02-01\", \"accrualEnd\": \"2023-08-01\","
        + " \"paymentDate\": \"2023-08-01\", \"interestPaid\": {\"amount\": 18350.69, \"currency\": \"CNY\"}}]},"
        + " \"asOf\": \"2023-10-31\", \"measures\": [\"sz-gxj-2023-26.first-loan-interest-subsidy\", \"" + MEASURE
        + "\"]}";
    JsonNode enrolled = totals(String.format(both, "{\"held\": true, \"since\": \"2022-05-01\"}"));
    assertThat(enrolled.at("/outcomes/0/amount/maximum/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(enrolled.at("/outcomes/1/amount/maximum/amount").decimalValue()).isEqualByComparingTo("14680.55");
    // enrolled only from 2024-01-01: no tech-SME subsidy on 2023 interest, so the first-loan subsidy stands
    // (before the fix: first-loan nil for the tech-SME one, itself nil: nothing at all)
    JsonNode later = totals(String.format(both, "{\"held\": true, \"since\": \"2024-01-01\"}"));
    assertThat(later.at("/outcomes/0/amount/maximum/amount").decimalValue()).isEqualByComparingTo("10055.56");
    assertThat(later.at("/outcomes/1/verdict").asText()).isEqualTo("INELIGIBLE");
    assertThat(later.at("/totals/inReach/maximum/amount").decimalValue()).isEqualByComparingTo("10055.56");
  }

  private static JsonNode totals(String request) {
    return EngineJson.report(request);
  }

  @Test
  void test_request_enrolmentFromTheItemsDates() {
    // the Java form the evaluator and the engine's stacking rule share: a fee paid 2023-02-10 under an enrolment
    // of 2023-01-01..2023-12-31 is within it; one of 2024-02-10 alone is not
    Qualification year2023 = Qualification.builder().held(true).since(LocalDate.of(2023, 1, 1))
        .until(LocalDate.of(2023, 12, 31)).build();
    EnterpriseProfile.Builder profile = EnterpriseProfile.builder().techSme(year2023)
        .interestPayments(List.<InterestPayment>of()).insurancePremiumPayments(List.of());
    assertThat(TechSmeRequest.from(profile.guaranteeFeePayments(List.of(fee("2023-02-10"))).build()).enterprise()
        .enrolledTechSme()).contains(true);
    assertThat(TechSmeRequest.from(profile.guaranteeFeePayments(List.of(fee("2024-02-10"))).build()).enterprise()
        .enrolledTechSme()).contains(false);
    // no dates on the enrolment: held, as the profile says
    assertThat(TechSmeRequest.from(profile.techSme(Qualification.held(true))
        .guaranteeFeePayments(List.of(fee("2024-02-10"))).build()).enterprise().enrolledTechSme()).contains(true);
  }

  private static FeePayment fee(String paid) {
    return new FeePayment("F1", LocalDate.parse(paid), Cny.of("1000"));
  }
}
