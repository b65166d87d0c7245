package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.engine.EntitlementSamples;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A blind bad-input audit of the command line, as a hostile QA lead runs it after {@link HuiqiCliBadInputTest} and
 * {@link HuiqiCliFuzzAuditTest}: options repeated, left without their value or given another option as it, an empty
 * file name, files with a byte-order mark and CRLF line ends, text after the JSON, days that do not exist and leap
 * days, an empty {@code measures} list, a report whose receipt lists a pack twice. Each run is a status (2 for a file,
 * 64 for the command line) with one line naming the file and the field, or the option; never an exception.
 * <p>
 * Five of these were leaks, fixed with this test as their regression: an option given twice took the last value
 * silently ({@code --as-of 2023-06-30 --as-of 2023-01-01} evaluated on 1 January), {@code screen ... --out --json}
 * wrote the outcomes to a file named {@code --json} and printed the table, an empty file name was read as the
 * working directory ("cannot read '': Is a directory", status 2), a request file was read through its tree written
 * again (a count of {@code 1.2e2} read as 120 where the library refuses it, {@code 1e400} refused as "401
 * characters"), and a replay's line named the report's wrong field without its value. The engine's leaks this
 * shows at the command line (an empty {@code measures} list, a receipt listing a pack twice) are fixed in the library
 * ({@code HostileInputAuditTest}).
 */
class HuiqiCliHostileInputAuditTest {

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return CliAuditFiles.writeAsIs(dir, name, content);
  }

  private static String request() {
    return EntitlementSamples.shenzhenManufacturer2023Json();
  }

  /** The first line of the error stream: the one line naming the problem (a usage error prints the usage after it). */
  private static String firstLine(HuiqiCliTest.Run run) {
    return run.err().lines().findFirst().orElse("");
  }

  private static void assertUsage(HuiqiCliTest.Run run, String line) {
    assertThat(run.status()).as(run.err()).isEqualTo(HuiqiCli.USAGE);
    assertThat(firstLine(run)).isEqualTo(line);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  private static void assertBadFile(HuiqiCliTest.Run run, String line) {
    assertThat(run.status()).as(run.err()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(run.err()).isEqualTo(line + "\n");
    assertThat(run.out()).isEmpty();
  }

  // --- options ---------------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "--as-of, 2023-06-30, 2023-01-01",
      "--as-of, 2023-06-30, 2023-06-30",
      "--lang, zh, en",
      "--unsettled-stacking, COUNT_BOTH, COUNT_HIGHER",
      "--interest-precedence, LARGER, FIRST_CLAIMED"})
  void test_anOptionTakingAValue_givenTwice_isAUsageError(String option, String first, String second)
      throws IOException {
    Path file = write("firm.json", request());
    // before: the second replaced the first silently (--as-of 2023-06-30 --as-of 2023-01-01 evaluated on 1 January);
    // the same value twice too, since a wrapper adding its own --lang hides the one typed
    assertUsage(HuiqiCliTest.run(file.toString(), option, first, option, second),
        "huiqi: " + option + " is given more than once");
  }

  @Test
  void test_screenOptionsGivenTwice_andCatalogsLang_areUsageErrors() throws IOException {
    Path register = write("firms.ndjson", HuiqiJson.write(HuiqiJson.read(request(), JsonNode.class).get("profile"))
        .replace("\n", "") + "\n");
    Path first = dir.resolve("first.ndjson");
    Path second = dir.resolve("second.ndjson");
    assertUsage(HuiqiCliTest.run("screen", register.toString(), "--out", first.toString(), "--out",
        second.toString()), "huiqi: --out is given more than once");
    assertThat(first).doesNotExist();
    assertThat(second).doesNotExist();
    assertUsage(HuiqiCliTest.run("screen", register.toString(), "--threads", "2", "--threads", "3"),
        "huiqi: --threads is given more than once");
    assertUsage(HuiqiCliTest.run("catalog", "--lang", "en", "--lang", "zh"), "huiqi: --lang is given more than once");
  }

  @Test
  void test_theSameMeasureGivenTwice_isAUsageError_namingTheOptionAndTheValue_beforeAnyFileIsRead()
      throws IOException {
    String id = "sz-gxj-2023-26.first-loan-interest-subsidy";
    String other = "miit-2011-300.enterprise-size";
    String line = "huiqi: --measure '" + id + "' is given more than once";
    Path file = write("firm.json", request());
    // --measure repeats with another id (a measure each), never with the same one: the option and the repeated value
    assertUsage(HuiqiCliTest.run(file.toString(), "--measure", id, "--measure", other, "--measure", id), line);
    // before: found only after the file was read, so a file that cannot be read hid it (status 2, the file's line)
    assertUsage(HuiqiCliTest.run(dir.resolve("absent.json").toString(), "--measure", id, "--measure", id), line);
    assertUsage(HuiqiCliTest.run("screen", dir.resolve("absent.ndjson").toString(), "--measure", id, "--measure",
        id), line);
  }

  @Test
  void test_aFlagGivenTwice_isTheFlag() throws IOException {
    Path file = write("firm.json", request());
    HuiqiCliTest.Run once = HuiqiCliTest.run(file.toString(), "--json", "--explain");
    HuiqiCliTest.Run twice = HuiqiCliTest.run(file.toString(), "--json", "--json", "--explain", "--explain");
    assertThat(once.status()).isZero();
    assertThat(twice.status()).isZero();
    assertThat(twice.out()).isEqualTo(once.out());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "--as-of, --json",
      "--lang, --json",
      "--measure, --explain",
      "--unsettled-stacking, --json",
      "--interest-precedence, --",
      "--out, --json",
      "--threads, --json"})
  void test_anOptionsValueIsAnotherOption_isAUsageError(String option, String next) throws IOException {
    Path register = write("firms.ndjson", HuiqiJson.write(HuiqiJson.read(request(), JsonNode.class).get("profile"))
        .replace("\n", "") + "\n");
    boolean screen = option.equals("--out") || option.equals("--threads");
    HuiqiCliTest.Run run = screen ? HuiqiCliTest.run("screen", register.toString(), option, next)
        : HuiqiCliTest.run(write("firm.json", request()).toString(), option, next);
    // before: screen firms.ndjson --out --json wrote the outcomes to a file named --json and printed the table
    assertUsage(run, "huiqi: " + option + " needs a value, not the option '" + next + "'");
    assertThat(Path.of(next)).doesNotExist();
  }

  @Test
  void test_anEmptyFileName_isAUsageError() throws IOException {
    // before: "" was read as the working directory: "huiqi: cannot read '': Is a directory", status 2
    assertUsage(HuiqiCliTest.run(""), "huiqi: an empty file name ('')");
    assertUsage(HuiqiCliTest.run("screen", ""), "huiqi: an empty file name ('')");
    assertUsage(HuiqiCliTest.run("replay", write("firm.json", request()).toString(), ""),
        "huiqi: an empty file name ('')");
    assertUsage(HuiqiCliTest.run("--", ""), "huiqi: an empty file name ('')");
    Path register = write("firms.ndjson", "\n");
    assertUsage(HuiqiCliTest.run("screen", register.toString(), "--out", ""), "huiqi: --out needs a file name, not ''");
  }

  @ParameterizedTest(name = "--as-of {0}")
  @CsvSource({
      "2023-02-29, --as-of '2023-02-29' is not a date YYYY-MM-DD",
      "2023-02-30, --as-of '2023-02-30' is not a date YYYY-MM-DD",
      "0000-01-01, --as-of '0000-01-01': the evaluation date (asOf) must be from 1990-01-01 to 2100-12-31",
      "+999999999-12-31, --as-of '+999999999-12-31': the evaluation date (asOf) must be from 1990-01-01 to 2100-12-31",
      "2023-06-30T00:00, --as-of '2023-06-30T00:00' is not a date YYYY-MM-DD",
      "' 2023-06-30', --as-of ' 2023-06-30' is not a date YYYY-MM-DD"})
  void test_asOf_daysThatDoNotExist_andOutOfRange(String date, String line) {
    // 2023 ÷ 4 leaves 3: no 29 February; no month has 30 February
    assertUsage(HuiqiCliTest.run("--as-of", date), "huiqi: " + line);
  }

  @Test
  void test_asOf_aLeapDay_evaluatesOnIt() {
    // 2024 ÷ 4 leaves 0 and it is no century year: 29 February 2024 exists
    HuiqiCliTest.Run run = HuiqiCliTest.run("--as-of", "2024-02-29", "--json");
    assertThat(run.status()).isZero();
    assertThat(HuiqiJson.read(run.out(), JsonNode.class).path("asOf").asText()).isEqualTo("2024-02-29");
  }

  // --- files ---------------------------------------------------------------------------------------------------------

  @Test
  void test_byteOrderMarkAndCrlf_sameReport() throws IOException {
    String text = request();
    HuiqiCliTest.Run plain = HuiqiCliTest.run(write("plain.json", text).toString(), "--json");
    assertThat(plain.status()).isZero();
    // a Windows editor's file: a byte-order mark, CRLF line ends, both, and CRLF blank lines after the document
    for (String variant : List.of("\uFEFF" + text, text.replace("\n", "\r\n"), "\uFEFF" + text.replace("\n", "\r\n"),
        text + "\r\n\r\n\t ")) {
      HuiqiCliTest.Run run = HuiqiCliTest.run(write("variant.json", variant).toString(), "--json");
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out()).isEqualTo(plain.out());
    }
  }

  @Test
  void test_textAfterTheJson_oneLineNamingTheFileAndTheRoot() throws IOException {
    String text = request().stripTrailing();
    long lines = text.lines().count();
    // the document ends on line `lines`; the text after it starts on the next line, in the first column
    Path garbage = write("garbage.json", text + "\nx");
    HuiqiCliTest.Run run = HuiqiCliTest.run(garbage.toString());
    assertThat(run.status()).as(run.err()).isEqualTo(HuiqiCli.BAD_INPUT);
    // the column is Jackson's: the token's first character (column 1) on the Jackson the build uses, the one after
    // it (column 2) on 2.15, the oldest supported (the jackson-oldest run sets huiqi.test.jacksonVersion)
    String column = System.getProperty("huiqi.test.jacksonVersion", "").startsWith("2.15.") ? "2" : "1";
    assertThat(run.err()).isEqualTo("huiqi: '" + garbage + "', field /: is not well-formed JSON (line " + (lines + 1)
        + ", column " + column + ")\n");
    assertThat(run.out()).isEmpty();
    Path second = write("second.json", text + "\n{}");
    assertBadFile(HuiqiCliTest.run(second.toString()),
        "huiqi: '" + second + "', field /: must hold one JSON value only, with nothing after it");
  }

  @ParameterizedTest(name = "asOf {0}")
  @CsvSource(delimiter = '|', value = {
      "\"2023-02-30\"| field /asOf: must be a calendar date (was 2023-02-30)",
      "\"2023-02-29\"| field /asOf: must be a calendar date (was 2023-02-29)",
      "\"0000-01-01\"| field /asOf: must be a date from 1949-10-01 to 2199-12-31 (was 0000-01-01)",
      "\"+999999999-12-31\"| field /asOf: must be a date written yyyy-MM-dd, such as 2023-01-15 (was +999999999-12-31)",
      "20230630| field /asOf: must be a date string \"yyyy-MM-dd\" (was 20230630)"})
  void test_requestFilesAsOf_oneLineNamingTheFileAndTheField(String asOf, String line) throws IOException {
    ObjectNode request = (ObjectNode) HuiqiJson.read(request(), JsonNode.class);
    request.set("asOf", HuiqiJson.read(asOf, JsonNode.class));
    Path file = write("request.json", request.toString());
    assertBadFile(HuiqiCliTest.run(file.toString()), "huiqi: '" + file + "', " + line);
  }

  @Test
  void test_requestFilesAsOf_aLeapDay_evaluatesOnIt() throws IOException {
    ObjectNode request = (ObjectNode) HuiqiJson.read(request(), JsonNode.class);
    request.put("asOf", "2024-02-29");
    HuiqiCliTest.Run run = HuiqiCliTest.run(write("request.json", request.toString()).toString(), "--json");
    assertThat(run.status()).isZero();
    assertThat(HuiqiJson.read(run.out(), JsonNode.class).path("asOf").asText()).isEqualTo("2024-02-29");
  }

  @ParameterizedTest(name = "employees {0}")
  @CsvSource(delimiter = '|', value = {
      "\"120\"| must be a whole JSON number (was \"120\")",
      "1.2e2| must be a whole JSON number (was 120.0)",
      "120.5| must be a whole JSON number (was 120.5)",
      "1e400| must be a whole JSON number (was Infinity)",
      "99999999999| must be a whole JSON number within the range of its type (was 99999999999)",
      "-1| must not be negative (was -1)"})
  void test_aCountSpeltOtherwise_oneLineNamingIt(String employees, String problem) throws IOException {
    // before: a request file was read through its tree written again, so 1.2e2 was read as 120 (status 0) where the
    // library and a profile file refuse it, and 1e400 was refused as "401 characters"
    ObjectNode request = (ObjectNode) HuiqiJson.read(request(), JsonNode.class);
    ObjectNode year = (ObjectNode) request.at("/profile/years/0");
    year.set("employees", HuiqiJson.read("0", JsonNode.class));
    String text = request.toString().replace("\"employees\":0", "\"employees\":" + employees);
    Path file = write("request.json", text);
    assertBadFile(HuiqiCliTest.run(file.toString()),
        "huiqi: '" + file + "', field /profile/years/0/employees: " + problem);
  }

  @Test
  void test_emptyMeasures_oneLineNamingTheField() throws IOException {
    ObjectNode request = (ObjectNode) HuiqiJson.read(request(), JsonNode.class);
    request.set("measures", request.arrayNode());
    Path file = write("request.json", request.toString());
    // before: exit 0 and a table of no measure, its total 0.00
    assertBadFile(HuiqiCliTest.run(file.toString(), "--lang", "en"), "huiqi: '" + file + "', field /measures: must"
        + " not be empty: leave measures out to evaluate every measure of the catalogue (was [])");
  }

  @Test
  void test_screen_registerWithByteOrderMarkAndCrlf_sameTotals() throws IOException {
    String line = HuiqiJson.write(HuiqiJson.read(request(), JsonNode.class).get("profile")).replace("\n", "");
    HuiqiCliTest.Run plain = HuiqiCliTest.run("screen", write("plain.ndjson", line + "\n" + line + "\n").toString(),
        "--as-of", "2023-06-30", "--json");
    assertThat(plain.status()).as(plain.err()).isZero();
    HuiqiCliTest.Run windows = HuiqiCliTest.run("screen", write("windows.ndjson", "\uFEFF" + line + "\r\n" + line
        + "\r\n").toString(), "--as-of", "2023-06-30", "--json");
    assertThat(windows.status()).as(windows.err()).isZero();
    assertThat(windows.out()).isEqualTo(plain.out());
    assertThat(HuiqiJson.read(windows.out(), JsonNode.class).path("firms").asLong()).isEqualTo(2);
  }

  @Test
  void test_replay_aReceiptListingAPackTwice_oneLineNamingTheReport() throws IOException {
    Path firm = write("firm.json", request());
    HuiqiCliTest.Run saved = HuiqiCliTest.run(firm.toString(), "--explain", "--json");
    assertThat(saved.status()).isZero();
    ObjectNode report = (ObjectNode) HuiqiJson.read(saved.out(), JsonNode.class);
    ArrayNode packs = (ArrayNode) report.at("/receipt/packs");
    int index = packs.size();
    String document = packs.get(0).path("document").asText();
    packs.add(packs.get(0).deepCopy());
    Path tampered = write("report.json", report.toString());
    // before: the replay compared the packs by document, so the copy went unseen: "matches", exit 0
    assertBadFile(HuiqiCliTest.run("replay", firm.toString(), tampered.toString()), "huiqi: '" + tampered
        + "', field /receipt/packs/" + index + "/document: must be unique in packs (was " + document + ")");
    // before, too: a replay's line named the field without its value, which a profile file's line gives
  }

  @Test
  void test_catchAllLine_namesTheFieldAndTheValue_asAFilesLineDoes() throws IOException {
    // screening with no --as-of on a machine whose clock reads 2101-01-01, past the engine's 1990-01-01..2100-12-31:
    // the date is refused before any line is read, and reaches run's catch-all line; before, that line gave the
    // field and the problem but not the value ("field asOf: must be from 1990-01-01 to 2100-12-31")
    Path register = write("firms.ndjson", "{}\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = HuiqiCli.run(new String[] {"screen", register.toString()}, new PrintStream(out, true,
        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), () -> LocalDate.of(2101, 1, 1));
    assertThat(status).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("huiqi: '" + register + "', field asOf: must be from "
        + "1990-01-01 to 2100-12-31 (was 2101-01-01)\n");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    // without a file (the built-in sample), the same line without the file's name: the field, then the value
    InvalidInputException error = new InvalidInputException("asOf", LocalDate.of(2101, 1, 1),
        "must be from 1990-01-01 to 2100-12-31");
    assertThat(ProfileInput.located(Optional.empty(), error))
        .isEqualTo("field asOf: must be from 1990-01-01 to 2100-12-31 (was 2101-01-01)");
    assertThat(ProfileInput.located(Optional.of("firm.json"), error))
        .isEqualTo("'firm.json', " + ProfileInput.located(Optional.empty(), error));
  }
}
