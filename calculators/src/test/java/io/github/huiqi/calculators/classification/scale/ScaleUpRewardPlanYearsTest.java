package io.github.huiqi.calculators.classification.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 小升规 reward belongs to the 2022–2024 plan (深圳市关于推动小型微型工业企业上规模发展三年行动方案(2022-2024年)
 * 第四条, its ceiling valid 2022-08-03..2024-12-31): a first entry rewarded under it is one whose entry year or the
 * year after (the growth year, when the reward's conditions are complete) falls within the plan's years (decisions
 * register §4.4 item 29). An entry in 2015 with growth in 2016 is not the plan's: ineligible with
 * {@code event-outside-validity}, where it was offered "最高20万元".
 */
class ScaleUpRewardPlanYearsTest {

  private static final ScaleUpRewardMeasure MEASURE =
      PolicyData.builtIn().getMeasure(ScaleUpRewardMeasure.SHENZHEN_2022);

  /** Out of the database in entry − 1, in from the entry, still in the year after with 1,000,000 more revenue. */
  private static ScaleUpRewardResult entered(int entry) {
    return ScaleUpRewardCalculator.DEFAULT.explainReward(MEASURE, ScaleUpRewardRequest.builder().industryCode("C3484")
        .history(List.of(year(entry - 1, false), year(entry, true), grown(entry + 1))).build());
  }

  /** In the database with 24,000,000 of revenue: growth over a year of {@link #year}. */
  private static ScaleUpYear grown(int year) {
    return ScaleUpYear.of(year, true, Cny.of("24000000"));
  }

  private static ScaleUpYear year(int year, boolean aboveScale) {
    return ScaleUpYear.of(year, aboveScale, Cny.of("23000000"));
  }

  @Test
  void test_entryOrGrowthYearWithinThePlan_upTo200000() {
    // 2021 entry, 2022 growth (the plan's first year); 2022 entry; 2024 entry, 2025 growth (the plan's last year)
    for (int entry : List.of(2021, 2022, 2024)) {
      ScaleUpRewardResult result = entered(entry);
      assertThat(result.eligibility().verdict()).as("entry " + entry).isEqualTo(Verdict.ELIGIBLE);
      assertThat(result.amount().maximum()).as("entry " + entry).isEqualTo(Cny.of("200000.00"));
    }
  }

  @Test
  void test_entryAndGrowthOutsideThePlan_ineligible() {
    // 2015 entry, 2016 growth; 2020 entry, 2021 growth (both before 2022); 2025 entry (after 2024): nothing
    for (int entry : List.of(2015, 2020, 2025)) {
      ScaleUpRewardResult result = entered(entry);
      assertThat(result.eligibility().verdict()).as("entry " + entry).isEqualTo(Verdict.INELIGIBLE);
      assertThat(result.amount().maximum()).as("entry " + entry).isEqualTo(Cny.ZERO);
      assertThat(result.eligibility().reasons()).as("entry " + entry).extracting(Reason::code)
          .containsExactly("event-outside-validity");
    }
    assertThat(ScaleUpRewardCalculator.DEFAULT.maximumReward(MEASURE, ScaleUpRewardRequest.builder()
        .industryCode("C3484").history(List.of(year(2014, false), year(2015, true), grown(2016))).build()))
        .isEqualTo(Cny.ZERO);
  }

  @Test
  void test_aLateEntryAfterUnknownYears_staysOpen() {
    // 2025 first marked in, but 2023 and 2024 not known: the entry may have been 2023 or 2024, within the plan, so
    // the outcome waits on those years rather than failing on 2025
    ScaleUpRewardResult result = ScaleUpRewardCalculator.DEFAULT.explainReward(MEASURE, ScaleUpRewardRequest.builder()
        .industryCode("C3484").history(List.of(ScaleUpYear.builder().year(2023).build(),
            ScaleUpYear.builder().year(2024).build(), year(2025, true), grown(2026))).build());
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).contains("/history/0/aboveScale", "/history/1/aboveScale");
  }
}
