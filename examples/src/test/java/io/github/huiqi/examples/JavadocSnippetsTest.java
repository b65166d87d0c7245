package io.github.huiqi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.audit.CalculatorReplay;
import io.github.huiqi.calculators.batch.book.BookCalculator;
import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookColumnTotals;
import io.github.huiqi.calculators.batch.book.BookFirstLoanColumns;
import io.github.huiqi.calculators.batch.book.BookFirstLoanFastPath;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.batch.book.BookNdjson;
import io.github.huiqi.calculators.batch.book.BookRiskPoolColumns;
import io.github.huiqi.calculators.batch.book.BookRiskPoolFastPath;
import io.github.huiqi.calculators.batch.book.BookRow;
import io.github.huiqi.calculators.batch.book.BookSource;
import io.github.huiqi.calculators.batch.book.BookTextReader;
import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.calculators.batch.sandbox.SandboxMeasureDelta;
import io.github.huiqi.calculators.batch.sandbox.SandboxReport;
import io.github.huiqi.calculators.batch.sandbox.SandboxRun;
import io.github.huiqi.calculators.batch.screening.ScreeningMeasureTotals;
import io.github.huiqi.calculators.batch.screening.ScreeningPopulation;
import io.github.huiqi.calculators.batch.screening.ScreeningRun;
import io.github.huiqi.calculators.batch.screening.ScreeningTotals;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.catalog.engine.EntitlementSamples;
import io.github.huiqi.calculators.catalog.engine.NextQuestion;
import io.github.huiqi.calculators.classification.scale.ScaleClassifier;
import io.github.huiqi.calculators.classification.scale.ScaleRequest;
import io.github.huiqi.calculators.classification.scale.ScaleUpPoolCalculator;
import io.github.huiqi.calculators.classification.scale.ScaleUpPoolRequest;
import io.github.huiqi.calculators.classification.scale.ScaleUpPoolResult;
import io.github.huiqi.calculators.classification.scale.ScaleUpRewardCalculator;
import io.github.huiqi.calculators.classification.scale.ScaleUpRewardRequest;
import io.github.huiqi.calculators.classification.scale.ScaleUpRewardResult;
import io.github.huiqi.calculators.classification.scale.ScaleUpYear;
import io.github.huiqi.calculators.classification.size.SizeClassifier;
import io.github.huiqi.calculators.classification.size.SizeRequest;
import io.github.huiqi.calculators.classification.size.SizeResult;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.calculators.grants.award.AwardCalculator;
import io.github.huiqi.calculators.grants.award.AwardRequest;
import io.github.huiqi.calculators.grants.award.AwardResult;
import io.github.huiqi.calculators.testkit.ConformanceAnswer;
import io.github.huiqi.calculators.testkit.ConformanceReport;
import io.github.huiqi.calculators.testkit.ConformanceRunner;
import io.github.huiqi.calculators.testkit.ConformanceVector;
import io.github.huiqi.calculators.testkit.HuiqiAssertions;
import io.github.huiqi.calculators.testkit.QaProfiles;
import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.audit.ReplayResult;
import io.github.huiqi.core.classification.scale.ScaleStandard;
import io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure;
import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyPacks;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.examples.bank.LoanBookExample;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The usage snippets in the entry points' Javadoc, which README.md promises ("every entry point's Javadoc has a usage
 * snippet"), are true: each snippet below between {@code // >>> Javadoc Type} and {@code // <<< Javadoc} is one of
 * that type's {@code <pre>} blocks word for word (up to whitespace) and runs, with the figures its comments state
 * worked by hand from the clause; and every snippet of huiqi-core and huiqi-calculators, and every call the READMEs
 * write out in their prose, names a type, constant, constructor and method that exist, with that number of arguments.
 */
class JavadocSnippetsTest {

  private static final Path SOURCE = Path.of("src", "test", "java", "io", "github", "huiqi", "examples",
      "JavadocSnippetsTest.java");
  private static final List<Path> MAIN_SOURCES = List.of(Path.of("..", "core", "src", "main", "java"),
      Path.of("..", "calculators", "src", "main", "java"));
  private static final LocalDate MID_2023 = LocalDate.of(2023, 6, 30);
  private static final MeasureId FIRST_LOAN = MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy");

  @TempDir
  Path dir;

  //-------------------------------------------------------------------------
  @Test
  void test_theMirroredSnippets_areTheJavadocsWordForWord() throws IOException {
    Map<String, String> regions = mirroredRegions(ReadmeText.read(SOURCE));
    assertThat(regions).containsOnlyKeys("EntitlementEngine", "FirstLoanCalculator", "BookNdjson", "BookSource",
        "BookRiskPoolFastPath", "BookFirstLoanFastPath", "ScreeningRun", "SandboxRun", "QaProfiles",
        "package-info testkit", "ScaleUpPoolCalculator", "SizeClassifier", "CalculatorReplay",
        "ScaleUpRewardRequest", "ScaleUpRewardCalculator", "AwardCalculator", "BookCalculators");
    Map<String, Path> sources = sourcesBySimpleName();
    for (Map.Entry<String, String> region : regions.entrySet()) {
      String name = region.getKey();
      Path file = name.equals("package-info testkit")
          ? Path.of("..", "calculators", "src", "main", "java", "io", "github", "huiqi", "calculators", "testkit",
              "package-info.java")
          : sources.get(name);
      List<String> blocks = preBlocks(ReadmeText.read(file)).stream().map(ReadmeText::normalised).toList();
      assertThat(blocks).as(name).contains(ReadmeText.normalised(region.getValue()));
    }
  }

