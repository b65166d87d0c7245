package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.batch.screening.ScreeningRun;
import io.github.huiqi.calculators.batch.screening.ScreeningTotals;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code screen} command over a small register (resource {@code screen/register.ndjson}): five firms of Shenzhen,
 * Shanghai and no known region, a blank line and a line that is not a profile, screened as of 2023-06-30.
 * <p>
 * The totals of four measures were worked by hand from the clauses before the command was run:
 * <ul>
 *   <li>深工信〔2023〕26号 第5条 (首贷户贷款贴息): a first loan from a Shenzhen bank in 2023-01..03, 2% a year, at most
 *     six months, at most 200,000 a firm; ACT/360 counted 算头不算尾 (decisions register §4.1 item 1). 甲 (宝安
 *     440306, first-time borrower, 3,000,000 drawn 2023-02-10): 2023-02-10 to 2023-08-10 is 18 + 31 + 30 + 31 + 30
 *     + 31 + 10 = 181 days, 3,000,000 × 2% × 181 / 360 = 30,166.666… → 30,166.67, eligible. 乙 (上海 310115):
 *     not a Shenzhen enterprise, ineligible. 丙 (福田 440304, nothing known of its loans) and 戊 (no region,
 *     §0.6): undetermined, from 0 to the 200,000 cap. So eligible 1, undetermined 2, ineligible 1, failed 1 (丁),
 *     certain 30,166.67, in reach 30,166.67 + 200,000 + 200,000 = 430,166.67.</li>
 *   <li>深工信〔2023〕26号 第1条 and 沪企服办〔2023〕1号 第二十二条 (小型微利企业): no year known, so undetermined from 0
 *     to the most relief at the 3,000,000 limit over the years with rules up to 2023: 2022 (公告2022年第13号 for
 *     1,000,000..3,000,000 at 25% × 20%, saving 20% × 2,000,000 = 400,000; 公告2021年第12号 for the first
 *     1,000,000 at 12.5% × 20%, saving 22.5% × 1,000,000 = 225,000): 625,000; 2023 (公告2023年第6号 for the first
 *     1,000,000 with 2022年第13号 above it: 25% × 20% on the whole 3,000,000, "年应纳税所得额，减按25%计入…按20%的
 *     税率" as 第二十二条 restates it; saving 20% × 3,000,000 = 600,000); the larger, 625,000 (the evaluator's bound
 *     when no year is known, SmallLowProfitEvaluator). The relief is one, counted
 *     under the restatement of the firm's region, the other ineligible, or, region unknown, set aside (decisions
 *     register §1.7, rule restated-tax-relief-counted-once). Shenzhen: 甲, 丙, 戊 undetermined (3), 乙 ineligible;
 *     in reach 3 × 625,000 = 1,875,000. Shanghai: 乙 undetermined, 甲 and 丙 ineligible, 戊 undetermined and set
 *     aside (in neither amount); in reach 625,000.</li>
 *   <li>工信部联企业〔2011〕300号 第四条 (中小企业划型), the size class given: 甲 SMALL, 乙 MEDIUM, 戊 MICRO eligible
 *     (3), 丙 LARGE ineligible (1), no money.</li>
 * </ul>
 * 丁's size {@code HUGE} is no size class: its line (the fifth, the blank second line counted) fails at
 * {@code /size}, is the fourth firm (index 3) and fails every measure.
 */
class HuiqiCliScreenTest {

  private static final LocalDate TODAY = LocalDate.of(2023, 9, 1);
  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String SZ_SLPE = "sz-gxj-2023-26.small-low-profit-enterprise";
  private static final String SH_SLPE = "sh-qfb-2023-1.small-low-profit-enterprise";
  private static final String SIZE = "miit-2011-300.enterprise-size";

  @TempDir
  Path dir;

  private Path register;

  @BeforeEach
  void copyRegister() throws IOException {
    register = dir.resolve("register.ndjson");
    try (InputStream in = HuiqiCliScreenTest.class.getResourceAsStream("screen/register.ndjson")) {
      Files.write(register, in.readAllBytes());
    }
  }

