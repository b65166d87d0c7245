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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's error lines in the language asked for: with {@code --lang zh} anywhere in the arguments (before
 * {@code --}), every line on the error stream is Chinese and names the file, the field (JSON Pointer), the option and
 * the value verbatim, as its English line does, and the usage text after a wrong option is Chinese
 * ({@code CliArguments.USAGE_ZH}); with {@code --lang en}, or no {@code --lang} (the tables' default stays Chinese),
 * the English line and usage, unchanged. Each expectation is written out by hand from the line's form
 * ({@code 'FILE', field POINTER: PROBLEM (was VALUE)} and {@code 'FILE'，字段 POINTER：PROBLEM（实际为 VALUE）}) and the
 * library's problem texts in English and Chinese ({@code InvalidInputException.problem()} and {@code problemZh()},
 * read in {@code core.json.JsonErrors}, {@code core.json.JsonEnums} and {@code RiskPoolClaim}).
 */
class HuiqiCliZhErrorsTest {

  private static final String POOL = "sz-gxj-2023-26.risk-compensation-pool";

  /** A bad loan: its principal outstanding (2,000,000) above its principal (1,000,000), refused by the pool alone. */
  private static final String BAD_LOAN = "{\"registrationRegionCode\": \"440305\", \"size\": \"SMALL\", \"loans\": "
      + "[{\"loanId\": \"L1\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, "
      + "\"drawdownDate\": \"2023-01-15\", \"maturityDate\": \"2024-01-15\", \"annualInterestRate\": \"3.65%\", "
      + "\"nonPerforming\": {\"since\": \"2023-06-01\", \"principalOutstanding\": {\"amount\": 2000000, "
      + "\"currency\": \"CNY\"}}}]}";

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static HuiqiCliTest.Run run(String... args) {
    return HuiqiCliTest.run(args);
  }

  /**
   * A bad command line: its one line, then the usage text in the line's language (the Chinese usage after a Chinese
   * line, that is with {@code --lang zh}; each expected line below is written out by hand, a Chinese one holding Han
   * characters), status 64, nothing out.
   */
  private static void assertUsage(HuiqiCliTest.Run run, String line) {
    boolean zh = line.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    assertThat(run.status()).as(run.err()).isEqualTo(HuiqiCli.USAGE);
    assertThat(run.err()).isEqualTo("huiqi: " + line + "\n" + (zh ? CliArguments.USAGE_ZH : CliArguments.USAGE) + "\n");
    assertThat(run.out()).isEmpty();
  }

