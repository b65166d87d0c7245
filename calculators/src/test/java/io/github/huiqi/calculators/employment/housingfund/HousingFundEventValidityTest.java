package io.github.huiqi.calculators.employment.housingfund;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.calculators.internal.EventValidity;
import io.github.huiqi.core.employment.housingfund.HousingFundDeferral;
import io.github.huiqi.core.employment.housingfund.HousingFundMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The housing-fund deferral of 深工信〔2023〕26号 第2条 ("申请期限至2023年6月30日", the deadline valid
 * 2023-01-01..2023-06-30) tests the application's date against the deadline's validity: an application made before
 * 2023 was made under an earlier policy, not under this measure.
 */
class HousingFundEventValidityTest {

  private static final HousingFundMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(HousingFundMeasure.SHENZHEN_2023);

  private static HousingFundDeferral applied(LocalDate on) {
    return HousingFundDeferral.builder().applicationId("HF-1").applicationDate(on)
        .deferralStart(LocalDate.of(2023, 1, 1)).hardship(true).build();
  }

  @Test
  void test_applicationBeforeTheValidity_ineligible() {
    // applied 2022-12-31, the day before the validity: ineligible (it was allowed to defer to 2023-12-31)
    HousingFundResult before = HousingFundCalculator.DEFAULT.explainDeferredUntil(MEASURE,
        applied(LocalDate.of(2022, 12, 31)));
    assertThat(before.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(before.eligibility().reasons()).extracting(Reason::code).containsExactly(EventValidity.OUTSIDE);
    assertThat(HousingFundCalculator.DEFAULT.deferredUntil(MEASURE, applied(LocalDate.of(2022, 12, 31)))).isEmpty();
    // applied 2023-01-01, the first day: 12 months from 2023-01-01 run to 2023-12-31 at the latest
    assertThat(HousingFundCalculator.DEFAULT.deferredUntil(MEASURE, applied(LocalDate.of(2023, 1, 1))))
        .contains(LocalDate.of(2023, 12, 31));
    // applied 2023-07-01, after the deadline, for a deferral from that month: one failed condition (the
    // deadline's), not two
    HousingFundResult late = HousingFundCalculator.DEFAULT.explainDeferredUntil(MEASURE, HousingFundDeferral.builder()
        .from(applied(LocalDate.of(2023, 7, 1))).deferralStart(LocalDate.of(2023, 7, 1)).build());
    assertThat(late.eligibility().reasons()).extracting(Reason::code).containsExactly("not-applied-by-deadline");
  }

  @Test
  void test_engineOutcome_ineligible_theFailedConditionExplained() {
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440306")
        .housingFundDeferrals(List.of(applied(LocalDate.of(2022, 12, 31)))).build();
    var outcome = CatalogRuns.both(HousingFundMeasure.SHENZHEN_2023.id(), profile, LocalDate.of(2023, 6, 30));
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.reasons()).extracting(Reason::code).containsExactly(EventValidity.OUTSIDE);
    assertThat(outcome.explanation().render(java.util.Locale.ENGLISH))
        .contains("application date within the validity 2023-01-01..2023-06-30 of the parameter applied — not met");
  }
}