  private static HuiqiCliTest.Run run(String... args) {
    return HuiqiCliTest.run(args);
  }

  /** The cells of the table's row for a measure id, split where two spaces or more part them. */
  private static List<String> row(String table, String id) {
    return table.lines().filter(line -> line.contains("  " + id + "  ")).findFirst()
        .map(line -> Arrays.asList(line.split(" {2,}"))).orElseThrow(() -> new AssertionError("no row " + id));
  }

  private static JsonNode measure(JsonNode totals, String id) {
    for (JsonNode m : totals.get("measures")) {
      if (m.get("measure").asText().equals(id)) {
        return m;
      }
    }
    throw new AssertionError("no measure " + id);
  }

  private static void assertMeasure(JsonNode totals, String id, long eligible, long undetermined, long ineligible,
      long setAside, String certain, String inReach) {
    JsonNode m = measure(totals, id);
    assertThat(m.get("eligible").asLong()).as(id + " eligible").isEqualTo(eligible);
    assertThat(m.get("undetermined").asLong()).as(id + " undetermined").isEqualTo(undetermined);
    assertThat(m.get("ineligible").asLong()).as(id + " ineligible").isEqualTo(ineligible);
    assertThat(m.get("setAside").asLong()).as(id + " set aside").isEqualTo(setAside);
    assertThat(m.at("/certain/amount").decimalValue()).as(id + " certain").isEqualByComparingTo(certain);
    assertThat(m.at("/inReach/amount").decimalValue()).as(id + " in reach").isEqualByComparingTo(inReach);
    assertThat(m.get("unbounded").asLong()).as(id + " unbounded").isZero();
  }

  /** The register's lines that hold a firm, as the command gives them to screenJson. */
  private List<String> firmLines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_table_zh_handWorkedTotals() {
    HuiqiCliTest.Run run = run("screen", register.toString(), "--as-of", "2023-06-30");
    assertThat(run.status()).isEqualTo(HuiqiCli.INCOMPLETE);
    assertThat(run.out()).startsWith("惠企政策筛查 · " + register + " · 测算日 2023-06-30 · 企业 5 家，其中 1 家未能完整测算\n");
    // measure, id, kind, eligible, undetermined, ineligible, failed, set aside, certain, in reach
    assertThat(row(run.out(), FIRST_LOAN)).containsExactly("首贷户贷款贴息", FIRST_LOAN, "补贴", "1", "2", "1", "1",
        "0", "30,166.67", "30,166.67 – 430,166.67");
    assertThat(row(run.out(), SZ_SLPE)).containsExactly("小型微利企业减征企业所得税", SZ_SLPE, "减税", "0", "3", "1",
        "1", "0", "0.00", "0.00 – 1,875,000.00");
    assertThat(row(run.out(), SH_SLPE)).containsExactly("小型微利企业减征企业所得税", SH_SLPE, "减税", "0", "2", "2",
        "1", "1", "0.00", "0.00 – 625,000.00");
    assertThat(row(run.out(), SIZE)).containsExactly("中小企业划型", SIZE, "非资金", "3", "0", "1", "1", "0", "0.00",
        "0.00");
    // every measure of the catalogue, in its order
    List<String> ids = run.out().lines().filter(line -> line.matches(".*  [a-z0-9-]+\\.[a-z0-9-]+  .*"))
        .map(line -> line.split(" {2,}")[1]).toList();
    assertThat(ids).hasSize(49).containsSubsequence(FIRST_LOAN, SZ_SLPE, SH_SLPE, SIZE);
    assertThat(run.out()).contains("按类别合计");
    // the fifth line (the blank second counted) is no profile: named by line and field; the run went on
    assertThat(run.err()).isEqualTo("huiqi: '" + register + "', line 5, field /size: the line is not a profile"
        + " (input.unknown-value)\n"
        + "huiqi: '" + register + "': 1 of 5 firm(s) could not be screened whole; the totals are not whole\n");
  }