  /** A bad file: one line, status 2, nothing out. */
  private static void assertBadFile(HuiqiCliTest.Run run, String line) {
    assertThat(run.status()).as(run.err()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(run.err()).isEqualTo("huiqi: " + line + "\n");
    assertThat(run.out()).isEmpty();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_badDate_zhWhereverLangZhStands_evenAfterTheWrongArgument() {
    // LocalDate.parse is strict: February has no 30th
    assertUsage(run("--as-of", "2023-02-30", "--lang", "zh"), "--as-of '2023-02-30' 不是 YYYY-MM-DD 格式的日期");
    assertUsage(run("--lang", "zh", "--as-of", "2023-02-30"), "--as-of '2023-02-30' 不是 YYYY-MM-DD 格式的日期");
    assertUsage(run("--as-of", "2023-02-30", "--lang", "en"), "--as-of '2023-02-30' is not a date YYYY-MM-DD");
    // no --lang: the tables' Chinese, the error line's English, as before
    assertUsage(run("--as-of", "2023-02-30"), "--as-of '2023-02-30' is not a date YYYY-MM-DD");
    // EntitlementRequest.EARLIEST 1990-01-01 and LATEST 2100-12-31: the day before the first is refused
    assertUsage(run("--as-of", "1989-12-31", "--lang", "zh"),
        "--as-of '1989-12-31'：测算日（asOf）必须在 1990-01-01 至 2100-12-31 之间");
    assertUsage(run("--as-of", "1989-12-31", "--lang", "en"),
        "--as-of '1989-12-31': the evaluation date (asOf) must be from 1990-01-01 to 2100-12-31");
  }

  @Test
  void test_badOptionValues_zh_andEn() {
    assertUsage(run("--unsettled-stacking", "sometimes", "--lang", "zh"),
        "--unsettled-stacking 'sometimes' 必须为 COUNT_BOTH 或 COUNT_HIGHER");
    assertUsage(run("--unsettled-stacking", "sometimes", "--lang", "en"),
        "--unsettled-stacking 'sometimes' must be COUNT_BOTH or COUNT_HIGHER");
    assertUsage(run("--lang", "zh", "--interest-precedence"), "--interest-precedence 缺少取值");
    assertUsage(run("--lang", "en", "--interest-precedence"), "--interest-precedence needs a value");
    assertUsage(run("screen", "firms.ndjson", "--threads", "0", "--lang", "zh"), "--threads '0' 必须为 1 至 64 的整数");
    assertUsage(run("screen", "firms.ndjson", "--threads", "0", "--lang", "en"),
        "--threads '0' must be a whole number from 1 to 64");
    assertUsage(run("--nope", "--lang", "zh"), "未知选项 '--nope'");
    assertUsage(run("--nope", "--lang", "en"), "unknown option '--nope'");
    assertUsage(run("catalog", "firm.json", "--lang", "zh"), "catalog 只接受 --lang 和 --json");
    assertUsage(run("catalog", "firm.json", "--lang", "en"), "catalog takes only --lang and --json");
    assertUsage(run("--lang", "zh", "--lang", "zh"), "--lang 重复给出");
  }

  @Test
  void test_usage_chineseWithLangZh_theSameOptionsAndValues_englishOtherwise() {
    // with --lang zh the usage after the line is Chinese: its synopsis and each command's and option's line
    HuiqiCliTest.Run zh = run("--nope", "--lang", "zh");
    assertThat(zh.err()).startsWith("huiqi: 未知选项 '--nope'\n用法： huiqi [evaluate] [PROFILE.json] [--as-of YYYY-MM-DD]"
        + " [--lang zh|en] [--json] [--explain] [--measure ID]...\n").contains(
        "\ncatalog   列出内置措施：编号、名称、文件、条款、状态和有效期。\n",
        "\n--unsettled-stacking  来源未说明两项措施能否叠加时（取舍登记 §4.4 第25项）：\n",
        "          COUNT_BOTH（默认）两项均计入合计；COUNT_HIGHER 仅计较高的一项。\n",
        "（huiqi -- catalog 读取名为 'catalog' 的档案文件；huiqi evaluate catalog 亦然）。\n")
        .doesNotContain("usage:", "evaluates", "the default");
    // and so does help's, asked for with --lang zh; without it, or with --lang en, the English one as before
    HuiqiCliTest.Run help = run("--help", "--lang", "zh");
    assertThat(help.status()).isZero();
    assertThat(help.out()).isEqualTo(CliArguments.USAGE_ZH + "\n");
    assertThat(run("--help").out()).isEqualTo(CliArguments.USAGE + "\n");
    assertThat(run("help", "--lang", "en").out()).isEqualTo(CliArguments.USAGE + "\n");
    assertThat(run("--nope").err()).endsWith("\n" + CliArguments.USAGE + "\n").startsWith("huiqi: unknown option");
    // the same content: every option, value, placeholder and example of the English usage stands in the Chinese one,
    // as many times, and the same synopsis lines but for their first word
    Pattern verbatim = Pattern.compile("--[a-z-]*|\\b[A-Z][A-Z_]{2,}\\b|\\b[A-Z]+\\.n?json\\b|YYYY-MM-DD|zh\\|en"
        + "|interestSubsidyClaimedFirst|count_higher|'catalog'|\\b(?:evaluate|catalog|replay|screen)\\b|\\d+");
    assertThat(tokens(verbatim, CliArguments.USAGE_ZH)).isEqualTo(tokens(verbatim, CliArguments.USAGE));
    List<String> en = CliArguments.USAGE.lines().toList();
    List<String> cn = CliArguments.USAGE_ZH.lines().toList();
    assertThat(cn.get(0)).isEqualTo(en.get(0).replace("usage: ", "用法： "));
    assertThat(cn.subList(1, 6)).isEqualTo(en.subList(1, 6));
  }

  /** The tokens a pattern finds in a text, sorted, each as many times as it occurs. */
  private static List<String> tokens(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    Collections.sort(found);
    return found;
  }

  @Test
  void test_languageOfTheLine_onlyAnUnambiguousLangZhBeforeTheFilesOnlyMark() {
    // --lang fr is itself the wrong argument: no Chinese was asked for
    assertUsage(run("--lang", "fr"), "--lang 'fr' must be zh or en");
    // en and zh both given: which was meant is not for the command line to guess, so the line stays English
    assertUsage(run("--lang", "en", "--lang", "zh"), "--lang is given more than once");
    assertUsage(run("--lang", "zh", "--lang", "en"), "--lang is given more than once");
    // after --, "--lang" and "zh" are two files' names, not a language
    assertUsage(run("--", "--lang", "zh"), "more than one profile file: '--lang' and 'zh'");
    // with --lang zh before --, the same line in Chinese
    assertUsage(run("--lang", "zh", "--", "a.json", "b.json"), "给出了多个档案文件：'a.json' 和 'b.json'");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_unknownMeasure_onTheCommandLine_andInARequestFile() throws IOException {
    assertUsage(run("--measure", "sz-gxj-2023-26.no-such", "--lang", "zh"),
        "--measure 'sz-gxj-2023-26.no-such' 不是目录中的措施；见 'huiqi catalog'");
    assertUsage(run("--measure", "sz-gxj-2023-26.no-such", "--lang", "en"),
        "--measure 'sz-gxj-2023-26.no-such' is not a measure of the catalogue; see 'huiqi catalog'");
    assertUsage(run("--measure", "NOT AN ID", "--lang", "zh"), "--measure 'NOT AN ID' 不是措施 id");
    assertUsage(run("--measure", "NOT AN ID", "--lang", "en"), "--measure 'NOT AN ID' is not a measure id");
    // the request's second measure is none of the catalogue's: named by its place in the file, status 2
    Path request = write("request.json", "{\"profile\": {\"size\": \"SMALL\"}, \"measures\": ["
        + "\"miit-2011-300.enterprise-size\", \"sz-gxj-2023-26.no-such\"]}");
    assertBadFile(run(request.toString(), "--lang", "zh"), "'" + request + "'，字段 /measures/1：不是目录中的措施；"
        + "见 'huiqi catalog'（实际为 sz-gxj-2023-26.no-such）");
    assertBadFile(run(request.toString(), "--lang", "en"), "'" + request + "', field /measures/1: is not a measure"
        + " of the catalogue; see 'huiqi catalog' (was sz-gxj-2023-26.no-such)");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_profileFile_jsonSyntaxError_theFieldTheLineAndTheColumn() throws IOException {
    // the colon after "size" left out: the parser has read the member's name (/size) and finds the string "SMALL"
    // on line 2, whose quote is the 10th character ("  " 2, "size" 6, " " 1, then the quote); the column is Jackson's
    // (as HuiqiCliHostileInputAuditTest says): the token's first character on the build's Jackson, the one after it
    // on 2.15, the oldest supported
    Path file = write("syntax.json", "{\n  \"size\" \"SMALL\"\n}\n");
    String column = System.getProperty("huiqi.test.jacksonVersion", "").startsWith("2.15.") ? "11" : "10";
    assertBadFile(run(file.toString(), "--lang", "zh"),
        "'" + file + "'，字段 /size：不是格式正确的 JSON（第 2 行，第 " + column + " 列）");
    assertBadFile(run(file.toString(), "--lang", "en"),
        "'" + file + "', field /size: is not well-formed JSON (line 2, column " + column + ")");
  }

  @Test
  void test_profileFile_wrongTypedAndNegativeField_theValueVerbatim() throws IOException {
    // a count given as a string: the value as written, its quotes kept (JsonErrors.text)
    Path typed = write("typed.json", "{\"years\": [{\"year\": 2023, \"employees\": \"120\"}]}");
    assertBadFile(run(typed.toString(), "--lang", "zh"),
        "'" + typed + "'，字段 /years/0/employees：必须为 JSON 整数（实际为 \"120\"）");
    assertBadFile(run(typed.toString(), "--lang", "en"),
        "'" + typed + "', field /years/0/employees: must be a whole JSON number (was \"120\")");
    Path negative = write("negative.json", "{\"years\": [{\"year\": 2023, \"employees\": -1}]}");
    assertBadFile(run(negative.toString(), "--lang", "zh"),
        "'" + negative + "'，字段 /years/0/employees：不得为负数（实际为 -1）");
    assertBadFile(run(negative.toString(), "--lang", "en"),
        "'" + negative + "', field /years/0/employees: must not be negative (was -1)");
    // a constant that is none: the names listed (JsonEnums), the value as given
    Path size = write("size.json", "{\"size\": \"HUGE\"}");
    assertBadFile(run(size.toString(), "--lang", "zh"),
        "'" + size + "'，字段 /size：必须为以下之一：LARGE, MEDIUM, SMALL, MICRO（实际为 HUGE）");
    assertBadFile(run(size.toString(), "--lang", "en"),
        "'" + size + "', field /size: must be one of LARGE, MEDIUM, SMALL, MICRO (was HUGE)");
  }

  @Test
  void test_profileFile_notAnObject_missing_notUtf8() throws IOException {
    Path array = write("array.json", "[]");
    assertBadFile(run(array.toString(), "--lang", "zh"),
        "'" + array + "' 必须包含一个 JSON 对象：企业档案，或含 \"profile\" 的请求");
    assertBadFile(run(array.toString(), "--lang", "en"),
        "'" + array + "' must hold a JSON object: a profile, or a request with a \"profile\"");
    Path missing = dir.resolve("nope.json");
    assertBadFile(run(missing.toString(), "--lang", "zh"), "无法读取 '" + missing + "'：文件不存在");
    assertBadFile(run(missing.toString(), "--lang", "en"), "cannot read '" + missing + "': no such file");
    // {"name": "深"} in GBK: 深 is 0xC9 0xEE, and 0xEE cannot continue the sequence 0xC9 opens; byte 10, after the
    // 10 bytes of {"name": " (0 to 9)
    Path gbk = dir.resolve("gbk.json");
    Files.write(gbk, "{\"name\": \"深\"}".getBytes(Charset.forName("GBK")));
    assertBadFile(run(gbk.toString(), "--lang", "zh"),
        "无法读取 '" + gbk + "'：不是 UTF-8 文本（第 10 字节不是）；请将文件保存为 UTF-8");
    assertBadFile(run(gbk.toString(), "--lang", "en"),
        "cannot read '" + gbk + "': not UTF-8 text (byte 10 is not); save the file as UTF-8");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_incompleteReport_theLineInTheLanguageAsked_theFailuresOwnMessageInIt() throws IOException {
    // RiskPoolClaim: conflict("principalOutstanding", 2000000, "principal", 1000000, "must not exceed", "不得超过"),
    // named at the profile's fact, each amount written at the fen's scale (CnyAmount holds 1000000 as 1000000.00);
    // the report is printed, the status 3
    Path file = write("bad-loan.json", BAD_LOAN);
    String pointer = "/loans/0/nonPerforming/principalOutstanding";
    HuiqiCliTest.Run zh = run(file.toString(), "--as-of", "2023-06-30", "--lang", "zh");
    assertThat(zh.status()).isEqualTo(HuiqiCli.INCOMPLETE);
    assertThat(zh.out()).contains("以下措施未能测算，合计不完整：");
    assertThat(zh.err()).isEqualTo("huiqi: '" + file + "'，字段 " + pointer + "：" + POOL + " 未能测算（输入字段“"
        + pointer + "”无效：不得超过“principal”（1000000.00），实际为“2000000.00”）；1 项措施未计入，合计不完整\n");
    HuiqiCliTest.Run en = run(file.toString(), "--as-of", "2023-06-30", "--lang", "en");
    assertThat(en.status()).isEqualTo(HuiqiCli.INCOMPLETE);
    assertThat(en.err()).isEqualTo("huiqi: '" + file + "', field " + pointer + ": " + POOL + " could not be"
        + " evaluated (Invalid input '" + pointer + "': must not exceed principal '1000000.00' but was '2000000.00'); 1"
        + " measure(s) left out, the total is not whole\n");
    // no --lang: the table Chinese, the line English, as before
    HuiqiCliTest.Run none = run(file.toString(), "--as-of", "2023-06-30");
    assertThat(none.out()).contains("以下措施未能测算，合计不完整：");
    assertThat(none.err()).isEqualTo(en.err());
  }

  //-------------------------------------------------------------------------
  @Test
  void test_replay_optionsMismatch_theNoteInTheLanguageAsked() throws IOException {
    // the file's COUNT_HIGHER replaced by COUNT_BOTH when evaluated: replayed against the file, whose options
    // decide, the receipt does not match (exit 1), and one line names the option
    ObjectNode sample = (ObjectNode) HuiqiJson.read(EntitlementSamples.shenzhenManufacturer2023Json(), JsonNode.class);
    sample.putObject("options").put("unsettledStacking", "COUNT_HIGHER");
    Path own = write("own.json", HuiqiJson.write(sample));
    HuiqiCliTest.Run saved = run(own.toString(), "--explain", "--json", "--unsettled-stacking", "COUNT_BOTH");
    assertThat(saved.status()).as(saved.err()).isZero();
    Path report = write("report.json", saved.out());
    HuiqiCliTest.Run zh = run("replay", own.toString(), report.toString(), "--lang", "zh");
    assertThat(zh.status()).isEqualTo(HuiqiCli.MISMATCH);
    assertThat(zh.out()).startsWith("回放不一致：");
    assertThat(zh.err()).isEqualTo("huiqi: '" + own + "' 中为 options/unsettledStacking COUNT_HIGHER，而报告记录为"
        + " COUNT_BOTH；以 --unsettled-stacking 或 --interest-precedence 生成的报告，须以含其所记录选项的请求回放\n");
    HuiqiCliTest.Run en = run("replay", own.toString(), report.toString(), "--lang", "en");
    assertThat(en.status()).isEqualTo(HuiqiCli.MISMATCH);
    assertThat(en.err()).isEqualTo("huiqi: '" + own + "' holds options/unsettledStacking COUNT_HIGHER where the"
        + " report records COUNT_BOTH; a report made with --unsettled-stacking or --interest-precedence replays"
        + " against a request holding the options it records\n");
  }

  @Test
  void test_replay_badFiles_andAnOptionItTakesNot() throws IOException {
    Path request = write("request.json", EntitlementSamples.shenzhenManufacturer2023Json());
    Path missing = dir.resolve("no-report.json");
    assertBadFile(run("replay", request.toString(), missing.toString(), "--lang", "zh"),
        "无法读取 '" + missing + "'：文件不存在");
    assertBadFile(run("replay", request.toString(), missing.toString(), "--lang", "en"),
        "cannot read '" + missing + "': no such file");
    // a 专精特新 referral's explained result, its verdict edited to no verdict: named in the result's file
    String requestJson = "{\"specialisedAndInnovative\": {\"held\": true, \"since\": \"2022-09-01\"}, "
        + "\"asOf\": \"2023-10-31\"}";
    ReferralMeasure referral = PolicyData.builtIn().getMeasure(
        MeasureId.of("sz-gxj-zjtx-32-draft.pool-compensation"), ReferralMeasure.class);
    String resultJson = ReferralCalculator.DEFAULT.explainReferralJson(referral, requestJson);
    Path referralRequest = write("referral.json", requestJson);
    Path result = write("referral-result.json", resultJson);
    JsonNode edited = HuiqiJson.read(resultJson, JsonNode.class);
    ((ObjectNode) edited.at("/eligibility")).put("verdict", "MAYBE");
    Path bad = write("referral-bad.json", HuiqiJson.write(edited));
    assertBadFile(run("replay", referralRequest.toString(), bad.toString(), "--lang", "zh"),
        "'" + bad + "'，字段 /eligibility/verdict：必须为以下之一：ELIGIBLE, INELIGIBLE, UNDETERMINED（实际为 MAYBE）");
    assertBadFile(run("replay", referralRequest.toString(), bad.toString(), "--lang", "en"),
        "'" + bad + "', field /eligibility/verdict: must be one of ELIGIBLE, INELIGIBLE, UNDETERMINED (was MAYBE)");
    // --as-of cannot change a calculator's replay: its request carries its own date
    assertUsage(run("replay", referralRequest.toString(), result.toString(), "--as-of", "2024-01-01", "--lang", "zh"),
        "--as-of 只适用于回放报告，不适用于计算器的结果（'" + result + "'），其请求自带日期");
    assertUsage(run("replay", referralRequest.toString(), result.toString(), "--as-of", "2024-01-01", "--lang", "en"),
        "--as-of applies to replaying a report, not a calculator's result ('" + result + "'), whose request carries"
            + " its own date");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_screen_eachFailedLine_andTheClosingLine() throws IOException {
    // line 1 no profile (HUGE is no size class), line 2 the bad loan (the pool alone refuses it), line 3 a firm
    Path register = write("firms.ndjson", "{\"size\": \"HUGE\"}\n" + BAD_LOAN + "\n{\"size\": \"SMALL\"}\n");
    String pointer = "/loans/0/nonPerforming/principalOutstanding";
    HuiqiCliTest.Run zh = run("screen", register.toString(), "--as-of", "2023-06-30", "--lang", "zh");
    assertThat(zh.status()).isEqualTo(HuiqiCli.INCOMPLETE);
    assertThat(zh.err()).isEqualTo("huiqi: '" + register + "'，第 1 行，字段 /size：该行不是企业档案（input.unknown-value）\n"
        + "huiqi: '" + register + "'，第 2 行，字段 " + pointer + "：" + POOL + " 未能测算（input.conflict）\n"
        + "huiqi: '" + register + "'：3 家企业中有 2 家未能完整测算；合计不完整\n");
    HuiqiCliTest.Run en = run("screen", register.toString(), "--as-of", "2023-06-30", "--lang", "en");
    assertThat(en.status()).isEqualTo(HuiqiCli.INCOMPLETE);
    assertThat(en.err()).isEqualTo("huiqi: '" + register + "', line 1, field /size: the line is not a profile"
        + " (input.unknown-value)\n"
        + "huiqi: '" + register + "', line 2, field " + pointer + ": " + POOL + " could not be evaluated"
        + " (input.conflict)\n"
        + "huiqi: '" + register + "': 2 of 3 firm(s) could not be screened whole; the totals are not whole\n");
  }

  @Test
  void test_screen_aLineNotUtf8_andARegisterMissing() throws IOException {
    // line 1 is 17 bytes with its end ({"size":"SMALL"} and \n); line 2 {"name":" is 9 bytes more, and 甲 in GB 18030
    // (0xBC 0xD7) has 0xBC, which no UTF-8 sequence opens with: byte 17 + 9 = 26 of the file
    Path gbk = dir.resolve("gbk.ndjson");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("{\"size\":\"SMALL\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("{\"name\":\"甲\"}\n".getBytes(Charset.forName("GB18030")));
    assertThat(bytes.toByteArray()[26]).isEqualTo((byte) 0xBC);
    Files.write(gbk, bytes.toByteArray());
    HuiqiCliTest.Run zh = run("screen", gbk.toString(), "--as-of", "2023-06-30", "--lang", "zh");
    assertThat(zh.status()).isEqualTo(HuiqiCli.INCOMPLETE);
    assertThat(zh.err()).isEqualTo("huiqi: '" + gbk + "'，第 2 行，字段 /：该行不是 UTF-8 文本（input.malformed-json，第 26"
        + " 字节）；请将文件保存为 UTF-8\n"
        + "huiqi: '" + gbk + "'：2 家企业中有 1 家未能完整测算；合计不完整\n");
    HuiqiCliTest.Run en = run("screen", gbk.toString(), "--as-of", "2023-06-30", "--lang", "en");
    assertThat(en.err()).isEqualTo("huiqi: '" + gbk + "', line 2, field /: the line is not UTF-8 text"
        + " (input.malformed-json, byte 26); save the file as UTF-8\n"
        + "huiqi: '" + gbk + "': 1 of 2 firm(s) could not be screened whole; the totals are not whole\n");
    Path missing = dir.resolve("nope.ndjson");
    assertBadFile(run("screen", missing.toString(), "--lang", "zh"), "无法读取 '" + missing + "'：文件不存在");
    assertBadFile(run("screen", missing.toString(), "--lang", "en"), "cannot read '" + missing + "': no such file");
    assertBadFile(run("screen", dir.toString(), "--lang", "zh"), "无法读取 '" + dir + "'：是目录，不是文件");
  }
}
