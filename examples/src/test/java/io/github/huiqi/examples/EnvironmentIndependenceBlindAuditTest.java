package io.github.huiqi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookNdjson;
import io.github.huiqi.calculators.batch.book.BookSource;
import io.github.huiqi.calculators.batch.book.BookTextReader;
import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.catalog.engine.EntitlementSamples;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.calculators.tax.vat.VatCalculator;
import io.github.huiqi.calculators.tax.vat.VatRequest;
import io.github.huiqi.calculators.tax.vat.VatResult;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatMeasure;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import io.github.huiqi.examples.bank.FirstLoanExample;
import io.github.huiqi.examples.bank.FirstLoanGuaranteedExample;
import io.github.huiqi.examples.bank.GuaranteeFeeExample;
import io.github.huiqi.examples.bank.LoanBookExample;
import io.github.huiqi.examples.bank.QaKitExample;
import io.github.huiqi.examples.bank.RiskPoolExample;
import io.github.huiqi.examples.bank.StackingExample;
import io.github.huiqi.examples.cli.HuiqiCli;
import io.github.huiqi.examples.platform.FirmYearExample;
import io.github.huiqi.examples.platform.RdExample;
import io.github.huiqi.examples.platform.RenovationExample;
import io.github.huiqi.examples.platform.SandboxExample;
import io.github.huiqi.examples.platform.ScreeningExample;
import io.github.huiqi.examples.platform.ShanghaiLittleGiantExample;
import io.github.huiqi.examples.platform.ShareExample;
import io.github.huiqi.examples.platform.SizeAndSmallToScaleExample;
import io.github.huiqi.examples.platform.SmallLowProfitExample;
import io.github.huiqi.examples.platform.VatExample;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A blind QA audit of the library's independence from the host: a bank runs it in-process in JVMs whose default
 * locale, time zone, charset and line separator are whatever its servers have, and nothing the library returns may
 * change with them. A representative set of outputs — the built-in sample request through the engine (typed plain,
 * typed explained, {@code evaluateJson}); every bank and platform example's printed plain, explaining (zh-CN and en)
 * and JSON forms, among them the first-loan and risk-pool calculators; a monthly VAT explanation; a CSV book read as
 * UTF-8 and as GB18030 and written as NDJSON; the screening and sandbox examples with the sandbox's SVG chart; the
 * command line's table in zh and en, {@code --explain}, {@code --json}, {@code screen} with its NDJSON file, and a bad
 * file's one line; a typed error's field, value and messages — is made under the default locales {@code tr-TR}
 * (dotless i), {@code de-DE} (decimal comma), {@code ar-SA} (Arabic-Indic digits), {@code hi-IN},
 * {@code th-TH-u-ca-buddhist-nu-thai} (Thai digits, Buddhist calendar), {@code ja-JP-u-ca-japanese} and
 * {@code zh-CN}, each under {@code Pacific/Kiritimati} (UTC+14) and {@code Pacific/Pago_Pago} (UTC−11), and must be
 * the same text as under {@link Locale#ROOT} and UTC. Two fresh JVMs run the command line's own {@code main} with
 * {@code -Dfile.encoding} {@code ANSI_X3.4-1968} and {@code GBK}, {@code line.separator} {@code \r\n} and the odd
 * locales and zones, and must print the same bytes as the run in this JVM (and take today in China as the default
 * evaluation date, decisions register §4.6 item 106; item 107 for the rest). Figures checked by hand are cited beside
 * their assertions.
 * <p>
 * The default locale and time zone are the JVM's: this class runs alone ({@link Isolated}) and restores both.
 */
@Isolated
class EnvironmentIndependenceBlindAuditTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LocalDate TODAY = LocalDate.of(2023, 6, 30);

  /** The risk pool's claims as a core system exports them, one with a Chinese loan id (for the GB18030 path). */
  private static final String CSV_BOOK = """
      loanId,category,principal,grantDate,extensionDate,firstNonPerformingDate,principalOutstanding,accruedInterest,\
      recoveries,baseRatio,guaranteedByFinancingGuarantor,reGuaranteed,underOtherRiskCompensation
      深圳-0001,GENERAL,2000000.00,2023-02-15,,2024-01-31,1800000.00,,,,false,false,false
      SZ-0006,GENERAL,600000.00,2022-04-11,,2023-09-30,450000.33,,,,false,false,false
      SZ-0007,GENERAL,600000.00,2022-04-31,,2023-09-30,450000.33,,,,false,false,false
      """;

  @TempDir
  static Path dir;

  private static Map<String, String> baseline;

  /** A host's default locale and time zone. */
  record Host(String languageTag, String zone) {
    @Override
    public String toString() {
      return languageTag + " " + zone;
    }
  }

  static Stream<Host> hosts() {
    List<Host> hosts = new ArrayList<>();
    for (String tag : List.of("tr-TR", "de-DE", "ar-SA", "hi-IN", "th-TH-u-ca-buddhist-nu-thai",
        "ja-JP-u-ca-japanese", "zh-CN")) {
      hosts.add(new Host(tag, "Pacific/Kiritimati"));
      hosts.add(new Host(tag, "Pacific/Pago_Pago"));
    }
    return hosts.stream();
  }

  @BeforeAll
  static void baseline() throws IOException {
    Path sample = dir.resolve("sample-request.json");
    Files.writeString(sample, EntitlementSamples.shenzhenManufacturer2023Json(), StandardCharsets.UTF_8);
    // the sample's profile with a date that does not exist: a typed error naming the field and the value
    Files.writeString(dir.resolve("bad.json"), EntitlementSamples.shenzhenManufacturer2023Json()
        .replace("\"registrationDate\": \"2018-03-15\"", "\"registrationDate\": \"2018-02-30\""),
        StandardCharsets.UTF_8);
    JsonNode profile = MAPPER.readTree(EntitlementSamples.shenzhenManufacturer2023Json()).get("profile");
    Files.writeString(dir.resolve("register.ndjson"), profile + "\n{\"size\": \"small\"}\n" + profile + "\n",
        StandardCharsets.UTF_8);
    baseline = under(new Host("und", "UTC"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_baseline_handCheckedFigures() {
    // 深工信〔2023〕26号 第5条, the sample's first loan (3,000,000 at 3.65% drawn 2023-02-10): six months to
    // 2023-08-10 = 18 + 31 + 30 + 31 + 30 + 31 + 10 = 181 days; 3,000,000 × 2% × 181/360 = 30,166.666… → 30,166.67
    assertThat(baseline.get("example FirstLoanExample")).contains("CNY 30166.67");
    // 第5条 risk compensation: 1,800,000 × (30% + 30 pp) = 1,080,000.00; 2022 window: 450,000.33 × 60% = 270,000.198
    // → 270,000.20 (half-up to the fen)
    assertThat(baseline.get("example LoanBookExample")).contains("line 2 SZ-0001: ELIGIBLE CNY 1080000.00")
        .contains("line 7 SZ-0006: ELIGIBLE CNY 270000.20");
    // the same two claims from the GB18030 export (the Chinese id read back whole), the third failing alone on its
    // date 2022-04-31: 1,080,000.00 + 270,000.20 = 1,350,000.20
    String gb = baseline.get("csv book GB18030");
    assertThat(gb).contains("\"id\":\"深圳-0001\"").contains("1350000.20").contains("grantDate");
    assertThat(gb).isEqualTo(baseline.get("csv book UTF-8"));
    // the command line's table groups thousands with a comma and a point for the fen, in both languages
    assertThat(baseline.get("cli en")).contains("30,166.67");
    assertThat(baseline.get("cli zh")).contains("30,166.67");
    // a month's VAT period is written 2023-04 (its dates 2023-04-01..2023-04-30); 80,000 of sales in the month:
    // "2023年对月销售额10万元以下的增值税小规模纳税人免征增值税" (the Shenzhen measures, 1.), exempt, 0.00 due
    assertThat(baseline.get("vat month")).contains("2023-04 (2023-04-01").contains("\"period\"");
    assertThat(Cny.yuan(VatCalculator.DEFAULT.vatDue(PolicyData.builtIn().getMeasure(VatMeasure.SHENZHEN_2023),
        VatRequest.of(VatFilingPeriod.ofMonth(2023, 4), Cny.of("80000"), VatSalesBasis.EXCLUDING_VAT)), "vat"))
        .isZero();
    // the bad date's typed error: its field and value in both languages
    assertThat(baseline.get("typed error")).contains("/profile/registrationDate").contains("2018-02-30");
    assertThat(baseline.get("cli bad file")).startsWith("status 2\n").contains("/profile/registrationDate")
        .contains("2018-02-30");
    // JSON's lines end in \n alone
    assertThat(baseline.values()).noneMatch(text -> text.contains("\r"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void test_sameTextUnderEveryHost(Host host) {
    Map<String, String> outputs = under(host);
    assertThat(outputs.keySet()).containsExactlyElementsOf(baseline.keySet());
    // every output that differs, not only the first
    SoftAssertions softly = new SoftAssertions();
    for (Map.Entry<String, String> output : outputs.entrySet()) {
      softly.assertThat(output.getValue()).as(host + ": " + output.getKey()).isEqualTo(baseline.get(output.getKey()));
    }
    softly.assertAll();
  }

  /**
   * The command line's {@code main} in a fresh JVM whose charset is US-ASCII (or GBK), whose lines end in
   * {@code \r\n} and whose locale and zone are odd: the same bytes as in this JVM, the table and the JSON in UTF-8
   * and ending their lines in {@code \n}.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("forks")
  void test_freshJvm_sameBytes(String encoding, String language, String country, String zone) throws Exception {
    Path sample = dir.resolve("sample-request.json");
    List<List<String>> runs = List.of(List.of(sample.toString(), "--lang", "en"),
        List.of(sample.toString()), List.of(sample.toString(), "--json"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Dfile.encoding=" + encoding);
    command.add("-Dline.separator=\r\n");
    command.add("-Duser.language=" + language);
    command.add("-Duser.country=" + country);
    command.add("-Duser.timezone=" + zone);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(EnvironmentForkProgram.class.getName());
    for (List<String> run : runs) {
      command.add(String.join("\u001f", run));
    }
    command.add(String.join("\u001f", dir.resolve("profile-only.json").toString(), "--json"));
    JsonNode profile = MAPPER.readTree(EntitlementSamples.shenzhenManufacturer2023Json()).get("profile");
    Files.writeString(dir.resolve("profile-only.json"), profile.toString(), StandardCharsets.UTF_8);
    Path out = dir.resolve("fork-" + encoding + ".out");
    Path err = dir.resolve("fork-" + encoding + ".err");
    LocalDate before = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the program ends").isTrue();
    LocalDate after = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    assertThat(process.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
    String[] printed = new String(Files.readAllBytes(out), StandardCharsets.UTF_8)
        .split(EnvironmentForkProgram.SEPARATOR, -1);
    assertThat(printed).hasSize(runs.size() + 2);
    for (int i = 0; i < runs.size(); i++) {
      String here = cli(runs.get(i).toArray(String[]::new), () -> TODAY);
      assertThat("status 0\n" + printed[i + 1] + "---\n").as(encoding + " " + runs.get(i)).isEqualTo(here);
    }
    // a profile alone, no --as-of: the command line evaluates on today in China (Asia/Shanghai), whatever the host's
    // zone (register §4.6 item 106); the test's own clock read around the run, in case it crossed midnight there
    String asOf = MAPPER.readTree(printed[runs.size() + 1]).at("/asOf").asText();
    assertThat(asOf).isIn(before.toString(), after.toString());
    assertThat(printed[1]).contains("30,166.67").doesNotContain("\r");
  }

  static Stream<Arguments> forks() {
    return Stream.of(
        Arguments.of("ANSI_X3.4-1968", "tr", "TR", "Pacific/Pago_Pago"),
        Arguments.of("GBK", "ar", "SA", "Pacific/Kiritimati"));
  }

  //-------------------------------------------------------------------------
  /** Every output of the set, made under a host's default locale and time zone (both restored after). */
  private static Map<String, String> under(Host host) {
    Locale locale = Locale.getDefault();
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(host.languageTag().equals("und") ? Locale.ROOT : Locale.forLanguageTag(host.languageTag()));
      TimeZone.setDefault(TimeZone.getTimeZone(host.zone()));
      return outputs();
    } finally {
      Locale.setDefault(locale);
      Locale.setDefault(Locale.Category.DISPLAY, display);
      Locale.setDefault(Locale.Category.FORMAT, format);
      TimeZone.setDefault(zone);
    }
  }

  private static Map<String, String> outputs() {
    Map<String, String> out = new LinkedHashMap<>();
    // the engine: the built-in sample, typed plain and explained, and its JSON entry point
    EntitlementEngine engine = EntitlementEngine.builtIn();
    EntitlementRequest request = EntitlementSamples.shenzhenManufacturer2023();
    out.put("engine plain", HuiqiJson.write(engine.evaluate(request)));
    out.put("engine explained", HuiqiJson.write(engine.evaluate(request.withExplain(true))));
    out.put("engine explained text", engine.evaluate(request.withExplain(true)).outcomes().stream()
        .map(o -> o.explanation().render(Locale.SIMPLIFIED_CHINESE) + "\n" + o.explanation().render(Locale.ENGLISH))
        .collect(Collectors.joining("\n")));
    out.put("engine json", engine.evaluateJson(EntitlementSamples.shenzhenManufacturer2023Json()));
    // the examples: each calculator's plain, explaining (zh and en) and JSON forms as the examples print them
    example(out, "FirstLoanExample", FirstLoanExample::run);
    example(out, "FirstLoanGuaranteedExample", FirstLoanGuaranteedExample::run);
    example(out, "GuaranteeFeeExample", GuaranteeFeeExample::run);
    example(out, "RiskPoolExample", RiskPoolExample::run);
    example(out, "StackingExample", StackingExample::run);
    example(out, "LoanBookExample", LoanBookExample::run);
    example(out, "QaKitExample", QaKitExample::run);
    example(out, "FirmYearExample", FirmYearExample::run);
    example(out, "RdExample", RdExample::run);
    example(out, "RenovationExample", RenovationExample::run);
    example(out, "ShanghaiLittleGiantExample", ShanghaiLittleGiantExample::run);
    example(out, "ShareExample", ShareExample::run);
    example(out, "SizeAndSmallToScaleExample", SizeAndSmallToScaleExample::run);
    example(out, "SmallLowProfitExample", SmallLowProfitExample::run);
    example(out, "VatExample", VatExample::run);
    StringWriter ndjson = new StringWriter();
    example(out, "ScreeningExample", print -> ScreeningExample.run(30, ndjson, print));
    // the one line that times the run ("screened 30 firms in 121 ms") is the clock's, not the library's
    out.put("example ScreeningExample", out.get("example ScreeningExample")
        .replaceFirst(" in [0-9]+ ms ", " in _ ms "));
    out.put("example ScreeningExample ndjson", ndjson.toString());
    example(out, "SandboxExample", print -> out.put("example SandboxExample svg",
        SandboxExample.svg(SandboxExample.run(30, print))));
    // a month's VAT: 80,000 of sales in 2023-04, under the 100,000 a month threshold
    VatResult vat = VatCalculator.DEFAULT.explainVatDue(PolicyData.builtIn().getMeasure(VatMeasure.SHENZHEN_2023),
        VatRequest.of(VatFilingPeriod.ofMonth(2023, 4), Cny.of("80000"), VatSalesBasis.EXCLUDING_VAT));
    out.put("vat month", vat.explanation().render(Locale.SIMPLIFIED_CHINESE) + "\n"
        + vat.explanation().render(Locale.ENGLISH) + "\n" + HuiqiJson.write(vat));
    // a CSV book, UTF-8 and GB18030, streamed to NDJSON
    out.put("csv book UTF-8", book(StandardCharsets.UTF_8));
    out.put("csv book GB18030", book(Charset.forName("GB18030")));
    // a typed error
    try {
      HuiqiJson.read(Files.readString(dir.resolve("bad.json"), StandardCharsets.UTF_8), EntitlementRequest.class);
      out.put("typed error", "none");
    } catch (InvalidInputException ex) {
      out.put("typed error", ex.code() + " " + ex.field() + " " + ex.value() + "\n" + ex.getMessage() + "\n"
          + ex.message(Locale.SIMPLIFIED_CHINESE));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    // the command line
    String sample = dir.resolve("sample-request.json").toString();
    out.put("cli zh", cli(new String[] {sample}, () -> TODAY));
    out.put("cli en", cli(new String[] {sample, "--lang", "en"}, () -> TODAY));
    out.put("cli explain zh", cli(new String[] {sample, "--explain"}, () -> TODAY));
    out.put("cli explain en", cli(new String[] {sample, "--explain", "--lang", "en"}, () -> TODAY));
    out.put("cli json", cli(new String[] {sample, "--json", "--unsettled-stacking", "count_higher",
        "--interest-precedence", "first_claimed"}, () -> TODAY));
    out.put("cli catalog", cli(new String[] {"catalog", "--lang", "en"}, () -> TODAY));
    out.put("cli bad file", cli(new String[] {dir.resolve("bad.json").toString()}, () -> TODAY));
    out.put("cli bad option", cli(new String[] {sample, "--unsettled-stacking", "fırst"}, () -> TODAY));
    Path screened = dir.resolve("screened.ndjson");
    String register = dir.resolve("register.ndjson").toString();
    out.put("cli screen", cli(new String[] {"screen", register, "--out", screened.toString(), "--as-of",
        "2023-06-30", "--lang", "en"}, () -> TODAY));
    out.put("cli screen ndjson", read(screened));
    out.put("cli screen json", cli(new String[] {"screen", register, "--json", "--as-of", "2023-06-30"},
        () -> TODAY));
    return out;
  }

  private static void example(Map<String, String> out, String name, Consumer<PrintStream> run) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    run.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    out.put("example " + name, bytes.toString(StandardCharsets.UTF_8));
  }

  private static String book(Charset charset) {
    RiskPoolMeasure pool = PolicyData.builtIn().getMeasure(RiskPoolMeasure.SHENZHEN_2023);
    StringWriter written = new StringWriter();
    BookTotals totals = BookNdjson.items(BookSource.csv(BookTextReader.of(new ByteArrayInputStream(
        CSV_BOOK.getBytes(charset)), charset), BookSource.RISK_POOL_CLAIMS, "loanId"),
        BookCalculators.riskPool(pool, RiskPoolOptions.DEFAULTS), written, HuiqiJson.codec());
    return written + HuiqiJson.write(totals);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** A run of the command line: its status, what it printed, then {@code ---} and its error stream. */
  static String cli(String[] args, Supplier<LocalDate> today) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = HuiqiCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), today);
    return "status " + status + "\n" + out.toString(StandardCharsets.UTF_8) + "---\n"
        + err.toString(StandardCharsets.UTF_8);
  }
}