  @Test
  void test_table_en_handWorkedTotals() {
    HuiqiCliTest.Run run = run("screen", register.toString(), "--as-of", "2023-06-30", "--lang", "en");
    assertThat(run.status()).isEqualTo(HuiqiCli.INCOMPLETE);
    assertThat(run.out()).startsWith("huiqi screening · " + register + " · as of 2023-06-30 · 5 firm(s), 1 not"
        + " screened whole\n");
    assertThat(row(run.out(), FIRST_LOAN)).containsExactly("First-loan interest subsidy", FIRST_LOAN, "payment", "1",
        "2", "1", "1", "0", "30,166.67", "30,166.67 – 430,166.67");
    assertThat(row(run.out(), SZ_SLPE)).containsExactly("Small low-profit enterprise income-tax relief", SZ_SLPE,
        "tax saved", "0", "3", "1", "1", "0", "0.00", "0.00 – 1,875,000.00");
    assertThat(row(run.out(), SH_SLPE)).containsExactly("Small low-profit enterprise income-tax relief", SH_SLPE,
        "tax saved", "0", "2", "2", "1", "1", "0.00", "0.00 – 625,000.00");
    assertThat(row(run.out(), SIZE)).containsExactly("Enterprise size class", SIZE, "non-monetary", "3", "0", "1",
        "1", "0", "0.00", "0.00");
  }

  @Test
  void test_json_handWorkedTotals_andTheOutFileIsScreenJsons() throws IOException {
    Path out = dir.resolve("outcomes.ndjson");
    HuiqiCliTest.Run run = run("screen", register.toString(), "--as-of", "2023-06-30", "--json", "--out",
        out.toString());
    assertThat(run.status()).isEqualTo(HuiqiCli.INCOMPLETE);
    JsonNode totals = HuiqiJson.read(run.out(), JsonNode.class);
    assertThat(totals.get("firms").asLong()).isEqualTo(5);
    assertThat(totals.get("failedFirms").asLong()).isEqualTo(1);
    assertThat(totals.get("measures")).hasSize(49);
    assertMeasure(totals, FIRST_LOAN, 1, 2, 1, 0, "30166.67", "430166.67");
    assertMeasure(totals, SZ_SLPE, 0, 3, 1, 0, "0", "1875000");
    assertMeasure(totals, SH_SLPE, 0, 2, 2, 1, "0", "625000");
    assertMeasure(totals, SIZE, 3, 0, 1, 0, "0", "0");
    // the same register through the library: the same lines, and the same totals
    StringWriter expected = new StringWriter();
    ScreeningTotals library = ScreeningRun.screenJson(EntitlementEngine.builtIn(), firmLines(register).iterator(),
        LocalDate.of(2023, 6, 30), ScreeningRun.ndjson(expected));
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    assertThat(run.out()).isEqualTo(HuiqiJson.write(library) + "\n");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(5);
    assertThat(lines.get(3)).isEqualTo("{\"index\":3,\"outcomes\":[],\"failures\":"
        + "[\"profile: input.unknown-value at /size\"]}");
  }

