package io.github.huiqi.calculators.grants.award;

import static io.github.huiqi.calculators.grants.GrantProfiles.agreeing;
import static io.github.huiqi.calculators.grants.GrantProfiles.event;
import static io.github.huiqi.calculators.grants.GrantProfiles.shanghai;
import static io.github.huiqi.calculators.grants.GrantProfiles.shenzhen;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Audit of the awards earned by events, each a ceiling from zero: 深工信〔2023〕26号 第16条 ("对在深圳赛区的获奖项目，最高给予
 * 30 万元奖励", each winning project; top 500 / top 50 nationally as consequences), its draft restatement (第九条), 第17条
 * ("每年对其…任务完成情况分别给予不超过 1000 万元的资助", once a platform and year) and 沪企服办〔2023〕1号 第六条 ("支持中小企业
 * 绿色化升级，最高支持 1000 万元", each project, 中小企业 only).
 */
class AwardEventAuditTest {

  private static final MeasureId MAKER = AwardMeasure.SHENZHEN_MAKER_CHINA_2023.id();
  private static final MeasureId DRAFT_MAKER = MeasureId.of("sz-gxj-zjtx-32-draft.maker-china-award");
  private static final MeasureId PLATFORM = AwardMeasure.SHENZHEN_DIGITAL_PLATFORM_2023.id();
  private static final MeasureId GREEN = MeasureId.of("sh-qfb-2023-1.green-upgrade-support");

  @ParameterizedTest(name = "创客中国 award on {0}: up to {1}")
  @CsvSource({"2022-12-31, ", "2023-01-01, 300000", "2023-12-31, 300000", "2024-01-01, "})
  void test_makerChina_2023Contest_upToThirtyWan(String date, String ceiling) {
    MeasureOutcome outcome = agreeing(MAKER, shenzhen().grantEvents(
        List.of(event("M-1", "maker-china-shenzhen-award", date, null))).build());
    // 第16条 "最高给予 30 万元奖励": [0, 300,000] for a 2023 award (the pack's window), 0 otherwise
    assertThat(outcome.amount()).isEqualTo(ceiling == null ? OutcomeAmount.ZERO : OutcomeAmount.upTo(Cny.of(ceiling)));
  }

  @Test
  void test_makerChina_twoWinningProjects_eachItsOwnCeiling() {
    // "对在深圳赛区的获奖项目" — per project: two projects of the firm won in 2023, [0, 300,000 × 2] = [0, 600,000]
    MeasureOutcome outcome = agreeing(MAKER, shenzhen().grantEvents(List.of(
        event("M-1", "maker-china-shenzhen-award", "2023-05-01", null),
        event("M-2", "maker-china-shenzhen-award", "2023-09-01", null))).build());
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("600000")));
  }

  @ParameterizedTest(name = "national rank {0}")
  @CsvSource({
      // 第16条: 全国 500 强 → 可直接认定为专精特新中小企业; 全国 50 强 → “创新能力”指标直通资格
      "50, maker-china-top-500-specialised|maker-china-top-50-little-giant",
      "51, maker-china-top-500-specialised",
      "500, maker-china-top-500-specialised",
      "501, "})
  void test_makerChina_nationalPlacing_boundariesOfTheTop500AndTop50(int rank, String codes) {
    MeasureOutcome outcome = agreeing(MAKER, shenzhen().grantEvents(List.of(
        event("M-1", "maker-china-shenzhen-award", "2023-05-01", null),
        GrantEvent.builder().eventId("N-1").code("maker-china-national-placing").date(LocalDate.of(2023, 11, 18))
            .rank(rank).build())).build());
    // the consequences change nothing in the amount: [0, 300,000]
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("300000")));
    List<String> expected = codes == null ? List.of() : List.of(codes.split("\\|"));
    assertThat(outcome.notes()).extracting(Reason::code).filteredOn(code -> code.startsWith("maker-china-top"))
        .containsExactlyElementsOf(expected);
    assertThat(outcome.detail().isPresent()).isEqualTo(!expected.isEmpty());
  }

  @Test
  void test_draftMakerChina_openEndedFromTheYearOfTheMeasures_draftNoted() {
    // 第九条 (征求意见稿): "最高给予30万元奖励", the window 2023-01-01.. open-ended in the pack
    MeasureOutcome before = agreeing(DRAFT_MAKER, shenzhen().grantEvents(List.of(
        event("M-1", "maker-china-shenzhen-award", "2022-12-31", null))).build());
    assertThat(before.verdict()).isEqualTo(Verdict.INELIGIBLE);
    MeasureOutcome later = agreeing(DRAFT_MAKER, shenzhen().grantEvents(List.of(
        event("M-1", "maker-china-shenzhen-award", "2024-06-01", null))).build());
    assertThat(later.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("300000")));
    assertThat(later.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(later.notes()).extracting(Reason::code).first().isEqualTo("draft");
  }

  @ParameterizedTest(name = "platform selected on {0} and {1}: up to {2}")
  @CsvSource({
      // 第17条: once a platform and year, the 2023 year of the document only
      "2023-01-01, 2023-12-31, 10000000",
      "2022-12-31, 2023-06-30, 10000000",
      "2022-12-31, 2024-01-01, "})
  void test_digitalPlatform_onceAYear_theYearsEnds(String first, String second, String ceiling) {
    MeasureOutcome outcome = agreeing(PLATFORM, shenzhen().grantEvents(List.of(
        event("P-1", "sz-digital-platform-selected", first, null),
        event("P-2", "sz-digital-platform-selected", second, null))).build());
    // two selections in 2023 (its first and last days): one year, [0, 10,000,000], not 20,000,000
    assertThat(outcome.amount()).isEqualTo(ceiling == null ? OutcomeAmount.ZERO : OutcomeAmount.upTo(Cny.of(ceiling)));
  }

  @Test
  void test_greenUpgrade_eachProjectItsOwnCeiling_smeOnly() {
    List<GrantEvent> two = List.of(event("G-1", "sh-green-upgrade-project", "2023-01-01", null),
        event("G-2", "sh-green-upgrade-project", "2023-12-31", null));
    // 第六条 "最高支持 1000 万元" a project: two projects approved in 2023, [0, 20,000,000] for a medium enterprise
    MeasureOutcome medium = agreeing(GREEN, shanghai().size(EnterpriseSize.MEDIUM).grantEvents(two).build());
    assertThat(medium.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(medium.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("20000000")));
    // "支持中小企业": a large enterprise is not one (工信部联企业〔2011〕300号), 0
    MeasureOutcome large = agreeing(GREEN, shanghai().size(EnterpriseSize.LARGE).grantEvents(two).build());
    assertThat(large.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(large.amount()).isEqualTo(OutcomeAmount.ZERO);
    // the size not known and nothing to size it from: undetermined, [0, 20,000,000], naming /size
    MeasureOutcome unknown = agreeing(GREEN, shanghai().grantEvents(two).build());
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("20000000")));
    assertThat(unknown.missingFacts()).contains("/size");
    // approved 2024-01-01: out of the 2023 window
    MeasureOutcome late = agreeing(GREEN, shanghai().size(EnterpriseSize.MICRO).grantEvents(
        List.of(event("G-3", "sh-green-upgrade-project", "2024-01-01", null))).build());
    assertThat(late.verdict()).isEqualTo(Verdict.INELIGIBLE);
  }
}
