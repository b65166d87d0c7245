package io.github.huiqi.calculators.grants.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 新认定 (newly recognised) tier when the recognition's start ({@code since}) is not given but its end
 * ({@code until}) is: a recognition starts on or before its end, so one that ended before the tier's window was
 * granted before it and is not new within it, whenever it started. Until 2026-12-05 the award was left undetermined,
 * asking for {@code /…/since}, a fact that could not change it (found by {@link AwardOraclePropertyTest}).
 */
class AwardRecognitionDatesTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  /** 沪企服办〔2023〕1号 第一条: 新认定 read as recognised in 2023 (the pack's window 2023-01-01..2023-12-31). */
  private static final AwardMeasure DISTRICT = DATA.getMeasure(AwardMeasure.SHANGHAI_SPECIALISED_2023);
  /** The 20210370 reply letter 一: the national 小巨人 tier's window 2021-01-01..2025-12-31. */
  private static final AwardMeasure SHENZHEN = DATA.getMeasure(AwardMeasure.SHENZHEN_SPECIALISED);
  private static final AwardCalculator CALCULATOR = AwardCalculator.DEFAULT;

  private static Qualification endedOn(LocalDate until) {
    return Qualification.builder().held(true).until(until).build();
  }

  @Test
  void test_recognitionEndedBeforeTheWindow_notNew_ineligible() {
    // 专精特新 held until 2022-12-31 (granted by then, before 2023); 小巨人 not held: neither tier, 0.00
    AwardRequest request = AwardRequest.builder().specialisedAndInnovative(endedOn(LocalDate.of(2022, 12, 31)))
        .littleGiant(Qualification.held(false)).grantEvents(List.of()).build();
    AwardResult result = CALCULATOR.explainAward(DISTRICT, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(result.missingFacts()).isEmpty();
    assertThat(CALCULATOR.award(DISTRICT, request)).isEqualTo(OutcomeAmount.ZERO);
  }

  @Test
  void test_recognitionEndingOnTheWindowsFirstDay_mayBeNew_undetermined() {
    // until 2023-01-01: it may have been granted on 2023-01-01, inside the window, so the start decides
    AwardRequest request = AwardRequest.builder().specialisedAndInnovative(endedOn(LocalDate.of(2023, 1, 1)))
        .littleGiant(Qualification.held(false)).grantEvents(List.of()).build();
    AwardResult result = CALCULATOR.explainAward(DISTRICT, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.missingFacts()).containsExactly("/specialisedAndInnovative/since");
    assertThatThrownBy(() -> CALCULATOR.award(DISTRICT, request)).isInstanceOf(MissingFactsException.class);
  }

  @Test
  void test_shenzhen_littleGiantEndedBeforeTheWindow_ineligible() {
    // 小巨人 held until 2020-12-31, before the 2021..2025 window; 专精特新 not held; no municipal recognition event
    AwardRequest request = AwardRequest.builder().littleGiant(endedOn(LocalDate.of(2020, 12, 31)))
        .specialisedAndInnovative(Qualification.held(false)).grantEvents(List.of()).build();
    AwardResult result = CALCULATOR.explainAward(SHENZHEN, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(result.missingFacts()).isEmpty();
  }
}
