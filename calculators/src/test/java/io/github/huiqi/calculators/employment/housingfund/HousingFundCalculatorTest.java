package io.github.huiqi.calculators.employment.housingfund;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.calculators.ExplainedConditions.inputs;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.employment.housingfund.HousingFundDeferral;
import io.github.huiqi.core.employment.housingfund.HousingFundMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link HousingFundCalculator} and {@link HousingFundEvaluator} against 深工信〔2023〕26号 第2条: "可按规定向公积金
 * 中心申请缓缴住房公积金，期限不超过12个月，申请期限至2023年6月30日".
 */
class HousingFundCalculatorTest {

  private static final HousingFundMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(HousingFundMeasure.SHENZHEN_2023);
  private static final HousingFundCalculator CALC = HousingFundCalculator.DEFAULT;

  private static HousingFundDeferral.Builder applied(LocalDate on) {
    return HousingFundDeferral.builder().applicationId("HF-1").applicationDate(on)
        .deferralStart(LocalDate.of(2023, 7, 1)).hardship(true);
  }

  @Test
  void test_applicationDeadline_lastDayIn_dayAfterOut() {
    // "申请期限至2023年6月30日": 2023-06-30 in time; 12 months from 2023-07-01 run to 2024-06-30 at the latest
    assertThat(CALC.deferredUntil(MEASURE, applied(LocalDate.of(2023, 6, 30)).build()))
        .contains(LocalDate.of(2024, 6, 30));
    assertThat(CALC.deferredUntil(MEASURE, applied(LocalDate.of(2023, 7, 1)).build())).isEmpty();
  }

  @Test
  void test_requestBeyondTwelveMonths_capped_withinKept() {
    HousingFundResult capped = CALC.explainDeferredUntil(MEASURE, applied(LocalDate.of(2023, 3, 1))
        .requestedEnd(LocalDate.of(2024, 7, 1)).build());
    assertThat(capped.deferredUntil()).contains(LocalDate.of(2024, 6, 30));
    assertThat(capped.requestCapped()).isTrue();
    assertThat(CALC.deferredUntil(MEASURE, applied(LocalDate.of(2023, 3, 1)).requestedEnd(LocalDate.of(2023, 12, 31))
        .build())).contains(LocalDate.of(2023, 12, 31));
    // a request to 2024-06-30, the last day of the 12 months, is kept whole and not capped
    HousingFundResult kept = CALC.explainDeferredUntil(MEASURE, applied(LocalDate.of(2023, 3, 1))
        .requestedEnd(LocalDate.of(2024, 6, 30)).build());
    assertThat(kept.deferredUntil()).contains(LocalDate.of(2024, 6, 30));
    assertThat(kept.requestCapped()).isFalse();
    // from 2023-02-01, 12 months end 2024-01-31
    assertThat(CALC.deferredUntil(MEASURE, applied(LocalDate.of(2023, 1, 20)).deferralStart(LocalDate.of(2023, 2, 1))
        .build())).contains(LocalDate.of(2024, 1, 31));
  }

  @Test
  void test_hardship_unknownNamed_noneIneligible() {
    HousingFundResult unknown = CALC.explainDeferredUntil(MEASURE, applied(LocalDate.of(2023, 5, 1))
        .hardship(Optional.empty()).build());
    assertThat(unknown.eligibility().missingFacts()).containsExactly("/hardship");
    assertThat(CALC.deferredUntil(MEASURE, applied(LocalDate.of(2023, 5, 1)).hardship(false).build())).isEmpty();
  }

  @Test
  void test_bad_requestedEndBeforeStart() {
    assertField(() -> applied(LocalDate.of(2023, 5, 1)).requestedEnd(LocalDate.of(2023, 6, 30)).build(),
        "requestedEnd");
  }

