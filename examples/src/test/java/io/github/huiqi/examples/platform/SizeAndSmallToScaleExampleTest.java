package io.github.huiqi.examples.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure;
import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs the size and 小升规 example.
 */
class SizeAndSmallToScaleExampleTest {

  @Test
  void test_main_runs() {
    SizeAndSmallToScaleExample.main(new String[0]);
  }

  @Test
  void test_run_classifiesThenRewards() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SizeAndSmallToScaleExample.Outcome outcome = SizeAndSmallToScaleExample.run(
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // 300号 第四条（二）工业, 2023 figures: 110 ≥ 20 employees and 26,500,000 ≥ 3,000,000 make it small; 110 < 300
    // keeps it out of medium
    assertThat(outcome.size().size()).contains(EnterpriseSize.SMALL);
    assertThat(outcome.size().decidingBound().orElseThrow().bound()).isEqualByComparingTo("300");
    assertThat(outcome.report().outcome(SizeStandard.MIIT_2011.id()).orElseThrow().verdict())
        .isEqualTo(Verdict.ELIGIBLE);
    // 小升规方案 第四条: entered 2022 (out in 2021), still in 2023 with 26,500,000 > 23,000,000: up to 200,000
    var reward = outcome.report().outcome(ScaleUpRewardMeasure.SHENZHEN_2022.id()).orElseThrow();
    assertThat(reward.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(reward.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000.00")));
    // the pool is for 2023 revenue of 10,000,000 to 20,000,000: 26,500,000 is above it
    assertThat(outcome.report().outcome(ScaleUpPoolMeasure.SHENZHEN_2022.id()).orElseThrow().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    assertThat(out).contains("小型企业").contains("工信部联企业〔2011〕300号").contains("首次“小升规”工业企业奖励");
  }
}
