package io.github.huiqi.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.batch.book.BookSource;
import io.github.huiqi.calculators.batch.book.BookTextReader;
import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.calculators.batch.sandbox.SandboxGroupDelta;
import io.github.huiqi.calculators.batch.sandbox.SandboxMeasureDelta;
import io.github.huiqi.calculators.batch.sandbox.SandboxReport;
import io.github.huiqi.calculators.batch.sandbox.SandboxRun;
import io.github.huiqi.calculators.batch.screening.ScreeningFirm;
import io.github.huiqi.calculators.batch.screening.ScreeningMeasureTotals;
import io.github.huiqi.calculators.batch.screening.ScreeningOutcome;
import io.github.huiqi.calculators.batch.screening.ScreeningPopulation;
import io.github.huiqi.calculators.batch.screening.ScreeningRun;
import io.github.huiqi.calculators.batch.screening.ScreeningTotals;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementSamples;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.examples.Printed;
import io.github.huiqi.examples.bank.LoanBookExample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.MonetaryAmount;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/**
 * The Spark jobs in local mode (two threads, several partitions) against the single-machine runs over the same data:
 * the same totals and the same amount for every loan and every firm, to the fen. One session serves every test.
 */
class SparkJobsTest {

  private static final int LOANS = 3_000;
  private static final long FIRMS = 300;
  private static final int UNKNOWN_PER_MILLE = 150;

  @TempDir
  static Path dir;

  private static SparkSession spark;
  private static Path book;
  private static String population;

