package io.github.huiqi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.audit.CalculatorReplay;
import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookNdjson;
import io.github.huiqi.calculators.batch.book.BookSource;
import io.github.huiqi.calculators.batch.book.BookTextReader;
import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementSamples;
import io.github.huiqi.calculators.catalog.engine.NextQuestion;
import io.github.huiqi.calculators.classification.scale.ScaleUpYear;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.calculators.grants.award.AwardOptions;
import io.github.huiqi.calculators.testkit.ConformanceAnswer;
import io.github.huiqi.calculators.testkit.ConformancePack;
import io.github.huiqi.calculators.testkit.ConformanceReport;
import io.github.huiqi.calculators.testkit.ConformanceRunner;
import io.github.huiqi.calculators.testkit.ConformanceVector;
import io.github.huiqi.calculators.testkit.HuiqiAssertions;
import io.github.huiqi.calculators.testkit.QaProfiles;
import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.audit.ReplayResult;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseProfileSchema;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.renovation.RenovationFinancingKind;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.grants.award.AwardCombination;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonLimits;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyPacks;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.examples.cli.HuiqiCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user copies from README.md and README.zh-CN.md is true: each Java snippet is run here as written (the
 * regions marked {@code // >>> README name} are checked to be the README's blocks, word for word up to whitespace, so
 * the two cannot drift apart), the sample's figures and first questions are worked by hand from their clauses, the
 * command line's sample output is what it prints, and the commands the README gives name programs that exist.
 */
class ReadmeExamplesTest {

  private static final Path SOURCE = Path.of("src", "test", "java", "io", "github", "huiqi", "examples",
      "ReadmeExamplesTest.java");
  private static final LocalDate MID_2023 = LocalDate.of(2023, 6, 30);

  @TempDir
  Path dir;

  //-------------------------------------------------------------------------
  @Test
  void test_everyJavaBlockOfTheReadmes_isMirroredHereWordForWord() {
    Map<String, String> regions = ReadmeText.mirroredRegions(ReadmeText.read(SOURCE));
    assertThat(regions).containsOnlyKeys("in-java", "receipt", "qa-kit", "ndjson");
    List<String> mirrored = regions.values().stream().map(ReadmeText::normalised).toList();
    // every ```java block of the English README is run here, and nothing here is missing from it
    List<String> english = ReadmeText.fencedBlocks(ReadmeText.read(ReadmeText.README), "java").stream()
        .map(ReadmeText::normalised).toList();
    assertThat(english).containsExactlyInAnyOrderElementsOf(mirrored);
    // the Chinese README's blocks are the same code with its comments in Chinese
    List<String> code = regions.values().stream().map(ReadmeText::codeOnly).toList();
    List<String> chinese = ReadmeText.fencedBlocks(ReadmeText.read(ReadmeText.README_ZH), "java").stream()
        .map(ReadmeText::codeOnly).toList();
    assertThat(chinese).isNotEmpty();
    assertThat(code).containsAll(chinese);
  }

  @Test
  void test_theChineseReadme_givesTheSameCommandsAndCoordinates() {
    // every shell and Maven block of the one README is in the other, word for word once their # comments (which the
    // Chinese README writes in Chinese) are left out: the same commands, options and coordinates
    for (String language : List.of("sh", "xml")) {
      List<String> english = ReadmeText.fencedBlocks(ReadmeText.read(ReadmeText.README), language).stream()
          .map(ReadmeExamplesTest::withoutShellComments).toList();
      List<String> chinese = ReadmeText.fencedBlocks(ReadmeText.read(ReadmeText.README_ZH), language).stream()
          .map(ReadmeExamplesTest::withoutShellComments).toList();
      assertThat(english).as(language).isNotEmpty();
      assertThat(chinese).as(language).containsExactlyInAnyOrderElementsOf(english);
    }
  }

  private static String withoutShellComments(String block) {
    return ReadmeText.normalised(block.replaceAll("(?m)(^|\\s)#.*$", ""));
  }

  //-------------------------------------------------------------------------
  /** The bank's facts of the sample's first loan (its loan A), as {@code bank.FirstLoanExample} gives them. */
  static final LoanFacts LOAN_A = LoanFacts.builder()
      .loanId("SZ-2023-000123")
      .principal(Cny.of("3000000"))
      .drawdownDate(LocalDate.of(2023, 2, 10))
      .maturityDate(LocalDate.of(2024, 2, 10))
      .annualInterestRate(Rate.parse("3.65%"))
      .lenderRegionCode("440300")
      .firstDrawdownOfFirstContract(true)
      .forProductionOrOperation(true)
      .subsidisedUnderAnotherMunicipalScheme(false)
      .build();
  static final EnterpriseFacts FIRM_A = EnterpriseFacts.builder()
      .name("深圳市示例精密制造有限公司")
      .registrationRegionCode("440306")
      .independentLegalPerson(true)
      .firstTimeBorrower(true)
      .onSeriousDishonestyList(false)
      .build();

  @Test
  void test_inJava_theSnippetRunsAndGivesTheWorkedFigures() {
    LoanFacts loan = LOAN_A;
    EnterpriseFacts facts = FIRM_A;
    List<LoanFacts> loans = List.of(LOAN_A);
    String requestJson = EntitlementSamples.shenzhenManufacturer2023Json();
    // >>> README in-java
    EnterpriseProfile firm = EnterpriseProfile.builder()
        .registrationRegionCode("440306")                  // 深圳市宝安区
        .industryCode("C3484")
        .size(EnterpriseSize.SMALL)
        .firstTimeBorrower(true)
        .techSme(Qualification.held(true))
        .loans(List.of(loan))
        .build();

    EntitlementReport report = EntitlementEngine.builtIn().evaluate(firm, LocalDate.of(2023, 6, 30));
    report.totals().inReach();         // exact part and range of what the firm can still get
    report.outcomes();                 // one MeasureOutcome per measure, in catalogue order
    report.firstQuestion();            // the missing fact that decides the most money

    // A platform's JSON in, JSON out — no Java measure type needed:
    String json = EntitlementEngine.builtIn().evaluateJson(requestJson);

    // A bank calling one measure on its own data keeps the typed calculators:
    FirstLoanMeasure measure = PolicyData.builtIn().getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    MonetaryAmount subsidy = FirstLoanCalculator.DEFAULT.subsidy(measure, FirstLoanRequest.of(facts, loans));
    FirstLoanResult explained = FirstLoanCalculator.DEFAULT.explainSubsidy(measure, FirstLoanRequest.of(facts, loans));
    // <<< README

    // "…（49 项措施）": one outcome per measure of the built-in catalogue, in its order
    assertThat(report.outcomes()).hasSize(49);
    assertThat(report.outcomes()).extracting(MeasureOutcome::measure)
        .containsExactlyElementsOf(Catalog.builtIn().entries().stream().map(entry -> entry.measure().id()).toList());
    // 深工信〔2023〕26号 第5条 ("对2023年1-3月…首次获得贷款的企业，给予2%的贴息补助，单户企业贴息金额最高20万元，贴息期限
    // 不超过6个月"): loan A drawn 2023-02-10, six months to 2023-08-10, 算头不算尾 18 + 31 + 30 + 31 + 30 + 31 + 10 = 181
    // days; 3,000,000 × 2% × 181 / 360 (ACT/360) = 30,166.666… → 30,166.67 (half-up), under the 200,000 cap
    assertThat(subsidy).isEqualTo(Cny.of("30166.67"));
    assertThat(explained.exactAmount()).contains(Cny.of("30166.67"));
    // the profile of the snippet does not say whether the firm is an independent legal person or on the serious
    // dishonesty list (第5条's conditions), so in the engine the same loan's subsidy is undetermined: 0 to 30,166.67
    MeasureOutcome firstLoan = report.outcome(FirstLoanMeasure.SHENZHEN_2023.id()).orElseThrow();
    assertThat(firstLoan.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(firstLoan.amount()).isEqualTo(OutcomeAmount.between(Cny.ZERO, Cny.of("30166.67")));
    assertThat(firstLoan.missingFacts()).contains("/independentLegalPerson", "/onSeriousDishonestyList");
    // the first question is the head of the ranked list
    assertThat(report.firstQuestion()).contains(report.nextQuestions().get(0));
    // the platform's JSON is the sample's report: its total in reach is the sample's, worked in the next test
    JsonNode inReach = HuiqiJson.read(json, JsonNode.class).at("/totals/inReach");
    assertThat(inReach.at("/minimum/amount").decimalValue()).isEqualByComparingTo("853086.67");
    assertThat(inReach.has("maximum")).isFalse();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_tryIt_theSampleReport_workedByHand() {
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(EntitlementSamples.shenzhenManufacturer2023());
    // 首贷户贷款贴息 (第5条): 3,000,000 × 2% × 181 / 360 = 30,166.67, as in the test above (loan B, 2,000,000, is not
    // the first drawdown of the firm's first contract)
    assertAmount(report, "sz-gxj-2023-26.first-loan-interest-subsidy", Verdict.ELIGIBLE, "30166.67");
    // 降低企业融资担保费 (第6条, "担保费率最高减免40%、且不高于1%"): 2% × (1 − 40%) = 1.2% > 1%, so 1%; each guarantee a
    // whole year (12 months ÷ 12): A 3,000,000 × (2% − 1%) = 30,000.00, B 2,000,000 × (2% − 1%) = 20,000.00; 50,000.00
    assertAmount(report, "sz-gxj-2023-26.guarantee-fee-reduction", Verdict.ELIGIBLE, "50000.00");
    // 小型微利企业 (第1条, restating 2023年第6号 and 2022年第13号, 25% × 20% on the whole income in 2023): taxable
    // income 3,400,000 less the R&D deduction 1,000,000 = 2,400,000 ≤ 3,000,000 (120 employees, assets averaging
    // 30,000,000); tax 2,400,000 × 25% × 20% = 120,000 against 2,400,000 × 25% = 600,000: 480,000.00 saved
    assertAmount(report, "sz-gxj-2023-26.small-low-profit-enterprise", Verdict.ELIGIBLE, "480000.00");
    // 研发费用加计扣除 (第1条, "再按照100%在税前加计扣除"): 600,000 + 250,000 + 50,000 + 0 + 50,000 + 50,000 = 1,000,000
    // expensed (other costs 50,000 within 10% of the total); 100% more deducted saves 25% × 1,000,000 = 250,000.00
    assertAmount(report, "sz-gxj-2023-26.rd-super-deduction", Verdict.ELIGIBLE, "250000.00");
    // 科技型中小企业贴息 (第13条, "提高30个百分点，最高可按照实际支付利息的80%"): loan B's 2023 interest 4,000.00 (20 days)
    // + 18,400.00 (92 days) = 22,400.00 (2,000,000 × 3.6% × 112 / 360), × 80% = 17,920.00; and 贴保 50% of the
    // 30,000 + 20,000 fees paid = 25,000.00 (the 2020 办法 in the pack); 17,920.00 + 25,000.00 = 42,920.00
    assertAmount(report, "sz-gxj-2023-26.tech-sme-interest-subsidy", Verdict.ELIGIBLE, "42920.00");
    // 合计可享 (payments, tax and fees saved): 30,166.67 + 50,000.00 + 480,000.00 + 250,000.00 + 42,920.00
    // = 853,086.67, with no upper bound while the renovation projects are not given (≥)
    assertThat(report.totals().inReach()).isEqualTo(OutcomeAmount.atLeast(Cny.of("853086.67")));
    // 待补充信息: the 小升规 reward (小升规方案 第四条, "最高20万元") shared by its two facts, 100,000.00 each; /years
    // also names the cultivation pool (no money), so 2 measures; the renovation projects open two unbounded amounts
    assertThat(report.nextQuestions()).extracting(NextQuestion::fact, q -> q.amountDecided(),
        NextQuestion::unboundedMeasures).containsExactly(
            org.assertj.core.groups.Tuple.tuple("/years", Cny.of("100000.00"), 0),
            org.assertj.core.groups.Tuple.tuple("/years/0/aboveScale", Cny.of("100000.00"), 0),
            org.assertj.core.groups.Tuple.tuple("/renovationProjects", Cny.of("0.00"), 2));
  }

  private static void assertAmount(EntitlementReport report, String id, Verdict verdict, String yuan) {
    MeasureOutcome outcome = report.outcome(MeasureId.of(id)).orElseThrow();
    assertThat(outcome.verdict()).as(id).isEqualTo(verdict);
    assertThat(outcome.amount()).as(id).isEqualTo(OutcomeAmount.exactly(Cny.of(yuan)));
  }

  @Test
  void test_tryIt_theCommandLinePrintsTheReadmesSampleOutput() {
    for (Path readme : List.of(ReadmeText.README, ReadmeText.README_ZH)) {
      // the plain block right after "The first command prints" / "第一条命令输出"
      String shown = ReadmeText.fencedBlocks(ReadmeText.read(readme), "").get(0);
      String printed = cli().out();
      List<String> printedLines = printed.lines().map(ReadmeText::normalised).toList();
      for (String line : shown.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
        if (line.startsWith("…（")) {
          // "…（49 项措施）": the table has one row per measure of the catalogue
          assertThat(line).isEqualTo("…（" + Catalog.builtIn().entries().size() + " 项措施）");
          continue;
        }
        // a row abridged with "…" holds the printed row's columns in order: each part is in the row
        String[] parts = line.split("…");
        assertThat(printedLines).as(readme + ": " + line).anySatisfy(row -> {
          int from = 0;
          for (String part : parts) {
            String want = ReadmeText.normalised(part);
            int at = row.indexOf(want, from);
            assertThat(at).as(want).isNotNegative();
            from = at + want.length();
          }
          if (!parts[0].isBlank()) {
            assertThat(row).startsWith(ReadmeText.normalised(parts[0]));
          }
          if (parts.length > 1) {
            assertThat(row).endsWith(ReadmeText.normalised(parts[parts.length - 1]));
          }
        });
      }
    }
  }

  @Test
  void test_tryIt_theOptionsTheReadmeNames() throws IOException {
    Path firm = dir.resolve("firm.json");
    Files.writeString(firm, EntitlementSamples.shenzhenManufacturer2023Json(), StandardCharsets.UTF_8);
    // `--lang en`: the same report in English
    assertThat(cli("--lang", "en").out()).contains("853,086.67").doesNotContain("合计可享");
    // a request file; `--json` prints the engine's JSON
    CliRun json = cli(firm.toString(), "--as-of", "2023-06-30", "--json");
    assertThat(json.status()).isZero();
    assertThat(HuiqiJson.read(json.out(), JsonNode.class).at("/totals/inReach/minimum/amount").decimalValue())
        .isEqualByComparingTo("853086.67");
    // a profile file, `--explain`, `--measure ID`
    Path profile = dir.resolve("profile.json");
    Files.writeString(profile, HuiqiJson.write(EntitlementSamples.shenzhenManufacturer2023().profile()),
        StandardCharsets.UTF_8);
    CliRun one = cli(profile.toString(), "--as-of", "2023-06-30", "--explain", "--measure",
        "sz-gxj-2023-26.first-loan-interest-subsidy");
    assertThat(one.status()).isZero();
    assertThat(one.out()).contains("30,166.67").doesNotContain("42,920.00");
    // a request `{"profile": {...}, "asOf": "...", "measures": [...]}`: the measure asked, as the whole run gives it
    Path request = dir.resolve("request.json");
    Files.writeString(request, "{\"profile\": " + ReadmeText.read(profile) + ", \"asOf\": \"2023-06-30\", "
        + "\"measures\": [\"sz-gxj-2023-26.first-loan-interest-subsidy\"]}", StandardCharsets.UTF_8);
    JsonNode asked = HuiqiJson.read(cli(request.toString(), "--json").out(), JsonNode.class);
    assertThat(asked.get("outcomes")).hasSize(1);
    assertThat(asked.at("/outcomes/0/amount/minimum/amount").decimalValue()).isEqualByComparingTo("30166.67");
    // `catalog` lists the catalogue; `-- catalog` reads a file named catalog: none here, so exit status 2, one line
    CliRun catalog = cli("catalog");
    assertThat(catalog.status()).isZero();
    assertThat(catalog.out()).contains("sz-gxj-2023-26.first-loan-interest-subsidy");
    CliRun file = cli("--", "catalog");
    assertThat(file.status()).isEqualTo(2);
    assertThat(file.err().lines()).singleElement().asString().contains("catalog");
    // a wrong option: exit status 64
    assertThat(cli("--no-such-option").status()).isEqualTo(64);
    // `huiqi replay request.json saved.json`: a saved report (`--explain --json`) replays, exit status 0; `--json`
    // prints the ReplayResult
    Path saved = dir.resolve("saved.json");
    Files.writeString(saved, cli(firm.toString(), "--explain", "--json").out(), StandardCharsets.UTF_8);
    CliRun replay = cli("replay", firm.toString(), saved.toString(), "--json");
    assertThat(replay.status()).isZero();
    assertThat(HuiqiJson.read(replay.out(), JsonNode.class).get("matches").asBoolean()).isTrue();
    // a saved report edited after issue (its total raised) does not match: exit status 1
    Path edited = dir.resolve("edited.json");
    Files.writeString(edited, ReadmeText.read(saved).replaceFirst("853086\\.67", "953086.67"),
        StandardCharsets.UTF_8);
    assertThat(ReadmeText.read(edited)).contains("953086.67");
    assertThat(cli("replay", firm.toString(), edited.toString()).status()).isEqualTo(1);
  }

  /** What one run of the command line printed and returned. */
  private record CliRun(int status, String out, String err) {
  }

  private static CliRun cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = HuiqiCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), () -> MID_2023);
    return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_theEngine_aProfileWithOnlyARegionAndAnIndustry_asksForTheGrantEventsFirst() {
    EnterpriseProfile bare = EnterpriseProfile.builder().registrationRegionCode("440306").industryCode("C3484")
        .build();
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(bare, MID_2023);
    // /grantEvents: the digital platforms' "每年…分别给予不超过1000万元的资助" (26号 第17条) once in its 2023 window,
    // 10,000,000, and the demonstration platform's one-off "最高50万元" (the 2021 reply letter 三), 500,000:
    // 10,500,000.00; the awards paid on each event (创客中国 第16条, 专精特新) have no upper bound while not known
    NextQuestion first = report.firstQuestion().orElseThrow();
    assertThat(first.fact()).isEqualTo("/grantEvents");
    assertThat(first.amountDecided()).isEqualTo(Cny.of("10500000.00"));
    // then /years: the 小型微利企业 relief at the 3,000,000 limit, 1,000,000 × 22.5% + 2,000,000 × 20% = 625,000, the
    // 小升规 reward's "最高20万元" (小升规方案 第四条), 200,000, and its share of the small/micro fee subsidy's
    // 300,000 (its size decided by the years' figures, with /loans and /size: 100,000): 925,000.00
    NextQuestion years = report.nextQuestions().get(1);
    assertThat(years.fact()).isEqualTo("/years");
    assertThat(years.amountDecided()).isEqualTo(Cny.of("925000.00"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_receipt_theSnippetReplays_andAnEditedPackDoesNotMatch() {
    FirstLoanMeasure measure = PolicyData.builtIn().getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    FirstLoanRequest request = FirstLoanRequest.of(FIRM_A, List.of(LOAN_A));
    String requestJson = HuiqiJson.write(request);
    String resultJson = HuiqiJson.write(FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request));
    // >>> README receipt
    FirstLoanResult result = FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request);
    Receipt receipt = result.explanation().receipt().orElseThrow();
    ReplayResult replay = CalculatorReplay.builtIn().replay(request, receipt);   // or CalculatorReplay.of(yourData)
    replay.matches();        // false after a pack edit: measures/sz-gxj-2023-26.first-loan-interest-subsidy/sha256 …
    String json = CalculatorReplay.builtIn().replayJson(requestJson, resultJson);   // from what was saved
    // <<< README

    assertThat(replay.matches()).isTrue();
    assertThat(HuiqiJson.read(json, JsonNode.class).get("matches").asBoolean()).isTrue();
    assertThat(receipt.calculation()).contains("financing.first-loan.subsidy");
    // the pack edited (the first-loan cap of 第5条 raised from 200,000 to 300,000), as a host reads its own copy
    String edited = HuiqiJson.write(PolicyPacks.readBuiltIn("sz-gxj-2023-26.json"))
        .replaceFirst("\"amount\" : 200000", "\"amount\" : 300000");
    PolicyData yourData = PolicyData.builtIn().withPack(PolicyPacks.read(edited, "host"));
    ReplayResult afterEdit = CalculatorReplay.of(yourData).replay(request, receipt);
    assertThat(afterEdit.matches()).isFalse();
    assertThat(afterEdit.differences()).extracting(ReplayResult.Difference::field)
        .contains("measures/sz-gxj-2023-26.first-loan-interest-subsidy/sha256");
  }

  //-------------------------------------------------------------------------
  /** A bank's own system, as the README's QA kit snippet calls it. */
  private interface BankSystem {
    ConformanceAnswer answer(ConformanceVector vector);
  }

  @Test
  void test_qaKit_theSnippetPasses_andThePackIsAsDescribed() {
    BankSystem bankSystem = vector -> ConformanceRunner.huiqi().apply(vector);
    // >>> README qa-kit
    // in your JUnit test, with org.assertj:assertj-core on your test class path
    MeasureOutcome outcome = Catalog.builtIn().evaluate(MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy"),
        QaProfiles.of("first-loan/ninety-days").build(), LocalDate.of(2023, 6, 30));
    HuiqiAssertions.assertThat(outcome).isEligible().hasExactAmount("5000.00").citesClause("第5条");

    // your own system against the policy: no JUnit and no AssertJ needed
    ConformanceReport report = ConformanceRunner.run(vector -> bankSystem.answer(vector));
    // <<< README

    // 第5条 "给予2%的贴息补助": 1,000,000 drawn 2023-01-15 and repaid 2023-04-15, 算头不算尾 17 + 28 + 31 + 14 = 90
    // days; 1,000,000 × 2% × 90 / 360 = 5,000.00
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("5000.00")));
    // "a conformance pack of 118 hand-worked vectors over 31 measure families, covering every one of the built-in
    // catalogue's 49 measures" (118 个…向量, 31 个措施族, 全部 49 项措施)
    ConformancePack pack = ConformancePack.builtIn();
    assertThat(pack.vectors()).hasSize(118);
    assertThat(pack.vectors().stream().map(vector -> vector.id().substring(0, vector.id().indexOf('/'))).distinct())
        .hasSize(31);
    assertThat(Catalog.builtIn().entries()).hasSize(49)
        .allSatisfy(entry -> assertThat(pack.vectors(entry.measure().id())).hasSizeGreaterThanOrEqualTo(2));
    assertThat(report.results()).hasSize(118);
    assertThat(report.failed()).isEmpty();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_ndjson_theSnippetStreamsABook_andABadLineIsNamed() throws IOException {
    RiskPoolMeasure measure = PolicyData.builtIn().getMeasure(RiskPoolMeasure.SHENZHEN_2023);
    // line 1: 深工信〔2023〕26号 第5条, a general loan granted 2023-02-15, in the window 2023-01-01..03-31: the base
    // ratio 30% (the pool's rules, in the pack) + 30 points = 60%, within 80%; 1,800,000 × 60% = 1,080,000.00
    RiskPoolClaim good = RiskPoolClaim.builder().loanId("B-1").category(RiskPoolLoanCategory.GENERAL)
        .principal(Cny.of("2000000")).grantDate(LocalDate.of(2023, 2, 15))
        .firstNonPerformingDate(LocalDate.of(2024, 1, 31)).principalOutstanding(Cny.of("1800000"))
        .noExclusions().build();
    // line 2: the README's B-7, whose outstanding principal is negative
    String bad = HuiqiJson.write(good, JsonOutput.COMPACT).replace("\"B-1\"", "\"B-7\"")
        .replace("1800000", "-1");
    assertThat(bad).contains("\"B-7\"").contains("-1");
    Path claims = dir.resolve("claims.ndjson");
    Path results = dir.resolve("results.ndjson");
    Files.writeString(claims, HuiqiJson.write(good, JsonOutput.COMPACT) + "\n" + bad + "\n",
        StandardCharsets.UTF_8);
    // >>> README ndjson
    try (Reader in = BookTextReader.utf8(Files.newInputStream(claims)); Writer out = Files.newBufferedWriter(results)) {
      // one BookItem a line (verdict, amount, reason code, missing facts, or the failure), then {"totals": ...}
      BookTotals totals = BookNdjson.items(BookSource.ndjson(in, RiskPoolClaim.class, c -> Optional.of(c.loanId()),
          "loanId", HuiqiJson.codec()), BookCalculators.riskPool(measure, RiskPoolOptions.DEFAULTS), out,
          HuiqiJson.codec());
      // or each line's explained RiskPoolLoanCompensation, with or without its explanation
      // BookNdjson.riskPool(measure, RiskPoolOptions.DEFAULTS, in, out, HuiqiJson.codec().with(form));
    }
    // <<< README

    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
      lines.add(HuiqiJson.read(line, JsonNode.class));
    }
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).get("id").asText()).isEqualTo("B-1");
    // "fails as {"index":2,"id":"B-7","failure":{...}}, naming /principalOutstanding"
    assertThat(lines.get(1).get("index").asInt()).isEqualTo(2);
    assertThat(lines.get(1).get("id").asText()).isEqualTo("B-7");
    assertThat(lines.get(1).at("/failure/field").asText()).isEqualTo("/principalOutstanding");
    JsonNode totals = lines.get(2).get("totals");
    assertThat(totals.get("items").asLong()).isEqualTo(2);
    assertThat(totals.get("failed").asLong()).isEqualTo(1);
    assertThat(lines.get(0).toString()).contains("1080000");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_theCommandsName_programsThatExist() throws ClassNotFoundException, IOException {
    String readme = ReadmeText.read(ReadmeText.README);
    // "Every program in examples runs the same way with -Dexec.mainClass=io.github.huiqi.examples.<package>.<Name>"
    Matcher programs = Pattern.compile("`((?:bank|platform)\\.[A-Z][A-Za-z]+Example)`").matcher(readme);
    List<String> named = new ArrayList<>();
    while (programs.find()) {
      named.add(programs.group(1));
    }
    // every program of the two packages is named
    List<String> programsInSource = new ArrayList<>();
    for (String area : List.of("bank", "platform")) {
      try (var files = Files.list(Path.of("src", "main", "java", "io", "github", "huiqi", "examples", area))) {
        files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith("Example.java"))
            .forEach(name -> programsInSource.add(area + "." + name.substring(0, name.length() - ".java".length())));
      }
    }
    assertThat(programsInSource).isNotEmpty();
    assertThat(named).containsAll(programsInSource);
    for (String program : named) {
      Class<?> type = Class.forName("io.github.huiqi.examples." + program);
      assertThat(hasMain(type)).as(program).isTrue();
      // "Each runs in a test"
      assertThat(Path.of("src", "test", "java", "io", "github", "huiqi", "examples",
          program.replace('.', '/') + "Test.java")).as(program).exists();
    }
    // the Performance section's benchmarks and runs (their timings are measurements and not tested here)
    // JMH finds a benchmark by the list its annotation processor writes, so each the README names must be in it
    String benchmarks;
    try (var list = ReadmeExamplesTest.class.getResourceAsStream("/META-INF/BenchmarkList")) {
      benchmarks = new String(list.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String bench : List.of("CatalogBenchmark", "BookColumnarBenchmark", "FirstLoanBenchmark",
        "RiskPoolBenchmark")) {
      assertThat(readme).contains(bench);
      assertThat(benchmarks).contains("io.github.huiqi.examples.bench." + bench + " ");
    }
    // "Its floor, … (`firstLoanColumnsOnly`)"
    assertThat(readme).contains("`firstLoanColumnsOnly`");
    assertThat(benchmarks).contains("BookColumnarBenchmark_firstLoanColumnsOnly_jmhTest");
    for (String run : List.of("ScreeningScale", "NdjsonBookRun", "StartupProbeRunner")) {
      assertThat(readme).contains("io.github.huiqi.examples.bench." + run);
      assertThat(hasMain(Class.forName("io.github.huiqi.examples.bench." + run))).as(run).isTrue();
    }
    // the arguments they are given: ScreeningScale's `no-json`, NdjsonBookRun's forms, StartupProbeRunner's options
    String bench = "src/test/java/io/github/huiqi/examples/bench/";
    assertThat(ReadmeText.read(Path.of(bench + "ScreeningScale.java"))).contains("\"no-json\"");
    assertThat(ReadmeText.read(Path.of(bench + "NdjsonBookRun.java"))).contains("\"items\"", "\"explained\"");
    assertThat(ReadmeText.read(Path.of(bench + "StartupProbeRunner.java")))
        .contains("\"--min-classpath\"", "\"--when-idle\"");
    // the Spark program and its jobs
    Class.forName("io.github.huiqi.examples.spark.SparkExample");
    String spark = ReadmeText.read(Path.of("src/main/java/io/github/huiqi/examples/spark/SparkExample.java"));
    for (String job : List.of("book", "first-loans", "screening", "sandbox", "population")) {
      assertThat(spark).contains("case \"" + job + "\"");
    }
  }

  @Test
  void test_theCallsTheProseNames_existAsWritten() {
    // Conventions, "Requests are built one way": each call as the README writes it
    assertThat(ScaleUpYear.of(2022, true, Cny.of("15000000")).year()).isEqualTo(2022);
    assertThat(VatFilingPeriod.ofQuarter(2023, 2)).isNotNull();
    assertThat(RdIntangibleAsset.wholeYear(Cny.of("100000"))).isNotNull();
    assertThat(RenovationInterestPayment.of("P1", RenovationFinancingKind.BANK_FIXED_ASSET_LOAN,
        LocalDate.of(2023, 1, 1), LocalDate.of(2023, 4, 1), Cny.of("1000")).onLoan("L1").loanId()).contains("L1");
    assertThat(AwardOptions.combining(AwardCombination.SUM)).isNotNull();
    // "Rates are Rate values written "2%"; percentage points … kept apart from relative change": 2% + 30 points
    // = 32%; 2% reduced by 40% = 1.2% (第6条's arithmetic)
    assertThat(Rate.parse("2%").plusPercentagePoints(new BigDecimal("30"))).isEqualTo(Rate.parse("32%"));
    assertThat(Rate.parse("2%").reducedBy(Rate.parse("40%"))).isEqualTo(Rate.parse("1.2%"));
    // JSON at book size: the limits' defaults as the table gives them, and the calls the prose names
    JsonLimits limits = HuiqiJson.limits();
    assertThat(limits).isEqualTo(JsonLimits.DEFAULTS);
    assertThat(List.<Long>of(limits.maxDocumentLength(), limits.maxTokens(), (long) limits.maxNestingDepth(),
        (long) limits.maxNumberLength(), (long) limits.maxStringLength(), (long) limits.maxNameLength(),
        limits.maxResponseLength()))
        .containsExactly(1_000_000L, 100_000L, 32L, 40L, 10_000L, 256L, 10_000_000L);
    assertThat(HuiqiJson.codec(JsonLimits.ofDocumentLength(50_000_000)).with(JsonOutput.COMPACT.withoutExplanation()))
        .isNotNull();
    assertThat(EnterpriseProfileSchema.json()).contains("\"loans\"");
  }

  private static boolean hasMain(Class<?> type) {
    try {
      return java.lang.reflect.Modifier.isStatic(type.getMethod("main", String[].class).getModifiers());
    } catch (NoSuchMethodException ex) {
      return false;
    }
  }
}
