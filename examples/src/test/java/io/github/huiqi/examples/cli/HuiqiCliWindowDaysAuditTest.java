package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.HuiqiCliAsOfBlindAuditTest.row;
import static io.github.huiqi.examples.cli.HuiqiCliAsOfBlindAuditTest.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table's status column names the days of a window that is not open on the evaluation date, its legend says a
 * measure not yet in force is left out too, and a profile whose registration region leaves two places open says why
 * the total is below the sum of the rows (found by the QA audit of 2026-12-07: the JSON gave {@code window}, the
 * table only "已到期"; the rows of two places carried no {@code *} while the total counted one place, decisions
 * register §0.6).
 */
class HuiqiCliWindowDaysAuditTest {

  private static final String SH_FIRST_LOAN = "sh-qfb-2023-1.first-loan-interest-subsidy";
  private static final String SH_FOUR_ABOVE = "sh-qfb-2023-1.four-above-high-tech-reward";
  private static final String SZ_FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";

  @TempDir
  Path dir;

  /**
   * A small Shanghai firm's first inclusive-finance loan of 3,000,000 drawn on 2022-12-31, the last day of 2022年第四季度,
   * from a Shanghai bank, guaranteed by the municipal policy fund, for a year.
   */
  private Path shanghaiFirm() throws IOException {
    return CliAuditFiles.write(dir, "sh.json", "{'registrationRegionCode': '310115', 'industryCode': 'C3484',"
        + " 'size': 'SMALL', 'loans': [{'loanId': 'L1', 'principal': {'amount': 3000000, 'currency': 'CNY'},"
        + " 'drawdownDate': '2022-12-31', 'maturityDate': '2023-12-31', 'annualInterestRate': '3.65%',"
        + " 'lenderRegionCode': '310000', 'firstInclusiveFinanceLoan': true, 'guarantee': {'governmentGuarantor':"
        + " true, 'policyFund': true, 'guarantorInRegion': true, 'reGuaranteed': false, 'standardFeeRate': '1%',"
        + " 'feeRate': '0.5%'}}]}");
  }

  @Test
  void test_shanghaiFirstLoan_theWindowsDays_outsideIt_andNotOnItsFirstAndLastDay() throws IOException {
    // 沪企服办〔2023〕1号 第十五条: 2% a year (ACT/360, the engine's term: the contract's, at most 12 months), the
    // loan of 2022-12-31 → 2023-12-31, 365 days: 3,000,000 × 2% × 365 / 360 = 60,833.33, below the 200,000 cap;
    // the measure's window 2022-10-01..2023-12-31 (the catalogue's)
    Path firm = shanghaiFirm();
    String zhTitle = "政策性融资担保首次普惠贷款贴息";
    String enTitle = "Interest subsidy on a first inclusive-finance loan";
    // the day before the window: not yet in force, its days named, not counted
    String zh = table(firm, "2022-09-30", "zh", SH_FIRST_LOAN);
    assertThat(row(zh, zhTitle)).contains("60,833.33 *", "未施行（2022-10-01..2023-12-31）");
    assertThat(zh).contains("* 不计入合计：非企业所得、不符合、未施行或已到期、征求意见稿或叠加规则排除", "合计可享：0.00 元");
    String en = table(firm, "2022-09-30", "en", SH_FIRST_LOAN);
    assertThat(row(en, enTitle)).contains("60,833.33 *", "not yet in force (2022-10-01..2023-12-31)");
    assertThat(en).contains("ineligible, not yet in force or expired, draft,", "Total in reach: 0.00 CNY");
    // its first and last days: in force, counted, one word
    for (String day : new String[] {"2022-10-01", "2023-12-31"}) {
      zh = table(firm, day, "zh", SH_FIRST_LOAN);
      assertThat(row(zh, zhTitle)).as(day).contains("60,833.33  ", "有效").doesNotContain("（2022-10-01");
      assertThat(zh).as(day).contains("合计可享：60,833.33 元");
      en = table(firm, day, "en", SH_FIRST_LOAN);
      assertThat(row(en, enTitle)).as(day).contains("in force").doesNotContain("(2022-10-01");
    }
    // the day after: expired, its days named, not counted
    zh = table(firm, "2024-01-01", "zh", SH_FIRST_LOAN);
    assertThat(row(zh, zhTitle)).contains("60,833.33 *", "已到期（2022-10-01..2023-12-31）");
    assertThat(zh).contains("合计可享：0.00 元");
    en = table(firm, "2024-01-01", "en", SH_FIRST_LOAN);
    assertThat(row(en, enTitle)).contains("60,833.33 *", "expired (2022-10-01..2023-12-31)");
  }

