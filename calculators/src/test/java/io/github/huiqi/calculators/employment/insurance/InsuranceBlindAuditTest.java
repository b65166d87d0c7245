package io.github.huiqi.calculators.employment.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.employment.insurance.InsuranceDeferral;
import io.github.huiqi.core.employment.insurance.InsuranceKind;
import io.github.huiqi.core.employment.insurance.InsuranceMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A blind audit of the late-fee waiver's repayment date against the clause: 深工信〔2023〕26号 第2条 "阶段性缓缴…政策到期后，
 * 参保单位可申请在2023年12月31日前采取分期或逐月等方式对缓缴的社会保险费予以补缴，补缴期间免收滞纳金" (沪企服办〔2023〕1号 第二十条 the
 * same). The waiver pays on the repayment (补缴) made after the phased deferral ended, under the measure in force
 * 2023-01-01..2023-12-31: a repayment made in 2022, during the phased deferral itself, was made under that earlier
 * policy, not this one (decisions register §4.6 item 157, as an application before 第2条's housing-fund deadline's
 * validity is not that measure's). Worked by hand; run on the typed calculator and the engine (typed and JSON).
 */
class InsuranceBlindAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final InsuranceMeasure SHENZHEN = DATA.getMeasure(InsuranceMeasure.SHENZHEN_2023);
  private static final InsuranceMeasure SHANGHAI = DATA.getMeasure(InsuranceMeasure.SHANGHAI_2023);

  private static InsuranceDeferral pension(String due, String repaid) {
    return InsuranceDeferral.builder().deferralId("D").kind(InsuranceKind.PENSION)
        .deferredAmount(Cny.of("10000.00")).dueDate(LocalDate.parse(due)).deferralApproved(true)
        .repaidDate(LocalDate.parse(repaid)).build();
  }

  @ParameterizedTest(name = "due {0}, repaid {1}: {2} {3}")
  @CsvSource({
      // repaid 2022-06-14, during the phased deferral (2022), before the measure: not its waiver, 0.00 (before the
      // fix: eligible, 10,000.00 × 0.05% × 30 days = 150.00)
      "2022-05-15, 2022-06-14, INELIGIBLE, 0.00",
      // repaid 2022-12-31, the day before the measure's first day: not its waiver
      "2022-12-01, 2022-12-31, INELIGIBLE, 0.00",
      // repaid 2023-01-01, the measure's first day: 2022-12-01 → 2023-01-01 = 31 days × 5.00 = 155.00 waived
      "2022-12-01, 2023-01-01, ELIGIBLE, 155.00",
      // due and repaid 2022-04-01, before the measure, no late day either way: not its waiver, 0.00
      "2022-04-01, 2022-04-01, INELIGIBLE, 0.00"})
  void test_repaymentBeforeTheMeasure_notItsWaiver(String due, String repaid, Verdict verdict, String waived) {
    for (InsuranceMeasure measure : List.of(SHENZHEN, SHANGHAI)) {
      InsuranceResult result = InsuranceCalculator.DEFAULT.explainWaivedFee(measure,
          new InsuranceRequest(List.of(pension(due, repaid))));
      assertThat(result.eligibility().verdict()).as(measure.id().toString()).isEqualTo(verdict);
      assertThat(result.waived().exact()).contains(Cny.of(waived));
      assertThat(InsuranceCalculator.DEFAULT.waivedFee(measure, new InsuranceRequest(List.of(pension(due, repaid)))))
          .isEqualTo(Cny.of(waived));
      if (verdict == Verdict.INELIGIBLE) {
        assertThat(result.eligibility().reasons()).extracting(r -> r.code()).contains("event-outside-validity");
        assertThat(result.missingFacts()).isEmpty();
      }
    }
  }

  @Test
  void test_repaymentBeforeTheMeasure_approvalNotGiven_notAsked() {
    // repaid 2022-06-14, before the measure: out whatever the approval, so the approval is not asked for (before the
    // fix: undetermined, 0.00 .. 150.00, naming /insuranceDeferrals/0/deferralApproved)
    InsuranceDeferral open = InsuranceDeferral.builder().deferralId("D").kind(InsuranceKind.PENSION)
        .deferredAmount(Cny.of("10000.00")).dueDate(LocalDate.parse("2022-05-15"))
        .repaidDate(LocalDate.parse("2022-06-14")).build();
    InsuranceResult result = InsuranceCalculator.DEFAULT.explainWaivedFee(SHENZHEN,
        new InsuranceRequest(List.of(open)));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.waived().exact()).contains(Cny.of("0.00"));
    assertThat(result.missingFacts()).isEmpty();
  }

  @Test
  void test_repaymentBeforeTheMeasure_engineTypedAndJson() {
    // one deferral repaid in 2022 (not this measure's) beside one repaid in 2023: only the second is waived,
    // 10,000.00 × 0.05% × 10 days (2023-03-01 → 2023-03-11) = 50.00
    String json = "{\"registrationRegionCode\": \"440305\", \"size\": \"SMALL\", \"insuranceDeferrals\": ["
        + "{\"deferralId\": \"D-0\", \"kind\": \"PENSION\", \"deferredAmount\": {\"amount\": 10000, \"currency\":"
        + " \"CNY\"}, \"dueDate\": \"2022-05-15\", \"deferralApproved\": true, \"repaidDate\": \"2022-06-14\"},"
        + "{\"deferralId\": \"D-1\", \"kind\": \"UNEMPLOYMENT\", \"deferredAmount\": {\"amount\": 10000, \"currency\":"
        + " \"CNY\"}, \"dueDate\": \"2023-03-01\", \"deferralApproved\": true, \"repaidDate\": \"2023-03-11\"}]}";
    String id = SHENZHEN.id().toString();
    EntitlementReport typed = EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(
        HuiqiJson.read(json, EnterpriseProfile.class), LocalDate.parse("2023-12-31"))
        .withMeasures(List.of(MeasureId.of(id))));
    MeasureOutcome outcome = typed.outcomes().get(0);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("50.00")));
    EntitlementReport fromJson = HuiqiJson.read(EntitlementEngine.builtIn().evaluateJson("{\"profile\": " + json
        + ", \"asOf\": \"2023-12-31\", \"measures\": [\"" + id + "\"]}"), EntitlementReport.class);
    assertThat(fromJson.outcomes().get(0).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("50.00")));
  }
}
