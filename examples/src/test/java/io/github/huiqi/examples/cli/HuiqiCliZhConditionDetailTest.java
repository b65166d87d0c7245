package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.json.HuiqiJson;
import org.junit.jupiter.api.Test;

/**
 * The facts of a condition step in {@code --explain}'s Chinese text: the one shared English form of a fact not given,
 * {@code X not given}, reads {@code 未提供 X} ({@code ConditionStep}'s Chinese render, core's {@code ConditionStepTest});
 * the English text and the report's JSON keep the library's detail.
 */
class HuiqiCliZhConditionDetailTest {

  private static final String POOL = "sz-gxj-2022-small-to-scale.cultivation-pool";

  @Test
  void test_explain_theBuiltInSample_scaleUpPoolsPriorYearRevenue() {
    // the built-in sample, as of 2023-06-30, gives the year 2023 alone: the 培育库's two conditions on the prior
    // year's (2022) revenue, 不低于 10,000,000 (第四条) and below 20,000,000 (register §1.3 card 001-4a), are unknown,
    // their detail TracedCondition's "priorYearRevenue not given" (the fact /priorYearRevenue's last name)
    HuiqiCliTest.Run zh = HuiqiCliTest.run("--explain", "--lang", "zh", "--measure", POOL);
    assertThat(zh.status()).as(zh.err()).isZero();
    assertThat(zh.out()).contains("\n3. 条件：上一年度营业收入不低于 10000000.00 元 — 无法判断（缺少事实）（未提供 priorYearRevenue）[",
        "\n4. 条件：上一年度营业收入低于 20000000.00 元 — 无法判断（缺少事实）（未提供 priorYearRevenue）[")
        .doesNotContain("priorYearRevenue not given");
    HuiqiCliTest.Run en = HuiqiCliTest.run("--explain", "--lang", "en", "--measure", POOL);
    assertThat(en.out()).contains("— unknown (fact missing) (priorYearRevenue not given) [");
    // the JSON is the library's, whatever the language
    JsonNode report = HuiqiJson.read(HuiqiCliTest.run("--explain", "--json", "--lang", "zh", "--measure", POOL)
        .out(), JsonNode.class);
    assertThat(report.at("/outcomes/0/explanation/steps/2/detail").asText()).isEqualTo("priorYearRevenue not given");
  }
}
