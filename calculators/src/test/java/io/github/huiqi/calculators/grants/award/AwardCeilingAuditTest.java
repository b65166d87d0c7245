package io.github.huiqi.calculators.grants.award;

import static io.github.huiqi.calculators.grants.GrantProfiles.agreeing;
import static io.github.huiqi.calculators.grants.GrantProfiles.event;
import static io.github.huiqi.calculators.grants.GrantProfiles.held;
import static io.github.huiqi.calculators.grants.GrantProfiles.shenzhen;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Audit of the 2021 reply letter's "最高" awards as ranges from zero: 一 (深府规〔2021〕1号 as cited: "对国家专精特新“小巨人”
 * 企业，给予最高50万元奖励；对省专精特新企业，给予最高20万元奖励"; 深府〔2022〕31号 adds 市级 最高10万元 from 2022-04-08), the
 * recognitions within 2021-01-01..2025-12-31, the highest alone by default (decisions register §4.4 item 25), and 三
 * ("对经认定的“深圳市中小企业公共服务示范平台”给予一次性奖励，奖励标准为最高50万元", from the letter's date 2021-10-20).
 */
class AwardCeilingAuditTest {

  private static final MeasureId SPECIALISED = AwardMeasure.SHENZHEN_SPECIALISED.id();
  private static final MeasureId PLATFORM = MeasureId.of("sz-gxj-2021-reply-20210370.demonstration-platform-award");

  @ParameterizedTest(name = "小巨人 since {0}: up to {1}")
  @CsvSource({
      // window 2021-01-01..2025-12-31 (pack, read from 深府规〔2021〕1号's year to 深府〔2022〕31号's end)
      "2020-12-31, ",
      "2021-01-01, 500000",
      "2025-12-31, 500000",
      "2026-01-01, "})
  void test_littleGiant_upToFiftyWan_fromZero(String since, String ceiling) {
    MeasureOutcome outcome = agreeing(SPECIALISED, shenzhen().littleGiant(held(since, null))
        .specialisedAndInnovative(Qualification.held(false)).grantEvents(List.of()).build());
    // "给予最高50万元奖励": [0, 500,000], the ceiling binding; out of the window 0, ineligible
    assertThat(outcome.verdict()).isEqualTo(ceiling == null ? Verdict.INELIGIBLE : Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(ceiling == null ? OutcomeAmount.ZERO : OutcomeAmount.upTo(Cny.of(ceiling)));
    if (ceiling != null) {
      assertThat(outcome.bindingLimit().orElseThrow().limit()).isEqualTo(Cny.of("500000"));
    }
  }

  @ParameterizedTest(name = "省专精特新 since {0}: up to {1}")
  @CsvSource({"2020-12-31, ", "2021-01-01, 200000", "2025-12-31, 200000", "2026-01-01, "})
  void test_provincial_upToTwentyWan_fromZero(String since, String ceiling) {
    MeasureOutcome outcome = agreeing(SPECIALISED, shenzhen().specialisedAndInnovative(held(since, null))
        .littleGiant(Qualification.held(false)).grantEvents(List.of()).build());
    // "对省专精特新企业，给予最高20万元奖励": [0, 200,000]
    assertThat(outcome.amount()).isEqualTo(ceiling == null ? OutcomeAmount.ZERO : OutcomeAmount.upTo(Cny.of(ceiling)));
  }

  @ParameterizedTest(name = "市级 recognition on {0}: up to {1}")
  @CsvSource({"2022-04-07, ", "2022-04-08, 100000", "2025-12-31, 100000", "2026-01-01, "})
  void test_municipal_upToTenWan_fromTheRestatementsDate(String date, String ceiling) {
    MeasureOutcome outcome = agreeing(SPECIALISED, shenzhen().specialisedAndInnovative(Qualification.held(false))
        .littleGiant(Qualification.held(false))
        .grantEvents(List.of(event("M-1", "sz-municipal-specialised-recognition", date, null))).build());
    // 深府〔2022〕31号 (2022-04-08 .. 2025-12-31): 市级专精特新 最高10万元, [0, 100,000]
    assertThat(outcome.amount()).isEqualTo(ceiling == null ? OutcomeAmount.ZERO : OutcomeAmount.upTo(Cny.of(ceiling)));
  }

  @Test
  void test_allThreeLevels_highestByDefault_sumOnRequest() {
    AwardMeasure measure = PolicyData.builtIn().getMeasure(SPECIALISED, AwardMeasure.class);
    AwardRequest all = AwardRequest.builder().specialisedAndInnovative(held("2022-05-01", null))
        .littleGiant(held("2023-07-01", null))
        .grantEvents(List.of(event("M-1", "sz-municipal-specialised-recognition", "2022-04-08", null))).build();
    // 就高不重复: the highest ceiling, [0, max(500,000, 200,000, 100,000)] = [0, 500,000]
    assertThat(AwardCalculator.DEFAULT.award(measure, all)).isEqualTo(OutcomeAmount.upTo(Cny.of("500000")));
    // their sum, chosen: [0, 500,000 + 200,000 + 100,000] = [0, 800,000]
    assertThat(AwardCalculator.DEFAULT.award(measure, all.withOptions(AwardOptions.combining(AwardCombination.SUM))))
        .isEqualTo(OutcomeAmount.upTo(Cny.of("800000")));
  }

  @Test
  void test_provincialEarned_littleGiantNotKnown_upToTheHigherCeiling() {
    // 省专精特新 earned ([0, 200,000]); the 小巨人 not known ([0, 500,000] if it was recognised in the window): under
    // 就高 the range is [0, 500,000], eligible on the earned tier, naming /littleGiant
    MeasureOutcome outcome = agreeing(SPECIALISED, shenzhen().specialisedAndInnovative(held("2021-06-01", null))
        .grantEvents(List.of()).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("500000")));
    assertThat(outcome.missingFacts()).containsExactly("/littleGiant");
  }

  @ParameterizedTest(name = "platform recognised {0}: up to {1}")
  @CsvSource({"2021-10-19, ", "2021-10-20, 500000", "2030-12-31, 500000"})
  void test_demonstrationPlatform_oneOffUpToFiftyWan_fromTheLettersDate(String date, String ceiling) {
    MeasureOutcome outcome = agreeing(PLATFORM, shenzhen().grantEvents(
        List.of(event("D-1", "sz-demonstration-platform-recognition", date, null))).build());
    // 三 "一次性奖励，奖励标准为最高50万元": [0, 500,000]; the window opens 2021-10-20 and has no end in the pack
    assertThat(outcome.amount()).isEqualTo(ceiling == null ? OutcomeAmount.ZERO : OutcomeAmount.upTo(Cny.of(ceiling)));
  }

  @ParameterizedTest(name = "platform recognised {0} and again {1}: up to 500,000 once")
  @CsvSource({"2022-12-01, 2025-06-30", "2021-10-19, 2024-03-01", "2024-03-01, 2021-10-19"})
  void test_demonstrationPlatform_recognisedAgain_earnsTheOneOffAwardOnce(String first, String again) {
    MeasureOutcome outcome = agreeing(PLATFORM, shenzhen().grantEvents(List.of(
        event("D-1", "sz-demonstration-platform-recognition", first, null),
        event("D-2", "sz-demonstration-platform-recognition", again, null))).build());
    // 三 "给予一次性奖励，奖励标准为最高50万元": one award for the platform (decisions register §1.4 item 002-h),
    // earned as one of its recognitions is on or after 2021-10-20: [0, 500,000], not [0, 1,000,000] for two
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("500000")));
    assertThat(outcome.bindingLimit().orElseThrow().limit()).isEqualTo(Cny.of("500000"));
  }

  @Test
  void test_demonstrationPlatform_twoRecognitionsInTheWindow_noteTheOneOff() {
    MeasureOutcome outcome = agreeing(PLATFORM, shenzhen().grantEvents(List.of(
        event("D-1", "sz-demonstration-platform-recognition", "2022-12-01", null),
        event("D-2", "sz-demonstration-platform-recognition", "2025-06-30", null))).build());
    // both recognitions are read by 三 (on or after 2021-10-20): the explanation says they earn the award once
    assertThat(outcome.notes()).extracting(note -> note.code()).contains("once");
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("500000")));
  }

  @Test
  void test_demonstrationPlatform_twoRecognitionsBeforeTheLetter_earnNothing() {
    MeasureOutcome outcome = agreeing(PLATFORM, shenzhen().grantEvents(List.of(
        event("D-1", "sz-demonstration-platform-recognition", "2020-05-01", null),
        event("D-2", "sz-demonstration-platform-recognition", "2021-10-19", null))).build());
    // neither recognition is on or after 2021-10-20, the pack's first day of 三: 0.00, ineligible
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
  }
}
