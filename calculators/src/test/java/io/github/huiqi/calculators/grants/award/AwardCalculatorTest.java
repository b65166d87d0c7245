package io.github.huiqi.calculators.grants.award;

import static io.github.huiqi.calculators.grants.GrantProfiles.DATA;
import static io.github.huiqi.calculators.grants.GrantProfiles.event;
import static io.github.huiqi.calculators.grants.GrantProfiles.held;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.grants.GrantTrigger;
import io.github.huiqi.core.grants.award.AwardAmount;
import io.github.huiqi.core.grants.award.AwardBound;
import io.github.huiqi.core.grants.award.AwardCombination;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.grants.award.AwardRepeat;
import io.github.huiqi.core.grants.award.AwardTier;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The award calculator on the built-in measures (the district awards' conditions, in order: 新认定专精特新中小企业 in
 * 2023, then 新认定“小巨人” in 2023, the window the pack reads 新认定 as; the other measures' one condition for each
 * event of their code, in 2023), each expected value worked by hand from its clause: Shanghai's
 * district awards (沪企服办〔2023〕1号 第一条: "各区对新认定专精特新中小企业给予不低于10万元奖励，对新认定专精特新'小巨人'
 * 企业给予不低于30万元奖励": floors), its green upgrading (第六条: "最高支持1000万元") and Shenzhen's 创客中国 award
 * (深工信〔2023〕26号 第16条: "最高给予30万元", top 500 and top 50 fast tracks).
 */
class AwardCalculatorTest {

  private static final AwardMeasure DISTRICT = DATA.getMeasure(AwardMeasure.SHANGHAI_SPECIALISED_2023);
  private static final AwardMeasure GREEN = DATA.getMeasure(AwardMeasure.SHANGHAI_GREEN_2023);
  private static final AwardMeasure MAKER = DATA.getMeasure(AwardMeasure.SHENZHEN_MAKER_CHINA_2023);
  private static final AwardCalculator CALCULATOR = AwardCalculator.DEFAULT;

  private static AwardRequest recognitions(Qualification specialised, Qualification littleGiant) {
    return AwardRequest.builder().specialisedAndInnovative(Optional.ofNullable(specialised))
        .littleGiant(Optional.ofNullable(littleGiant)).build();
  }

  private static AwardRequest events(GrantEvent... events) {
    return AwardRequest.builder().grantEvents(List.of(events)).build();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_district_newLittleGiant_atLeast300000() {
    // 专精特新 since 2022 (not new in 2023), 小巨人 since 2023-07-01: "不低于30万元", a floor with no upper bound
    AwardResult result = CALCULATOR.explainAward(DISTRICT,
        recognitions(held("2022-09-01", "2025-08-31"), held("2023-07-01", "2026-06-30")));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("300000")));
    assertThat(result.amount().isBounded()).isFalse();
    assertThat(result.tiersEarned()).containsExactly("little-giant");
    assertThat(result.notes()).extracting(Reason::code).containsExactly("floor-fixed-by-authority");
    // 专精特新 since 2022-09-01 is before the 2023 window; 小巨人 since 2023-07-01 is in it
    assertOutcomes(result.explanation(), NOT_MET, MET);
  }

  @Test
  void test_district_newSpecialised_atLeast100000() {
    // "对新认定专精特新中小企业给予不低于10万元奖励"; 小巨人 not held
    AwardResult result = CALCULATOR.explainAward(DISTRICT,
        recognitions(held("2023-03-15", "2026-03-14"), Qualification.held(false)));
    assertThat(result.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("100000")));
    assertOutcomes(result.explanation(), MET, NOT_MET);
  }

  @Test
  void test_district_bothNew_highestByDefault_sumAsAnOption() {
    AwardRequest both = recognitions(held("2023-01-10", null), held("2023-07-01", null));
    // the default (§4.4 item 25, 就高不重复): [max(100,000, 300,000), no upper bound] = at least 300,000
    AwardResult highest = CALCULATOR.explainAward(DISTRICT, both);
    assertThat(highest.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("300000")));
    assertThat(highest.notes()).extracting(Reason::code).contains("tiers-highest");
    assertOutcomes(highest.explanation(), MET, MET);
    // the option: 100,000 + 300,000 = at least 400,000
    AwardResult sum = CALCULATOR.explainAward(DISTRICT, both.withOptions(AwardOptions.combining(AwardCombination.SUM)));
    assertThat(sum.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("400000")));
    assertThat(sum.notes()).extracting(Reason::code).contains("tiers-summed");
  }

  @ParameterizedTest(name = "小巨人 since {0}: {1}")
  @CsvSource({
      "2022-12-31, INELIGIBLE", // recognised the day before 2023
      "2023-01-01, ELIGIBLE",   // the first day
      "2023-12-31, ELIGIBLE",   // the last day
      "2024-01-01, INELIGIBLE"}) // the day after
  void test_district_window(String since, Verdict verdict) {
    AwardResult result = CALCULATOR.explainAward(DISTRICT, recognitions(Qualification.held(false), held(since, null)));
    assertThat(result.eligibility().verdict()).isEqualTo(verdict);
    assertThat(result.amount()).isEqualTo(verdict == Verdict.ELIGIBLE
        ? OutcomeAmount.atLeast(Cny.of("300000")) : OutcomeAmount.ZERO);
    // 专精特新 not held; 小巨人 recognised inside the window or not
    assertOutcomes(result.explanation(), NOT_MET, verdict == Verdict.ELIGIBLE ? MET : NOT_MET);
  }

  @Test
  void test_district_missingFacts_nameTheProfile() {
    // nothing known: undetermined, from zero with no upper bound, naming both qualifications
    AwardResult unknown = CALCULATOR.explainAward(DISTRICT, recognitions(null, null));
    assertThat(unknown.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.ZERO));
    assertThat(unknown.missingFacts()).containsExactly("/specialisedAndInnovative", "/littleGiant");
    assertOutcomes(unknown.explanation(), UNKNOWN, UNKNOWN);
    // held but the recognition date not given: /littleGiant/since
    AwardResult noDate = CALCULATOR.explainAward(DISTRICT,
        recognitions(Qualification.held(false), Qualification.held(true)));
    assertThat(noDate.missingFacts()).containsExactly("/littleGiant/since");
    assertOutcomes(noDate.explanation(), NOT_MET, UNKNOWN);
    // a new 专精特新 known, the 小巨人 unknown: eligible, at least 100,000, the 小巨人 still open
    AwardResult partly = CALCULATOR.explainAward(DISTRICT, recognitions(held("2023-02-01", null), null));
    assertThat(partly.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(partly.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("100000")));
    assertThat(partly.missingFacts()).containsExactly("/littleGiant");
    assertOutcomes(partly.explanation(), MET, UNKNOWN);
  }

  @Test
  void test_district_neitherHeld_ineligibleZero() {
    AwardResult result = CALCULATOR.explainAward(DISTRICT,
        recognitions(Qualification.held(false), Qualification.held(false)));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertOutcomes(result.explanation(), NOT_MET, NOT_MET);
    assertThat(CALCULATOR.award(DISTRICT, recognitions(Qualification.held(false), Qualification.held(false))))
        .isEqualTo(OutcomeAmount.ZERO);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_green_upTo10000000_perProject() {
    // 第六条 "最高支持1000万元", each project: two projects → up to 20,000,000; the ceiling is reached, never the amount
    // (a small firm: 第六条 supports 中小企业)
    AwardResult result = CALCULATOR.explainAward(GREEN, events(
        event("G-1", "sh-green-upgrade-project", "2023-06-01", null),
        event("G-2", "sh-green-upgrade-project", "2023-09-01", null)).withSize(EnterpriseSize.SMALL));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("20000000")));
    // one note for the tier, however many projects earn it
    assertThat(result.notes()).extracting(Reason::code).containsExactly("ceiling-fixed-by-authority");
    // each project approved in 2023: one condition met for each
    assertOutcomes(result.explanation(), MET, MET);
  }

  @Test
  void test_green_noProject_ineligible_theProjectConditionNotMet() {
    // no event at all: the one condition, a project approved in 2023, is not met and is the reason
    AwardResult result = CALCULATOR.explainAward(GREEN, events());
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.eligibility().reasons()).extracting(Reason::code)
        .containsExactly("not-event-sh-green-upgrade-project");
    assertThat(result.amount()).isEqualTo(OutcomeAmount.ZERO);
  }

  @Test
  void test_exactFigure_paidAsIs_withItsNote() {
    // the green tier read as exactly 10,000,000 a project (no built-in measure has a fixed figure): one project →
    // exactly 10,000,000, noted as a fixed figure
    AwardTier tier = GREEN.tiers().get(0);
    AwardTier fixed = new AwardTier(tier.code(), tier.name(), tier.trigger(),
        tier.amount().withValue(new AwardAmount(AwardBound.EXACTLY, Cny.of("10000000"))));
    AwardMeasure measure = new AwardMeasure(GREEN.id(), GREEN.clause(), GREEN.documentStatus(), GREEN.title(),
        List.of(fixed), GREEN.combination(), GREEN.consequences());
    AwardResult result = CALCULATOR.explainAward(measure, events(
        event("G-1", "sh-green-upgrade-project", "2023-06-01", null)));
    assertThat(result.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("10000000")));
    assertThat(result.notes()).extracting(Reason::code).containsExactly("fixed-figure");
    assertThat(result.notes().get(0).message().en()).startsWith("'" + tier.name().en() + "' 10000000")
        .endsWith(" yuan");
  }

  @Test
  void test_onceAYear_eventsOfOneYearCountOnce_eachYearApart() {
    // 深工信〔2023〕26号 第17条 "每年对其…分别给予不超过1000万元": the built-in tier, ONCE_A_YEAR, with its window widened
    // to 2023–2024 to show two years: two events in 2023 and one in 2024 → two platform-years, up to 2 × 10,000,000
    AwardMeasure platform = DATA.getMeasure(AwardMeasure.SHENZHEN_DIGITAL_PLATFORM_2023);
    AwardTier tier = platform.tiers().get(0);
    assertThat(tier.repeatOrDefault()).isEqualTo(AwardRepeat.ONCE_A_YEAR);
    GrantTrigger trigger = tier.trigger();
    GrantTrigger twoYears = new GrantTrigger(trigger.newlyRecognised(), trigger.event(), trigger.maximumRank(),
        trigger.heldOnEventDate(), trigger.window().withValue(DateRange.of(LocalDate.of(2023, 1, 1),
        LocalDate.of(2024, 12, 31))), trigger.condition());
    AwardMeasure widened = new AwardMeasure(platform.id(), platform.clause(), platform.documentStatus(),
        platform.title(), List.of(new AwardTier(tier.code(), tier.name(), twoYears, tier.amount(), tier.repeat())),
        platform.combination(), platform.consequences());
    AwardResult result = CALCULATOR.explainAward(widened, events(
        event("P-1", "sz-digital-platform-selected", "2023-03-01", null),
        event("P-2", "sz-digital-platform-selected", "2023-09-01", null),
        event("P-3", "sz-digital-platform-selected", "2024-03-01", null)));
    assertThat(result.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("20000000")));
    assertThat(result.notes()).extracting(Reason::code).containsExactly("ceiling-fixed-by-authority", "once-a-year");
    // the same events, each earning the tier (EACH_EVENT, the default): 3 × 10,000,000
    AwardMeasure each = new AwardMeasure(platform.id(), platform.clause(), platform.documentStatus(),
        platform.title(), List.of(new AwardTier(tier.code(), tier.name(), twoYears, tier.amount())),
        platform.combination(), platform.consequences());
    assertThat(CALCULATOR.explainAward(each, events(
        event("P-1", "sz-digital-platform-selected", "2023-03-01", null),
        event("P-2", "sz-digital-platform-selected", "2023-09-01", null),
        event("P-3", "sz-digital-platform-selected", "2024-03-01", null))).amount())
        .isEqualTo(OutcomeAmount.upTo(Cny.of("30000000")));
  }

  @Test
  void test_onceAYear_eventsNotKnown_onceForEachYearOfTheWindow() {
    // 深工信〔2023〕26号 第17条 "每年对其…分别给予不超过1000万元", window 2023: with the events not known, the platform can
    // be selected in 2023 only, so at most once: 0 – 10,000,000, the tier's ceiling binding (decisions register §4.6
    // item 60; before 2026-12-05, no upper bound)
    AwardMeasure platform = DATA.getMeasure(AwardMeasure.SHENZHEN_DIGITAL_PLATFORM_2023);
    AwardRequest unknown = AwardRequest.builder().size(EnterpriseSize.SMALL).build();
    AwardResult result = CALCULATOR.explainAward(platform, unknown);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("10000000")));
    assertThat(result.missingFacts()).containsExactly("/grantEvents");
    // the window widened to 2023–2024: once in each year, 0 – 2 × 10,000,000; open-ended: no upper bound
    AwardTier tier = platform.tiers().get(0);
    GrantTrigger trigger = tier.trigger();
    for (DateRange window : List.of(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)),
        DateRange.startingOn(LocalDate.of(2023, 1, 1)))) {
      GrantTrigger widenedTrigger = new GrantTrigger(trigger.newlyRecognised(), trigger.event(),
          trigger.maximumRank(), trigger.heldOnEventDate(), trigger.window().withValue(window), trigger.condition());
      AwardMeasure widened = new AwardMeasure(platform.id(), platform.clause(), platform.documentStatus(),
          platform.title(), List.of(new AwardTier(tier.code(), tier.name(), widenedTrigger, tier.amount(),
          tier.repeat())), platform.combination(), platform.consequences());
      assertThat(CALCULATOR.explainAward(widened, unknown).amount()).isEqualTo(window.isOpenEnded()
          ? OutcomeAmount.atLeast(Cny.of("0")) : OutcomeAmount.upTo(Cny.of("20000000")));
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_makerChina_awardAndFastTracks() {
    // a Shenzhen-division winning project: up to 300,000; placed 42nd nationally: both the top-500 and top-50 tracks
    AwardResult result = CALCULATOR.explainAward(MAKER, events(
        event("M-1", "maker-china-shenzhen-award", "2023-09-20", null),
        GrantEvent.builder().eventId("M-2").code("maker-china-national-placing")
            .date(java.time.LocalDate.of(2023, 11, 18)).rank(42).build()));
    assertThat(result.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("300000")));
    assertThat(result.notes()).extracting(Reason::code).contains("maker-china-top-500-specialised",
        "maker-china-top-50-little-giant");
    // the one tier's condition, for M-1 (2023-09-20, in 2023); the national placing is a consequence, not a tier
    assertOutcomes(result.explanation(), MET);
  }

  @ParameterizedTest(name = "national rank {0}")
  @CsvSource({
      "50, true, true",    // "全国50强": the 50th is in
      "51, true, false",   // the 51st: top 500 only
      "500, true, false",  // "全国500强": the 500th is in
      "501, false, false"}) // the 501st: neither
  void test_makerChina_rankBoundaries(int rank, boolean top500, boolean top50) {
    AwardResult result = CALCULATOR.explainAward(MAKER, events(GrantEvent.builder().eventId("M-2")
        .code("maker-china-national-placing").date(java.time.LocalDate.of(2023, 11, 18)).rank(rank).build()));
    // a national placing alone earns no money under 第16条 (the award is for the Shenzhen division's winners)
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.amount()).isEqualTo(OutcomeAmount.ZERO);
    List<String> codes = result.notes().stream().map(Reason::code).toList();
    assertThat(codes.contains("maker-china-top-500-specialised")).isEqualTo(top500);
    assertThat(codes.contains("maker-china-top-50-little-giant")).isEqualTo(top50);
    // no maker-china-shenzhen-award event: the tier's condition is not met, whatever the rank
    assertOutcomes(result.explanation(), NOT_MET);
  }

  @Test
  void test_json_roundTrip_keepsTheFloor() {
    String request = "{\"littleGiant\": {\"held\": true, \"since\": \"2023-07-01\"}, "
        + "\"specialisedAndInnovative\": {\"held\": false}}";
    AwardResult back = HuiqiJson.read(CALCULATOR.explainAwardJson(DISTRICT, request),
        AwardResult.class);
    // "不低于30万元": at least 300,000, no upper bound, through JSON
    assertThat(back.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("300000")));
    assertThat(back.tiersEarned()).containsExactly("little-giant");
  }

  @Test
  void test_badInput_namesTheField() {
    assertField(() -> CALCULATOR.explainAwardJson(MAKER, "{\"grantEvents\": [{\"eventId\": \"M-1\", "
        + "\"code\": \"maker-china-national-placing\", \"date\": \"2023-11-18\", \"rank\": -3}]}"),
        "/grantEvents/0/rank");
    assertField(() -> CALCULATOR.explainAwardJson(MAKER, "{\"littleGiant\": {\"held\": true, "
        + "\"since\": \"2023-07-01\", \"until\": \"2023-06-30\"}}"), "/littleGiant/until");
  }

  @Test
  void test_explanation_eachTiersMatchesAndAmount() {
    // one Shenzhen-division winner: the tier's one match, up to "最高给予30万元"
    AwardResult maker = CALCULATOR.explainAward(MAKER, events(
        event("M-1", "maker-china-shenzhen-award", "2023-09-20", null)));
    assertThat(maker.explanation().stepsOf(InputStep.class)).singleElement().satisfies(step -> {
      // both ends are amounts at the fen (the first once read "0 .. 300000.00")
      assertThat(step.name().en()).endsWith("”: 1 match(es), amount 0.00 .. 300000.00");
      assertThat(step.name().zh()).endsWith("：1 项，金额 0.00 .. 300000.00");
    });
    // a new 小巨人: "不低于30万元", no upper bound
    AwardResult floor = CALCULATOR.explainAward(DISTRICT,
        recognitions(held("2022-09-01", "2025-08-31"), held("2023-07-01", "2026-06-30")));
    // each language says so in its own words, and the tier's own quotes are not doubled (the steps once read
    // "金额 300000.00 .. (no upper bound)" and "tier 'newly recognised 'little giant'': …")
    assertThat(floor.explanation().stepsOf(InputStep.class)).singleElement().satisfies(step -> {
      assertThat(step.name().en())
          .isEqualTo("tier “newly recognised 'little giant'”: 1 match(es), amount 300000.00 .. (no upper bound)");
      assertThat(step.name().zh()).isEqualTo("档次「新认定专精特新“小巨人”企业」：1 项，金额 300000.00 .. （无上限）");
    });
  }
}
