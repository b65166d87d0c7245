package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The R&amp;D super deduction and the 小型微利企业 relief of one year counted within the year's income tax (decisions
 * register §4.6 item 176) on the three paths and in the command line's table, worked by hand.
 * <p>
 * A small manufacturer of 上海市浦东新区, 2023 taxable income before the deduction 2,000,000.00, its quarters and R&amp;D
 * costs not given (沪企服办〔2023〕1号 第二十二条, restating 财政部 税务总局公告2023年第6号 and 第7号): the relief from
 * 0.00 to 2,000,000 × 25% − 2,000,000 × 25% × 20% = 400,000.00, the deduction from 0.00 to the whole standard tax
 * 2,000,000 × 25% = 500,000.00 (企业所得税法 第四条), and the two together at most that 500,000.00.
 */
class HuiqiCliFirmYearLimitTest {

  private static final String FOLDER = "firmyearlimit";
  private static final String RELIEF = "sh-qfb-2023-1.small-low-profit-enterprise";
  private static final String RD = "sh-qfb-2023-1.rd-super-deduction";

  @TempDir
  Path dir;

  @Test
  void test_pairWithinTheStandardTax_onEveryPath() throws IOException {
    CliThreePaths.Result result = CliThreePaths.run(dir, FOLDER, "shanghai-rd-not-given", "2023-06-30", RELIEF, RD);
    assertOutcome(result.outcome(RELIEF), Verdict.UNDETERMINED, "0.00", "400000.00");
    assertOutcome(result.outcome(RD), Verdict.ELIGIBLE, "0.00", "500000.00");
    assertThat(result.report().totals().inReach())
        .isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("500000.00")));
    assertThat(result.json().at("/jointLimits/0/taxYear").asInt()).isEqualTo(2023);
  }

  @Test
  void test_table_totalAndWhy() throws IOException {
    String en = CliThreePaths.table(dir, FOLDER, "shanghai-rd-not-given", "2023-06-30", "en", RELIEF, RD);
    assertThat(en).contains("Total in reach: 0.00 – 500,000.00 CNY")
        .contains("together they save at most the tax at the standard rate on the taxable income before the "
            + "deduction, 2,000,000.00 × 25% = 500,000.00 (their maxima add up to 900,000.00)");
    String zh = CliThreePaths.table(dir, FOLDER, "shanghai-rd-not-given", "2023-06-30", "zh", RELIEF, RD);
    assertThat(zh).contains("合计可享：0.00 – 500,000.00 元").contains("2,000,000.00 × 25% = 500,000.00");
  }
}
