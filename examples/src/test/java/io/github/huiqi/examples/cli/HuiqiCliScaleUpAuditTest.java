package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliAuditFiles.jsonReport;
import static io.github.huiqi.examples.cli.CliAuditFiles.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA audit of the 小升规 plan's measures and the 工业上楼 ceiling through the command line
 * ({@code huiqi firm.json --json --as-of …}), worked by hand: 小升规方案 第四条 (the pool "上一年度营业收入1000至2000万元的
 * 小微工业企业", the reward "最高20万元"), 第十四条 (担保费予以补贴, no figure of its own) and 深工信〔2023〕26号 第3条
 * (平均租金价格不高于35元/月/平方米), and a bad year answered with status 2 naming its pointer.
 */
class HuiqiCliScaleUpAuditTest {

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return CliAuditFiles.write(dir, name, content);
  }

  @Test
  void test_shenzhenManufacturer_poolRewardReferralAndHighRise() throws IOException {
    // a Shenzhen (440306) manufacturer (C3484), size SMALL given; 2022 revenue 19,999,999.99, not in the 规上 database;
    // 2023: not in it either. Its 工业上楼 lease: 200 m² at 7,000.00 a month from 2023-01-01.
    Path file = write("sz.json", "{'registrationRegionCode': '440306', 'industryCode': 'C3484', 'size': 'SMALL', "
        + "'years': [{'year': 2022, 'aboveScale': false, 'revenue': {'amount': 19999999.99, 'currency': 'CNY'}}, "
        + "{'year': 2023, 'aboveScale': false, 'revenue': {'amount': 21000000, 'currency': 'CNY'}}], "
        + "'leases': [{'leaseId': 'L', 'area': 200, 'start': '2023-01-01', 'monthlyRent': {'amount': 7000.00, "
        + "'currency': 'CNY'}, 'highRiseProject': true}]}");
    JsonNode report = jsonReport(file, "2023-06-30", "sz-gxj-2022-small-to-scale.cultivation-pool",
        "sz-gxj-2022-small-to-scale.small-to-scale-reward", "sz-gxj-2022-small-to-scale.guarantee-fee-subsidy",
        "sz-gxj-2023-26.high-rise-average-rent");
    // pool: prior year 2022, 10,000,000 ≤ 19,999,999.99 < 20,000,000, small, 工业: a member, no money
    JsonNode pool = outcome(report, "sz-gxj-2022-small-to-scale.cultivation-pool");
    assertThat(pool.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(pool.at("/amountKind").asText()).isEqualTo("NON_MONETARY");
    // reward: no year of the history is in the database, so no first entry: ineligible, 0
    JsonNode reward = outcome(report, "sz-gxj-2022-small-to-scale.small-to-scale-reward");
    assertThat(reward.at("/verdict").asText()).isEqualTo("INELIGIBLE");
    assertThat(reward.at("/amountKind").asText()).isEqualTo("PAYMENT_TO_FIRM");
    assertThat(reward.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("0");
    // 第十四条: a small 工业 firm; its figures are those of the municipal guarantee-fee subsidy
    JsonNode guarantee = outcome(report, "sz-gxj-2022-small-to-scale.guarantee-fee-subsidy");
    assertThat(guarantee.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(guarantee.at("/detail/en").asText())
        .contains("sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy");
    // 7,000.00 ÷ 200 m² = 35.00 元/m² a month: at the ceiling, "不高于" includes it
    JsonNode highRise = outcome(report, "sz-gxj-2023-26.high-rise-average-rent");
    assertThat(highRise.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(highRise.at("/detail/en").asText()).contains("35.00").contains("within 35");
  }

  @Test
  void test_rewardEligibleFromTheFile_upTo200000() throws IOException {
    // out in 2021, first in 2022 (21,000,000), still in 2023 with 21,000,000.01: 正增长 by a fen; up to 200,000.00
    Path file = write("reward.json", "{'registrationRegionCode': '440306', 'industryCode': 'C3484', 'years': ["
        + "{'year': 2021, 'aboveScale': false}, {'year': 2022, 'aboveScale': true, 'revenue': {'amount': 21000000, "
        + "'currency': 'CNY'}}, {'year': 2023, 'aboveScale': true, 'revenue': {'amount': 21000000.01, "
        + "'currency': 'CNY'}}]}");
    JsonNode reward = outcome(jsonReport(file, "2024-03-01", "sz-gxj-2022-small-to-scale.small-to-scale-reward"),
        "sz-gxj-2022-small-to-scale.small-to-scale-reward");
    assertThat(reward.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(reward.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(reward.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("200000.00");
    assertThat(reward.at("/bindingLimit/code").asText()).isEqualTo("reward-ceiling");
  }

  @Test
  void test_badYear_statusTwoNamingThePointer() throws IOException {
    // a year's revenue negative: the file is refused, status 2, the pointer named
    Path file = write("bad.json", "{'registrationRegionCode': '440306', 'industryCode': 'C3484', 'years': ["
        + "{'year': 2022, 'revenue': {'amount': -1, 'currency': 'CNY'}}]}");
    HuiqiCliTest.Run run = HuiqiCliTest.run(file.toString(), "--json", "--as-of", "2023-06-30");
    assertThat(run.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(run.err()).contains("/years/0/revenue");
    assertThat(run.out()).isEmpty();
  }
}
