package io.github.huiqi.calculators.classification.scale;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 小升规 reward, 小升规方案 第四条: "对首次纳入规模以上工业企业库并于入库次年实现产值(营业收入)正增长的工业企业按相关规定
 * 给予最高20万元奖励", with the municipal guide's "still in the database" (domain reference card 001-4b).
 */
class ScaleUpRewardCalculatorTest {

  private static final ScaleUpRewardMeasure MEASURE =
      PolicyData.builtIn().getMeasure(ScaleUpRewardMeasure.SHENZHEN_2022);

  private static ScaleUpYear year(int year, Boolean aboveScale, String revenue) {
    return ScaleUpYear.builder().year(year).aboveScale(Optional.ofNullable(aboveScale))
        .revenue(Optional.ofNullable(revenue).map(Cny::of)).build();
  }

  private static ScaleUpRewardRequest request(ScaleUpYear... years) {
    return ScaleUpRewardRequest.builder().industryCode("C3484").history(List.of(years)).build();
  }

  /**
   * The explanation of a request: its conditions are, in order, an industrial enterprise (C3484 is in section C), the
   * first entry (the year before entry known out of the database), still in the database in the year after, and
   * positive growth in the year after ("入库次年实现产值(营业收入)正增长").
   */
  private static Explanation explained(ScaleUpRewardRequest request) {
    return ScaleUpRewardCalculator.DEFAULT.explainReward(MEASURE, request).explanation();
  }