  //-------------------------------------------------------------------------
  /** Loan A of the README's sample and its firm: {@link ReadmeExamplesTest}'s, as {@code bank.FirstLoanExample}. */
  private static final LoanFacts LOAN_A = ReadmeExamplesTest.LOAN_A;
  private static final EnterpriseFacts FIRM_A = ReadmeExamplesTest.FIRM_A;

  @Test
  void test_entitlementEngine_theClassSnippet_givesItsStatedFigures() {
    // the sample's loan A, with its government guarantee (standard rate 2%, charged 1%, a year)
    LoanFacts loan = EntitlementSamples.shenzhenManufacturer2023().profile().loans().orElseThrow().get(0);
    assertThat(loan.loanId()).isEqualTo("SZ-2023-000123");
    String requestJson = "{\"profile\": " + HuiqiJson.write(EnterpriseProfile.builder()
        .registrationRegionCode("440306").size(EnterpriseSize.SMALL).loans(List.of(loan)).build())
        + ", \"asOf\": \"2023-06-30\", \"explain\": true}";
    // >>> Javadoc EntitlementEngine
    EnterpriseProfile profile = EnterpriseProfile.builder()
        .registrationRegionCode("440306").size(EnterpriseSize.SMALL).loans(List.of(loan)).build();
    EntitlementEngine engine = EntitlementEngine.builtIn();
    EntitlementReport report = engine.evaluate(profile, LocalDate.of(2023, 6, 30));   // plain: amounts, verdicts
    report.totals().inReach();        // e.g. CNY 30,000.00 .. (no upper bound): a fee saved, the rest still open
    report.firstQuestion();           // e.g. /grantEvents, deciding CNY 10,500,000.00
    EntitlementReport explained = engine.explain(profile, LocalDate.of(2023, 6, 30));   // with reasons and steps
    String json = engine.evaluateJson(requestJson);   // {"profile": {...}, "asOf": "2023-06-30", "explain": true}
    // <<< Javadoc
    // "CNY 30,000.00 .. (no upper bound)": 深工信〔2023〕26号 第6条 "担保费率最高减免40%、且不高于1%": 2% × (1 − 40%)
    // = 1.2% > 1%, so 1%; loan A's guarantee a whole year (12 months ÷ 12): 3,000,000 × (2% − 1%) = 30,000.00 saved,
    // the only certain amount; the rest open, with no upper bound (the R&D deduction, the awards per event)
    MeasureOutcome fee = report.outcome(MeasureId.of("sz-gxj-2023-26.guarantee-fee-reduction")).orElseThrow();
    assertThat(fee.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("30000.00")));
    assertThat(report.totals().inReach()).isEqualTo(OutcomeAmount.atLeast(Cny.of("30000.00")));
    // "/grantEvents, deciding CNY 10,500,000.00": the digital platforms' "每年…不超过1000万元" (第17条) and the
    // demonstration platform's one-off "最高50万元" (the 2021 reply letter 三): 10,000,000 + 500,000
    NextQuestion first = report.firstQuestion().orElseThrow();
    assertThat(first.fact()).isEqualTo("/grantEvents");
    assertThat(first.amountDecided()).isEqualTo(Cny.of("10500000.00"));
    // "with reasons and steps": the plain form leaves the reasons empty, the explaining form gives them
    assertThat(fee.reasons()).isEmpty();
    assertThat(explained.outcome(fee.measure()).orElseThrow().reasons()).isNotEmpty();
    assertThat(explained.totals()).isEqualTo(report.totals());
    // the same profile as JSON, explained: the same total, with its audit receipt
    EntitlementReport fromJson = HuiqiJson.read(json, EntitlementReport.class);
    assertThat(fromJson.totals()).isEqualTo(report.totals());
    assertThat(fromJson.receipt()).isPresent();
  }

  @Test
  void test_entitlementEngine_theReplaySnippet_matchesTheReportItReplays() {
    String request = EntitlementSamples.shenzhenManufacturer2023Json();
    EntitlementReport report = EntitlementEngine.builtIn()
        .evaluate(EntitlementSamples.shenzhenManufacturer2023().withExplain(true));
    // the replay method's own snippet, as written there
    ReplayResult replay = EntitlementEngine.builtIn().replay(HuiqiJson.read(request, EntitlementRequest.class),
        report.receipt().orElseThrow());
    assertThat(replay.matches()).as(replay.differences().toString()).isTrue();
    assertThat(replay.differences()).isEmpty();
  }

  @Test
  void test_policyData_theSnippet_readsTheRateItsCommentStates() throws IOException {
    // PolicyData's snippet, with the host's pack a file of this test (the snippet's "lpr-2024.json")
    Path lpr2024 = dir.resolve("lpr-2024.json");
    Files.writeString(lpr2024, HuiqiJson.write(PolicyPacks.readBuiltIn("sz-gxj-2023-26.json")),
        StandardCharsets.UTF_8);
    PolicyData data = PolicyData.builtIn();
    FirstLoanMeasure measure = data.getMeasure(FirstLoanMeasure.SHENZHEN_2023);   // typed, or throws
    // "2%": 深工信〔2023〕26号 第5条 "给予2%的贴息补助", cited to that article
    assertThat(measure.annualSubsidyRate().value()).isEqualTo(Rate.parse("2%"));
    assertThat(measure.annualSubsidyRate().citation().toString()).contains("第5条");
    PolicyData withMine = data.withPack(PolicyPacks.read(lpr2024));   // a host's own pack
    Optional<Measure> maybe = withMine.findMeasure(MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy"));
    assertThat(maybe).containsInstanceOf(FirstLoanMeasure.class);
    // the Catalog's snippet: one measure of a catalogue over a host's pack, then the engine over it
    Catalog catalog = Catalog.of(withMine);
    MeasureOutcome outcome = catalog.evaluate(FirstLoanMeasure.SHENZHEN_2023.id(),
        QaProfiles.of("first-loan/ninety-days").build(), MID_2023);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(EntitlementEngine.of(catalog)).isNotNull();
  }

  @Test
  void test_firstLoanCalculator_theSnippet_plainExplainingAndJsonAgree() {
    String requestJson = HuiqiJson.write(FirstLoanRequest.of(FIRM_A, List.of(LOAN_A)));
    // >>> Javadoc FirstLoanCalculator
    PolicyData data = PolicyData.builtIn();
    FirstLoanMeasure measure = data.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    // the request: read from JSON here, or built in Java
    FirstLoanRequest request = HuiqiJson.read(requestJson, FirstLoanRequest.class);
    MonetaryAmount subsidy = FirstLoanCalculator.DEFAULT.subsidy(measure, request);
    FirstLoanResult explained = FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request);
    String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
    String resultJson = FirstLoanCalculator.DEFAULT.explainSubsidyJson(measure, requestJson);
    // <<< Javadoc
    // 第5条: loan A drawn 2023-02-10, six months to 2023-08-10, 算头不算尾 181 days;
    // 3,000,000 × 2% × 181 / 360 = 30,166.666… → 30,166.67
    assertThat(subsidy).isEqualTo(Cny.of("30166.67"));
    assertThat(explained.exactAmount()).contains(Cny.of("30166.67"));
    assertThat(steps).contains("第5条");
    assertThat(HuiqiJson.read(resultJson, FirstLoanResult.class).exactAmount()).contains(Cny.of("30166.67"));
  }

  @Test
  void test_calculatorReplay_theSnippet_matches() {
    FirstLoanMeasure measure = PolicyData.builtIn().getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    FirstLoanRequest request = FirstLoanRequest.of(FIRM_A, List.of(LOAN_A));
    String requestJson = HuiqiJson.write(request);
    String resultJson = HuiqiJson.write(FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request));
    // >>> Javadoc CalculatorReplay
    FirstLoanResult result = FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request);
    Receipt receipt = result.explanation().receipt().orElseThrow();
    ReplayResult replay = CalculatorReplay.builtIn().replay(request, receipt);   // later: does it still match?
    String json = CalculatorReplay.builtIn().replayJson(requestJson, resultJson);   // the same from saved JSON
    // <<< Javadoc
    assertThat(replay.matches()).isTrue();
    assertThat(json).contains("\"matches\" : true");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_bookSourceAndBookNdjson_theSnippets_streamTheExamplesBook() throws IOException {
    RiskPoolMeasure measure = PolicyData.builtIn().getMeasure(RiskPoolMeasure.SHENZHEN_2023);
    Path path = dir.resolve("book.csv");
    Files.writeString(path, LoanBookExample.BOOK, StandardCharsets.UTF_8);
    var calculator = BookCalculators.riskPool(measure, RiskPoolOptions.DEFAULTS);
    List<BookItem> items = new ArrayList<>();
    Consumer<BookItem> sink = items::add;
    // >>> Javadoc BookSource
    try (Reader in = BookTextReader.utf8(Files.newInputStream(path))) {
      BookTotals totals = BookSource.csv(in, BookSource.RISK_POOL_CLAIMS, "loanId").run(calculator, sink);
    }
    // <<< Javadoc
    // the snippet's totals, read again outside its block
    BookTotals fromCsv;
    try (Reader in = BookTextReader.utf8(Files.newInputStream(path))) {
      fromCsv = BookSource.csv(in, BookSource.RISK_POOL_CLAIMS, "loanId").run(calculator, item -> { });
    }
    // LoanBookExample's book, worked in its test from 深工信〔2023〕26号 第5条: 1,800,000 × (30% + 30 points)
    // = 1,080,000.00; 800,000 × 60% = 480,000.00; 450,000.33 × 60% = 270,000.198 → 270,000.20; certain
    // 1,830,000.20, and 300,000 × 30% = 90,000.00 more in reach: 1,920,000.20; the row dated 2023-13-01 failed
    assertThat(items.stream().filter(item -> !item.isFailed()).map(item -> item.amount().orElseThrow().minimum()
        .getNumber().numberValue(BigDecimal.class)).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("1830000.20");
    assertThat(fromCsv.amount().minimum()).isEqualTo(Cny.of("1830000.20"));
    assertThat(fromCsv.amount().maximum()).isEqualTo(Cny.of("1920000.20"));
    assertThat(fromCsv.failed()).isEqualTo(1);
    assertThat(items).hasSize(6);

    // the same claims as NDJSON, through BookNdjson's snippet
    List<RiskPoolClaim> claims = claimsOf(LoanBookExample.BOOK);
    Path claimsFile = dir.resolve("claims.ndjson");
    Path results = dir.resolve("results.ndjson");
    StringBuilder lines = new StringBuilder();
    claims.forEach(claim -> lines.append(HuiqiJson.write(claim, JsonOutput.COMPACT))
        .append('\n'));
    Files.writeString(claimsFile, lines, StandardCharsets.UTF_8);
    ndjsonSnippet(measure, claimsFile, results);
    // one line a claim, then the totals: the CSV's, without its failed row
    List<String> written = Files.readAllLines(results, StandardCharsets.UTF_8);
    assertThat(written).hasSize(claims.size() + 1);
    JsonNode totals = HuiqiJson.read(written.get(claims.size()), JsonNode.class).get("totals");
    assertThat(totals.get("items").asLong()).isEqualTo(5);
    assertThat(totals.get("failed").asLong()).isZero();
    assertThat(totals.toString()).contains("1830000.2").contains("1920000.2");
  }

  private static void ndjsonSnippet(RiskPoolMeasure measure, Path claims, Path results) throws IOException {
    // >>> Javadoc BookNdjson
    try (Reader in = Files.newBufferedReader(claims); Writer out = Files.newBufferedWriter(results)) {
      BookTotals totals = BookNdjson.items(BookSource.ndjson(in, RiskPoolClaim.class, c -> Optional.of(c.loanId()),
          "loanId", HuiqiJson.codec()), BookCalculators.riskPool(measure, RiskPoolOptions.DEFAULTS), out,
          HuiqiJson.codec());
    }
    // <<< Javadoc
  }

  private static List<RiskPoolClaim> claimsOf(String csv) {
    List<RiskPoolClaim> claims = new ArrayList<>();
    BookSource<RiskPoolClaim> book = BookSource.csv(new StringReader(csv), BookSource.RISK_POOL_CLAIMS, "loanId");
    while (book.hasNext()) {
      BookRow<RiskPoolClaim> row = book.next();
      row.request().ifPresent(claims::add);
    }
    return claims;
  }

  @Test
  void test_bookCalculators_theSnippet_runsABookInMemory() {
    RiskPoolMeasure measure = PolicyData.builtIn().getMeasure(RiskPoolMeasure.SHENZHEN_2023);
    List<RiskPoolClaim> claims = claimsOf(LoanBookExample.BOOK);
    List<BookItem> items = new ArrayList<>();
    // >>> Javadoc BookCalculators
    BookCalculator<RiskPoolClaim> pool = BookCalculators.riskPool(measure, RiskPoolOptions.DEFAULTS);
    BookTotals totals = pool.run(claims, item -> items.add(item));   // one BookItem a claim, a bad one failed
    totals.amount();                                                 // the book's compensation, certain to in reach
    // <<< Javadoc
    // the example book's five claims that read (its sixth is dated 2023-13-01): 1,830,000.20 certain and
    // 1,920,000.20 in reach, worked in the test above
    assertThat(items).hasSize(5);
    assertThat(totals.amount().minimum()).isEqualTo(Cny.of("1830000.20"));
    assertThat(totals.amount().maximum()).isEqualTo(Cny.of("1920000.20"));
  }

  @Test
  void test_columnarFastPaths_theSnippets_giveThePlainFormsFigures() {
    RiskPoolMeasure measure = PolicyData.builtIn().getMeasure(RiskPoolMeasure.SHENZHEN_2023);
    List<RiskPoolClaim> claims = claimsOf(LoanBookExample.BOOK);
    assertThat(claims).hasSize(5);
    // >>> Javadoc BookRiskPoolFastPath
    BookRiskPoolColumns book = new BookRiskPoolColumns(claims.size());   // or fill its arrays directly
    for (int i = 0; i < claims.size(); i++) {
      book.set(i, claims.get(i));
    }
    BookColumnTotals totals = BookRiskPoolFastPath.of(measure, RiskPoolOptions.DEFAULTS).compute(book, 2);
    totals.minimumFen();      // the book's compensation in fen; a row's in book.compensationFen(), book.item(i)
    // <<< Javadoc
    // the book above: 1,830,000.20 certain, 1,920,000.20 in reach, in fen; SZ-0001's 1,080,000.00 in its row
    assertThat(totals.minimumFen()).isEqualTo(183_000_020L);
    assertThat(totals.maximumFen()).isEqualTo(192_000_020L);
    assertThat(book.compensationFen()[0]).isEqualTo(108_000_000L);
    assertThat(book.item(0).amount().orElseThrow().minimum()).isEqualTo(Cny.of("1080000.00"));

    firstLoanFastPath();
  }

  private static void firstLoanFastPath() {
    FirstLoanMeasure measure = PolicyData.builtIn().getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    // loan A's firm twice over: two enterprises, one loan each
    List<FirstLoanRequest> requests = List.of(FirstLoanRequest.of(FIRM_A, List.of(LOAN_A)),
        FirstLoanRequest.of(FIRM_A, List.of(LOAN_A)));
    int loanCount = 2;
    // >>> Javadoc BookFirstLoanFastPath
    BookFirstLoanColumns book = new BookFirstLoanColumns(requests.size(), loanCount);
    requests.forEach(book::add);                            // one enterprise a request, its loans after it
    BookColumnTotals totals = BookFirstLoanFastPath.of(measure, FirstLoanOptions.DEFAULTS).compute(book, 2);
    totals.minimumFen();      // the subsidies sure to be paid, in fen; each enterprise's in book.minimumFen()
    // <<< Javadoc
    // 第5条: 3,000,000 × 2% × 181 / 360 = 30,166.67 each, 3,016,667 fen; two enterprises 6,033,334 fen
    assertThat(book.minimumFen()[0]).isEqualTo(3_016_667L);
    assertThat(totals.minimumFen()).isEqualTo(6_033_334L);
    assertThat(totals.maximumFen()).isEqualTo(6_033_334L);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_screeningRun_theSnippet_screensARegisterAndASyntheticPopulation() throws IOException {
    // a register of three lines: the README's sample firm, a blank line (skipped but counted), the sample again
    String sample = HuiqiJson.write(EntitlementSamples.shenzhenManufacturer2023().profile(),
        JsonOutput.COMPACT);
    Path firms = dir.resolve("firms.ndjson");
    Path outcomes = dir.resolve("outcomes.ndjson");
    Files.writeString(firms, sample + "\n\n" + sample + "\n", StandardCharsets.UTF_8);
    // >>> Javadoc ScreeningRun
    EntitlementEngine engine = EntitlementEngine.builtIn();
    try (BufferedReader in = Files.newBufferedReader(firms); Writer out = Files.newBufferedWriter(outcomes)) {
      ScreeningTotals totals = ScreeningRun.screenJson(engine, in.lines().iterator(), LocalDate.of(2023, 6, 30),
          ScreeningRun.ndjson(out), 2);                      // one NDJSON line a firm, on 2 threads
      totals.measure(FirstLoanMeasure.SHENZHEN_2023.id());   // firms eligible, undetermined, failed; the amounts
    }
    ScreeningTotals synthetic = ScreeningRun.screen(engine, ScreeningPopulation.of(42, 1_000, 150),
        LocalDate.of(2023, 6, 30), firm -> { });             // a synthetic population, one firm at a time
    // <<< Javadoc
    ScreeningTotals fromFile;
    try (BufferedReader in = Files.newBufferedReader(firms)) {
      fromFile = ScreeningRun.screenJson(engine, in.lines().iterator(), MID_2023, firm -> { }, 2);
    }
    // two firms, each the sample: 第5条's 30,166.67 each (worked in ReadmeExamplesTest), 60,333.34
    assertThat(fromFile.firms()).isEqualTo(2);
    ScreeningMeasureTotals firstLoan = fromFile.measure(FIRST_LOAN).orElseThrow();
    assertThat(firstLoan.eligible()).isEqualTo(2);
    assertThat(firstLoan.certain()).isEqualTo(Cny.of("60333.34"));
    // one line a firm, the second firm's index 2 (its line's number, 3, less one)
    List<String> written = Files.readAllLines(outcomes, StandardCharsets.UTF_8);
    assertThat(written).hasSize(2);
    assertThat(written.get(1)).startsWith("{\"index\":2,");
    assertThat(synthetic.firms()).isEqualTo(1_000);
    assertThat(synthetic.failedFirms()).isZero();
  }

  @Test
  void test_sandboxRun_theSnippet_aRaisedCapMakesNoFirmLose() {
    // the first-loan cap of 第5条 ("单户企业贴息金额最高20万元") raised to 300,000, as a host's edited pack
    String edited = HuiqiJson.write(PolicyPacks.readBuiltIn("sz-gxj-2023-26.json"))
        .replaceFirst("\"amount\" : 200000", "\"amount\" : 300000");
    FirstLoanMeasure raisedCap = PolicyData.builtIn().withPack(PolicyPacks.read(edited, "host"))
        .getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    assertThat(raisedCap.capPerEnterprise().value()).isEqualTo(Cny.of("300000"));
    // >>> Javadoc SandboxRun
    PolicyData changed = PolicyData.builtIn().withMeasure(raisedCap);   // such as the first-loan cap at 300,000
    SandboxReport report = SandboxRun.compare(EntitlementEngine.builtIn(),
        EntitlementEngine.of(Catalog.of(changed)), ScreeningPopulation.of(42, 1_000, 150), LocalDate.of(2023, 6, 30));
    report.measure(FirstLoanMeasure.SHENZHEN_2023.id());   // the cost before and after, gainers and losers
    report.failedFirms();                                  // firms that failed under either engine
    // <<< Javadoc
    assertThat(report.firms()).isEqualTo(1_000);
    assertThat(report.failedFirms()).isZero();
    // a higher ceiling never lowers min(subsidy, cap): no firm loses, and the cost does not fall
    SandboxMeasureDelta firstLoan = report.measure(FIRST_LOAN).orElseThrow();
    assertThat(firstLoan.losers()).isZero();
    assertThat(firstLoan.inReachAfter().isGreaterThanOrEqualTo(firstLoan.inReachBefore())).isTrue();
    assertThat(firstLoan.eligibleAfter()).isEqualTo(firstLoan.eligibleBefore());
  }

  //-------------------------------------------------------------------------
  @Test
  void test_testkit_theSnippets_passOnTheirOwnProfiles() {
    MeasureOutcome outcome = Catalog.builtIn().evaluate(FIRST_LOAN, QaProfiles.of("first-loan/ninety-days").build(),
        MID_2023);
    EnterpriseProfile typicalFirm = QaProfiles.of("first-loan/ninety-days").build();
    MeasureOutcome undetermined = Catalog.builtIn().evaluate(FIRST_LOAN,
        QaProfiles.of("first-loan/ninety-days").firstTimeBorrower(Optional.empty()).build(), MID_2023);
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(typicalFirm, MID_2023);
    // 第5条 "给予2%的贴息补助": 1,000,000 drawn 2023-01-15, repaid 2023-04-15, 90 days; 1,000,000 × 2% × 90 / 360
    // = 5,000.00, under the 200,000 cap (no binding limit); unknown first-time borrowing leaves it undetermined
    // HuiqiAssertions's snippet, its static import written out
    HuiqiAssertions.assertThat(outcome).isEligible().hasExactAmount("5000.00").hasNoBindingLimit().citesClause("第5条");
    HuiqiAssertions.assertThat(undetermined).isUndetermined().namesMissingFact("/firstTimeBorrower");
    HuiqiAssertions.assertThat(report).isComplete().outcome("sz-gxj-2023-26.first-loan-interest-subsidy")
        .hasExactAmount("5000.00");

    // >>> Javadoc QaProfiles
    EnterpriseProfile typical = QaProfiles.of("first-loan/ninety-days").build();
    EnterpriseProfile unknown = QaProfiles.of("first-loan/ninety-days").firstTimeBorrower(Optional.empty()).build();
    List<String> cases = QaProfiles.cases("risk-pool");
    // <<< Javadoc
    assertThat(typical).isEqualTo(typicalFirm);
    assertThat(unknown.firstTimeBorrower()).isEmpty();
    assertThat(cases).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("risk-pool/"));

  }

  @Test
  void test_testkit_thePackageSnippet_passesEveryVector() {
    BankSystem bankSystem = ConformanceRunner.huiqi()::apply;
    // >>> Javadoc package-info testkit
    // in a bank's own JUnit test, with AssertJ on its test class path
    MeasureId firstLoan = MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy");
    MeasureOutcome outcome = Catalog.builtIn().evaluate(firstLoan, QaProfiles.of("first-loan/ninety-days").build(),
        LocalDate.of(2023, 6, 30));
    HuiqiAssertions.assertThat(outcome).isEligible().hasExactAmount("5000.00").citesClause("第5条");

    // the bank's own system against the policy: no JUnit, no AssertJ needed
    ConformanceReport report = ConformanceRunner.run(vector -> bankSystem.answer(vector));
    if (!report.allPassed()) { System.out.println(report.summary()); }
    // <<< Javadoc
    // 第5条: 1,000,000 × 2% × 90 / 360 = 5,000.00 (above); huiqi against its own pack passes all 118 vectors
    assertThat(report.allPassed()).as(report.summary()).isTrue();
    assertThat(report.results()).hasSize(118);
  }

  /** A bank's own system, as the testkit's snippet calls it. */
  private interface BankSystem {
    ConformanceAnswer answer(ConformanceVector vector);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_classifiers_theSnippets_giveTheirStatedAnswers() {
    String requestJson = "{\"industryCode\": \"C3311\", \"employees\": 120, "
        + "\"revenue\": {\"amount\": 18000000, \"currency\": \"CNY\"}}";
    // >>> Javadoc SizeClassifier
    SizeStandard standard = PolicyData.builtIn().getMeasure(SizeStandard.MIIT_2011);
    SizeRequest request = SizeRequest.builder().industryCode("C3311").employees(120)
        .revenue(Cny.of("18000000")).build();
    EnterpriseSize size = SizeClassifier.DEFAULT.classify(standard, request);          // SMALL
    SizeResult explained = SizeClassifier.DEFAULT.explainClassify(standard, request);   // 2,000万元 not met: not medium
    String json = SizeClassifier.DEFAULT.explainClassifyJson(standard, requestJson);
    // <<< Javadoc
    // 工信部联企业〔2011〕300号 第四条 (工业): 中型 "从业人员300人及以上，且营业收入2000万元及以上" — 120 and
    // 18,000,000 meet neither; 小型 "从业人员20人及以上，且营业收入300万元及以上" — both met: SMALL
    assertThat(size).isEqualTo(EnterpriseSize.SMALL);
    assertThat(explained.size()).contains(EnterpriseSize.SMALL);
    assertThat(json).contains("SMALL");
  }

  @Test
  void test_scaleUpPool_theSnippet_givesItsStatedAnswer() {
    // >>> Javadoc ScaleUpPoolCalculator
    ScaleUpPoolMeasure measure = PolicyData.builtIn().getMeasure(ScaleUpPoolMeasure.SHENZHEN_2022);
    ScaleUpPoolRequest request = ScaleUpPoolRequest.builder().industryCode("C3484").size(EnterpriseSize.SMALL)
        .priorYearRevenue(Cny.of("15000000")).build();
    boolean member = ScaleUpPoolCalculator.DEFAULT.isMember(measure, request);                  // true
    ScaleUpPoolResult explained = ScaleUpPoolCalculator.DEFAULT.explainMembership(measure, request);
    // <<< Javadoc
    // 小升规方案 第四条 "以全市上一年度营业收入1000至2000万元的小微工业企业为对象": C (manufacturing), small,
    // 10,000,000 ≤ 15,000,000 < 20,000,000
    assertThat(member).isTrue();
    assertThat(explained.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    // ScaleClassifier's snippet: 规上工业 is "年主营业务收入2000万元及以上": 20,000,000 is at the line, above scale
    boolean above = ScaleClassifier.DEFAULT.isAboveScale(ScaleStandard.builtIn(),
        ScaleRequest.of("C3484", 2023, Cny.of("20000000")));
    assertThat(above).isTrue();
  }

  @Test
  void test_scaleUpReward_theRequestsExample_getsTheStatedReward() {
    // >>> Javadoc ScaleUpRewardRequest
    ScaleUpRewardRequest request = ScaleUpRewardRequest.builder()
        .industryCode("C3484")
        .history(List.of(
            ScaleUpYear.of(2021, false, Cny.of("18000000")),
            ScaleUpYear.of(2022, true, Cny.of("21000000")),
            ScaleUpYear.of(2023, true, Cny.of("24000000"))))
        .build();
    // <<< Javadoc
    // >>> Javadoc ScaleUpRewardCalculator
    ScaleUpRewardMeasure measure = PolicyData.builtIn().getMeasure(ScaleUpRewardMeasure.SHENZHEN_2022);
    MonetaryAmount upTo = ScaleUpRewardCalculator.DEFAULT.maximumReward(measure, request);      // CNY 200,000.00
    ScaleUpRewardResult explained = ScaleUpRewardCalculator.DEFAULT.explainReward(measure, request);
    // <<< Javadoc
    // 小升规方案 第四条 "对首次纳入规模以上工业企业库并于入库次年实现产值(营业收入)正增长的工业企业…给予最高20万元
    // 奖励": C3484 is industry (section C); not in the database in 2021, in it in 2022 (the first entry), still in
    // it in 2023 with 24,000,000 > 21,000,000 (positive growth): eligible, "最高20万元" the most
    assertThat(upTo).isEqualTo(Cny.of("200000.00"));
    assertThat(explained.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void test_award_theSnippet_aNewLittleGiantGetsTheStatedFloor() {
    String requestJson = HuiqiJson.write(AwardRequest.builder()
        .littleGiant(Qualification.builder().held(true).since(LocalDate.of(2023, 7, 1)).build()).build());
    // >>> Javadoc AwardCalculator
    AwardMeasure measure = PolicyData.builtIn().getMeasure(AwardMeasure.SHANGHAI_SPECIALISED_2023);
    AwardRequest request = HuiqiJson.read(requestJson, AwardRequest.class);
    OutcomeAmount amount = AwardCalculator.DEFAULT.award(measure, request);   // such as 300,000.00 .. (no upper bound)
    AwardResult explained = AwardCalculator.DEFAULT.explainAward(measure, request);
    String resultJson = AwardCalculator.DEFAULT.explainAwardJson(measure, requestJson);
    // <<< Javadoc
    // 沪企服办〔2023〕1号 第一条 "对新认定专精特新'小巨人'企业给予不低于30万元奖励": recognised 2023-07-01, in the
    // 2023 window: a floor of 300,000 with no upper bound
    assertThat(amount).isEqualTo(OutcomeAmount.atLeast(Cny.of("300000")));
    assertThat(explained.amount()).isEqualTo(amount);
    assertThat(HuiqiJson.read(resultJson, AwardResult.class).amount()).isEqualTo(amount);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_everySnippetOfTheLibrary_namesMembersThatExist() throws IOException {
    Map<String, Class<?>> types = libraryTypes();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path root : MAIN_SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          for (String block : preBlocks(ReadmeText.read(file))) {
            checked += checkCalls(file.getFileName() + ": ", block, types, true, problems);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(300);
  }

  @Test
  void test_everyCallTheReadmesWriteOut_namesMembersThatExist() {
    Map<String, Class<?>> types = libraryTypes();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    Pattern code = Pattern.compile("`([^`\\n]+)`");
    for (Path readme : List.of(ReadmeText.README, ReadmeText.README_ZH)) {
      Matcher spans = code.matcher(ReadmeText.read(readme));
      while (spans.find()) {
        checked += checkCalls(readme.getFileName() + ": ", spans.group(1), types, false, problems);
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(60);
  }

  //-------------------------------------------------------------------------
  private static final Pattern CONSTRUCTOR = Pattern.compile("\\bnew\\s+([A-Z]\\w*)\\s*\\(");
  private static final Pattern CONSTANT_CALL = Pattern.compile("\\b([A-Z]\\w*)\\.([A-Z][A-Z0-9_]*)\\.(\\w+)\\s*\\(");
  private static final Pattern CALL = Pattern.compile("(?<![.\\w])([A-Z]\\w*)\\.([a-z]\\w*)\\s*\\(");
  private static final Pattern CONSTANT = Pattern.compile("(?<![.\\w])([A-Z]\\w*)\\.([A-Z][A-Z0-9_]+)\\b(?!\\s*\\()");
  private static final Pattern REFERENCE = Pattern.compile("\\b([A-Z]\\w*)::(\\w+)");
  private static final Pattern COMMENT = Pattern.compile("(^|\\s)//.*$", Pattern.MULTILINE);

  /**
   * Checks the calls a piece of code writes out on a library type: a constructor, a method (static in a snippet,
   * where a type name before a dot is a class; either in prose, where {@code BookSource.withoutIdCheck()} names an
   * instance method) with that many arguments where they are written, a constant, a method reference.
   */
  private static int checkCalls(String where, String text, Map<String, Class<?>> types, boolean snippet,
      List<String> problems) {
    String code = COMMENT.matcher(text.replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&"))
        .replaceAll("");
    int checked = 0;
    Matcher m = CONSTRUCTOR.matcher(code);
    while (m.find()) {
      Class<?> type = types.get(m.group(1));
      if (type != null) {
        checked++;
        int arity = arity(code, m.end() - 1);
        if (Arrays.stream(type.getConstructors()).noneMatch(c -> accepts(c, arity))) {
          problems.add(where + "new " + m.group(1) + " with " + arity + " argument(s)");
        }
      }
    }
    m = CONSTANT_CALL.matcher(code);
    while (m.find()) {
      Class<?> type = types.get(m.group(1));
      if (type != null) {
        checked++;
        Optional<Field> field = publicStaticField(type, m.group(2));
        int arity = arity(code, m.end() - 1);
        if (field.isEmpty()) {
          problems.add(where + m.group(1) + "." + m.group(2) + " is no constant");
        } else if (!hasMethod(field.get().getType(), m.group(3), arity, false)) {
          problems.add(where + m.group(1) + "." + m.group(2) + "." + m.group(3) + " with " + arity + " argument(s)");
        }
      }
    }
    m = CALL.matcher(code);
    while (m.find()) {
      Class<?> type = types.get(m.group(1));
      if (type != null) {
        checked++;
        int arity = arity(code, m.end() - 1);
        if (!hasMethod(type, m.group(2), arity, snippet)) {
          problems.add(where + m.group(1) + "." + m.group(2) + " with " + arity + " argument(s)"
              + (snippet ? ", static" : ""));
        }
      }
    }
    m = CONSTANT.matcher(code);
    while (m.find()) {
      Class<?> type = types.get(m.group(1));
      if (type != null) {
        checked++;
        if (publicStaticField(type, m.group(2)).isEmpty()) {
          problems.add(where + m.group(1) + "." + m.group(2) + " is no constant");
        }
      }
    }
    m = REFERENCE.matcher(code);
    while (m.find()) {
      Class<?> type = types.get(m.group(1));
      if (type != null) {
        checked++;
        String name = m.group(2);
        if (!name.equals("new") && Arrays.stream(type.getMethods()).noneMatch(x -> x.getName().equals(name))) {
          problems.add(where + m.group(1) + "::" + name);
        }
      }
    }
    return checked;
  }

  private static Optional<Field> publicStaticField(Class<?> type, String name) {
    try {
      Field field = type.getField(name);
      return Modifier.isStatic(field.getModifiers()) ? Optional.of(field) : Optional.empty();
    } catch (NoSuchFieldException ex) {
      // an enum constant is a public static field too; anything else is not there
      return Optional.empty();
    }
  }

  private static boolean hasMethod(Class<?> type, String name, int arity, boolean mustBeStatic) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && accepts(method, arity)
          && (!mustBeStatic || Modifier.isStatic(method.getModifiers()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean accepts(Executable executable, int arity) {
    int count = executable.getParameterCount();
    return arity < 0 || count == arity || executable.isVarArgs() && arity >= count - 1;
  }

  /**
   * Returns the arguments of the call whose opening parenthesis is at {@code open}, or -1 when the code ends first
   * (prose that names a call's start only).
   */
  private static int arity(String code, int open) {
    int depth = 0;
    int commas = 0;
    boolean any = false;
    for (int i = open; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        int close = i + 1;
        while (close < code.length() && code.charAt(close) != c) {
          close += code.charAt(close) == '\\' ? 2 : 1;
        }
        i = close;
        any = true;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
        if (depth > 1) {
          any = true;
        }
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
        if (depth == 0) {
          return any ? commas + 1 : 0;
        }
      } else if (c == ',' && depth == 1) {
        commas++;
      } else if (c == '…' || code.startsWith("...", i)) {
        // "…" or "..." stands for arguments not written out
        return -1;
      } else if (!Character.isWhitespace(c) && depth >= 1) {
        any = true;
      }
    }
    return -1;
  }

  /** Every public type of huiqi-core and huiqi-calculators, by its simple name (nested types by theirs). */
  private static Map<String, Class<?>> libraryTypes() {
    Map<String, Class<?>> types = new HashMap<>();
    for (Path root : MAIN_SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.');
          name = name.substring(0, name.length() - ".java".length());
          if (name.endsWith("package-info")) {
            continue;
          }
          Class<?> type = Class.forName(name);
          if (Modifier.isPublic(type.getModifiers())) {
            types.put(type.getSimpleName(), type);
          }
        }
      } catch (IOException | ClassNotFoundException ex) {
        throw new AssertionError(ex);
      }
    }
    return types;
  }

  private static Map<String, Path> sourcesBySimpleName() throws IOException {
    Map<String, Path> sources = new HashMap<>();
    for (Path root : MAIN_SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.put(
            f.getFileName().toString().replace(".java", ""), f));
      }
    }
    return sources;
  }

  /** The {@code <pre>} blocks of a source's Javadoc, without the comment's stars and {@code {@code ...}}. */
  static List<String> preBlocks(String source) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : source.split("\n", -1)) {
      String text = line.strip();
      if (text.startsWith("*")) {
        text = text.substring(1);
      }
      if (block == null) {
        if (text.strip().startsWith("<pre>")) {
          block = new StringBuilder();
        }
      } else if (text.strip().endsWith("</pre>")) {
        blocks.add(block.toString().replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&"));
        block = null;
      } else {
        block.append(text).append('\n');
      }
    }
    return blocks;
  }

  /** The regions of this source marked {@code // >>> Javadoc Type} ... {@code // <<< Javadoc}, by name. */
  private static Map<String, String> mirroredRegions(String source) {
    Map<String, String> regions = new LinkedHashMap<>();
    String name = null;
    StringBuilder region = null;
    for (String line : source.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("// >>> Javadoc ")) {
        name = trimmed.substring("// >>> Javadoc ".length()).strip();
        region = new StringBuilder();
      } else if (trimmed.equals("// <<< Javadoc")) {
        regions.put(name, region.toString());
        region = null;
      } else if (region != null) {
        region.append(line).append('\n');
      }
    }
    return regions;
  }
}