  @Test
  void test_measure_restricts_lines_and_totals() throws IOException {
    Path out = dir.resolve("outcomes.ndjson");
    HuiqiCliTest.Run run = run("screen", register.toString(), "--as-of", "2023-06-30", "--json", "--out",
        out.toString(), "--measure", SIZE, "--measure", FIRST_LOAN);
    assertThat(run.status()).isEqualTo(HuiqiCli.INCOMPLETE);
    JsonNode totals = HuiqiJson.read(run.out(), JsonNode.class);
    assertThat(totals.get("firms").asLong()).isEqualTo(5);
    assertThat(totals.get("failedFirms").asLong()).isEqualTo(1);
    // in catalogue order, whatever the order asked
    assertThat(totals.get("measures")).hasSize(2);
    assertThat(totals.at("/measures/0/measure").asText()).isEqualTo(FIRST_LOAN);
    assertMeasure(totals, FIRST_LOAN, 1, 2, 1, 0, "30166.67", "430166.67");
    assertMeasure(totals, SIZE, 3, 0, 1, 0, "0", "0");
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      JsonNode firm = HuiqiJson.read(line, JsonNode.class);
      List<String> measures = new ArrayList<>();
      firm.get("outcomes").forEach(outcome -> measures.add(outcome.get("measure").asText()));
      assertThat(measures).as(line).isIn(List.of(FIRST_LOAN, SIZE), List.of());
    }
    HuiqiCliTest.Run table = run("screen", register.toString(), "--as-of", "2023-06-30", "--measure", SIZE,
        "--lang", "en");
    assertThat(table.out().lines().filter(line -> line.contains("  miit-") || line.contains("  sz-")
        || line.contains("  sh-"))).hasSize(1);
    assertThat(row(table.out(), SIZE)).containsExactly("Enterprise size class", SIZE, "non-monetary", "3", "0", "1",
        "1", "0", "0.00", "0.00");
  }

  @Test
  void test_twoThreads_sameTotalsAndLines_acrossBlocks() throws IOException {
    // 720 lines, 600 firms: more than one block of two threads (2 × 256), the bad and blank lines among them
    String text = Files.readString(register, StandardCharsets.UTF_8);
    Path big = dir.resolve("big.ndjson");
    Files.writeString(big, text.repeat(120), StandardCharsets.UTF_8);
    Path one = dir.resolve("one.ndjson");
    Path two = dir.resolve("two.ndjson");
    HuiqiCliTest.Run first = run("screen", big.toString(), "--as-of", "2023-06-30", "--json", "--out",
        one.toString());
    HuiqiCliTest.Run second = run("screen", big.toString(), "--as-of", "2023-06-30", "--json", "--out",
        two.toString(), "--threads", "2");
    assertThat(second.status()).isEqualTo(first.status()).isEqualTo(HuiqiCli.INCOMPLETE);
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(second.err()).isEqualTo(first.err().replace(one.toString(), two.toString()));
    assertThat(Files.readString(two)).isEqualTo(Files.readString(one));
    JsonNode totals = HuiqiJson.read(first.out(), JsonNode.class);
    assertThat(totals.get("firms").asLong()).isEqualTo(600);
    assertThat(totals.get("failedFirms").asLong()).isEqualTo(120);
    // 120 times the register's figures
    assertThat(measure(totals, FIRST_LOAN).at("/inReach/amount").decimalValue())
        .isEqualByComparingTo(new BigDecimal("430166.67").multiply(BigDecimal.valueOf(120)));
    // the k-th bad line is line 6(k − 1) + 5: the hundredth, line 599, is the last named, the rest counted
    assertThat(first.err().lines().filter(line -> line.contains("the line is not a profile"))).hasSize(100);
    assertThat(first.err()).contains("'" + big + "', line 5, field /size", "'" + big + "', line 599, field /size",
        "huiqi: '" + big + "': 20 more failed firm(s) not named here, each in '" + one + "'",
        "120 of 600 firm(s) could not be screened whole");
  }

  @Test
  void test_dateDefaultsToToday_bomAndCrlfRead() throws IOException {
    Path windows = dir.resolve("windows.ndjson");
    Files.writeString(windows, "\uFEFF" + Files.readString(register).replace("\n", "\r\n"));
    HuiqiCliTest.Run run = run("screen", windows.toString(), "--json");
    HuiqiCliTest.Run unix = run("screen", register.toString(), "--json", "--as-of", TODAY.toString());
    assertThat(run.out()).isEqualTo(unix.out());
    assertThat(HuiqiCliTest.run("screen", register.toString()).out()).contains("测算日 2023-09-01");
  }

  @Test
  void test_aMalformedLine_isAFirmNamedWhereItBreaks() throws IOException {
    Path file = dir.resolve("malformed.ndjson");
    Files.writeString(file, "{\"size\":\"SMALL\"}\n{\"size\":\n", StandardCharsets.UTF_8);
    HuiqiCliTest.Run run = run("screen", file.toString(), "--as-of", "2023-06-30", "--json");
    assertThat(run.status()).isEqualTo(HuiqiCli.INCOMPLETE);
    // the JSON ends inside the member: the hardened reader names it
    assertThat(run.err()).startsWith("huiqi: '" + file + "', line 2, field /size: the line is not a profile"
        + " (input.malformed-json)\n");
    assertThat(HuiqiJson.read(run.out(), JsonNode.class).get("firms").asLong()).isEqualTo(2);
  }

  @Test
  void test_aMeasureThatRefusesAFirm_isNamedWithItsField_andCountedFailedForThatMeasureOnly() throws IOException {
    // the first firm's bad loan, outstanding 2,000,000 above its principal 1,000,000, is refused by the
    // risk-compensation pool alone (as in HuiqiCliTest); the second firm, its loans unknown, is undetermined there
    Path file = dir.resolve("bad-loan.ndjson");
    Files.writeString(file, "{\"registrationRegionCode\":\"440305\",\"size\":\"SMALL\",\"loans\":[{\"loanId\":"
        + "\"L1\",\"principal\":{\"amount\":1000000,\"currency\":\"CNY\"},\"drawdownDate\":\"2023-01-15\","
        + "\"maturityDate\":\"2024-01-15\",\"annualInterestRate\":\"3.65%\",\"nonPerforming\":{\"since\":"
        + "\"2023-06-01\",\"principalOutstanding\":{\"amount\":2000000,\"currency\":\"CNY\"}}}]}\n"
        + "{\"registrationRegionCode\":\"440305\",\"size\":\"SMALL\"}\n", StandardCharsets.UTF_8);
    String pool = "sz-gxj-2023-26.risk-compensation-pool";
    HuiqiCliTest.Run run = run("screen", file.toString(), "--as-of", "2023-06-30", "--lang", "en");
    assertThat(run.status()).isEqualTo(HuiqiCli.INCOMPLETE);
    assertThat(run.err()).isEqualTo("huiqi: '" + file + "', line 1, field /loans/0/nonPerforming/principalOutstanding:"
        + " " + pool + " could not be evaluated (input.conflict)\n"
        + "huiqi: '" + file + "': 1 of 2 firm(s) could not be screened whole; the totals are not whole\n");
    // eligible, undetermined, ineligible, failed: the pool failed for one firm, the size class for none
    assertThat(row(run.out(), pool).subList(3, 7)).containsExactly("0", "1", "0", "1");
    assertThat(row(run.out(), SIZE).subList(3, 7)).containsExactly("2", "0", "0", "0");
    // the size class alone: no failure among the measures asked, a whole run
    HuiqiCliTest.Run size = run("screen", file.toString(), "--as-of", "2023-06-30", "--measure", SIZE);
    assertThat(size.status()).isZero();
    assertThat(size.err()).isEmpty();
  }

  @Test
  void test_aCompleteRegister_exitsZero_emptyRegister_zeros() throws IOException {
    Path file = dir.resolve("good.ndjson");
    Files.writeString(file, "{\"registrationRegionCode\":\"440306\",\"size\":\"SMALL\"}\n", StandardCharsets.UTF_8);
    HuiqiCliTest.Run run = run("screen", file.toString(), "--as-of", "2023-06-30");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    Path empty = dir.resolve("empty.ndjson");
    Files.writeString(empty, "\n\n", StandardCharsets.UTF_8);
    HuiqiCliTest.Run none = run("screen", empty.toString(), "--as-of", "2023-06-30", "--lang", "en");
    assertThat(none.status()).isZero();
    assertThat(row(none.out(), SIZE)).containsExactly("Enterprise size class", SIZE, "—", "0", "0", "0", "0", "0",
        "0.00", "0.00");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_missingFile_directory_notUtf8_exit2() throws IOException {
    HuiqiCliTest.Run missing = run("screen", dir.resolve("nope.ndjson").toString());
    assertThat(missing.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).isEqualTo("huiqi: cannot read '" + dir.resolve("nope.ndjson") + "': no such file\n");
    HuiqiCliTest.Run directory = run("screen", dir.toString());
    assertThat(directory.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(directory.err()).isEqualTo("huiqi: cannot read '" + dir + "': a directory, not a file\n");
    Path gbk = dir.resolve("gbk.ndjson");
    byte[] first = "{\"size\":\"SMALL\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] second = "{\"name\":\"甲\"}\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    Files.write(gbk, both);
    HuiqiCliTest.Run notUtf8 = run("screen", gbk.toString(), "--as-of", "2023-06-30");
    assertThat(notUtf8.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(notUtf8.out()).isEmpty();
    assertThat(notUtf8.err()).isEqualTo("huiqi: cannot read '" + gbk + "': line 2 is not UTF-8 text; save the file"
        + " as UTF-8 (the screening stopped there)\n");
  }

  @Test
  void test_outCannotBeWritten_exit2_registerUntouched() throws IOException {
    Path nowhere = dir.resolve("no-such-dir").resolve("out.ndjson");
    HuiqiCliTest.Run run = run("screen", register.toString(), "--out", nowhere.toString());
    assertThat(run.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("huiqi: cannot write '" + nowhere + "': no such directory\n");
    byte[] before = Files.readAllBytes(register);
    HuiqiCliTest.Run itself = run("screen", register.toString(), "--out", register.toString());
    assertThat(itself.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(itself.err()).isEqualTo("huiqi: cannot write '" + register + "': it is the register being screened\n");
    assertThat(Files.readAllBytes(register)).isEqualTo(before);
    HuiqiCliTest.Run toDirectory = run("screen", register.toString(), "--out", dir.toString());
    assertThat(toDirectory.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(toDirectory.err()).startsWith("huiqi: cannot write '" + dir + "': ").doesNotContain("\n\n");
    assertThat(toDirectory.err().lines()).hasSize(1);
  }

  @Test
  void test_badOptions_exit64_withUsage() {
    String file = register.toString();
    String[][] cases = {
        {"screen"},
        {"screen", file, "--threads", "0"},
        {"screen", file, "--threads", "65"},
        {"screen", file, "--threads", "two"},
        {"screen", file, "--threads"},
        {"screen", file, "--out"},
        {"screen", file, "--explain"},
        {"screen", file, "--measure", "no-such.measure"},
        {"screen", file, "--as-of", "2023-02-30"},
        {"screen", file, "other.ndjson"},
        {"screen", file, "--unsettled-stacking", "SOMETIMES"},
        {file, "--out", "x.ndjson"},
        {"catalog", "--threads", "2"},
    };
    String[] messages = {
        "huiqi: screen takes a register file, one profile's JSON a line",
        "huiqi: --threads '0' must be a whole number from 1 to 64",
        "huiqi: --threads '65' must be a whole number from 1 to 64",
        "huiqi: --threads 'two' must be a whole number from 1 to 64",
        "huiqi: --threads needs a value",
        "huiqi: --out needs a value",
        "huiqi: screen takes no --explain: each firm's line holds its outcomes condensed",
        "huiqi: --measure 'no-such.measure' is not a measure of the catalogue; see 'huiqi catalog'",
        "huiqi: --as-of '2023-02-30' is not a date YYYY-MM-DD",
        "huiqi: more than one profile file: '" + file + "' and 'other.ndjson'",
        "huiqi: --unsettled-stacking 'SOMETIMES' must be COUNT_BOTH or COUNT_HIGHER",
        "huiqi: --out applies to screen only",
        "huiqi: --threads applies to screen only",
    };
    for (int i = 0; i < cases.length; i++) {
      HuiqiCliTest.Run run = run(cases[i]);
      assertThat(run.status()).as(String.join(" ", cases[i])).isEqualTo(HuiqiCli.USAGE);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).as(String.join(" ", cases[i])).isEqualTo(messages[i] + "\n" + CliArguments.USAGE + "\n");
    }
  }

  @Test
  void test_engineOptions_shownInTheTable() {
    HuiqiCliTest.Run run = run("screen", register.toString(), "--as-of", "2023-06-30", "--lang", "en",
        "--unsettled-stacking", "count_higher");
    assertThat(run.out()).contains("Options not the defaults:", "unsettledStacking COUNT_HIGHER");
    // the first-loan subsidy is in no unsettled pair: its totals stand
    assertThat(row(run.out(), FIRST_LOAN)).containsExactly("First-loan interest subsidy", FIRST_LOAN, "payment", "1",
        "2", "1", "1", "0", "30,166.67", "30,166.67 – 430,166.67");
  }
}
