package io.github.huiqi.calculators.grants;

import static io.github.huiqi.calculators.grants.GrantProfiles.event;
import static io.github.huiqi.calculators.grants.GrantProfiles.held;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Shanghai platform's question, run through the whole engine: a 浦东 high-tech firm newly recognised as a 小巨人 in
 * 2023, first entering the 四上 statistics, with a digital-service contract and an approved renovation project. Every
 * figure is worked by hand from 沪企服办〔2023〕1号.
 */
class GrantShanghaiExampleTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 10, 31);

  private static EnterpriseProfile firm() {
    return GrantProfiles.shanghai()
        .specialisedAndInnovative(held("2022-09-01", "2025-08-31"))
        .littleGiant(held("2023-07-01", "2026-06-30"))
        .highTech(held("2021-12-23", "2024-12-22"))
        .grantEvents(List.of(
            event("E-1", "first-four-above", "2023-03-31", "8000000"),
            event("C-1", "sh-digital-service-contract", "2023-07-01", "800000"),
            event("R-1", "sh-technical-renovation-project", "2023-08-15", "15000000")))
        .build();
  }

  private static MeasureOutcome outcome(EntitlementReport report, TypedMeasureId<?> id) {
    return report.outcome(id.id()).orElseThrow();
  }

  @Test
  void test_newLittleGiant_fourAbove_contract_renovation() {
    EntitlementReport report = EntitlementEngine.builtIn().explain(firm(), AS_OF);
    // 第一条: a new 小巨人 (2023-07-01) earns at least 300,000 from its district; the 专精特新 of 2022 is not new
    assertThat(outcome(report, AwardMeasure.SHANGHAI_SPECIALISED_2023).amount())
        .isEqualTo(OutcomeAmount.atLeast(Cny.of("300000")));
    // 第二条: 5% × 8,000,000 = 400,000.00, under the 500,000 cap, exactly
    assertThat(outcome(report, ShareMeasure.SHANGHAI_FOUR_ABOVE_HIGH_TECH_2023).amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("400000.00")));
    // 第八条: up to 30% × 800,000 = 240,000.00
    assertThat(outcome(report, ShareMeasure.SHANGHAI_DIGITAL_CONTRACT_2023).amount())
        .isEqualTo(OutcomeAmount.upTo(Cny.of("240000.00")));
    // 第五条: 15,000,000 ≥ 10,000,000, up to 10% = 1,500,000.00
    assertThat(outcome(report, ShareMeasure.SHANGHAI_RENOVATION_2023).amount())
        .isEqualTo(OutcomeAmount.upTo(Cny.of("1500000.00")));
    // 第三条 and 第六条: no such event, and the list is known: ineligible
    assertThat(outcome(report, ShareMeasure.SHANGHAI_ACHIEVEMENT_UPLIFT_2023).verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome(report, AwardMeasure.SHANGHAI_GREEN_2023).verdict()).isEqualTo(Verdict.INELIGIBLE);
    // the Shenzhen awards do not apply to a Shanghai firm
    assertThat(outcome(report, AwardMeasure.SHENZHEN_MAKER_CHINA_2023).verdict()).isEqualTo(Verdict.INELIGIBLE);
    // these four outcomes add into the total in reach: at least 300,000 + 400,000 + 0 + 0 = 700,000.00 from them;
    // the total has no upper bound because of the floor
    assertThat(report.totals().inReach().isBounded()).isFalse();
    assertThat(report.totals().inReach().minimum().isGreaterThanOrEqualTo(Cny.of("700000"))).isTrue();
  }

  @Test
  void test_profileJson_badGrantEvent_namesTheField() {
    String json = "{\"profile\": {\"registrationRegionCode\": \"310115\", \"grantEvents\": [{\"eventId\": \"C-1\", "
        + "\"code\": \"sh-digital-service-contract\", \"date\": \"2023-07-01\", "
        + "\"amount\": {\"amount\": -800000, \"currency\": \"CNY\"}}]}, \"asOf\": \"2023-10-31\"}";
    assertField(() -> EntitlementEngine.builtIn().evaluateJson(json), "/profile/grantEvents/0/amount");
    String repeated = "{\"profile\": {\"grantEvents\": [{\"eventId\": \"C-1\", \"code\": \"a\", \"date\": "
        + "\"2023-07-01\"}, {\"eventId\": \"C-1\", \"code\": \"b\", \"date\": \"2023-07-02\"}]}, "
        + "\"asOf\": \"2023-10-31\"}";
    assertField(() -> EntitlementEngine.builtIn().evaluateJson(repeated), "/profile/grantEvents/1/eventId");
  }
}
