package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blind audit of time at the command line: a profile file evaluated with {@code --as-of} on the edges of windows and
 * of dated parameters, in the table (zh-CN and en) and {@code --json}: the status column and {@code windowStatus},
 * the amount and the parameter value it took, whether it counts ({@code *} and {@code countedInTotal}), the total;
 * the draft 专精特新 measures marked draft on every day in both tables, the JSON and the catalogue; and an evaluation
 * date out of range in a request file. Every figure is worked by hand from the seeds (the same cases as the engine's
 * {@code AsOfParametersBlindAuditTest}).
 */
class HuiqiCliAsOfBlindAuditTest {

  private static final String SLPE = "sz-gxj-2023-26.small-low-profit-enterprise";
  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String DRAFT_AWARD = "sz-gxj-zjtx-32-draft.maker-china-award";

  @TempDir
  Path dir;

  private Path slpeFirm() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("asofaudit/slpe-three-years.json")) {
      assertThat(in).isNotNull();
      return CliAuditFiles.writeAsIs(dir, "slpe.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** A first-time borrower's one loan of 1,000,000 at 4% for a year, drawn on 2023-01-01, from a Shenzhen bank. */
  private Path firstLoanFirm() throws IOException {
    return CliAuditFiles.write(dir, "first-loan.json", "{'registrationRegionCode': '440306', 'legalForm': "
        + "'ENTERPRISE', 'independentLegalPerson': true, 'registrationDate': '2015-03-01', 'industryCode': 'C3484',"
        + " 'firstTimeBorrower': true, 'onSeriousDishonestyList': false, 'techSme': {'held': false}, 'loans': [{"
        + "'loanId': 'F', 'principal': {'amount': 1000000, 'currency': 'CNY'}, 'drawdownDate': '2023-01-01',"
        + " 'maturityDate': '2024-01-01', 'annualInterestRate': '4%', 'lenderRegionCode': '440300',"
        + " 'firstDrawdownOfFirstContract': true, 'forProductionOrOperation': true,"
        + " 'subsidisedUnderAnotherMunicipalScheme': false, 'vehicleOrRealEstatePurchase': false,"
        + " 'guaranteed': false}]}");
  }

  /** The table's row of a measure, found by its title's first words (shared with HuiqiCliWindowDaysAuditTest). */
  static String row(String table, String title) {
    return table.lines().filter(line -> line.startsWith(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + title + " in\n" + table));
  }

  /** The table a file gives on a date in a language for the measures named, the run's exit status checked zero. */
  static String table(Path file, String asOf, String lang, String... measures) {
    String[] args = new String[5 + 2 * measures.length];
    args[0] = file.toString();
    args[1] = "--as-of";
    args[2] = asOf;
    args[3] = "--lang";
    args[4] = lang;
    for (int i = 0; i < measures.length; i++) {
      args[5 + 2 * i] = "--measure";
      args[6 + 2 * i] = measures[i];
    }
    HuiqiCliTest.Run run = HuiqiCliTest.run(args);
    assertThat(run.status()).as(run.err()).isZero();
    return run.out();
  }

  /** Checks one measure on one day in the three outputs: JSON, the zh table and the en table. */
  private void check(Path file, String asOf, String measure, String zhTitle, String enTitle, String amount,
      String windowStatus, boolean counted, String zhStatus, String enStatus) throws IOException {
    JsonNode json = CliAuditFiles.outcome(CliAuditFiles.jsonReport(file, asOf, measure), measure);
    String what = measure + " on " + asOf;
    assertThat(json.at("/windowStatus").asText()).as(what).isEqualTo(windowStatus);
    assertThat(json.at("/countedInTotal").asBoolean()).as(what).isEqualTo(counted);
    assertThat(json.at("/amount/minimum/amount").decimalValue()).as(what)
        .isEqualByComparingTo(amount.replace(",", ""));
    String marker = counted ? "" : " *";
    String zh = row(table(file, asOf, "zh", measure), zhTitle);
    assertThat(zh).as(what).contains(amount + marker, zhStatus);
    String en = row(table(file, asOf, "en", measure), enTitle);
    assertThat(en).as(what).contains(amount + marker, enStatus);
  }

  @Test
  void test_smallLowProfit_eachTaxYearsRate_andTheWindowsClose() throws IOException {
    // 50 staff, 10,000,000 of assets, 2,000,000 of taxable income each year (a 小型微利企业); standard 500,000.
    // The year read is the latest not after the evaluation date's year (decisions register §4.6).
    Path firm = slpeFirm();
    String zh = "小型微利企业减征企业所得税";
    String en = "Small low-profit enterprise income-tax relief";
    // tax year 2021: 1,000,000 × 12.5% × 20% + 1,000,000 × 50% × 20% = 125,000: saves 375,000.00
    check(firm, "2021-12-31", SLPE, zh, en, "375,000.00", "OPEN", true, "有效", "in force");
    // tax year 2022 (2022年第13号: the 1–3M part at 25% × 20%): 25,000 + 50,000 = 75,000: saves 425,000.00
    check(firm, "2022-01-01", SLPE, zh, en, "425,000.00", "OPEN", true, "有效", "in force");
    // tax year 2023 (2023年第6号: 5% on both parts): 100,000: saves 400,000.00
    check(firm, "2023-01-01", SLPE, zh, en, "400,000.00", "OPEN", true, "有效", "in force");
    // 2027-12-31 the relief's last day (2023年第12号); 2028-01-01 closed: says 已到期 / expired, not counted
    check(firm, "2027-12-31", SLPE, zh, en, "400,000.00", "OPEN", true, "有效", "in force");
    check(firm, "2028-01-01", SLPE, zh, en, "400,000.00", "CLOSED", false, "已到期", "expired");
    // the total follows: 425,000.00 in reach on 2022-12-31, nothing on 2028-01-01
    assertThat(table(firm, "2022-12-31", "zh", SLPE)).contains("合计可享：425,000.00 元");
    assertThat(table(firm, "2028-01-01", "en", SLPE)).contains("Total in reach: 0.00 CNY");
    // the window opens on 2019-01-01: 2018-12-31 not yet in force
    JsonNode before = CliAuditFiles.outcome(CliAuditFiles.jsonReport(firm, "2018-12-31", SLPE), SLPE);
    assertThat(before.at("/windowStatus").asText()).isEqualTo("NOT_YET_OPEN");
    assertThat(row(table(firm, "2018-12-31", "zh", SLPE), zh)).contains("未施行");
    assertThat(row(table(firm, "2018-12-31", "en", SLPE), en)).contains("not yet in force");
  }

  @Test
  void test_firstLoan_notYetInForce_inForce_expired() throws IOException {
    // 深工信〔2023〕26号 第5条: the loan of 2023-01-01, six months to 2023-07-01, 181 days ACT/360:
    // 1,000,000 × 2% × 181 / 360 = 10,055.56 — the same figure on each day, counted only in 2023
    Path firm = firstLoanFirm();
    String zh = "首贷户贷款贴息";
    String en = "First-loan interest subsidy";
    check(firm, "2022-12-31", FIRST_LOAN, zh, en, "10,055.56", "NOT_YET_OPEN", false, "未施行", "not yet in force");
    check(firm, "2023-01-01", FIRST_LOAN, zh, en, "10,055.56", "OPEN", true, "有效", "in force");
    check(firm, "2023-12-31", FIRST_LOAN, zh, en, "10,055.56", "OPEN", true, "有效", "in force");
    check(firm, "2024-01-01", FIRST_LOAN, zh, en, "10,055.56", "CLOSED", false, "已到期", "expired");
  }

  @Test
  void test_theDraft_saysDraftOnEveryDay_inTheTables_theJson_andTheCatalogue() throws IOException {
    Path firm = firstLoanFirm();
    // the 专精特新 draft's 创客中国 award (第九条): no winning project given, so 0 upward, never counted
    for (String day : new String[] {"2022-12-31", "2023-01-01", "2100-12-31"}) {
      JsonNode json = CliAuditFiles.outcome(CliAuditFiles.jsonReport(firm, day, DRAFT_AWARD), DRAFT_AWARD);
      assertThat(json.at("/documentStatus").asText()).as(day).isEqualTo("DRAFT");
      assertThat(json.at("/countedInTotal").asBoolean()).as(day).isFalse();
      // the window (from 2023-01-01, open-ended) stays in the JSON; the table's one word is the draft's (register
      // §4.6 item 94)
      assertThat(json.at("/windowStatus").asText()).as(day).isEqualTo(day.startsWith("2022") ? "NOT_YET_OPEN"
          : "OPEN");
      assertThat(row(table(firm, day, "zh", DRAFT_AWARD), "“创客中国”深圳赛区获奖项目奖励（征求意见稿）"))
          .as(day).contains("征求意见稿  深圳市").contains(" *");
      assertThat(row(table(firm, day, "en", DRAFT_AWARD), "Award for winning projects of the 创客中国 Shenzhen"
          + " division (draft)")).as(day).contains(" draft ").contains(" *");
    }
    // the catalogue: every draft measure's status is the draft's, from 2023-01-01 open-ended (the fee cap from
    // 2019-08-20, register §4.6 item 86)
    for (String lang : new String[] {"zh", "en"}) {
      HuiqiCliTest.Run catalog = HuiqiCliTest.run("catalog", "--lang", lang);
      assertThat(catalog.status()).isZero();
      long drafts = catalog.out().lines().filter(line -> line.startsWith("sz-gxj-zjtx-32-draft.")).peek(line ->
          assertThat(line).contains(lang.equals("zh") ? "征求意见稿  " : "draft  ")
              .endsWith(line.startsWith("sz-gxj-zjtx-32-draft.guarantee-fee-cap") ? "2019-08-20.."
                  : "2023-01-01..")).count();
      assertThat(drafts).isEqualTo(7);
    }
  }

  @Test
  void test_theCatalogue_printsTheWindowsWorkedByHand() {
    String catalog = HuiqiCliTest.run("catalog").out();
    // "2023年1-3月" with the subsidy administered in 2023; "申请期限至2023年6月30日"; "2023年第一季度";
    // "2022年第四季度" (沪企服办〔2023〕1号 第十五条) to 2023-12-31; the reply letter's 深府〔2022〕31号 to 2025-12-31
    assertThat(row(catalog, "sz-gxj-2023-26.first-loan-interest-subsidy ")).endsWith("2023-01-01..2023-12-31");
    assertThat(row(catalog, "sz-gxj-2023-26.housing-fund-deferral ")).endsWith("2023-01-01..2023-06-30");
    assertThat(row(catalog, "sz-gxj-2023-26.utility-arrears-relief ")).endsWith("2023-01-01..2023-03-31");
    assertThat(row(catalog, "sh-qfb-2023-1.first-loan-interest-subsidy ")).endsWith("2022-10-01..2023-12-31");
    assertThat(row(catalog, "sz-gxj-2021-reply-20210370.specialised-award ")).endsWith("2021-01-01..2025-12-31");
    assertThat(row(catalog, "sz-gxj-2022-small-to-scale.small-to-scale-reward ")).endsWith("2022-08-03..2024-12-31");
  }

  @Test
  void test_anEvaluationDateOutOfRange_inARequestFile_isOneLineNamingTheField() throws IOException {
    for (String day : new String[] {"1989-12-31", "2101-01-01"}) {
      Path request = CliAuditFiles.write(dir, "request-" + day + ".json",
          "{'profile': {'registrationRegionCode': '440306'}, 'asOf': '" + day + "'}");
      for (String[] extra : new String[][] {{}, {"--json"}, {"--lang", "en"}}) {
        String[] args = new String[1 + extra.length];
        args[0] = request.toString();
        System.arraycopy(extra, 0, args, 1, extra.length);
        HuiqiCliTest.Run run = HuiqiCliTest.run(args);
        // bad input in the file: exit 2, one line naming the file, the field /asOf and the value, nothing printed
        assertThat(run.status()).as(day).isEqualTo(HuiqiCli.BAD_INPUT);
        assertThat(run.err().lines()).as(day).hasSize(1);
        assertThat(run.err()).as(day).contains("field /asOf", "1990-01-01", "2100-12-31", day);
        assertThat(run.out()).as(day).isEmpty();
      }
    }
    // the range's own ends, given with --as-of, evaluate
    assertThat(HuiqiCliTest.run("--as-of", LocalDate.of(1990, 1, 1).toString()).status()).isZero();
    assertThat(HuiqiCliTest.run("--as-of", "2100-12-31").status()).isZero();
  }
}
