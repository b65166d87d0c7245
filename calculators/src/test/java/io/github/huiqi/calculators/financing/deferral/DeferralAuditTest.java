package io.github.huiqi.calculators.financing.deferral;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Verdict;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Audit of 深工信〔2023〕26号 第7条 ("对于2022年第四季度到期的、受疫情影响暂时遇困的小微企业贷款…最长可延至2023年6月30日")
 * through the engine's JSON, the firm sized from its 2022 figures (工信部联企业〔2011〕300号, 工业: medium needs 从业人员 ≥ 300
 * and 营业收入 ≥ 2000 万元 together), with loans due at the quarter's ends and requests at and after 2023-06-30.
 */
class DeferralAuditTest {

  /** L1 due on the last day of 2022-Q4, L2 on the last of Q3, L3 on the first of Q4. */
  private static final String LOANS = loan("L1", "2021-12-31", "2022-12-31", "2023-06-30") + ", "
      + loan("L2", "2021-09-30", "2022-09-30", null) + ", " + loan("L3", "2021-10-01", "2022-10-01", "2023-07-01");

  private static String request(String revenue, String loans) {
    return "{\"asOf\": \"2023-03-31\", \"measures\": [\"sz-gxj-2023-26.loan-deferral\"], \"profile\": {"
        + "\"registrationRegionCode\": \"440305\", \"legalForm\": \"ENTERPRISE\", \"industryCode\": \"C3484\", "
        + "\"affectedByEpidemic\": true, \"years\": [{\"year\": 2022, \"employees\": 300, \"revenue\": {\"amount\": "
        + revenue + ", \"currency\": \"CNY\"}}], \"loans\": [" + loans + "]}}";
  }

  private static String loan(String id, String drawn, String due, String requested) {
    return "{\"loanId\": \"" + id + "\", \"principal\": {\"amount\": 500000, \"currency\": \"CNY\"}, "
        + "\"drawdownDate\": \"" + drawn + "\", \"maturityDate\": \"" + due + "\", \"annualInterestRate\": \"4%\""
        + (requested == null ? "" : ", \"requestedDeferredDate\": \"" + requested + "\"") + "}";
  }

  private static MeasureOutcome outcome(String json) {
    return EngineJsonOutcomes.outcome(json, DeferralMeasure.SHENZHEN_2023.id());
  }

  @Test
  void test_smallByTheFigures_quarterEnds_requestsAtAndAfterTheLatest() {
    // 300 persons but 19,999,999.99 < 2000万元: small (下划一档). L1 due 2022-12-31 (Q4's last day) asks 2023-06-30
    // (the latest, inclusive): to 2023-06-30; L2 due 2022-09-30 is Q3: not listed; L3 due 2022-10-01 (Q4's first
    // day) asks 2023-07-01, one day past the latest: capped to 2023-06-30
    MeasureOutcome outcome = outcome(request("19999999.99", LOANS));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    String detail = outcome.detail().orElseThrow().in(Locale.ENGLISH);
    assertThat(detail).contains("L1 to 2023-06-30").contains("L3 to 2023-06-30").doesNotContain("L2");
  }

  @Test
  void test_mediumByTheFigures_notASmallOrMicroLoan() {
    // 300 persons and 20,000,000.00: both medium bounds met, a medium enterprise: not 小微企业, ineligible
    assertThat(outcome(request("20000000.00", LOANS)).verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\"requestedDeferredDate\": \"2023-06-31\"|/profile/loans/0/requestedDeferredDate",
      "\"requestedDeferredDate\": 20230630|/profile/loans/0/requestedDeferredDate",
      "\"maturityDate\": null|/profile/loans/0/maturityDate"})
  void test_badLoanFact_namesThePointer(String member, String pointer) {
    String bad = "{\"loanId\": \"L1\", \"principal\": {\"amount\": 500000, \"currency\": \"CNY\"}, "
        + "\"drawdownDate\": \"2021-12-31\", \"maturityDate\": \"2022-12-31\", \"annualInterestRate\": \"4%\", "
        + member + "}";
    bad = bad.replace("\"maturityDate\": \"2022-12-31\", \"annualInterestRate\": \"4%\", \"maturityDate\": null",
        "\"annualInterestRate\": \"4%\", \"maturityDate\": null");
    String json = request("19999999.99", bad);
    assertField(() -> EntitlementEngine.builtIn().evaluateJson(json), pointer);
  }
}