  @BeforeAll
  static void start() {
    // The oldest-Jackson run (pom: jackson-oldest) leaves this class out, even when -Dtest names it: Spark's Scala
    // module refuses any Jackson but its own.
    Assumptions.assumeTrue(System.getProperty("huiqi.test.jacksonVersion") == null,
        "Spark runs only on its own Jackson");
    spark = SparkSession.builder().master("local[2]").appName("huiqi-test")
        .config("spark.ui.enabled", "false")
        // small data: few shuffle partitions, no whole-stage code generation or adaptive re-planning to pay for
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.codegen.wholeStage", "false")
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    book = dir.resolve("book.csv");
    SparkLoanBook.write(book, SparkExample.SEED, LOANS);
    population = dir.resolve("population").toUri().toString();
    SparkScreeningJob.writePopulation(spark, SparkExample.SEED, FIRMS, UNKNOWN_PER_MILLE, 3, population);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void test_book_handWorkedClaims() throws IOException {
    Path file = dir.resolve("hand.csv");
    Files.writeString(file, LoanBookExample.BOOK, StandardCharsets.UTF_8);
    Dataset<SparkBookItem> items = SparkBookJob.claims(SparkBookJob.readCsv(spark, file.toUri().toString()));
    BookTotals totals = SparkBookJob.totals(items);
    // LoanBookExampleTest, 深工信〔2023〕26号 第5条: 1,080,000 + 480,000 + 270,000.20 = 1,830,000.20 certain;
    // + 90,000 in reach (SZ-0002, re-guarantee unknown) = 1,920,000.20; SZ-0005's grantDate 2023-13-01 fails
    assertThat(totals.amount()).isEqualTo(new AmountRange(Cny.of("1830000.20"), Cny.of("1920000.20")));
    assertThat(totals.items()).isEqualTo(6);
    assertThat(totals.failed()).isEqualTo(1);
    assertThat(totals.ineligible()).isEqualTo(1);
    assertThat(items.collectAsList()).filteredOn(item -> "SZ-0005".equals(item.getLoanId())).singleElement()
        .satisfies(item -> assertThat(item.getFailedField()).isEqualTo("grantDate"));
  }

  @Test
  void test_book_sameTotalsAndLoansAsOneMachine() throws IOException {
    List<BookItem> local = new ArrayList<>();
    BookTotals expected;
    try (Reader in = Files.newBufferedReader(book, StandardCharsets.UTF_8)) {
      expected = BookSource.csv(in, BookSource.RISK_POOL_CLAIMS, "loanId").run(BookCalculators.riskPool(
          PolicyData.builtIn().getMeasure(RiskPoolMeasure.SHENZHEN_2023), RiskPoolOptions.DEFAULTS), local::add);
    }
    Dataset<SparkBookItem> items = SparkBookJob.claims(SparkBookJob.readCsv(spark, book.toUri().toString())).cache();
    BookTotals totals = SparkBookJob.totals(items);

    assertThat(totals).isEqualTo(expected);
    // the book exercises every verdict and failures
    assertThat(expected.items()).isEqualTo(LOANS);
    assertThat(List.of(expected.eligible(), expected.ineligible(), expected.undetermined(), expected.failed()))
        .allSatisfy(count -> assertThat(count).isPositive());
    Map<String, String> mine = new TreeMap<>();
    items.collectAsList().forEach(item -> mine.put(item.getLoanId(), describe(item)));
    Map<String, String> theirs = new TreeMap<>();
    local.forEach(item -> theirs.put(item.id().orElseThrow(), describe(SparkBookItem.of(item))));
    assertThat(mine).hasSize(LOANS).isEqualTo(theirs);
  }

  @Test
  void test_book_aRepeatedLoanId_isPaidOnce_acrossPartitions_asOnOneMachine() throws IOException {
    // LoanBookExample's book, then SZ-0001 again, SZ-0005 again with a grant date that exists (its first row failed on
    // 2023-13-01 but its id was read, so it holds SZ-0005), and SZ-0003 twice more: each a repeat, failed as
    // input.duplicate naming loanId (decisions register §4.6 item 89). The hand-worked totals stay the book's:
    // 1,830,000.20 certain, 1,920,000.20 in reach (test_book_handWorkedClaims), 6 + 4 = 10 items, 1 + 4 = 5 failed.
    String[] rows = LoanBookExample.BOOK.split("\n");
    String repeats = rows[1] + "\n" + rows[5].replace("2023-13-01", "2023-02-01") + "\n" + rows[3] + "\n" + rows[3]
        + "\n";
    Path file = dir.resolve("repeats.csv");
    Files.writeString(file, LoanBookExample.BOOK + repeats, StandardCharsets.UTF_8);
    List<BookItem> local = new ArrayList<>();
    BookTotals expected;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      expected = BookSource.csv(in, BookSource.RISK_POOL_CLAIMS, "loanId").run(BookCalculators.riskPool(
          PolicyData.builtIn().getMeasure(RiskPoolMeasure.SHENZHEN_2023), RiskPoolOptions.DEFAULTS), local::add);
    }
    // the book split into splits of about 200 bytes, so that the repeats sit in other partitions than their first
    spark.conf().set("spark.sql.files.maxPartitionBytes", "200");
    List<SparkBookItem> items;
    BookTotals totals;
    try {
      Dataset<Row> book = SparkBookJob.readCsv(spark, file.toUri().toString());
      assertThat(book.rdd().getNumPartitions()).isGreaterThan(2);
      Dataset<SparkBookItem> claims = SparkBookJob.claims(book).cache();
      items = claims.collectAsList();
      totals = SparkBookJob.totals(claims);
    } finally {
      spark.conf().unset("spark.sql.files.maxPartitionBytes");
    }

    assertThat(expected).isEqualTo(new BookTotals(10, 3, 1, 1, 5,
        new AmountRange(Cny.of("1830000.20"), Cny.of("1920000.20"))));
    assertThat(totals).isEqualTo(expected);
    assertThat(items).filteredOn(item -> "input.duplicate".equals(item.getFailureCode()))
        .extracting(SparkBookItem::getLoanId).containsExactlyInAnyOrder("SZ-0001", "SZ-0005", "SZ-0003", "SZ-0003");
    assertThat(items).filteredOn(item -> "input.duplicate".equals(item.getFailureCode()))
        .allSatisfy(item -> assertThat(item.getFailedField()).isEqualTo("loanId"));
    List<String> mine = new ArrayList<>();
    items.forEach(item -> mine.add(item.getLoanId() + " " + describe(item)));
    List<String> theirs = new ArrayList<>();
    local.forEach(item -> theirs.add(item.id().orElseThrow() + " " + describe(SparkBookItem.of(item))));
    assertThat(mine).containsExactlyInAnyOrderElementsOf(theirs);
  }

