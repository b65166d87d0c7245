package io.github.huiqi.calculators.grants.award;

import static io.github.huiqi.calculators.grants.GrantProfiles.agreeing;
import static io.github.huiqi.calculators.grants.GrantProfiles.held;
import static io.github.huiqi.calculators.grants.GrantProfiles.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.grants.award.AwardCombination;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Audit of 沪企服办〔2023〕1号 第一条 ("各区对新认定专精特新中小企业给予不低于 10 万元奖励，对新认定专精特新“小巨人”企业给予
 * 不低于 30 万元奖励") as floors, never ceilings: a recognition made in 2023 (the pack's window, 2023-01-01..2023-12-31,
 * both ends inclusive) earns [floor, no upper bound]; both recognitions in the year earn the higher floor alone by
 * default (decisions register §4.4 item 25, 就高不重复) or the two floors added when the caller chooses the sum.
 */
class AwardFloorAuditTest {

  private static final MeasureId ID = AwardMeasure.SHANGHAI_SPECIALISED_2023.id();
  private static final AwardMeasure MEASURE = PolicyData.builtIn().getMeasure(ID, AwardMeasure.class);

  @ParameterizedTest(name = "专精特新 since {0}: {1}")
  @CsvSource({
      // 第一条, window 2023-01-01..2023-12-31: the day before the window, its first day, its last day, the day after
      "2022-12-31, INELIGIBLE, ",
      "2023-01-01, ELIGIBLE, 100000",
      "2023-12-31, ELIGIBLE, 100000",
      "2024-01-01, INELIGIBLE, "})
  void test_specialisedOnly_floorOfTenWan_atTheWindowsEnds(String since, Verdict verdict, String floor) {
    MeasureOutcome outcome = agreeing(ID, shanghai().specialisedAndInnovative(held(since, null))
        .littleGiant(Qualification.held(false)).build());
    assertThat(outcome.verdict()).isEqualTo(verdict);
    // "给予不低于 10 万元奖励": [100,000, no upper bound] inside the window, 0 outside
    assertThat(outcome.amount()).isEqualTo(floor == null ? OutcomeAmount.ZERO : OutcomeAmount.atLeast(Cny.of(floor)));
  }

  @ParameterizedTest(name = "小巨人 since {0}: {1}")
  @CsvSource({
      "2022-12-31, INELIGIBLE, ",
      "2023-01-01, ELIGIBLE, 300000",
      "2023-12-31, ELIGIBLE, 300000",
      "2024-01-01, INELIGIBLE, "})
  void test_littleGiantOnly_floorOfThirtyWan_atTheWindowsEnds(String since, Verdict verdict, String floor) {
    MeasureOutcome outcome = agreeing(ID, shanghai().specialisedAndInnovative(Qualification.held(false))
        .littleGiant(held(since, null)).build());
    assertThat(outcome.verdict()).isEqualTo(verdict);
    // "对新认定专精特新“小巨人”企业给予不低于 30 万元奖励": [300,000, no upper bound]
    assertThat(outcome.amount()).isEqualTo(floor == null ? OutcomeAmount.ZERO : OutcomeAmount.atLeast(Cny.of(floor)));
    // a floor has no ceiling to bind
    assertThat(outcome.bindingLimit()).isEmpty();
  }

  @Test
  void test_bothInTheYear_highestFloorByDefault_sumOnRequest() {
    AwardRequest both = AwardRequest.builder().specialisedAndInnovative(held("2023-02-01", null))
        .littleGiant(held("2023-11-30", null)).grantEvents(List.of()).build();
    // 就高不重复 (register §4.4 item 25): max(100,000, 300,000) = 300,000, no upper bound
    assertThat(AwardCalculator.DEFAULT.award(MEASURE, both)).isEqualTo(OutcomeAmount.atLeast(Cny.of("300000")));
    // the sum, chosen: 100,000 + 300,000 = 400,000, no upper bound
    assertThat(AwardCalculator.DEFAULT.award(MEASURE, both.withOptions(AwardOptions.combining(AwardCombination.SUM))))
        .isEqualTo(OutcomeAmount.atLeast(Cny.of("400000")));
    AwardResult explained = AwardCalculator.DEFAULT.explainAward(MEASURE, both);
    assertThat(explained.tiersEarned()).containsExactly("specialised", "little-giant");
  }

  @Test
  void test_specialisedIn2022_littleGiantIn2023_onlyTheNewRecognitionCounts() {
    // 专精特新 recognised 2022-12-31 (not 新认定 in 2023), 小巨人 2023-01-01: the 小巨人's floor alone, 300,000
    MeasureOutcome outcome = agreeing(ID, shanghai().specialisedAndInnovative(held("2022-12-31", null))
        .littleGiant(held("2023-01-01", null)).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("300000")));
  }

  @Test
  void test_littleGiantNotKnown_specialisedEarned_floorOfTheEarnedTierNoUpperBound() {
    // 专精特新 earned (≥100,000); the 小巨人 not known: it could add nothing or earn ≥300,000 under 就高, so the least is
    // 100,000 and there is no upper bound; eligible, the 小巨人 named as missing
    MeasureOutcome outcome = agreeing(ID, shanghai().specialisedAndInnovative(held("2023-06-01", null)).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("100000")));
    assertThat(outcome.missingFacts()).containsExactly("/littleGiant");
  }
}
