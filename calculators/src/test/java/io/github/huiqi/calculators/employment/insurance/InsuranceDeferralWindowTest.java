package io.github.huiqi.calculators.employment.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.employment.insurance.InsuranceDeferral;
import io.github.huiqi.core.employment.insurance.InsuranceKind;
import io.github.huiqi.core.employment.insurance.InsuranceMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The late-fee waiver of 深工信〔2023〕26号 第2条 ("阶段性缓缴…政策到期后，参保单位可申请在2023年12月31日前…补缴，补缴期间免收
 * 滞纳金") covers the contributions the 2022 phased deferral deferred: due from 2022-04-01 (decisions register §1.2
 * card 000-2a, {@code deferredDueWindow}, a documented default). Before, a contribution due in 2019 was waived as
 * certain.
 */
class InsuranceDeferralWindowTest {

  private static final InsuranceMeasure MEASURE = PolicyData.builtIn().getMeasure(InsuranceMeasure.SHENZHEN_2023);

  private static InsuranceDeferral deferral(LocalDate due, LocalDate repaid) {
    return InsuranceDeferral.builder().deferralId("S-1").kind(InsuranceKind.PENSION)
        .deferredAmount(Cny.of("120000.00")).dueDate(due).repaidDate(repaid).deferralApproved(true).build();
  }

  private static InsuranceResult explained(LocalDate due, LocalDate repaid) {
    return InsuranceCalculator.DEFAULT.explainWaivedFee(MEASURE, new InsuranceRequest(List.of(deferral(due, repaid))));
  }

  @Test
  void test_theWindowIsACitedParameter() {
    assertThat(MEASURE.deferredDueWindow().value().toString()).isEqualTo("2022-04-01..2023-12-31");
    assertThat(MEASURE.deferredDueWindow().citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
    assertThat(MEASURE.deferredDueWindow().citation().article()).isEqualTo("decisions register §1.2 card 000-2a");
  }

  @Test
  void test_dueIn2019_notWaived() {
    // due 2019-12-15, repaid 2023-03-01: 1,172 late days; before the fix 120,000 × 0.05% × 1,172 = 70,320.00 was
    // waived as certain. The 2022 phased deferral did not defer a 2019 contribution: nothing is waived.
    InsuranceResult result = explained(LocalDate.of(2019, 12, 15), LocalDate.of(2023, 3, 1));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.waived().exact()).contains(Cny.of("0.00"));
    assertThat(result.eligibility().reasons()).extracting(Reason::code).contains("not-due-in-deferral-window");
    // through the engine: ineligible, 0.00
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440306")
        .insuranceDeferrals(List.of(deferral(LocalDate.of(2019, 12, 15), LocalDate.of(2023, 3, 1)))).build();
    MeasureOutcome outcome = CatalogRuns.both(InsuranceMeasure.SHENZHEN_2023.id(), profile, LocalDate.of(2023, 6, 30));
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
  }

  @Test
  void test_windowsFirstDay_waived_dayBefore_not() {
    // due 2022-04-01 (the window's first day), repaid 2023-01-01 (the measure's first day: register §4.6 item 157):
    // 2022-04-01 → 2023-04-01 365 days less 2023-01-01 → 2023-04-01 90 days = 275 late days; 120,000 × 0.05% × 275
    // = 16,500.00
    InsuranceResult first = explained(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 1, 1));
    assertThat(first.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(first.waived().exact()).contains(Cny.of("16500.00"));
    // due 2022-03-31, the day before: not deferred under the 2022 policy, nothing waived (it would be 276 days,
    // 16,560.00)
    InsuranceResult before = explained(LocalDate.of(2022, 3, 31), LocalDate.of(2023, 1, 1));
    assertThat(before.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(before.waived().exact()).contains(Cny.of("0.00"));
  }

  @Test
  void test_windowsLastDay_waived() {
    // due 2023-12-01, repaid 2023-12-31 (the deadline and the window's last day): 30 days; 120,000 × 0.05% × 30
    // = 1,800.00
    InsuranceResult last = explained(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31));
    assertThat(last.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(last.waived().exact()).contains(Cny.of("1800.00"));
  }
}