  @Test
  void test_firstEntryThenGrowth_upTo200000() {
    // out in 2021, in from 2022 (entry), still in 2023 with 25,000,000 > 23,000,000: eligible, "最高20万元"
    ScaleUpRewardRequest request = request(year(2021, false, "18000000"), year(2022, true, "23000000"),
        year(2023, true, "25000000"));
    assertThat(ScaleUpRewardCalculator.DEFAULT.maximumReward(MEASURE, request)).isEqualTo(Cny.of("200000.00"));
    ScaleUpRewardResult result = ScaleUpRewardCalculator.DEFAULT.explainReward(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.entryYear()).contains(2022);
    assertThat(result.amount().minimum()).isEqualTo(Cny.ZERO);
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("200000.00"));
    // industrial, out in 2021 then in 2022, in again in 2023, 25,000,000 > 23,000,000
    assertOutcomes(result.explanation(), MET, MET, MET, MET);
  }

  @Test
  void test_growthMustBePositive_oneFenDecides() {
    // 正增长: equal is no growth; one fen more is
    ScaleUpRewardRequest flat = request(year(2021, false, null), year(2022, true, "23000000"),
        year(2023, true, "23000000"));
    assertThat(ScaleUpRewardCalculator.DEFAULT.maximumReward(MEASURE, flat)).isEqualTo(Cny.ZERO);
    assertThat(ScaleUpRewardCalculator.DEFAULT.explainReward(MEASURE, flat).eligibility().reasons())
        .extracting(Reason::code).contains("not-revenue-growth");
    // 23,000,000 is not above 23,000,000: only the growth condition fails
    assertOutcomes(explained(flat), MET, MET, MET, NOT_MET);
    ScaleUpRewardRequest grew = request(year(2021, false, null), year(2022, true, "23000000"),
        year(2023, true, "23000000.01"));
    assertThat(ScaleUpRewardCalculator.DEFAULT.maximumReward(MEASURE, grew)).isEqualTo(Cny.of("200000.00"));
    assertOutcomes(explained(grew), MET, MET, MET, MET);
  }

  @Test
  void test_leftTheDatabase_orNotIndustrial_isIneligible() {
    ScaleUpRewardRequest left = request(year(2021, false, null), year(2022, true, "23000000"),
        year(2023, false, "30000000"));
    assertThat(ScaleUpRewardCalculator.DEFAULT.explainReward(MEASURE, left).eligibility().reasons())
        .extracting(Reason::code).contains("not-still-in-database");
    // out again in 2023: the still-in-database condition fails, the growth (30,000,000 > 23,000,000) is met
    assertOutcomes(explained(left), MET, MET, NOT_MET, MET);
    assertThat(ScaleUpRewardCalculator.DEFAULT.maximumReward(MEASURE, left)).isEqualTo(Cny.ZERO);
    ScaleUpRewardRequest retail = ScaleUpRewardRequest.builder().industryCode("F5211").history(List.of(
        year(2021, false, null), year(2022, true, "23000000"), year(2023, true, "30000000"))).build();
    assertThat(ScaleUpRewardCalculator.DEFAULT.maximumReward(MEASURE, retail)).isEqualTo(Cny.ZERO);
    // F5211 (retail, section F) is not industrial; the database history alone would have earned it
    assertOutcomes(explained(retail), NOT_MET, MET, MET, MET);
    // never in the database
    ScaleUpRewardRequest never = request(year(2022, false, null), year(2023, false, null));
    assertThat(ScaleUpRewardCalculator.DEFAULT.explainReward(MEASURE, never).eligibility().reasons())
        .extracting(Reason::code).contains("not-first-entry");
    // no entry at all: the first-entry condition fails and the year-after conditions are not asked
    assertOutcomes(explained(never), MET, NOT_MET);
  }

  @Test
  void test_unknownYears_areNamed() {
    // the year before entry not given: was 2022 a first entry?
    assertThatThrownBy(() -> ScaleUpRewardCalculator.DEFAULT.maximumReward(MEASURE,
        request(year(2022, true, "23000000"), year(2023, true, "25000000"))))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/history"));
    // the year after entry's revenue not given
    assertThatThrownBy(() -> ScaleUpRewardCalculator.DEFAULT.maximumReward(MEASURE,
        request(year(2021, false, null), year(2022, true, "23000000"), year(2023, true, null))))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/history/2/revenue"));
    // an earlier year's status unknown, and the year after entry not yet in the history
    assertThatThrownBy(() -> ScaleUpRewardCalculator.DEFAULT.maximumReward(MEASURE,
        request(year(2020, null, null), year(2021, false, null), year(2022, true, "23000000"))))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/history/0/aboveScale", "/history"));
    // undetermined: the range runs to the ceiling
    ScaleUpRewardResult open = ScaleUpRewardCalculator.DEFAULT.explainReward(MEASURE,
        request(year(2021, false, null), year(2022, true, "23000000")));
    assertThat(open.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.amount().maximum()).isEqualTo(Cny.of("200000.00"));
    // 2023 not in the history: still-in-database and growth unknown
    assertOutcomes(open.explanation(), MET, MET, UNKNOWN, UNKNOWN);
    // 2021 not given: was 2022 a first entry? The year after is known: in, and 25,000,000 > 23,000,000
    assertOutcomes(explained(request(year(2022, true, "23000000"), year(2023, true, "25000000"))),
        MET, UNKNOWN, MET, MET);
    // the 2023 revenue not given: growth unknown
    assertOutcomes(explained(request(year(2021, false, null), year(2022, true, "23000000"), year(2023, true, null))),
        MET, MET, MET, UNKNOWN);
    // 2020's status unknown: the first entry unknown (for 2020), the year after not in the history
    assertOutcomes(explained(request(year(2020, null, null), year(2021, false, null), year(2022, true, "23000000"))),
        MET, UNKNOWN, UNKNOWN, UNKNOWN);
  }

  @Test
  void test_aYearNotKnownBeforeTheEntry_mayBeTheFirstEntry_eachWayWorkedOut() {
    // 第四条 "首次纳入…并于入库次年…正增长", within the plan's 2022–2024 (decisions register §4.4 item 29, §4.6 item 70).
    // (a) 2020 out, 2021 not known (21,000,000), 2022 in (23,000,000), 2023 out: were 2021 the first entry, 2022
    // (in, 23,000,000 > 21,000,000) rewards it; were it not, 2022 is the entry and 2023 (out) fails it. 2021 decides:
    // undetermined, 0 – 200,000.00, naming it. Before, 2023's failure made it ineligible, naming nothing
    ScaleUpRewardResult either = ScaleUpRewardCalculator.DEFAULT.explainReward(MEASURE, request(
        year(2020, false, "19000000"), year(2021, null, "21000000"), year(2022, true, "23000000"),
        year(2023, false, "24000000")));
    assertThat(either.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(either.eligibility().missingFacts()).containsExactly("/history/1/aboveScale");
    assertThat(either.amount().maximum()).isEqualTo(Cny.of("200000.00"));
    // the entry year is 2021 or 2022: not known, so not given (before: 2022, the first year known in the database)
    assertThat(either.entryYear()).isEmpty();
    // (b) the same with 2023 in at 25,000,000: a 2021 entry is rewarded (2022 in, 23,000,000 > 21,000,000), and so
    // is a 2022 one (2023 in, 25,000,000 > 23,000,000): eligible whichever way, naming nothing (before: undetermined)
    ScaleUpRewardRequest both = request(year(2020, false, "19000000"), year(2021, null, "21000000"),
        year(2022, true, "23000000"), year(2023, true, "25000000"));
    assertThat(ScaleUpRewardCalculator.DEFAULT.maximumReward(MEASURE, both)).isEqualTo(Cny.of("200000.00"));
    ScaleUpRewardResult eitherYear = ScaleUpRewardCalculator.DEFAULT.explainReward(MEASURE, both);
    assertThat(eitherYear.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(eitherYear.entryYear()).isEmpty();
    // (c) 2022 not known (10,434,410), 2023 out (3,116,969), nothing in: a 2022 entry fails in 2023 (out), and no
    // entry is none: ineligible, 0.00 (before: undetermined to 200,000.00, naming 2022's status, which the
    // next questions asked though no answer changes it). Found by EntitlementFactNamingPropertyTest
    ScaleUpRewardRequest never = request(year(2022, null, "10434410"), year(2023, false, "3116969"));
    assertThat(ScaleUpRewardCalculator.DEFAULT.maximumReward(MEASURE, never)).isEqualTo(Cny.ZERO);
    ScaleUpRewardResult none = ScaleUpRewardCalculator.DEFAULT.explainReward(MEASURE, never);
    assertThat(none.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(none.eligibility().reasons()).extracting(r -> r.code()).containsExactly("not-first-entry");
    // (d) 2022 not known, 2023 in at 25,000,000 > 23,000,000: a 2022 entry asks for 2021 (not in the history), a
    // 2023 entry for 2024 (not in it): undetermined, naming 2022's status and the history
    ScaleUpRewardResult open = ScaleUpRewardCalculator.DEFAULT.explainReward(MEASURE, request(
        year(2022, null, "23000000"), year(2023, true, "25000000")));
    assertThat(open.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.eligibility().missingFacts()).containsExactly("/history/0/aboveScale", "/history");
  }

  @Test
  void test_historyStartingInTheDatabase_entryYearNotGiven() {
    // 第四条 rewards a *first* entry (首次纳入); the history gives no year before the first one in the database, so the
    // firm may have entered earlier (decisions register §4.4 item 29, §4.6 item 70: the entry year is then not given).
    // (a) 2022 in (25,000,000), 2023 in (26,000,000), 2021 not in the history: undetermined, 0 – 200,000.00, naming
    // the history; the entry year is 2022 or earlier, not 2022 (before the QA audit of 2026-12: 2022, the outcome's
    // detail "2022年首次纳入规上工业企业库")
    ScaleUpRewardResult open = ScaleUpRewardCalculator.DEFAULT.explainReward(MEASURE, request(
        year(2022, true, "25000000"), year(2023, true, "26000000")));
    assertThat(open.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.eligibility().missingFacts()).containsExactly("/history");
    assertThat(open.amount().maximum()).isEqualTo(Cny.of("200000.00"));
    assertThat(open.entryYear()).isEmpty();
    // (b) 2020 to 2023 all in, nothing before: an entry in 2020 or earlier, its growth year 2021 or earlier, is outside
    // the plan's 2022–2024 whichever it was: ineligible, 0.00, and the entry year still not given (before: 2020)
    ScaleUpRewardResult early = ScaleUpRewardCalculator.DEFAULT.explainReward(MEASURE, request(
        year(2020, true, "300000000"), year(2021, true, "330000000"), year(2022, true, "380000000"),
        year(2023, true, "400000000")));
    assertThat(early.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(early.amount().maximum()).isEqualTo(Cny.ZERO);
    assertThat(early.entryYear()).isEmpty();
    // (c) with 2019 given out of the database, 2020 is the first entry, and said so (still outside the plan)
    ScaleUpRewardResult known = ScaleUpRewardCalculator.DEFAULT.explainReward(MEASURE, request(
        year(2019, false, "19000000"), year(2020, true, "300000000"), year(2021, true, "330000000")));
    assertThat(known.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(known.entryYear()).contains(2020);
  }

  @Test
  void test_badInput_isNamed() {
    assertThatThrownBy(() -> request(year(2022, true, null), year(2022, false, null)))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("history/1/year"));
    assertThatThrownBy(() -> year(2022, true, "-1"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("revenue"));
    assertThatThrownBy(() -> ScaleUpRewardCalculator.DEFAULT.explainRewardJson(MEASURE,
        "{\"history\": [{\"year\": 2022, \"revenue\": {\"amount\": -1, \"currency\": \"CNY\"}}]}"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/history/0/revenue"));
    // a year of the history without its year: "is required" (was input.wrong-type, "… but was '}'")
    assertThatThrownBy(() -> ScaleUpRewardCalculator.DEFAULT.explainRewardJson(MEASURE,
        "{\"industryCode\": \"C3484\", \"history\": [{\"aboveScale\": true}]}"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("/history/0/year");
          assertThat(ex.code()).isEqualTo(InvalidInputException.REQUIRED);
        });
  }

  //-------------------------------------------------------------------------
  private static List<ConditionStep> conditions(Explanation explanation) {
    return explanation.steps().stream().filter(ConditionStep.class::isInstance).map(ConditionStep.class::cast)
        .toList();
  }

  @Test
  void test_explanation_detailsOfEachCondition() {
    // out in 2021, entered 2022 ("首次纳入"), still in 2023 with 25,000,000.00 above 23,000,000.00 ("入库次年…正增长")
    List<ConditionStep> steps = conditions(explained(request(year(2021, false, "18000000"),
        year(2022, true, "23000000"), year(2023, true, "25000000"))));
    assertThat(steps).extracting(ConditionStep::detail).containsExactly("industryCode = C3484",
        "entered 2022, not in the database in 2021", "aboveScale = true", "25000000.00 vs 23000000.00");
    // the year after entry (2022 + 1 = 2023) named in both languages
    assertThat(steps.get(2).condition().en()).isEqualTo("still in the database in the year after entry (2023)");
    assertThat(steps.get(2).condition().zh()).isEqualTo("入库次年（2023年）仍在规上工业企业库");
    assertThat(steps.get(3).condition().en()).isEqualTo("positive growth in the year after entry: 2023 above 2022");
    assertThat(steps.get(3).condition().zh()).isEqualTo("入库次年产值（营业收入）正增长：2023年高于2022年");
    // never in the database: the first-entry condition says so
    assertThat(conditions(explained(request(year(2022, false, null), year(2023, false, null)))))
        .extracting(ConditionStep::detail).containsExactly("industryCode = C3484",
            "no year of the history is in the database");
  }

  @Test
  void test_historyInAnyOrder_theYearAfterEntryFirst() {
    // the years are taken in calendar order whatever the list's: the same history as
    // test_firstEntryThenGrowth_upTo200000, listed 2023, 2021, 2022: entry 2022, 2023 (the first element of the list)
    // still in with 25,000,000 > 23,000,000: eligible for "最高20万元"
    ScaleUpRewardRequest request = request(year(2023, true, "25000000"), year(2021, false, "18000000"),
        year(2022, true, "23000000"));
    assertThat(ScaleUpRewardCalculator.DEFAULT.maximumReward(MEASURE, request)).isEqualTo(Cny.of("200000.00"));
    assertOutcomes(explained(request), MET, MET, MET, MET);
  }

  @Test
  void test_years_from1990To2100_inclusive() {
    // the documented input range of a history year: 1990 and 2100 are accepted, the years either side rejected
    assertThat(year(1990, false, null).year()).isEqualTo(1990);
    assertThat(year(2100, false, null).year()).isEqualTo(2100);
    assertThatThrownBy(() -> year(1989, false, null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("year"));
    assertThatThrownBy(() -> year(2101, false, null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("year"));
    // a malformed industry code is named
    assertThatThrownBy(() -> ScaleUpRewardRequest.builder().industryCode("C34X4")
        .history(List.of(year(2022, true, null))).build())
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("industryCode"));
  }
}
