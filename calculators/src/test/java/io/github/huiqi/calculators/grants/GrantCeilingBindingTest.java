package io.github.huiqi.calculators.grants;

import static io.github.huiqi.calculators.grants.GrantProfiles.agreeing;
import static io.github.huiqi.calculators.grants.GrantProfiles.event;
import static io.github.huiqi.calculators.grants.GrantProfiles.held;
import static io.github.huiqi.calculators.grants.GrantProfiles.shanghai;
import static io.github.huiqi.calculators.grants.GrantProfiles.shenzhen;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An award whose figure is a ceiling ("最高X万元": the authority fixes the amount within it) names the ceiling and its
 * clause as the outcome's binding limit, in both forms; a floor ("不低于") or a fixed figure names none.
 */
class GrantCeilingBindingTest {

  @Test
  void test_shenzhenSpecialised_theHighestTiersCeilingBinds() {
    // provincial 专精特新 (最高20万元) and 小巨人 (最高50万元), the highest alone: [0, 500,000], bound by the 小巨人's
    // ceiling (2021 reply letter 一: "对国家专精特新“小巨人”企业，给予最高50万元奖励")
    EnterpriseProfile firm = shenzhen().specialisedAndInnovative(held("2022-09-01", null))
        .littleGiant(held("2023-07-01", null)).grantEvents(List.of()).build();
    MeasureOutcome outcome = agreeing(AwardMeasure.SHENZHEN_SPECIALISED.id(), firm);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("500000")));
    BindingLimit limit = outcome.bindingLimit().orElseThrow();
    assertThat(limit.code()).isEqualTo("award-ceiling");
    assertThat(limit.limit()).isEqualTo(Cny.of("500000"));
    assertThat(limit.citation().article()).isEqualTo("一");
    assertThat(limit.citation().quote()).hasValueSatisfying(quote -> assertThat(quote).contains("最高50万元"));
    assertThat(limit.name().zh()).contains("小巨人", "上限");
    // the municipal tier alone (深府〔2022〕31号 市级 最高10万元): [0, 100,000], bound by that ceiling
    EnterpriseProfile municipal = shenzhen().specialisedAndInnovative(Qualification.held(false))
        .littleGiant(Qualification.held(false)).grantEvents(List.of(
            event("S-1", "sz-municipal-specialised-recognition", "2022-04-08", null))).build();
    MeasureOutcome one = agreeing(AwardMeasure.SHENZHEN_SPECIALISED.id(), municipal);
    assertThat(one.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("100000")));
    assertThat(one.bindingLimit().map(BindingLimit::limit)).contains(Cny.of("100000"));
    // nothing known: undetermined from zero with no upper bound, the municipal tier paying on each of any number of
    // recognition events not known (decisions register §4.6 item 60), so no ceiling binds (before: [0, 500,000], the
    // 小巨人's ceiling the upper end)
    MeasureOutcome unknown = agreeing(AwardMeasure.SHENZHEN_SPECIALISED.id(), shenzhen().build());
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.amount().maximum()).isEmpty();
    assertThat(unknown.bindingLimit()).isEmpty();
    // the events known to be none: [0, 500,000] again, the 小巨人's ceiling the upper end
    MeasureOutcome noEvents = agreeing(AwardMeasure.SHENZHEN_SPECIALISED.id(), shenzhen().grantEvents(List.of())
        .build());
    assertThat(noEvents.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("500000")));
    assertThat(noEvents.bindingLimit().map(BindingLimit::limit)).contains(Cny.of("500000"));
    // ineligible (the day before 深府〔2022〕31号): zero, no limit
    EnterpriseProfile early = shenzhen().specialisedAndInnovative(Qualification.held(false))
        .littleGiant(Qualification.held(false)).grantEvents(List.of(
            event("S-1", "sz-municipal-specialised-recognition", "2022-04-07", null))).build();
    assertThat(agreeing(AwardMeasure.SHENZHEN_SPECIALISED.id(), early).bindingLimit()).isEmpty();
  }

  @Test
  void test_floor_namesNoCeiling() {
    // 沪企服办〔2023〕1号 第一条 "不低于30万元": a floor, no upper end to bind
    EnterpriseProfile firm = shanghai().specialisedAndInnovative(held("2022-09-01", "2025-08-31"))
        .littleGiant(held("2023-07-01", "2026-06-30")).build();
    MeasureOutcome outcome = agreeing(AwardMeasure.SHANGHAI_SPECIALISED_2023.id(), firm);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("300000")));
    assertThat(outcome.bindingLimit()).isEmpty();
  }

  @Test
  void test_shareWithItsBaseUnknown_theCapIsTheUpperEnd() {
    // 第二条 "上一年度研发投入5%、最高50万元": the R&D not given, [0, 500,000], the 最高50万元 its upper end
    EnterpriseProfile firm = shanghai().highTech(held("2021-12-23", "2024-12-22"))
        .grantEvents(List.of(event("E-1", "first-four-above", "2023-03-31", null))).build();
    MeasureOutcome outcome = agreeing(ShareMeasure.SHANGHAI_FOUR_ABOVE_HIGH_TECH_2023.id(), firm);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("500000")));
    assertThat(outcome.bindingLimit().map(BindingLimit::code)).contains("cap-per-event");
    assertThat(outcome.bindingLimit().map(BindingLimit::limit)).contains(Cny.of("500000"));
    // 5% × 4,000,000 = 200,000.00, below the cap: exact, nothing binds
    EnterpriseProfile below = shanghai().highTech(held("2021-12-23", "2024-12-22"))
        .grantEvents(List.of(event("E-1", "first-four-above", "2023-03-31", "4000000"))).build();
    MeasureOutcome exact = agreeing(ShareMeasure.SHANGHAI_FOUR_ABOVE_HIGH_TECH_2023.id(), below);
    assertThat(exact.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("200000.00")));
    assertThat(exact.bindingLimit()).isEmpty();
  }

  @Test
  void test_scaleUpReward_theCeilingOf第四条() {
    // 小升规方案 第四条 "最高20万元": 2021 out, 2022 first in, 2023 growth: [0, 200,000], the ceiling binding
    EnterpriseProfile firm = EnterpriseProfile.builder().registrationRegionCode("440306").industryCode("C3484")
        .years(List.of(EnterpriseYear.builder().year(2021).aboveScale(false).revenue(Cny.of("18000000")).build(),
            EnterpriseYear.builder().year(2022).aboveScale(true).revenue(Cny.of("23000000")).build(),
            EnterpriseYear.builder().year(2023).aboveScale(true).revenue(Cny.of("25000000")).build())).build();
    MeasureOutcome outcome = Catalog.builtIn().evaluate(ScaleUpRewardMeasure.SHENZHEN_2022.id(), firm,
        LocalDate.of(2024, 3, 31));
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000.00")));
    BindingLimit limit = outcome.bindingLimit().orElseThrow();
    assertThat(limit.code()).isEqualTo("reward-ceiling");
    assertThat(limit.limit()).isEqualTo(Cny.of("200000"));
    assertThat(limit.citation().article()).isEqualTo("第四条");
  }
}
