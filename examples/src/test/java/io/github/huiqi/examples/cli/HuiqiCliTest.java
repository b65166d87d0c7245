package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.engine.EntitlementSamples;
import io.github.huiqi.calculators.grants.referral.ReferralCalculator;
import io.github.huiqi.core.grants.referral.ReferralMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line: the sample with no file, the catalogue, the JSON, and bad input (a file that does not exist, is
 * not JSON or holds a wrong field; a wrong option) answered with one line and a non-zero exit.
 */
class HuiqiCliTest {

  private static final LocalDate TODAY = LocalDate.of(2023, 9, 1);

  @TempDir
  Path dir;

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = HuiqiCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), () -> TODAY);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path write(String name, String content) throws IOException {
    return CliAuditFiles.writeAsIs(dir, name, content);
  }

  @Test
  void test_noArguments_evaluatesTheBuiltInSample() {
    Run run = run();
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("深圳市示例精密制造有限公司", "测算日 2023-06-30", "首贷户贷款贴息",
        "深工信〔2023〕26号 第5条", "合计可享", "待补充信息");
  }

  @Test
  void test_english_and_asOf() {
    Run run = run("--lang", "en", "--as-of", "2024-03-01");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("as of 2024-03-01", "First-loan interest subsidy", "Total in reach",
        "expired");
  }

  @Test
  void test_json_isTheEnginesReport() {
    Run run = run("--json");
    assertThat(run.status()).isZero();
    JsonNode report = HuiqiJson.read(run.out(), JsonNode.class);
    assertThat(report.get("asOf").asText()).isEqualTo("2023-06-30");
    assertThat(report.get("outcomes")).hasSize(49);
    assertThat(report.get("complete").asBoolean()).isTrue();
    assertThat(report.at("/totals/inReach/minimum/currency").asText()).isEqualTo("CNY");
  }

  @Test
  void test_measureOption_limitsTheReport() {
    Run run = run("--json", "--measure", "sz-gxj-2023-26.first-loan-interest-subsidy");
    assertThat(run.status()).isZero();
    assertThat(HuiqiJson.read(run.out(), JsonNode.class).get("outcomes")).hasSize(1);
  }

  @Test
  void test_explain_saysWhatTheReasonsAre() {
    // the sample is a general VAT taxpayer (smallScaleTaxpayer false): the VAT relief's reason is its condition
    // "增值税小规模纳税人", not met, so it comes under the heading of the conditions not met; the first-loan subsidy is
    // eligible, its four enterprise conditions met
    Run run = run("--explain", "--measure", "sz-gxj-2023-26.small-scale-vat", "--measure",
        "sz-gxj-2023-26.first-loan-interest-subsidy");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("== 增值税小规模纳税人免征增值税及减按1%征收率征收 (sz-gxj-2023-26.small-scale-vat)\n"
        + "  不符合，未满足的条件或原因：\n  - 增值税小规模纳税人 [深工信〔2023〕26号 第1条]\n");
    assertThat(run.out()).contains("(sz-gxj-2023-26.first-loan-interest-subsidy)\n  符合，满足的条件：\n"
        + "  - 企业在深圳市（440300）注册经营");
    Run english = run("--explain", "--lang", "en", "--measure", "sz-gxj-2023-26.small-scale-vat");
    assertThat(english.out()).contains("(sz-gxj-2023-26.small-scale-vat)\n  ineligible, conditions not met or why:\n");
  }

  @Test
  void test_requestFile_aWrongDateInIt_namedThoughTheCommandLineGivesOne() throws IOException {
    // 2023-02-30 does not exist: the file is wrong whether or not --as-of replaces its date
    Path file = write("bad-date.json", "{\"asOf\": \"2023-02-30\", \"profile\": {\"registrationRegionCode\": "
        + "\"440306\"}}");
    for (Run run : List.of(run(file.toString()), run(file.toString(), "--as-of", "2023-06-30"))) {
      assertThat(run.status()).isEqualTo(HuiqiCli.BAD_INPUT);
      assertThat(run.out()).isEmpty();
      assertThat(run.err().lines()).singleElement().asString().contains("bad-date.json", "field /asOf");
    }
  }

  @Test
  void test_catalog_listsEveryMeasure() {
    Run run = run("catalog", "--lang", "en");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("sz-gxj-2023-26.first-loan-interest-subsidy", "深工信〔2023〕26号 第5条", "draft",
        "sh-qfb-2023-1.average-guarantee-fee-ceiling");
    assertThat(run.out().lines()).hasSize(50);
    assertThat(HuiqiJson.read(run("catalog", "--json").out(), JsonNode.class)).hasSize(49);
  }

  @Test
  void test_profileFile_withoutDate_isEvaluatedAsOfToday() throws IOException {
    Path file = write("firm.json", "{\"registrationRegionCode\": \"440306\", \"industryCode\": \"C3484\"}");
    Run run = run(file.toString(), "--json");
    assertThat(run.status()).isZero();
    JsonNode report = HuiqiJson.read(run.out(), JsonNode.class);
    assertThat(report.get("asOf").asText()).isEqualTo("2023-09-01");
    assertThat(report.get("nextQuestions").size()).isPositive();
  }

  @Test
  void test_missingFile_oneLineNamingIt() {
    Run run = run(dir.resolve("nope.json").toString());
    assertThat(run.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString().contains("nope.json", "no such file");
  }

  @Test
  void test_fileSavedAsGbk_oneLineNamingItsFirstByteThatIsNotUtf8() throws IOException {
    // {"name": "深圳…"} saved as GBK (as some Windows editors save Chinese text): 深 is 0xC9 0xEE in GBK, and 0xC9
    // opens a two-byte UTF-8 sequence that 0xEE cannot continue; it is byte 10, after {"name": " (10 bytes, 0 to 9)
    Path file = dir.resolve("gbk.json");
    Files.write(file, "{\"name\": \"深圳市示例公司\", \"registrationRegionCode\": \"440306\"}"
        .getBytes(Charset.forName("GBK")));
    Run run = run(file.toString());
    assertThat(run.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString().contains("gbk.json", "not UTF-8 text (byte 10 is not)",
        "save the file as UTF-8");
  }

  @Test
  void test_aMeasureThatCannotBeEvaluated_theReportWithItsFailure_andStatus3() throws IOException {
    // a bad loan whose principal outstanding (2,000,000) is above its principal (1,000,000): the risk-compensation
    // pool (第5条) refuses it; every other measure is evaluated, and the total is said not to be whole
    Path file = write("bad-loan.json", "{\"registrationRegionCode\": \"440305\", \"size\": \"SMALL\", \"loans\": "
        + "[{\"loanId\": \"L1\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, "
        + "\"drawdownDate\": \"2023-01-15\", \"maturityDate\": \"2024-01-15\", \"annualInterestRate\": \"3.65%\", "
        + "\"nonPerforming\": {\"since\": \"2023-06-01\", \"principalOutstanding\": {\"amount\": 2000000, "
        + "\"currency\": \"CNY\"}}}]}");
    Run table = run(file.toString(), "--as-of", "2023-06-30", "--lang", "en");
    assertThat(table.status()).isEqualTo(HuiqiCli.INCOMPLETE);
    assertThat(table.out()).contains("Not evaluated, so the total is not whole:",
        "sz-gxj-2023-26.risk-compensation-pool");
    assertThat(table.err().lines()).singleElement().asString().contains("bad-loan.json",
        "/loans/0/nonPerforming/principalOutstanding", "sz-gxj-2023-26.risk-compensation-pool", "not whole");
    Run json = run(file.toString(), "--as-of", "2023-06-30", "--json");
    assertThat(json.status()).isEqualTo(HuiqiCli.INCOMPLETE);
    assertThat(HuiqiJson.read(json.out(), JsonNode.class).get("complete").asBoolean()).isFalse();
    // the failure is told in the table's language: its line in English has no Chinese, its line in Chinese has
    String english = failureLine(table.out());
    assertThat(english).doesNotContainPattern("\\p{IsHan}");
    Run chinese = run(file.toString(), "--as-of", "2023-06-30", "--lang", "zh");
    assertThat(chinese.out()).contains("以下措施未能测算，合计不完整：");
    assertThat(failureLine(chinese.out())).containsPattern("\\p{IsHan}").isNotEqualTo(english);
    // the same profile inside a request: the field is named where it is in the file, under /profile
    Path request = write("bad-loan-request.json", "{\"asOf\": \"2023-06-30\", \"profile\": "
        + Files.readString(file, StandardCharsets.UTF_8) + "}");
    Run wrapped = run(request.toString());
    assertThat(wrapped.status()).isEqualTo(HuiqiCli.INCOMPLETE);
    assertThat(wrapped.err().lines()).singleElement().asString()
        .contains("field /profile/loans/0/nonPerforming/principalOutstanding:");
  }

  /** The report's line for the risk pool's failure. */
  private static String failureLine(String report) {
    return report.lines().filter(line -> line.startsWith("  sz-gxj-2023-26.risk-compensation-pool: ")).findFirst()
        .orElseThrow();
  }

  @Test
  void test_notJson_oneLineNamingTheFile() throws IOException {
    Path file = write("broken.json", "{\"registrationRegionCode\": ");
    Run run = run(file.toString());
    assertThat(run.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(run.err().lines()).singleElement().asString().contains("broken.json");
  }

  @Test
  void test_wrongField_oneLineNamingTheFileAndTheField() throws IOException {
    Path file = write("firm.json", "{\"registrationRegionCode\": \"440306\", \"loans\": [{\"loanId\": \"L1\", "
        + "\"principal\": {\"amount\": \"lots\", \"currency\": \"CNY\"}, \"drawdownDate\": \"2023-02-10\", "
        + "\"maturityDate\": \"2024-02-10\", \"annualInterestRate\": \"3%\"}]}");
    Run run = run(file.toString());
    assertThat(run.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(run.err().lines()).singleElement().asString().contains("firm.json", "/loans/0/principal");
    Path unknown = write("unknown.json", "{\"registrationRegionCode\": \"440306\", \"sizeClass\": \"SMALL\"}");
    assertThat(run(unknown.toString()).err()).contains("unknown.json", "/sizeClass");
    Path request = write("request.json", "{\"profile\": {\"size\": \"TINY\"}, \"asOf\": \"2023-06-30\"}");
    assertThat(run(request.toString()).err()).contains("request.json", "/profile/size");
  }

  @Test
  void test_badOptions_exitWithUsage() {
    assertThat(run("--frobnicate").status()).isEqualTo(HuiqiCli.USAGE);
    Run badDate = run("--as-of", "2023-02-30");
    assertThat(badDate.status()).isEqualTo(HuiqiCli.USAGE);
    assertThat(badDate.err()).contains("--as-of '2023-02-30'");
    assertThat(run("--as-of", "1800-01-01").err()).contains("asOf");
    assertThat(run("--measure", "sz-gxj-2023-26.no-such").status()).isEqualTo(HuiqiCli.USAGE);
    assertThat(run("catalog", "firm.json").status()).isEqualTo(HuiqiCli.USAGE);
    assertThat(run("--help").out()).contains("usage: huiqi");
  }

  @Test
  void test_replay_aSavedReportMatchesAndAnEditedOneDoesNot() throws IOException {
    Path request = write("request.json", EntitlementSamples.shenzhenManufacturer2023Json());
    Run saved = run(request.toString(), "--explain", "--json");
    assertThat(saved.status()).isZero();
    Path report = write("report.json", saved.out());
    Run replay = run("replay", request.toString(), report.toString());
    assertThat(replay.status()).as(replay.err()).isZero();
    assertThat(replay.out()).contains("回放一致");
    // the report's recorded result hash altered: neither the recomputed report nor the saved one matches it
    JsonNode tree = HuiqiJson.read(saved.out(), JsonNode.class);
    ((ObjectNode) tree.get("receipt")).put("resultSha256", "0".repeat(64));
    Path altered = write("altered.json", HuiqiJson.write(tree));
    Run mismatch = run("replay", request.toString(), altered.toString(), "--lang", "en");
    assertThat(mismatch.status()).isEqualTo(HuiqiCli.MISMATCH);
    assertThat(mismatch.out()).contains("replay does not match: 2 difference", "  resultSha256: recorded "
        + "0".repeat(64), "savedResult/resultSha256: recorded " + "0".repeat(64));
    // the report itself edited, its receipt kept: only the saved report differs
    JsonNode edited = HuiqiJson.read(saved.out(), JsonNode.class);
    ObjectNode message = (ObjectNode) edited.at("/outcomes/0/reasons/0/message");
    message.put("en", message.get("en").asText() + " (edited)");
    Path editedReport = write("edited.json", HuiqiJson.write(edited));
    Run bodyEdited = run("replay", request.toString(), editedReport.toString(), "--lang", "en");
    assertThat(bodyEdited.status()).isEqualTo(HuiqiCli.MISMATCH);
    assertThat(bodyEdited.out()).contains("replay does not match: 1 difference", "savedResult/resultSha256");
    Run json = run("replay", request.toString(), report.toString(), "--json");
    assertThat(HuiqiJson.read(json.out(), JsonNode.class).get("matches").asBoolean()).isTrue();
  }

  @Test
  void test_replay_aCalculatorsResultMatchesAndAnEditedOneDoesNot() throws IOException {
    // a 专精特新 referral, explained by its calculator and saved with its request
    String requestJson = "{\"specialisedAndInnovative\": {\"held\": true, \"since\": \"2022-09-01\"}, "
        + "\"asOf\": \"2023-10-31\"}";
    ReferralMeasure pool = PolicyData.builtIn().getMeasure(MeasureId.of("sz-gxj-zjtx-32-draft.pool-compensation"),
        ReferralMeasure.class);
    String resultJson = ReferralCalculator.DEFAULT.explainReferralJson(pool, requestJson);
    Path request = write("referral.json", requestJson);
    Path result = write("referral-result.json", resultJson);
    Run replay = run("replay", request.toString(), result.toString(), "--lang", "en");
    assertThat(replay.status()).as(replay.err()).isZero();
    // the measure's recorded hash altered, as if the pack had changed since
    JsonNode tree = HuiqiJson.read(resultJson, JsonNode.class);
    ((ObjectNode) tree.at("/explanation/receipt/measures/0")).put("sha256", "0".repeat(64));
    Path altered = write("referral-altered.json", HuiqiJson.write(tree));
    Run mismatch = run("replay", request.toString(), altered.toString(), "--lang", "en");
    assertThat(mismatch.status()).isEqualTo(HuiqiCli.MISMATCH);
    assertThat(mismatch.out()).contains("measures/sz-gxj-zjtx-32-draft.pool-compensation/sha256", "0".repeat(64));
    // the result's body edited after issue, its receipt kept: the saved result no longer hashes to the receipt's
    JsonNode edited = HuiqiJson.read(resultJson, JsonNode.class);
    ((ObjectNode) edited.at("/eligibility")).put("verdict", "INELIGIBLE");
    Path body = write("referral-edited.json", HuiqiJson.write(edited));
    Run bodyEdited = run("replay", request.toString(), body.toString(), "--lang", "en");
    assertThat(bodyEdited.status()).isEqualTo(HuiqiCli.MISMATCH);
    assertThat(bodyEdited.out()).contains("replay does not match: 1 difference", "savedResult/resultSha256");
    // a bad value in the saved result is named in that file, not in the request's
    ((ObjectNode) edited.at("/eligibility")).put("verdict", "MAYBE");
    Path bad = write("referral-bad.json", HuiqiJson.write(edited));
    Run badResult = run("replay", request.toString(), bad.toString(), "--lang", "en");
    assertThat(badResult.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(badResult.err()).contains("referral-bad.json", "/eligibility/verdict");
    // --as-of cannot change a calculator's replay (its request has its own date): a wrong option, not ignored
    Run dated = run("replay", request.toString(), result.toString(), "--as-of", "2024-01-01");
    assertThat(dated.status()).isEqualTo(HuiqiCli.USAGE);
    assertThat(dated.err()).contains("--as-of", "referral-result.json", "usage: huiqi");
    assertThat(dated.out()).isEmpty();
  }

  @Test
  void test_replay_aProfileFileTakesTheReceiptsDate() throws IOException {
    // a profile file (no asOf of its own) evaluated with --as-of 2023-06-30 and saved; replayed later (the test's
    // today is 2023-09-01) without --as-of, the report is recomputed on the date its receipt records, so it matches;
    // before, today's date was used and the replay named asOf, inputSha256 and resultSha256 as differences
    JsonNode sample = HuiqiJson.read(EntitlementSamples.shenzhenManufacturer2023Json(), JsonNode.class);
    Path profile = write("profile.json", HuiqiJson.write(sample.get("profile")));
    Run saved = run(profile.toString(), "--as-of", "2023-06-30", "--explain", "--json");
    assertThat(saved.status()).as(saved.err()).isZero();
    Path report = write("profile-report.json", saved.out());
    Run replay = run("replay", profile.toString(), report.toString(), "--lang", "en");
    assertThat(replay.status()).as(replay.out()).isZero();
    // --as-of still decides when given: another date is a difference, named
    Run other = run("replay", profile.toString(), report.toString(), "--as-of", "2023-07-01", "--lang", "en");
    assertThat(other.status()).isEqualTo(HuiqiCli.MISMATCH);
    assertThat(other.out()).contains("asOf: recorded 2023-06-30, now 2023-07-01");
  }

  @Test
  void test_replay_needsBothFilesAndAReceipt() throws IOException {
    Path request = write("request.json", EntitlementSamples.shenzhenManufacturer2023Json());
    assertThat(run("replay", request.toString()).status()).isEqualTo(HuiqiCli.USAGE);
    Path plain = write("plain.json", run(request.toString(), "--json").out());
    Run noReceipt = run("replay", request.toString(), plain.toString());
    assertThat(noReceipt.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(noReceipt.err()).contains("plain.json", "/receipt");
  }
}
