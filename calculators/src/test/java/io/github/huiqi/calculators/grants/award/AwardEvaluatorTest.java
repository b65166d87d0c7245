package io.github.huiqi.calculators.grants.award;

import static io.github.huiqi.calculators.grants.GrantProfiles.agreeing;
import static io.github.huiqi.calculators.grants.GrantProfiles.event;
import static io.github.huiqi.calculators.grants.GrantProfiles.held;
import static io.github.huiqi.calculators.grants.GrantProfiles.shanghai;
import static io.github.huiqi.calculators.grants.GrantProfiles.shenzhen;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.grants.award.AwardConsequence;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The award measures evaluated on enterprise profiles through the catalogue, each expected value from its clause:
 * Shanghai's district floors (沪企服办〔2023〕1号 第一条), Shenzhen's 专精特新 awards as the 2021 reply letter cites them
 * (深府规〔2021〕1号: 小巨人 最高50万元, 省专精特新 最高20万元; 深府〔2022〕31号 adds 市级 最高10万元), its demonstration
 * platforms (最高50万元, 一次性), its digital platforms (深工信〔2023〕26号 第17条, 不超过1000万元 a platform a year) and
 * 创客中国 (第16条, and the draft's 第九条).
 */
class AwardEvaluatorTest {

  private static final MeasureId SZ_SPECIALISED = AwardMeasure.SHENZHEN_SPECIALISED.id();
  private static final MeasureId SZ_DEMONSTRATION =
      MeasureId.of("sz-gxj-2021-reply-20210370.demonstration-platform-award");
  private static final MeasureId DRAFT_MAKER = MeasureId.of("sz-gxj-zjtx-32-draft.maker-china-award");

  @Test
  void test_shanghaiNewLittleGiant_atLeast300000_countedInTotal() {
    EnterpriseProfile firm = shanghai().specialisedAndInnovative(held("2022-09-01", "2025-08-31"))
        .littleGiant(held("2023-07-01", "2026-06-30")).build();
    MeasureOutcome outcome = agreeing(AwardMeasure.SHANGHAI_SPECIALISED_2023.id(), firm);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    // "不低于30万元": a floor, never presented as the amount
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("300000")));
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
    assertThat(outcome.countedInTotal()).isTrue();
    assertThat(outcome.notes()).extracting(Reason::code).containsExactly("floor-fixed-by-authority");
    assertThat(outcome.responsibleDepartments()).extracting(text -> text.zh()).containsExactly("市经济信息化委",
        "各区政府");
  }

  @Test
  void test_shenzhenSpecialised_tiersAndTheirCombination() {
    // a provincial 专精特新 recognised 2022-09-01 and a 小巨人 2023-07-01, both within 2021-01-01..2025-12-31:
    // the highest alone by default, up to 500,000 (not 500,000 + 200,000)
    EnterpriseProfile firm = shenzhen().specialisedAndInnovative(held("2022-09-01", null))
        .littleGiant(held("2023-07-01", null)).grantEvents(List.of()).build();
    MeasureOutcome outcome = agreeing(SZ_SPECIALISED, firm);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("500000")));
    assertThat(outcome.notes()).extracting(Reason::code).contains("tiers-highest");
    assertThat(outcome.notes()).filteredOn(note -> note.code().equals("tiers-highest")).singleElement()
        .satisfies(note -> assertThat(note.citation().item()).hasValue("25"));
    // the municipal tier (深府〔2022〕31号, from 2022-04-08): up to 100,000 on its recognition event
    EnterpriseProfile municipal = shenzhen().specialisedAndInnovative(Qualification.held(false))
        .littleGiant(Qualification.held(false)).grantEvents(List.of(
            event("S-1", "sz-municipal-specialised-recognition", "2022-04-08", null))).build();
    assertThat(agreeing(SZ_SPECIALISED, municipal).amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("100000")));
    // the day before 深府〔2022〕31号 took effect: no municipal award
    EnterpriseProfile early = shenzhen().specialisedAndInnovative(Qualification.held(false))
        .littleGiant(Qualification.held(false)).grantEvents(List.of(
            event("S-1", "sz-municipal-specialised-recognition", "2022-04-07", null))).build();
    assertThat(agreeing(SZ_SPECIALISED, early).verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_shenzhenSpecialised_unknown_namesEveryFact() {
    MeasureOutcome outcome = agreeing(SZ_SPECIALISED, shenzhen().build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    // the highest of up to 500,000, 200,000 and the municipal tier, which pays up to 100,000 on each recognition
    // event: with the events not known, any number of them, so no upper bound (decisions register §4.6 item 60;
    // before: up to 500,000, though six such events given would pay up to 6 × 100,000 = 600,000)
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("0")));
    assertThat(outcome.missingFacts()).containsExactly("/littleGiant", "/specialisedAndInnovative",
        "/grantEvents");
  }

  @Test
  void test_demonstrationPlatform_oneOffUpTo500000_informational() {
    MeasureOutcome outcome = agreeing(SZ_DEMONSTRATION, shenzhen().grantEvents(List.of(
        event("D-1", "sz-demonstration-platform-recognition", "2022-12-01", null))).build());
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("500000")));
    assertThat(outcome.documentStatus()).isEqualTo(DocumentStatus.INFORMATIONAL);
    // recognised before the reply letter (2021-10-20) describes the programme: outside the window
    MeasureOutcome before = agreeing(SZ_DEMONSTRATION, shenzhen().grantEvents(List.of(
        event("D-1", "sz-demonstration-platform-recognition", "2021-10-19", null))).build());
    assertThat(before.verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_demonstrationPlatform_citesSectionThreeOfTheReplyLetter() {
    // "对经认定的“深圳市中小企业公共服务示范平台”给予一次性奖励，奖励标准为最高50万元" is in section 三 of the 2021 reply
    // letter (三、强化中小科技企业服务意识，出台针对性政策的建议, its "二是组织中小企业公共服务示范平台认定"); section 二 is the
    // 产业化落地平台 and the 贴息贴保 (was cited as 二)
    MeasureOutcome outcome = agreeing(SZ_DEMONSTRATION, shenzhen().grantEvents(List.of(
        event("D-1", "sz-demonstration-platform-recognition", "2022-12-01", null))).build());
    assertThat(outcome.clause().article()).isEqualTo("三");
    assertThat(outcome.clauseLabel()).endsWith(" 三");
    AwardMeasure measure = PolicyData.builtIn().getMeasure(SZ_DEMONSTRATION, AwardMeasure.class);
    assertThat(measure.tiers()).singleElement().satisfies(tier -> {
      assertThat(tier.trigger().condition().article()).isEqualTo("三");
      assertThat(tier.trigger().window().citation().article()).isEqualTo("三");
      assertThat(tier.amount().citation().article()).isEqualTo("三");
    });
  }

  @Test
  void test_digitalPlatform_perPlatformVendorYear() {
    // 第17条 "遴选一批优质平台商，每年对其…分别给予不超过1000万元的资助": each selected vendor (平台商, the enterprise)
    // at most 10,000,000 a year, so two selection events of the firm in 2023 → up to 10,000,000, not 20,000,000
    MeasureOutcome outcome = agreeing(AwardMeasure.SHENZHEN_DIGITAL_PLATFORM_2023.id(), shenzhen().grantEvents(
        List.of(event("P-1", "sz-digital-platform-selected", "2023-03-01", null),
            event("P-2", "sz-digital-platform-selected", "2023-09-01", null))).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("10000000")));
  }

  @Test
  void test_digitalPlatform_eventsNotGiven_upToOneYearsCeiling() {
    // 第17条 "每年…分别给予不超过1000万元", its window 2023: with the events not given the firm may be selected in 2023,
    // once a year, so 0 – 10,000,000, the tier's ceiling binding (decisions register §4.6 item 60)
    MeasureOutcome outcome = agreeing(AwardMeasure.SHENZHEN_DIGITAL_PLATFORM_2023.id(), shenzhen().build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("10000000")));
    assertThat(outcome.missingFacts()).containsExactly("/grantEvents");
    assertThat(outcome.bindingLimit().orElseThrow().code()).isEqualTo("award-ceiling");
  }

  @Test
  void test_makerChina_eventsNotGiven_noUpperBound() {
    // 深工信〔2023〕26号 第16条 "对在深圳赛区的获奖项目,最高给予30万元奖励": each winning project up to 300,000, so two
    // winning projects of 2023 → up to 2 × 300,000 = 600,000
    MeasureOutcome two = agreeing(AwardMeasure.SHENZHEN_MAKER_CHINA_2023.id(), shenzhen().grantEvents(List.of(
        event("M-1", "maker-china-shenzhen-award", "2023-09-20", null),
        event("M-2", "maker-china-shenzhen-award", "2023-09-20", null))).build());
    assertThat(two.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(two.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("600000")));
    // the events not given: any number of winning projects, from zero with no upper bound (decisions register §4.6
    // item 60; before: up to 300,000, which the two projects above overturn)
    MeasureOutcome open = agreeing(AwardMeasure.SHENZHEN_MAKER_CHINA_2023.id(), shenzhen().build());
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("0")));
    assertThat(open.missingFacts()).containsExactly("/grantEvents");
    // the 2021 reply letter's demonstration platform award, "一次性奖励" (二) up to 500,000: one-off, so the events
    // not given leave it at 0 – 500,000
    assertThat(agreeing(SZ_DEMONSTRATION, shenzhen().build()).amount())
        .isEqualTo(OutcomeAmount.upTo(Cny.of("500000")));
  }

  @Test
  void test_makerChina_fastTracksInTheDetail_inBothForms() {
    EnterpriseProfile firm = shenzhen().grantEvents(List.of(
        event("M-1", "maker-china-shenzhen-award", "2023-09-20", null),
        GrantEvent.builder().eventId("M-2").code("maker-china-national-placing").date(LocalDate.of(2023, 11, 18))
            .rank(420).build())).build();
    MeasureOutcome outcome = agreeing(AwardMeasure.SHENZHEN_MAKER_CHINA_2023.id(), firm);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("300000")));
    // 420th nationally: within the top 500, not the top 50
    assertThat(outcome.detail()).hasValueSatisfying(detail -> {
      assertThat(detail.zh()).contains("专精特新中小企业").doesNotContain("创新能力");
    });
    // the draft's 第九条: the same figures, a draft, never counted
    MeasureOutcome draft = agreeing(DRAFT_MAKER, firm);
    assertThat(draft.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("300000")));
    assertThat(draft.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(draft.countedInTotal()).isFalse();
    assertThat(draft.notes()).extracting(Reason::code).startsWith("draft");
  }

  @Test
  void test_makerChina_bothFastTracks_joinedInTheDetail() {
    // 42nd nationally: within the top 500 and the top 50 (第16条), so the detail names both fast tracks, in the
    // measure's order, joined with "；" in Chinese and "; " in English
    EnterpriseProfile firm = shenzhen().grantEvents(List.of(
        event("M-1", "maker-china-shenzhen-award", "2023-09-20", null),
        GrantEvent.builder().eventId("M-2").code("maker-china-national-placing").date(LocalDate.of(2023, 11, 18))
            .rank(42).build())).build();
    List<AwardConsequence> tracks = PolicyData.builtIn().getMeasure(AwardMeasure.SHENZHEN_MAKER_CHINA_2023)
        .consequences();
    assertThat(tracks).hasSize(2);
    LocalizedText first = tracks.get(0).text();
    LocalizedText second = tracks.get(1).text();
    assertThat(agreeing(AwardMeasure.SHENZHEN_MAKER_CHINA_2023.id(), firm).detail())
        .contains(LocalizedText.of(first.zh() + "；" + second.zh(), first.en() + "; " + second.en()));
  }
}
