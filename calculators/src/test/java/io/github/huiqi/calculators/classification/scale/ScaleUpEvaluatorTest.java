package io.github.huiqi.calculators.classification.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure;
import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 小升规 pool and reward (小升规方案 第四条) evaluated on enterprise profiles, alone and through the engine, which
 * classifies the size first (工信部联企业〔2011〕300号).
 */
class ScaleUpEvaluatorTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final LocalDate MID_2023 = LocalDate.of(2023, 6, 30);
  private static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 1);

  private static EnterpriseProfile.Builder firm(EnterpriseYear... years) {
    return EnterpriseProfile.builder().registrationRegionCode("440306").industryCode("C3484").years(List.of(years));
  }

  private static MeasureOutcome pool(EntitlementReport report) {
    return report.outcome(ScaleUpPoolMeasure.SHENZHEN_2022.id()).orElseThrow();
  }

  private static MeasureOutcome reward(EntitlementReport report) {
    return report.outcome(ScaleUpRewardMeasure.SHENZHEN_2022.id()).orElseThrow();
  }

  @Test
  void test_pool_sizeStated_priorYearRevenueInBand() {
    // 2022 revenue 15,000,000: 10,000,000 ≤ r < 20,000,000; a small manufacturer: a member, no money
    EnterpriseProfile profile = firm(EnterpriseYear.builder().year(2022).revenue(Cny.of("15000000")).build())
        .size(EnterpriseSize.SMALL).build();
    MeasureOutcome outcome = CATALOG.evaluate(ScaleUpPoolMeasure.SHENZHEN_2022.id(), profile, MID_2023);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.responsibleDepartments()).extracting(text -> text.zh())
        .containsExactly("市中小企业服务局", "市税务局", "各区(新区、深汕特别合作区)");
    // the prior year not in the profile: /years
    MeasureOutcome noYear = CATALOG.evaluate(ScaleUpPoolMeasure.SHENZHEN_2022.id(), profile, LocalDate.of(2024, 6,
        30));
    assertThat(noYear.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(noYear.missingFacts()).containsExactly("/years");
  }

  @Test
  void test_pool_throughTheEngine_sizeFromTheFigures() {
    // no size stated; 2022: 80 employees ≥ 20, 15,000,000 ≥ 3,000,000 and < 20,000,000: 工业, small (300号 第四条（二）)
    EnterpriseProfile profile = firm(EnterpriseYear.builder().year(2022).employees(80).revenue(Cny.of("15000000"))
        .build()).build();
    MeasureOutcome outcome = pool(EntitlementEngine.builtIn().evaluate(profile, MID_2023));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.notes()).anyMatch(note -> note.code().equals("size-derived"));
    // without the headcount the class is small or micro (medium needs 营业收入 ≥ 2,000万元, 第四条（二）); the pool
    // (小型微型工业企业, 1000至2000万元) takes both, so the headcount decides nothing: a member, not undetermined
    EnterpriseProfile noHeadcount = firm(EnterpriseYear.builder().year(2022).revenue(Cny.of("15000000")).build())
        .build();
    MeasureOutcome open = pool(EntitlementEngine.builtIn().evaluate(noHeadcount, MID_2023));
    assertThat(open.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(open.missingFacts()).isEmpty();
    assertThat(open.notes()).anyMatch(note -> note.code().equals("size-derived"));
    // revenue not given either: the class and the band are open, and the revenue is named
    EnterpriseProfile noFigures = firm(EnterpriseYear.builder().year(2022).employees(80).build()).build();
    MeasureOutcome unknown = pool(EntitlementEngine.builtIn().evaluate(noFigures, MID_2023));
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.missingFacts()).contains("/years/0/revenue");
  }

  @Test
  void test_reward_firstEntryAndGrowth_upTo200000() {
    // 2021 out, 2022 in (first entry), 2023 still in with 25,000,000 > 23,000,000: up to 200,000, counted
    EnterpriseProfile profile = firm(
        EnterpriseYear.builder().year(2021).aboveScale(false).revenue(Cny.of("18000000")).build(),
        EnterpriseYear.builder().year(2022).aboveScale(true).revenue(Cny.of("23000000")).build(),
        EnterpriseYear.builder().year(2023).aboveScale(true).revenue(Cny.of("25000000")).build()).build();
    EntitlementReport report = EntitlementEngine.builtIn().explain(profile, MARCH_2024);
    MeasureOutcome outcome = reward(report);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000.00")));
    assertThat(outcome.windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertThat(outcome.countedInTotal()).isTrue();
    assertThat(outcome.detail().orElseThrow().zh()).contains("2022");
    // the pool is for 2023 revenue 25,000,000: above the band
    assertThat(pool(report).verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_reward_missingFacts_areProfilePointers() {
    EnterpriseProfile profile = firm(
        EnterpriseYear.builder().year(2021).aboveScale(false).build(),
        EnterpriseYear.builder().year(2022).aboveScale(true).revenue(Cny.of("23000000")).build(),
        EnterpriseYear.builder().year(2023).aboveScale(true).build()).build();
    MeasureOutcome outcome = CATALOG.evaluate(ScaleUpRewardMeasure.SHENZHEN_2022.id(), profile, MARCH_2024);
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.missingFacts()).containsExactly("/years/2/revenue");
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000.00")));
    EnterpriseProfile noYears = EnterpriseProfile.builder().registrationRegionCode("440306").build();
    MeasureOutcome open = CATALOG.evaluate(ScaleUpRewardMeasure.SHENZHEN_2022.id(), noYears, MARCH_2024);
    assertThat(open.missingFacts()).containsExactly("/industryCode", "/years");
    EnterpriseProfile retail = EnterpriseProfile.builder().registrationRegionCode("440306").industryCode("F5211")
        .build();
    assertThat(CATALOG.evaluate(ScaleUpRewardMeasure.SHENZHEN_2022.id(), retail, MARCH_2024).verdict())
        .isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_reward_entryYear_isTheDetailOfBothForms() {
    // 2022 is the first year in the database (第四条 首次纳入), 2023 not yet given: undetermined, up to 200,000, and the
    // entry year is the answer's detail in the plain form as in the explaining one
    EnterpriseProfile profile = firm(
        EnterpriseYear.builder().year(2021).aboveScale(false).build(),
        EnterpriseYear.builder().year(2022).aboveScale(true).revenue(Cny.of("23000000")).build()).build();
    MeasureOutcome plain = reward(EntitlementEngine.builtIn().evaluate(profile, MARCH_2024));
    MeasureOutcome explained = reward(EntitlementEngine.builtIn().explain(profile, MARCH_2024));
    assertThat(plain.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(plain.detail().orElseThrow().zh()).isEqualTo("2022年首次纳入规上工业企业库");
    assertThat(plain.detail()).isEqualTo(explained.detail());
  }

  @Test
  void test_reward_yearsNotKnown_explainsWhatIsUndecided() {
    // no years: whether and when the firm first entered the database (第四条) is not known; an industrial firm
    // (C3484, 门类 C) is otherwise in reach, so the first entry is the one reason, naming /years
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440306").industryCode("C3484")
        .build();
    MeasureOutcome explained = reward(EntitlementEngine.builtIn().explain(profile, MARCH_2024));
    assertThat(explained.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(explained.missingFacts()).containsExactly("/years");
    assertThat(explained.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000.00")));
    assertThat(explained.reasons()).extracting(reason -> reason.code()).containsExactly("first-entry");
    assertThat(explained.reasons().get(0).citation().label()).contains("第四条");
    assertThat(explained.detail()).isEmpty();
    // the industry not known either: both conditions undecided, in the order of the missing facts
    EnterpriseProfile bare = EnterpriseProfile.builder().registrationRegionCode("440306").build();
    MeasureOutcome open = reward(EntitlementEngine.builtIn().explain(bare, MARCH_2024));
    assertThat(open.missingFacts()).containsExactly("/industryCode", "/years");
    assertThat(open.reasons()).extracting(reason -> reason.code())
        .containsExactly("industrial-enterprise", "first-entry");
  }
}