  @Test
  void test_anOpenEndedWindow_andADraft() throws IOException {
    Path firm = shanghaiFirm();
    // 第二十二条's R&D super deduction runs from 2016-01-01 (财税〔2015〕119号) with no last day
    String rd = "sh-qfb-2023-1.rd-super-deduction";
    assertThat(row(table(firm, "2015-12-31", "zh", rd), "研发费用税前加计扣除")).contains("未施行（2016-01-01..）");
    assertThat(row(table(firm, "2015-12-31", "en", rd), "R&D super deduction"))
        .contains("not yet in force (2016-01-01..)");
    // the 专精特新 draft's 创客中国 award (第九条, from 2023-01-01) keeps its one word on 2022-12-31 (register §4.6
    // item 94): it is the draft, not the window, that keeps it out of the total
    String draft = "sz-gxj-zjtx-32-draft.maker-china-award";
    assertThat(row(table(firm, "2022-12-31", "zh", draft), "“创客中国”深圳赛区获奖项目奖励（征求意见稿）"))
        .contains("征求意见稿").doesNotContain("2023-01-01");
    assertThat(row(table(firm, "2022-12-31", "en", draft), "Award for winning projects")).contains(" draft ")
        .doesNotContain("2023-01-01");
  }

  @Test
  void test_noRegion_theTotalCountsOnePlace_andSaysSo() throws IOException {
    // only the industry: 深工信〔2023〕26号 第5条 0.00 – 200,000.00 (单户企业贴息金额最高20万元) and 沪企服办〔2023〕1号
    // 第二条 0.00 – 500,000.00 (最高 50 万元); a firm is registered in one place, so the total is the larger place's
    // 0.00 – max(200,000, 500,000) = 500,000.00, not the rows' 700,000.00
    Path firm = CliAuditFiles.write(dir, "industry.json", "{'industryCode': 'C3484'}");
    String zh = table(firm, "2023-06-30", "zh", SZ_FIRST_LOAN, SH_FOUR_ABOVE);
    assertThat(row(zh, "首贷户贷款贴息")).contains("0.00 – 200,000.00  ").doesNotContain(" *");
    assertThat(zh).contains("合计可享：0.00 – 500,000.00 元",
        "  注册地未给出或不够具体：合计只计一处（金额最多的一处）的地方措施，不把两地的措施相加（取舍登记 §0.6）");
    String en = table(firm, "2023-06-30", "en", SZ_FIRST_LOAN, SH_FOUR_ABOVE);
    assertThat(en).contains("Total in reach: 0.00 – 500,000.00 CNY", "  registration region not given, or not"
        + " precisely enough: the total counts the regional measures of one place only (the one that adds the most),"
        + " never two places'");
    // with the region given (浦东新区) the Shenzhen subsidy is ineligible, the total the same, and no such line
    Path shanghai = CliAuditFiles.write(dir, "pudong.json", "{'registrationRegionCode': '310115',"
        + " 'industryCode': 'C3484'}");
    zh = table(shanghai, "2023-06-30", "zh", SZ_FIRST_LOAN, SH_FOUR_ABOVE);
    assertThat(zh).contains("合计可享：0.00 – 500,000.00 元").doesNotContain("注册地未给出");
  }

  @Test
  void test_onlyTheCity_theDistrictsMeasures_countOnePlace_andSaySo() throws IOException {
    // 深圳市 (440300) given, not the district: the reply letter's 光明区 subsidy (20元/m², no area given: no upper
    // bound) and 龙岗区 support (0.00 – 200,000.00 a year) wait on the district; the total is the larger place's,
    // ≥ 0.00 (an unbounded place's sum is the most, register §0.6), not 0.00 – 200,000.00 added to it
    Path firm = CliAuditFiles.write(dir, "city.json", "{'registrationRegionCode': '440300', 'industryCode': 'C3484'}");
    String guangming = "sz-gxj-2021-reply-20210370.guangming-rent-subsidy";
    String longgang = "sz-gxj-2021-reply-20210370.longgang-rent-subsidy";
    String en = table(firm, "2023-06-30", "en", guangming, longgang);
    assertThat(en).contains("Total in reach: ≥ 0.00 CNY", "  registration region not given, or not precisely"
        + " enough");
    // the same firm's 深工信〔2023〕26号 第5条 alone waits on no region: no such line
    assertThat(table(firm, "2023-06-30", "en", SZ_FIRST_LOAN)).doesNotContain("registration region not given");
  }
}
