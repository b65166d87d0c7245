package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.batch.screening.ScreeningRun;
import io.github.huiqi.calculators.batch.screening.ScreeningTotals;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
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
 * {@code /size}, is the fourth firm, with the index 4 (its line's number less one, as {@code screenJson} counts the
 * blank line) and fails every measure.
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

  /** The register's lines that hold a firm. */
  private List<String> firmLines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
  }

  /** The indexes of the firms in an {@code --out} file, in its order. */
  private static List<Long> indexes(Path out) throws IOException {
    return Files.readAllLines(out, StandardCharsets.UTF_8).stream()
        .map(line -> HuiqiJson.read(line, JsonNode.class).get("index").asLong()).toList();
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
    // 丁, no profile, is failed for every measure, and no other firm failed: five firms, each in one count
    for (String id : List.of(FIRST_LOAN, SZ_SLPE, SH_SLPE, SIZE)) {
      assertThat(measure(totals, id).get("failed").asLong()).as(id + " failed").isEqualTo(1);
    }
    totals.get("measures").forEach(m -> assertThat(m.get("eligible").asLong() + m.get("undetermined").asLong()
        + m.get("ineligible").asLong() + m.get("failed").asLong()).as(m.get("measure").asText()).isEqualTo(5));
    // the same register through the library, every line given (the blank one skipped there): the same lines, and
    // the same totals
    StringWriter expected = new StringWriter();
    ScreeningTotals library = ScreeningRun.screenJson(EntitlementEngine.builtIn(),
        Files.readAllLines(register, StandardCharsets.UTF_8).iterator(), LocalDate.of(2023, 6, 30),
        ScreeningRun.ndjson(expected));
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    assertThat(run.out()).isEqualTo(HuiqiJson.write(library) + "\n");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(5);
    // 丁 on the fifth line, the blank second counted: index 4; each firm's index is its line's number less one
    // the failure's text as it always was, then typed (additive): the whole profile (no "measure"), code and field
    assertThat(lines.get(3)).startsWith("{\"index\":4,\"outcomes\":[],\"failures\":"
        + "[\"profile: input.unknown-value at /size\"],\"failureDetails\":[{\"code\":\"input.unknown-value\","
        + "\"field\":\"/size\",");
    assertThat(indexes(out)).containsExactly(0L, 2L, 3L, 4L, 5L);
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
    // each copy's six lines hold firms on lines 1, 3, 4, 5 and 6 (the second blank): the n-th firm of copy c has
    // the index 6c + 0, 2, 3, 4 or 5, its line less one, across the blocks, on one thread and two
    long[] inCopy = {0, 2, 3, 4, 5};
    List<Long> expected = new ArrayList<>();
    for (int n = 0; n < 600; n++) {
      expected.add(6L * (n / 5) + inCopy[n % 5]);
    }
    assertThat(indexes(two)).isEqualTo(indexes(one)).isEqualTo(expected);
  }

  @Test
  void test_blankLines_atTheStartMiddleAndEnd_skippedButCounted_anIndexIsItsLineLessOne() throws IOException {
    List<String> firms = firmLines(register);
    // line 1 empty (a Windows line end), 2 two spaces, 3 甲, 4 乙, 5 empty, 6 a space, a tab and a space (a Windows
    // line end), 7 丙, 8 丁, 9 戊, 10 empty (a Windows line end), 11 three spaces with no line end
    Path blanks = dir.resolve("blanks.ndjson");
    Files.writeString(blanks, "\r\n" + "  \n" + firms.get(0) + "\r\n" + firms.get(1) + "\n" + "\n" + " \t \r\n"
        + firms.get(2) + "\n" + firms.get(3) + "\r\n" + firms.get(4) + "\n" + "\r\n" + "   ", StandardCharsets.UTF_8);
    HuiqiCliTest.Run reference = run("screen", register.toString(), "--as-of", "2023-06-30", "--json");
    for (String threads : List.of("1", "2")) {
      Path out = dir.resolve("blanks-" + threads + ".ndjson");
      HuiqiCliTest.Run run = run("screen", blanks.toString(), "--as-of", "2023-06-30", "--json", "--out",
          out.toString(), "--threads", threads);
      assertThat(run.status()).isEqualTo(HuiqiCli.INCOMPLETE);
      // six blank lines, no firm and no failure among them: the register's five firms and hand-worked totals
      assertThat(run.out()).isEqualTo(reference.out());
      JsonNode totals = HuiqiJson.read(run.out(), JsonNode.class);
      assertThat(totals.get("firms").asLong()).isEqualTo(5);
      assertThat(totals.get("failedFirms").asLong()).isEqualTo(1);
      assertMeasure(totals, FIRST_LOAN, 1, 2, 1, 0, "30166.67", "430166.67");
      // lines 3, 4, 7, 8 and 9: indexes 2, 3, 6, 7 and 8; 丁 named by its line, the eighth
      assertThat(indexes(out)).containsExactly(2L, 3L, 6L, 7L, 8L);
      assertThat(Files.readAllLines(out, StandardCharsets.UTF_8).get(3)).startsWith("{\"index\":7,\"outcomes\":[],"
          + "\"failures\":[\"profile: input.unknown-value at /size\"],\"failureDetails\":[{\"code\":"
          + "\"input.unknown-value\",\"field\":\"/size\",");
      assertThat(run.err()).isEqualTo("huiqi: '" + blanks + "', line 8, field /size: the line is not a profile"
          + " (input.unknown-value)\n"
          + "huiqi: '" + blanks + "': 1 of 5 firm(s) could not be screened whole; the totals are not whole\n");
    }
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
    JsonNode json = HuiqiJson.read(run("screen", file.toString(), "--as-of", "2023-06-30", "--json").out(),
        JsonNode.class);
    assertThat(measure(json, pool).get("failed").asLong()).isEqualTo(1);
    assertThat(measure(json, SIZE).get("failed").asLong()).isZero();
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
  void test_missingFile_directory_exit2() {
    HuiqiCliTest.Run missing = run("screen", dir.resolve("nope.ndjson").toString());
    assertThat(missing.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).isEqualTo("huiqi: cannot read '" + dir.resolve("nope.ndjson") + "': no such file\n");
    HuiqiCliTest.Run directory = run("screen", dir.toString());
    assertThat(directory.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(directory.err()).isEqualTo("huiqi: cannot read '" + dir + "': a directory, not a file\n");
  }

  @Test
  void test_aLineThatIsNotUtf8_isAFailedFirm_namedByItsLineAndFirstBadByte_theRunGoesOn() throws IOException {
    // line 1 a firm (16 bytes and \n: bytes 0 to 16), line 2 blank ("  \r\n": bytes 17 to 20), line 3 saved as
    // GB 18030: {"name":" is bytes 21 to 29, and 甲 (0xBC 0xD7) starts at byte 30 with 0xBC, which no UTF-8
    // character starts with; line 4 a firm. Before, the run stopped at line 3 with exit status 2
    Path gbk = dir.resolve("gbk.ndjson");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("{\"size\":\"SMALL\"}\n  \r\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("{\"name\":\"甲\"}\n".getBytes(Charset.forName("GB18030")));
    bytes.writeBytes("{\"size\":\"MICRO\"}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(bytes.toByteArray()[30]).isEqualTo((byte) 0xBC);
    Files.write(gbk, bytes.toByteArray());
    for (String threads : List.of("1", "2")) {
      Path out = dir.resolve("gbk-" + threads + ".ndjson");
      HuiqiCliTest.Run run = run("screen", gbk.toString(), "--as-of", "2023-06-30", "--json", "--out", out.toString(),
          "--threads", threads);
      assertThat(run.status()).isEqualTo(HuiqiCli.INCOMPLETE);
      // the line as a whole, as BookTextReader fails a loan book's line that is not text: malformed JSON at /
      assertThat(run.err()).isEqualTo("huiqi: '" + gbk + "', line 3, field /: the line is not UTF-8 text"
          + " (input.malformed-json, byte 30); save the file as UTF-8\n"
          + "huiqi: '" + gbk + "': 1 of 3 firm(s) could not be screened whole; the totals are not whole\n");
      JsonNode totals = HuiqiJson.read(run.out(), JsonNode.class);
      assertThat(totals.get("firms").asLong()).isEqualTo(3);
      assertThat(totals.get("failedFirms").asLong()).isEqualTo(1);
      // the firms on lines 1 and 4 screened: the size class SMALL and MICRO eligible
      assertMeasure(totals, SIZE, 2, 0, 0, 0, "0", "0");
      assertThat(indexes(out)).containsExactly(0L, 2L, 3L);
      assertThat(Files.readAllLines(out, StandardCharsets.UTF_8).get(1))
          .isEqualTo("{\"index\":2,\"outcomes\":[],\"failures\":[\"profile: input.malformed-json at /\"],"
              + "\"failureDetails\":[{\"code\":\"input.malformed-json\",\"field\":\"/\",\"value\":\"byte 30\","
              + "\"message\":\"Invalid input '/': the line is not UTF-8 text (its first bad byte at offset 30 of the"
              + " file); save the file as UTF-8\"}]}");
    }
    // a sequence cut short by the end of the file (the first two of 甲's three UTF-8 bytes) is bad too
    Path cut = dir.resolve("cut.ndjson");
    byte[] name = "{\"name\":\"甲".getBytes(StandardCharsets.UTF_8);
    Files.write(cut, Arrays.copyOf(name, name.length - 1));
    HuiqiCliTest.Run run = run("screen", cut.toString(), "--as-of", "2023-06-30");
    assertThat(run.status()).isEqualTo(HuiqiCli.INCOMPLETE);
    assertThat(run.err()).startsWith("huiqi: '" + cut + "', line 1, field /: the line is not UTF-8 text"
        + " (input.malformed-json, byte 9); save the file as UTF-8\n");
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
