package io.github.huiqi.calculators.classification.scale;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure;
import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Second-pass QA audit of 深圳市关于推动小型微型工业企业上规模发展三年行动方案(2022-2024年) 第四条, hand-worked: the cultivation
 * pool ("以全市上一年度营业收入1000至2000万元的小微工业企业为对象", domain.md §1.3 card 001-4a, 10,000,000 ≤ revenue <
 * 20,000,000 by decisions register §1.3 card 001-4a) and the reward ("对首次纳入规模以上工业企业库并于入库次年实现产值(营业收入)
 * 正增长的工业企业按相关规定给予最高20万元奖励", card 001-4b; decisions register §4.4 item 29), through the typed
 * calculators, their JSON and the engine.
 */
class ScaleUpBoundaryAuditTest {

  private static final ScaleUpPoolMeasure POOL = PolicyData.builtIn().getMeasure(ScaleUpPoolMeasure.SHENZHEN_2022);
  private static final ScaleUpRewardMeasure REWARD =
      PolicyData.builtIn().getMeasure(ScaleUpRewardMeasure.SHENZHEN_2022);

  //-------------------------------------------------------------------------
  // the pool

  @ParameterizedTest(name = "{0}, {1}, {2}: {3}")
  @CsvSource({
      // section D (电力、热力、燃气及水) is 工业; micro; exactly 10,000,000.00: the band's included floor
      "D4411, MICRO, 10000000.00, true",
      // section B (采矿业) is 工业; 19,999,999.99: one fen under the excluded upper end
      "B0610, SMALL, 19999999.99, true",
      // section E (建筑业) is not 工业 (GB/T 4754-2017 B, C, D)
      "E4710, SMALL, 15000000, false",
      // a medium firm is not 小微, whatever its revenue
      "C3484, MEDIUM, 15000000, false"})
  void test_pool_typed(String industry, EnterpriseSize size, String revenue, boolean member) {
    ScaleUpPoolRequest request = ScaleUpPoolRequest.builder().industryCode(industry).size(size)
        .priorYearRevenue(Cny.of(revenue)).build();
    assertThat(ScaleUpPoolCalculator.DEFAULT.isMember(POOL, request)).isEqualTo(member);
  }

  @Test
  void test_pool_typed_unknownRevenue_andBadRevenue() {
    // revenue not known for a small manufacturer: undetermined, naming the request's field
    MissingFactsException missing = catchThrowableOfType(() -> ScaleUpPoolCalculator.DEFAULT.isMember(POOL,
        ScaleUpPoolRequest.builder().industryCode("C3484").size(EnterpriseSize.SMALL).build()),
        MissingFactsException.class);
    assertThat(missing.missingFacts()).containsExactly("/priorYearRevenue");
    // but a known failure decides: a software firm (I6510) is out whatever its revenue, nothing asked
    assertThat(ScaleUpPoolCalculator.DEFAULT.explainMembership(POOL, ScaleUpPoolRequest.builder()
        .industryCode("I6510").size(EnterpriseSize.SMALL).build()).eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    // a negative revenue is bad input at its JSON Pointer
    assertField(() -> ScaleUpPoolCalculator.DEFAULT.explainMembershipJson(POOL, "{\"industryCode\": \"C3484\", "
        + "\"priorYearRevenue\": {\"amount\": -0.01, \"currency\": \"CNY\"}}"), "/priorYearRevenue");
  }

  private static MeasureOutcome engine(MeasureId measure, String profile, LocalDate asOf) {
    return CatalogProfiles.outcome(CatalogProfiles.quoted(profile), asOf, measure, false);
  }

  @Test
  void test_pool_engine_priorYearFollowsTheAsOfDate() {
    // "上一年度" is the year before the evaluation date's: 2021 had 25,000,000 (above the band), 2022 had 15,000,000
    String profile = "{'registrationRegionCode': '440306', 'industryCode': 'C3484', 'size': 'SMALL', 'years': ["
        + "{'year': 2021, 'revenue': {'amount': 25000000, 'currency': 'CNY'}}, "
        + "{'year': 2022, 'revenue': {'amount': 15000000, 'currency': 'CNY'}}]}";
    // on 2022-12-31 the prior year is 2021: 25,000,000 ≥ 20,000,000, not a member
    assertThat(engine(POOL.id(), profile, LocalDate.of(2022, 12, 31)).verdict()).isEqualTo(Verdict.INELIGIBLE);
    // on 2023-01-01 it is 2022: 10,000,000 ≤ 15,000,000 < 20,000,000, a member; no money
    MeasureOutcome member = engine(POOL.id(), profile, LocalDate.of(2023, 1, 1));
    assertThat(member.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(member.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(member.amount()).isEqualTo(OutcomeAmount.ZERO);
    // on 2025-01-01 the prior year 2024 is not in the profile: named as /years; the plan (to 2024-12-31) is closed
    MeasureOutcome later = engine(POOL.id(), profile, LocalDate.of(2025, 1, 1));
    assertThat(later.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(later.missingFacts()).containsExactly("/years");
    assertThat(later.windowStatus()).isEqualTo(WindowStatus.CLOSED);
  }

  @Test
  void test_pool_engine_revenueOfThePriorYearNotKnown_namesItsPointer() {
    // 2022 is in the profile (index 1) without its revenue; the size is given: /years/1/revenue
    MeasureOutcome outcome = engine(POOL.id(), "{'registrationRegionCode': '440306', 'industryCode': 'C3484', "
        + "'size': 'SMALL', 'years': [{'year': 2021, 'revenue': {'amount': 25000000, 'currency': 'CNY'}}, "
        + "{'year': 2022}]}", LocalDate.of(2023, 6, 30));
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.missingFacts()).containsExactly("/years/1/revenue");
  }

  //-------------------------------------------------------------------------
  // the reward

  private static String year(int year, Boolean above, String revenue) {
    return "{'year': " + year + (above == null ? "" : ", 'aboveScale': " + above)
        + (revenue == null ? "" : ", 'revenue': {'amount': " + revenue + ", 'currency': 'CNY'}") + "}";
  }

  private static ScaleUpRewardRequest history(String... years) {
    return HuiqiJson.read(("{'industryCode': 'C3484', 'history': [" + String.join(", ", years) + "]}")
        .replace('\'', '"'), ScaleUpRewardRequest.class);
  }

  @Test
  void test_reward_planYears_entryYearOrTheYearAfter() {
    // decisions register §4.4 item 29: a first entry is the plan's (2022–2024) when its entry year or the year after
    // it falls within it. Entered 2021, growth in 2022 (21,000,000 → 22,000,000): the plan's; up to 200,000.00
    assertThat(ScaleUpRewardCalculator.DEFAULT.maximumReward(REWARD, history(year(2020, false, "15000000"),
        year(2021, true, "21000000"), year(2022, true, "22000000")))).isEqualTo(Cny.of("200000.00"));
    // entered 2020 (growth year 2021): neither year within 2022–2024, 0.00
    assertThat(ScaleUpRewardCalculator.DEFAULT.maximumReward(REWARD, history(year(2019, false, "15000000"),
        year(2020, true, "21000000"), year(2021, true, "22000000")))).isEqualTo(Cny.of("0.00"));
    // entered 2024, growth in 2025: the entry year is the plan's; up to 200,000.00
    assertThat(ScaleUpRewardCalculator.DEFAULT.maximumReward(REWARD, history(year(2023, false, "15000000"),
        year(2024, true, "21000000"), year(2025, true, "21000000.01")))).isEqualTo(Cny.of("200000.00"));
    // entered 2025: after the plan, 0.00
    assertThat(ScaleUpRewardCalculator.DEFAULT.maximumReward(REWARD, history(year(2024, false, "15000000"),
        year(2025, true, "21000000"), year(2026, true, "22000000")))).isEqualTo(Cny.of("0.00"));
  }

  @Test
  void test_reward_typed_unknownFacts_namedInTheHistory() {
    // the history starts at the entry year: whether 2022 was a *first* entry needs 2021, named as /history
    MissingFactsException noYearBefore = catchThrowableOfType(() -> ScaleUpRewardCalculator.DEFAULT.maximumReward(
        REWARD, history(year(2022, true, "21000000"), year(2023, true, "22000000"))), MissingFactsException.class);
    assertThat(noYearBefore.missingFacts()).containsExactly("/history");
    // the growth year's revenue not known (given out of order: 2023 at index 0): /history/0/revenue
    ScaleUpRewardResult open = ScaleUpRewardCalculator.DEFAULT.explainReward(REWARD, history(year(2023, true, null),
        year(2021, false, "15000000"), year(2022, true, "21000000")));
    assertThat(open.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.eligibility().missingFacts()).containsExactly("/history/0/revenue");
    assertThat(open.entryYear()).contains(2022);
    // while open, the range is [0, 200,000.00] ("最高20万元": the authority fixes the figure)
    assertThat(open.amount().maximum()).isEqualTo(Cny.of("200000.00"));
  }

  @Test
  void test_reward_engine_paymentWithCeiling_andBadInput() {
    String profile = "{'registrationRegionCode': '440306', 'industryCode': 'C3484', 'years': ["
        + year(2021, false, "15000000") + ", " + year(2022, true, "21000000") + ", " + year(2023, true, "21500000")
        + "]}";
    MeasureOutcome outcome = engine(REWARD.id(), profile, LocalDate.of(2024, 3, 1));
    // first in 2022, still in 2023 with 21,500,000 > 21,000,000: a payment to the firm of up to 200,000.00, the
    // binding limit the clause's ceiling (最高20万元), its whole width fixed by the authority
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000")));
    assertThat(outcome.bindingLimit().orElseThrow().code()).isEqualTo("reward-ceiling");
    assertThat(outcome.widthFixedByAuthority()).contains(Cny.of("200000.00"));
    // a Shenzhen reward for a Shanghai firm: ineligible, 0
    MeasureOutcome shanghai = engine(REWARD.id(), profile.replace("440306", "310115"), LocalDate.of(2024, 3, 1));
    assertThat(shanghai.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(shanghai.amount()).isEqualTo(OutcomeAmount.ZERO);
    // region not known: undetermined, up to 200,000.00, the region asked first
    MeasureOutcome noRegion = engine(REWARD.id(), profile.replace("'registrationRegionCode': '440306', ", ""),
        LocalDate.of(2024, 3, 1));
    assertThat(noRegion.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(noRegion.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000")));
    assertThat(noRegion.missingFacts()).containsExactly("/registrationRegionCode");
    // a year's revenue negative: bad input at its pointer in the engine's request
    String json = "{\"asOf\": \"2024-03-01\", \"measures\": [\"" + REWARD.id() + "\"], \"profile\": "
        + profile.replace("21500000", "-1").replace('\'', '"') + "}";
    assertField(() -> EntitlementEngine.builtIn().evaluateJson(json), "/profile/years/2/revenue");
  }

  @Test
  void test_reward_typedJson_badHistory_namesThePointer() {
    // each year at most once: the second 2022 (index 1) is named; a year before 1990 is out of range
    assertField(() -> ScaleUpRewardCalculator.DEFAULT.explainRewardJson(REWARD, ("{'industryCode': 'C3484', "
        + "'history': [" + year(2022, true, "1") + ", " + year(2022, false, "2") + "]}").replace('\'', '"')),
        "/history/1/year");
    assertField(() -> ScaleUpRewardCalculator.DEFAULT.explainRewardJson(REWARD, ("{'history': ["
        + year(2022, true, "1") + ", " + year(1989, false, "2") + "]}").replace('\'', '"')), "/history/1/year");
  }

  @Test
  void test_reward_laterEntryWithTheYearBeforeNotGiven_staysOpen() {
    // the history starts in 2025 (in the database, growth in 2026): 2024 is not given, so whether 2025 was a first
    // entry is not known (the calculator asks /history). Were 2024 in the database too (entered 2024, the plan's:
    // decisions register §4.4 item 29), 2025 would be the growth year; so "entered after the plan" cannot decide yet:
    // "a later entry after years whose status is not known stays undetermined, since the entry may have been earlier".
    // Before the fix: ineligible (event-outside-validity), nothing asked.
    ScaleUpRewardResult open = ScaleUpRewardCalculator.DEFAULT.explainReward(REWARD,
        history(year(2025, true, "21000000"), year(2026, true, "22000000")));
    assertThat(open.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.eligibility().missingFacts()).containsExactly("/history");
    assertThat(open.amount().maximum()).isEqualTo(Cny.of("200000.00"));
    // with 2024 given and not in the database, 2025 is the first entry, after the plan: 0.00
    assertThat(ScaleUpRewardCalculator.DEFAULT.maximumReward(REWARD, history(year(2024, false, "15000000"),
        year(2025, true, "21000000"), year(2026, true, "22000000")))).isEqualTo(Cny.of("0.00"));
    // and 2024 in the database (the real first entry, 2025 its growth year 21,000,000 > 20,500,000): up to 200,000
    assertThat(ScaleUpRewardCalculator.DEFAULT.maximumReward(REWARD, history(year(2023, false, "15000000"),
        year(2024, true, "20500000"), year(2025, true, "21000000")))).isEqualTo(Cny.of("200000.00"));
  }
}