  @Test
  void test_evaluator_nonMonetary_withTheDateInTheDetail() {
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440306")
        .housingFundDeferrals(List.of(applied(LocalDate.of(2023, 6, 30)).build(),
            applied(LocalDate.of(2023, 6, 1)).applicationId("HF-2").hardship(Optional.empty()).build())).build();
    MeasureOutcome outcome = CatalogRuns.both(HousingFundMeasure.SHENZHEN_2023.id(), profile,
        LocalDate.of(2023, 6, 30));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.detail().orElseThrow().zh()).contains("HF-1 可缓缴至 2024-06-30", "HF-2 补充信息后可能");
    MeasureOutcome unknown = CatalogRuns.both(HousingFundMeasure.SHENZHEN_2023.id(), EnterpriseProfile.builder()
        .registrationRegionCode("440306").housingFundDeferrals(List.of(applied(LocalDate.of(2023, 6, 1))
            .hardship(Optional.empty()).build())).build(), LocalDate.of(2023, 6, 30));
    assertThat(unknown.missingFacts()).containsExactly("/housingFundDeferrals/0/hardship");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conditions_appliedByTheDeadlineAndHardship() {
    // applied on 2023-06-30, the last day (met), or 2023-07-01 (not met); the deferral from 2023-07-01, not before
    // the month applied in (met, decisions register §4.6 item 174); hardship true, false, not known
    assertOutcomes(CALC.explainDeferredUntil(MEASURE, applied(LocalDate.of(2023, 6, 30)).build()).explanation(),
        MET, MET, MET);
    assertOutcomes(CALC.explainDeferredUntil(MEASURE, applied(LocalDate.of(2023, 7, 1)).hardship(false).build())
        .explanation(), NOT_MET, MET, NOT_MET);
    assertOutcomes(CALC.explainDeferredUntil(MEASURE, applied(LocalDate.of(2023, 5, 1)).hardship(Optional.empty())
        .build()).explanation(), MET, MET, UNKNOWN);
    // from 2023-06-30, in the month applied in (met); from 2023-05-31, the month before (not met)
    assertOutcomes(CALC.explainDeferredUntil(MEASURE, applied(LocalDate.of(2023, 6, 15))
        .deferralStart(LocalDate.of(2023, 6, 30)).build()).explanation(), MET, MET, MET);
    assertOutcomes(CALC.explainDeferredUntil(MEASURE, applied(LocalDate.of(2023, 6, 15))
        .deferralStart(LocalDate.of(2023, 5, 31)).build()).explanation(), MET, NOT_MET, MET);
  }

  @Test
  void test_explanation_applicationInput_dateDetail_latestEnd() {
    HousingFundResult capped = CALC.explainDeferredUntil(MEASURE, applied(LocalDate.of(2023, 6, 30))
        .requestedEnd(LocalDate.of(2024, 7, 1)).build());
    // 12 months from 2023-07-01 end 2024-06-30; the request to 2024-07-01 is a day beyond
    assertThat(inputs(capped.explanation(), Locale.ENGLISH)).containsExactly(
        "Input: application HF-1 = applied 2023-06-30, deferral from 2023-07-01 to 2024-07-01",
        "Input: latest deferral end (at most 12 months) = 2024-06-30; the request to 2024-07-01 is capped");
    assertThat(detailsOf(capped.explanation(), "applied on or before 2023-06-30"))
        .containsExactly("applicationDate = 2023-06-30");
    assertThat(inputs(CALC.explainDeferredUntil(MEASURE, applied(LocalDate.of(2023, 6, 30)).build()).explanation(),
        Locale.ENGLISH)).containsExactly("Input: application HF-1 = applied 2023-06-30, deferral from 2023-07-01",
        "Input: latest deferral end (at most 12 months) = 2024-06-30");
  }

  @Test
  void test_evaluator_detail_eachApplicationInOrder_noneWhenNoneMayDefer() {
    // HF-1 sure, HF-2 hardship unknown, HF-3 applied after 2023-06-30 (no date); each from 2023-07-01 to 2024-06-30
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440306")
        .housingFundDeferrals(List.of(applied(LocalDate.of(2023, 6, 30)).build(),
            applied(LocalDate.of(2023, 6, 1)).applicationId("HF-2").hardship(Optional.empty()).build(),
            applied(LocalDate.of(2023, 7, 1)).applicationId("HF-3").build(),
            applied(LocalDate.of(2023, 6, 2)).applicationId("HF-4").build())).build();
    MeasureOutcome outcome = CatalogRuns.both(HousingFundMeasure.SHENZHEN_2023.id(), profile,
        LocalDate.of(2023, 6, 30));
    assertThat(outcome.detail().orElseThrow().zh()).isEqualTo("住房公积金缓缴：HF-1 可缓缴至 2024-06-30；"
        + "HF-2 补充信息后可能可缓缴至 2024-06-30；HF-4 可缓缴至 2024-06-30。");
    assertThat(outcome.detail().orElseThrow().en()).isEqualTo("Housing-fund deferral: HF-1 may be deferred to "
        + "2024-06-30; HF-2 may be deferred, if the missing facts are favourable, to 2024-06-30; "
        + "HF-4 may be deferred to 2024-06-30.");
    MeasureOutcome none = CatalogRuns.both(HousingFundMeasure.SHENZHEN_2023.id(), EnterpriseProfile.builder()
        .registrationRegionCode("440306").housingFundDeferrals(List.of(applied(LocalDate.of(2023, 7, 1)).build()))
        .build(), LocalDate.of(2023, 6, 30));
    assertThat(none.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(none.detail()).isEmpty();
  }
}
