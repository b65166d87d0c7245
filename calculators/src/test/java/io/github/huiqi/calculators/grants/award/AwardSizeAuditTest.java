package io.github.huiqi.calculators.grants.award;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Audit of 沪企服办〔2023〕1号 第六条 ("支持中小企业绿色化升级，最高支持 1000 万元") for a firm the engine sizes from the
 * prior full year's figures (decisions register: prior full-year revenue, period-end employees; 工信部联企业〔2011〕300号,
 * 工业: large needs 从业人员 ≥ 1000 and 营业收入 ≥ 40000 万元 together, "否则下划一档").
 */
class AwardSizeAuditTest {

  @ParameterizedTest(name = "2022: {0} persons, {1} yuan; 2023: {2} persons: {3}")
  @CsvSource({
      // 2022 large (both bounds met): not a 中小企业, 0 — the 2023 figures (medium) are not the prior full year's
      "1000, 400000000.00, 900, INELIGIBLE, 0",
      // 2022 one person short of large: medium, [0, 10,000,000]
      "999, 400000000.00, 1200, ELIGIBLE, 10000000",
      // 2022 one fen short of large: medium, [0, 10,000,000]
      "1000, 399999999.99, 1200, ELIGIBLE, 10000000"})
  void test_greenUpgrade_sizedOnThePriorYear(int employees, String revenue, int employeesLater, Verdict verdict,
      String ceiling) {
    String json = "{\"asOf\": \"2023-10-31\", \"measures\": [\"sh-qfb-2023-1.green-upgrade-support\"], "
        + "\"profile\": {\"registrationRegionCode\": \"310115\", \"industryCode\": \"C3484\", \"years\": ["
        + "{\"year\": 2022, \"employees\": " + employees + ", \"revenue\": {\"amount\": " + revenue
        + ", \"currency\": \"CNY\"}}, {\"year\": 2023, \"employees\": " + employeesLater + ", \"revenue\": "
        + "{\"amount\": 100000000, \"currency\": \"CNY\"}}], \"grantEvents\": [{\"eventId\": \"G-1\", "
        + "\"code\": \"sh-green-upgrade-project\", \"date\": \"2023-06-01\"}]}}";
    MeasureOutcome outcome = EngineJsonOutcomes.outcome(json, AwardMeasure.SHANGHAI_GREEN_2023.id());
    assertThat(outcome.verdict()).isEqualTo(verdict);
    assertThat(outcome.amount()).isEqualTo("0".equals(ceiling) ? OutcomeAmount.ZERO
        : OutcomeAmount.upTo(Cny.of(ceiling)));
  }
}
