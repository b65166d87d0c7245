package io.github.huiqi.calculators.classification.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure;
import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Audit of 深圳市关于推动小型微型工业企业上规模发展三年行动方案(2022-2024年) 第四条 through the engine, which sizes the firm
 * from its figures first (工信部联企业〔2011〕300号, 工业: medium needs 从业人员 ≥ 300 and 营业收入 ≥ 2000 万元 together,
 * "否则下划一档"; micro needs one of 从业人员 < 20 or 营业收入 < 300 万元): the pool ("以全市上一年度营业收入1000至2000万元的
 * 小微工业企业为对象", 10,000,000 ≤ revenue < 20,000,000, decisions register §1.3 card 001-4a) and the reward ("对首次纳入
 * 规模以上工业企业库并于入库次年实现产值(营业收入)正增长的工业企业…给予最高20万元奖励").
 */
class ScaleUpAuditTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();

  private static MeasureOutcome pool(String industry, int employees, String revenue) {
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440306").industryCode(industry)
        .years(List.of(EnterpriseYear.builder().year(2022).employees(employees).revenue(Cny.of(revenue)).build()))
        .build();
    return ENGINE.evaluate(profile, LocalDate.of(2023, 6, 30)).outcome(ScaleUpPoolMeasure.SHENZHEN_2022.id())
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0}, {1} persons, revenue {2}: {3}")
  @CsvSource({
      // 300 persons but 19,999,999.99 < 2000万元: not medium (须同时满足), small; in the band: a member
      "C3484, 300, 19999999.99, ELIGIBLE",
      // 300 persons and 20,000,000.00: medium, and at the band's excluded upper end: not a member
      "C3484, 300, 20000000.00, INELIGIBLE",
      // 19 persons: micro (one indicator suffices) whatever the revenue; 10,000,000.00 is the band's included floor
      "C3484, 19, 10000000.00, ELIGIBLE",
      // one fen under the band's floor
      "C3484, 50, 9999999.99, INELIGIBLE",
      // 软件和信息技术服务业 is not 工业 (GB/T 4754-2017 B, C, D): not a member
      "I6510, 50, 15000000, INELIGIBLE"})
  void test_pool_sizeFromTheFigures_andTheBand(String industry, int employees, String revenue, Verdict verdict) {
    assertThat(pool(industry, employees, revenue).verdict()).isEqualTo(verdict);
  }

  private static EnterpriseYear year(int year, boolean above, String revenue) {
    return EnterpriseYear.builder().year(year).aboveScale(above).revenue(Cny.of(revenue)).build();
  }

  private static MeasureOutcome reward(EnterpriseYear... years) {
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440306").industryCode("C3484")
        .years(List.of(years)).build();
    return ENGINE.evaluate(profile, LocalDate.of(2024, 3, 1)).outcome(ScaleUpRewardMeasure.SHENZHEN_2022.id())
        .orElseThrow();
  }

  @Test
  void test_reward_growthOfOneFen_isPositive() {
    // out in 2021, first in 2022 (23,000,000), still in 2023 with 23,000,000.01 > 23,000,000: 正增长; [0, 200,000]
    MeasureOutcome outcome = reward(year(2021, false, "18000000"), year(2022, true, "23000000"),
        year(2023, true, "23000000.01"));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000")));
  }

  @Test
  void test_reward_flatRevenue_isNotGrowth() {
    // 2023 revenue equal to 2022's: no 正增长, 0
    MeasureOutcome outcome = reward(year(2021, false, "18000000"), year(2022, true, "23000000"),
        year(2023, true, "23000000"));
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
  }

  @Test
  void test_reward_reEntry_isNotAFirstEntry() {
    // in 2019, out 2020–2021, in again 2022 with growth in 2023: the first entry (首次纳入) was 2019, before the plan,
    // and 2020 was out of the database; the 2022 re-entry is not 首次: 0
    MeasureOutcome outcome = reward(year(2018, false, "15000000"), year(2019, true, "21000000"),
        year(2020, false, "19000000"), year(2021, false, "19000000"), year(2022, true, "23000000"),
        year(2023, true, "25000000"));
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
  }

  @Test
  void test_reward_leftTheDatabaseTheYearAfter() {
    // first in 2022, out in 2023 despite more revenue (still in the database the year after: the municipal guide)
    MeasureOutcome outcome = reward(year(2021, false, "18000000"), year(2022, true, "23000000"),
        year(2023, false, "24000000"));
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
  }
}
