package io.github.huiqi.examples.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.employment.hiring.HiringMeasure;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link ShanghaiLittleGiantExample} and checks its figures, worked by hand from 沪企服办〔2023〕1号.
 */
class ShanghaiLittleGiantExampleTest {

  @Test
  void test_newLittleGiant_hires_contract() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    EntitlementReport report = ShanghaiLittleGiantExample.run(new PrintStream(printed, true, StandardCharsets.UTF_8));
    // 第十九条: H-1 (unemployed 6 months, two-year contract) and H-2 (a 2023 Shanghai graduate, open-ended) qualify,
    // H-3 (unemployed 2 months, not a graduate) does not: 2 × 2,000 = 4,000.00, exactly
    assertThat(report.outcome(HiringMeasure.SHANGHAI_2023.id()).orElseThrow().amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("4000.00")));
    // 第一条: newly recognised as 小巨人 on 2023-07-01: at least 300,000 (a floor, not a ceiling)
    assertThat(report.outcome(AwardMeasure.SHANGHAI_SPECIALISED_2023.id()).orElseThrow().amount())
        .isEqualTo(OutcomeAmount.atLeast(Cny.of("300000")));
    // 第八条: up to 30% × 800,000 = 240,000.00
    assertThat(report.outcome(ShareMeasure.SHANGHAI_DIGITAL_CONTRACT_2023.id()).orElseThrow().amount())
        .isEqualTo(OutcomeAmount.upTo(Cny.of("240000.00")));
    // a Shenzhen measure does not apply to a 浦东 firm
    assertThat(report.outcome(AwardMeasure.SHENZHEN_MAKER_CHINA_2023.id()).orElseThrow().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    // the total in reach starts at 300,000 + 4,000 + 0 = 304,000.00 from these three and has no upper bound
    assertThat(report.totals().inReach().isBounded()).isFalse();
    assertThat(report.totals().inReach().minimum().isGreaterThanOrEqualTo(Cny.of("304000"))).isTrue();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("上海示例精工科技有限公司", "第十九条", "合计可享");
  }
}