  @Test
  void test_book_aMisspeltHeaderColumn_isRefused_asOnOneMachine() throws IOException {
    // an agreed base of 50% under a header misspelt "baseRato": before, read as absent on every row, so the loan of
    // 2023-01-01 with 800,000.00 outstanding got (30% + 30 pp) = 480,000.00 instead of min(50% + 30 pp, 80%) =
    // 640,000.00 (深工信〔2023〕26号 第5条)
    Path misspelt = dir.resolve("misspelt.csv");
    Files.writeString(misspelt, SparkLoanBook.HEADER.replace("baseRatio", "baseRato") + "\n"
        + "A,GENERAL,1000000.00,2023-01-01,,2024-01-01,800000.00,,,50%,false,false,false\n");
    Dataset<Row> rows = SparkBookJob.readCsv(spark, misspelt.toUri().toString());
    assertThatThrownBy(() -> SparkBookJob.claims(rows)).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
      assertThat(ex.field()).isEqualTo("header/9");
      assertThat(ex.value()).isEqualTo("baseRato");
    });
  }

  @Test
  void test_book_bytesThatAreNotUtf8_failTheirRow_asOnOneMachine() throws IOException {
    // A: 深工信〔2023〕26号 第5条, granted 2023-01-01 (the window 2023-01-01..03-31, +30 points): (30% + 30 pp) ×
    // 800,000.00 = 480,000.00. B: a byte 0xFF in its principal outstanding; C: a character cut short (0xC3 before a
    // comma) in its id. Read through BookTextReader on one machine, B and C fail (decisions register §4.6 item 61);
    // Spark reads them with U+FFFD in place of the bytes and fails them alike (item 63)
    Path file = dir.resolve("not-utf8.csv");
    String tail = ",,,,false,false,false\n";
    byte[] bytes = concat(SparkLoanBook.HEADER + "\n",
        "A,GENERAL,1000000.00,2023-01-01,,2024-01-01,800000.00" + tail,
        "B,GENERAL,1000000.00,2023-01-01,,2024-01-01,8000", new byte[] {(byte) 0xFF}, "00.00" + tail,
        "C", new byte[] {(byte) 0xC3}, ",GENERAL,1000000.00,2023-01-01,,2024-01-01,800000.00" + tail);
    Files.write(file, bytes);
    List<BookItem> local = new ArrayList<>();
    BookTotals expected;
    try (Reader in = BookTextReader.utf8(Files.newInputStream(file))) {
      expected = BookSource.csv(in, BookSource.RISK_POOL_CLAIMS, "loanId").run(BookCalculators.riskPool(
          PolicyData.builtIn().getMeasure(RiskPoolMeasure.SHENZHEN_2023), RiskPoolOptions.DEFAULTS), local::add);
    }
    Dataset<SparkBookItem> items = SparkBookJob.claims(SparkBookJob.readCsv(spark, file.toUri().toString())).cache();

    assertThat(SparkBookJob.totals(items)).isEqualTo(expected)
        .satisfies(totals -> assertThat(totals.amount()).isEqualTo(AmountRange.exactly(Cny.of("480000.00"))));
    assertThat(expected.failed()).isEqualTo(2);
    List<String> mine = new ArrayList<>();
    items.collectAsList().forEach(item -> mine.add(item.getLoanId() + " " + describe(item)));
    List<String> theirs = new ArrayList<>();
    local.forEach(item -> theirs.add(item.id().orElse(null) + " " + describe(SparkBookItem.of(item))));
    assertThat(mine).containsExactlyInAnyOrderElementsOf(theirs)
        .contains("B null null null null [] principalOutstanding " + InvalidInputException.INVALID,
            "null null null null null [] loanId " + InvalidInputException.INVALID);
  }

  @Test
  void test_book_aHeaderHoldingBytesThatAreNotUtf8_isRefused_asOnOneMachine() throws IOException {
    Path file = dir.resolve("not-utf8-header.csv");
    Files.write(file, concat("loanId,categ", new byte[] {(byte) 0xFF}, "ory\n"));
    Dataset<Row> rows = SparkBookJob.readCsv(spark, file.toUri().toString());
    assertThatThrownBy(() -> SparkBookJob.claims(rows)).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
      assertThat(ex.field()).isEqualTo("header");
      assertThat(ex.value()).isEqualTo("U+FFFD");
    });
    assertThatThrownBy(() -> BookSource.csv(BookTextReader.utf8(Files.newInputStream(file)),
        BookSource.RISK_POOL_CLAIMS, "loanId")).isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("header"));
  }

  @Test
  void test_firstLoans_sameTotalsAndItemsAsOneMachine() throws IOException {
    Path file = dir.resolve("first-loans.ndjson");
    long requests = SparkLoanBook.writeFirstLoans(file, SparkExample.SEED, FIRMS, UNKNOWN_PER_MILLE);
    List<BookItem> local = new ArrayList<>();
    BookTotals expected = firstLoansOnOneMachine(file, local);
    Dataset<SparkBookItem> items = SparkBookJob.firstLoans(spark.read().textFile(file.toUri().toString())).cache();
    BookTotals totals = SparkBookJob.totals(items);

    assertThat(totals).isEqualTo(expected);
    assertThat(expected.items()).isEqualTo(requests);
    assertThat(expected.eligible()).isPositive();
    assertThat(expected.amount().minimum().isPositive()).isTrue();
    // the same items, each enterprise's verdict and amounts (the requests carry no id to match them by)
    List<String> mine = new ArrayList<>();
    items.collectAsList().forEach(item -> mine.add(describe(item)));
    List<String> theirs = new ArrayList<>();
    local.forEach(item -> theirs.add(describe(SparkBookItem.of(item))));
    assertThat(mine).containsExactlyInAnyOrderElementsOf(theirs);
  }

  @Test
  void test_firstLoans_badLinesFailAsOnOneMachine() throws IOException {
    // a line that is no JSON, and a line one character longer than the longest document read: each a failed item
    // naming the same field and code as the library's NDJSON reader (input.too-large at "/" for the long line)
    Path file = dir.resolve("first-loans-bad.ndjson");
    String tooLong = "{\"x\":\"" + "a".repeat(HuiqiJson.MAX_DOCUMENT_LENGTH - 7) + "\"}";
    assertThat(tooLong).hasSize(HuiqiJson.MAX_DOCUMENT_LENGTH + 1);
    Files.writeString(file, "{not json\n" + tooLong + "\n", StandardCharsets.UTF_8);
    List<BookItem> local = new ArrayList<>();
    BookTotals expected = firstLoansOnOneMachine(file, local);
    Dataset<SparkBookItem> items = SparkBookJob.firstLoans(spark.read().textFile(file.toUri().toString())).cache();

    assertThat(SparkBookJob.totals(items)).isEqualTo(expected);
    assertThat(expected.failed()).isEqualTo(2);
    List<String> mine = new ArrayList<>();
    items.collectAsList().forEach(item -> mine.add(describe(item)));
    List<String> theirs = new ArrayList<>();
    local.forEach(item -> theirs.add(describe(SparkBookItem.of(item))));
    assertThat(mine).containsExactlyInAnyOrderElementsOf(theirs)
        .anySatisfy(line -> assertThat(line).endsWith(" / " + InvalidInputException.TOO_LARGE));
  }

  @Test
  void test_firstLoans_aLineHoldingBytesThatAreNotUtf8_failsAsOnOneMachine() throws IOException {
    // the sample's first-loan request (深工信〔2023〕26号 第5条), then the same line with a byte 0xFF in its first member's
    // name: the first computed, the second failed as a whole ("/", input.malformed-json) on both
    Path file = dir.resolve("first-loans-not-utf8.ndjson");
    String request = HuiqiJson.write(FirstLoanRequest.from(EntitlementSamples.shenzhenManufacturer2023().profile()),
        JsonOutput.COMPACT);
    int cut = "{\"".length() + 1;
    Files.write(file, concat(request + "\n", request.substring(0, cut), new byte[] {(byte) 0xFF},
        request.substring(cut) + "\n"));
    List<BookItem> local = new ArrayList<>();
    BookTotals expected;
    try (Reader in = BookTextReader.utf8(Files.newInputStream(file))) {
      expected = BookSource.ndjson(in, FirstLoanRequest.class, r -> Optional.empty()).run(
          BookCalculators.firstLoan(PolicyData.builtIn().getMeasure(FirstLoanMeasure.SHENZHEN_2023)), local::add);
    }
    Dataset<SparkBookItem> items = SparkBookJob.firstLoans(spark.read().textFile(file.toUri().toString())).cache();

    assertThat(SparkBookJob.totals(items)).isEqualTo(expected);
    assertThat(List.of(expected.items(), expected.eligible(), expected.failed())).containsExactly(2L, 1L, 1L);
    List<String> mine = new ArrayList<>();
    items.collectAsList().forEach(item -> mine.add(describe(item)));
    List<String> theirs = new ArrayList<>();
    local.forEach(item -> theirs.add(describe(SparkBookItem.of(item))));
    assertThat(mine).containsExactlyInAnyOrderElementsOf(theirs)
        .contains("null null null null [] / " + InvalidInputException.MALFORMED_JSON);
  }

  /** The bytes of strings (as UTF-8) and byte arrays, in order. */
  private static byte[] concat(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      out.writeBytes(part instanceof byte[] raw ? raw : ((String) part).getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void test_screening_sameTotalsAndFirmsAsOneMachine() {
    List<ScreeningFirm> local = new ArrayList<>();
    ScreeningTotals expected = ScreeningRun.screen(EntitlementEngine.builtIn(),
        ScreeningPopulation.of(SparkExample.SEED, FIRMS, UNKNOWN_PER_MILLE), SparkExample.AS_OF, local::add);
    Dataset<SparkFirm> firms = SparkScreeningJob.screen(spark.read().parquet(population), SparkExample.AS_OF)
        .cache();
    ScreeningTotals totals = SparkScreeningJob.totals(firms);

    assertThat(lines(totals)).isEqualTo(lines(expected));
    assertThat(totals.firms()).isEqualTo(FIRMS);
    assertThat(totals.measure(FirstLoanMeasure.SHENZHEN_2023.id()).orElseThrow().eligible()).isPositive();
    // firms of unknown region: some Shanghai restatement set aside, so the comparison covers the set-aside path
    assertThat(totals.measures()).anySatisfy(m -> assertThat(m.setAside()).isPositive());
    Map<Long, List<String>> mine = new TreeMap<>();
    for (SparkFirm firm : firms.collectAsList()) {
      List<String> outcomes = new ArrayList<>();
      firm.getOutcomes().forEach(o -> outcomes.add(o.getMeasure() + " " + o.getVerdict() + " " + o.getMinimumFen()
          + " " + o.getMaximumFen() + " " + o.getMissingFacts() + " " + o.isSetAside() + " " + o.isCountedInTotal()));
      outcomes.addAll(firm.getFailures());
      firm.getFailureDetails().forEach(f -> outcomes.add(f.getMeasure() + " " + f.getCode() + " " + f.getField() + " "
          + f.getValue() + " " + f.getMessage()));
      mine.put(firm.getIndex(), outcomes);
    }
    Map<Long, List<String>> theirs = new TreeMap<>();
    for (ScreeningFirm firm : local) {
      List<String> outcomes = new ArrayList<>();
      for (ScreeningOutcome o : firm.outcomes()) {
        outcomes.add(o.measure().value() + " " + o.verdict() + " " + fen(o.minimum()) + " "
            + o.maximum().map(SparkJobsTest::fen).orElse(null) + " " + o.missingFacts() + " " + o.setAside() + " "
            + o.countedInTotal());
      }
      outcomes.addAll(firm.failures());
      firm.failureDetails().forEach(f -> outcomes.add(f.measure().map(MeasureId::value).orElse(null) + " " + f.code()
          + " " + f.field() + " " + f.value() + " " + f.message()));
      theirs.put(firm.index(), outcomes);
    }
    assertThat(mine).hasSize((int) FIRMS).isEqualTo(theirs);
  }

  @Test
  void test_sandbox_sameReportAsOneMachine() {
    SandboxReport expected = SandboxRun.compare(EntitlementEngine.builtIn(),
        EntitlementEngine.of(Catalog.of(SparkExample.CHANGE.apply(PolicyData.builtIn()))),
        ScreeningPopulation.of(SparkExample.SEED, FIRMS, UNKNOWN_PER_MILLE), SparkExample.AS_OF);
    SandboxReport report = SparkSandboxJob.compare(spark.read().parquet(population), SparkExample.CHANGE,
        SparkExample.AS_OF);

    assertThat(lines(report)).isEqualTo(lines(expected));
    assertThat(report.firms()).isEqualTo(FIRMS);
    // a higher uplift and cap raise some firms' amounts and lower none
    assertThat(report.measure(RiskPoolMeasure.SHENZHEN_2023.id()).orElseThrow().losers()).isZero();
    assertThat(report.measures()).anySatisfy(m -> assertThat(m.gainers()).isPositive());
  }

  @Test
  void test_blankProfiles_areFailedFirms_inBothJobs() {
    // a row is a firm whatever its profile: a blank one fails in the screening (screenOneJson) and in the sandbox,
    // whose compareJson skips a blank line of a file (no firm there) but is given the row's blank as no profile
    String good = HuiqiJson.write(ScreeningPopulation.of(SparkExample.SEED, FIRMS, UNKNOWN_PER_MILLE).profile(0));
    Dataset<Row> rows = spark.createDataset(List.of(new Tuple2<>(0L, ""), new Tuple2<>(1L, good),
        new Tuple2<>(2L, " \r")), Encoders.tuple(Encoders.LONG(), Encoders.STRING())).toDF("index", "profile");
    ScreeningFirm alone = ScreeningRun.screenOneJson(EntitlementEngine.builtIn(), 1, good, SparkExample.AS_OF);
    long goodFailed = alone.failures().isEmpty() ? 0 : 1;
    ScreeningTotals screened = SparkScreeningJob.totals(SparkScreeningJob.screen(rows, SparkExample.AS_OF));
    assertThat(screened.firms()).isEqualTo(3);
    assertThat(screened.failedFirms()).isEqualTo(2 + goodFailed);
    // the two blank rows, no profile, fail every measure reported; the good one only the measures it failed alone
    assertThat(screened.measures()).isNotEmpty().allSatisfy(m -> assertThat(m.failed()).as(m.measure().value())
        .isEqualTo(2 + alone.failures().stream().filter(f -> f.startsWith(m.measure().value() + ": ")).count()));
    SandboxReport report = SparkSandboxJob.compare(rows, SparkExample.CHANGE, SparkExample.AS_OF);
    assertThat(report.firms()).isEqualTo(3);
    assertThat(report.failedFirms()).isEqualTo(2 + goodFailed);
    // the same two firms failed for every measure under both engines, as the screening counts them
    assertThat(report.measures()).isNotEmpty().allSatisfy(m -> assertThat(List.of(m.failedBefore(), m.failedAfter()))
        .as(m.measure().value()).containsExactly(screened.measure(m.measure()).orElseThrow().failed(),
            screened.measure(m.measure()).orElseThrow().failed()));
  }

  @Test
  void test_failingLines_eachInItsOwnPartition_countedAsOnOneMachine() {
    // four rows, one a partition, so that a partition holds only a line that is no profile (its report lists no
    // measure): a firm whose risk pool alone refuses its loan (2,000,000 outstanding of 1,000,000, as
    // HuiqiCliScreenTest works it; first, so that the pool is first met after every other measure), a firm that
    // fails nothing, a bad field (size HUGE) and a line that is not JSON
    List<String> lines = List.of("{\"registrationRegionCode\":\"440305\",\"size\":\"SMALL\",\"loans\":[{"
        + "\"loanId\":\"L1\",\"principal\":{\"amount\":1000000,\"currency\":\"CNY\"},\"drawdownDate\":"
        + "\"2023-01-15\",\"maturityDate\":\"2024-01-15\",\"annualInterestRate\":\"3.65%\",\"nonPerforming\":{"
        + "\"since\":\"2023-06-01\",\"principalOutstanding\":{\"amount\":2000000,\"currency\":\"CNY\"}}}]}",
        "{\"registrationRegionCode\":\"440305\",\"size\":\"SMALL\"}",
        "{\"registrationRegionCode\":\"440305\",\"size\":\"HUGE\"}", "this line is not JSON");
    LocalDate asOf = LocalDate.of(2023, 6, 30);
    List<Tuple2<Long, String>> tuples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      tuples.add(new Tuple2<>((long) i, lines.get(i)));
    }
    Dataset<Row> rows = spark.createDataset(JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(tuples, lines.size()).rdd(), Encoders.tuple(Encoders.LONG(), Encoders.STRING()))
        .toDF("index", "profile");
    assertThat(rows.rdd().getNumPartitions()).isEqualTo(4);
    MeasureId pool = RiskPoolMeasure.SHENZHEN_2023.id();

    ScreeningTotals expected = ScreeningRun.screenJson(EntitlementEngine.builtIn(), lines.iterator(), asOf,
        firm -> { });
    Dataset<SparkFirm> firms = SparkScreeningJob.screen(rows, asOf).cache();
    ScreeningTotals screened = SparkScreeningJob.totals(firms);
    assertThat(lines(screened)).isEqualTo(lines(expected));
    // the engine's catalogue order on both, the pool in its place though the first firm has no outcome of it (the
    // second firm fails nothing: an outcome for every measure)
    List<MeasureId> catalogue = EntitlementEngine.builtIn().catalog().entries().stream()
        .map(entry -> entry.measure().id()).toList();
    assertThat(screened.measures()).extracting(ScreeningMeasureTotals::measure).containsExactlyElementsOf(catalogue);
    // four firms, three failed: the pool's, and the two lines that are no profile
    assertThat(List.of(screened.firms(), screened.failedFirms())).containsExactly(4L, 3L);
    assertThat(screened.measures()).isNotEmpty().allSatisfy(m -> assertThat(m.failed()).as(m.measure().value())
        .isEqualTo(m.measure().equals(pool) ? 3 : 2));
    // the typed failures on Spark: the pool named, its field; the whole profile (no measure) at /size and at /
    List<SparkFirm> byIndex = new ArrayList<>(firms.collectAsList());
    byIndex.sort(Comparator.comparingLong(SparkFirm::getIndex));
    assertThat(byIndex.get(1).getFailureDetails()).isEmpty();
    assertThat(byIndex.get(0).getFailureDetails()).singleElement().satisfies(f -> {
      assertThat(f.getMeasure()).isEqualTo(pool.value());
      assertThat(f.getField()).isEqualTo("/loans/0/nonPerforming/principalOutstanding");
    });
    assertThat(byIndex.get(2).getFailureDetails()).singleElement().satisfies(f -> {
      assertThat(f.getMeasure()).isNull();
      assertThat(List.of(f.getCode(), f.getField(), f.getValue())).containsExactly("input.unknown-value", "/size",
          "HUGE");
    });
    assertThat(byIndex.get(3).getFailureDetails()).singleElement().satisfies(f -> {
      assertThat(f.getMeasure()).isNull();
      assertThat(f.getField()).isEqualTo("/");
    });

    SandboxReport single = SandboxRun.compareJson(EntitlementEngine.builtIn(),
        EntitlementEngine.of(Catalog.of(SparkExample.CHANGE.apply(PolicyData.builtIn()))), lines.iterator(), asOf,
        firm -> { });
    SandboxReport report = SparkSandboxJob.compare(rows, SparkExample.CHANGE, asOf);
    assertThat(lines(report)).isEqualTo(lines(single));
    assertThat(report.measures()).extracting(SandboxMeasureDelta::measure).containsExactlyElementsOf(catalogue);
    assertThat(List.of(report.firms(), report.failedFirms())).containsExactly(4L, 3L);
    // the change (pool uplift, first-loan cap) makes no measure fail or mend: as screened, before and after
    assertThat(report.measures()).isNotEmpty().allSatisfy(m -> assertThat(List.of(m.failedBefore(), m.failedAfter()))
        .as(m.measure().value()).containsExactly(m.measure().equals(pool) ? 3L : 2L,
            m.measure().equals(pool) ? 3L : 2L));
  }

  @Test
  void test_main_runsTheSampleOnTheRunningSession() {
    String out = Printed.byMain(SparkExample::main);
    assertThat(out).contains("risk-compensation claims on Spark: 1000 items")
        .contains("first-loan subsidies on Spark: ")
        .contains("screening on Spark: 200 firms")
        .contains("policy sandbox on Spark over 200 firms");
    // main leaves a session it did not start running
    assertThat(spark.sparkContext().isStopped()).isFalse();
  }

  //-------------------------------------------------------------------------
  /** Runs an NDJSON first-loan book through the library's reader on this machine, each item to {@code items}. */
  private static BookTotals firstLoansOnOneMachine(Path file, List<BookItem> items) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return BookSource.ndjson(in, FirstLoanRequest.class, request -> Optional.empty()).run(
          BookCalculators.firstLoan(PolicyData.builtIn().getMeasure(FirstLoanMeasure.SHENZHEN_2023)), items::add);
    }
  }

  private static String describe(SparkBookItem item) {
    return item.getVerdict() + " " + item.getMinimumFen() + " " + item.getMaximumFen() + " " + item.getReasonCode()
        + " " + item.getMissingFacts() + " " + item.getFailedField() + " " + item.getFailureCode();
  }

  private static long fen(MonetaryAmount amount) {
    return SparkFen.of(amount);
  }

  /** The totals, one line a measure, amounts in fen. */
  private static List<String> lines(ScreeningTotals totals) {
    List<String> lines = new ArrayList<>();
    lines.add("firms " + totals.firms() + " failed " + totals.failedFirms());
    for (ScreeningMeasureTotals m : totals.measures()) {
      lines.add(m.measure() + " " + m.kind() + " " + m.eligible() + " " + m.undetermined() + " " + m.ineligible()
          + " " + fen(m.certain()) + " " + fen(m.inReach()) + " " + m.unbounded() + " " + m.setAside() + " "
          + m.failed());
    }
    return lines;
  }

  /** The report, one line a measure and a group, amounts in fen. */
  private static List<String> lines(SandboxReport report) {
    List<String> lines = new ArrayList<>();
    lines.add("firms " + report.firms() + " failed " + report.failedFirms());
    for (SandboxMeasureDelta m : report.measures()) {
      lines.add(m.measure() + " " + m.kind() + " " + fen(m.certainBefore()) + " " + fen(m.certainAfter()) + " "
          + fen(m.inReachBefore()) + " " + fen(m.inReachAfter()) + " " + m.gainers() + " " + m.losers() + " "
          + m.eligibleBefore() + " " + m.eligibleAfter() + " " + m.setAsideBefore() + " " + m.setAsideAfter() + " "
          + m.failedBefore() + " " + m.failedAfter());
    }
    for (SandboxGroupDelta g : report.bySize()) {
      lines.add("size " + g.group() + " " + g.firms() + " " + g.gainers() + " " + g.losers() + " "
          + fen(g.inReachChange()));
    }
    for (SandboxGroupDelta g : report.byDistrict()) {
      lines.add("district " + g.group() + " " + g.firms() + " " + g.gainers() + " " + g.losers() + " "
          + fen(g.inReachChange()));
    }
    return lines;
  }
}
