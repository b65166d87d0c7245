package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.NextQuestion;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseProfileSchema;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A platform developer's audit of the engine after the verdict convention (decisions register §4.6 item 42), the
 * totals of a firm of unknown region (§0.6) and the tech-SME absent lists (§4.1 item 8b): fifteen hand-written
 * profiles (resources {@code platformaudit/*.json}) run through the Java API, the engine's JSON entry point and the
 * command line (text in zh-CN and en, and {@code --json}, each with {@code --as-of 2023-06-30}).
 * <p>
 * Every profile is checked for what the three paths must share (the same outcomes, totals and next questions; the
 * table's verdict and amount per row and its total as the JSON's; every missing fact a pointer of the profile's
 * schema; no eligible outcome at one figure naming a missing fact; no undetermined outcome above zero; every reason
 * and note translated in both languages; exit status 0). The figures are then worked by hand beside each assertion.
 */
class HuiqiCliPlatformAuditTest {

  private static final String AS_OF = "2023-06-30";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String FEE_REDUCTION = "sz-gxj-2023-26.guarantee-fee-reduction";
  private static final String FEE_SUBSIDY = "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy";
  private static final String LONGGANG = "sz-gxj-2021-reply-20210370.longgang-rent-subsidy";
  private static final String RENOVATION = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  /** What one profile gives on the three paths. */
  private record Paths(EntitlementReport report, JsonNode json) {
  }

  private Paths run(String name) throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("platformaudit/" + name + ".json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // (1) the Java API
    EnterpriseProfile profile = HuiqiJson.read(text, EnterpriseProfile.class);
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(profile, LocalDate.parse(AS_OF));
    JsonNode fromApi = MAPPER.readTree(HuiqiJson.write(report));
    // (2) the engine's JSON entry point
    ObjectNode request = MAPPER.createObjectNode();
    request.set("profile", MAPPER.readTree(text));
    request.put("asOf", AS_OF);
    JsonNode fromJson = MAPPER.readTree(EntitlementEngine.builtIn().evaluateJson(request.toString()));
    // (3) the command line, --json
    Path file = dir.resolve(name + ".json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    HuiqiCliTest.Run cli = HuiqiCliTest.run(file.toString(), "--json", "--as-of", AS_OF);
    assertThat(cli.status()).as(cli.err()).isZero();
    JsonNode fromCli = MAPPER.readTree(cli.out());
    for (String member : List.of("/outcomes", "/totals", "/jointLimits", "/nextQuestions", "/complete")) {
      assertThat(fromJson.at(member)).as(name + member).isEqualTo(fromApi.at(member));
      assertThat(fromCli.at(member)).as(name + member).isEqualTo(fromApi.at(member));
    }
    // the table's rows say what the JSON says, then the total in reach and the first question
    CliThreePaths.checkTable(file, report, AS_OF, new String[0], Locale.SIMPLIFIED_CHINESE, "zh");
    CliThreePaths.checkTable(file, report, AS_OF, new String[0], Locale.ENGLISH, "en");
    checkExplained(file, profile);
    for (MeasureOutcome outcome : report.outcomes()) {
      checkOutcome(outcome);
    }
    return new Paths(report, fromApi);
  }

  /** The explained report in both languages: every reason and note has its own words, printed in the text. */
  private static void checkExplained(Path file, EnterpriseProfile profile) {
    EntitlementReport explained = EntitlementEngine.builtIn().explain(profile, LocalDate.parse(AS_OF));
    for (String lang : List.of("zh", "en")) {
      Locale locale = lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
      HuiqiCliTest.Run text = HuiqiCliTest.run(file.toString(), "--as-of", AS_OF, "--lang", lang, "--explain");
      assertThat(text.status()).as(text.err()).isZero();
      for (MeasureOutcome outcome : explained.outcomes()) {
        for (Reason reason : concat(outcome.reasons(), outcome.notes())) {
          String words = reason.message().in(locale);
          assertThat(words).as(outcome.measure() + " " + reason.code()).isNotBlank().isNotEqualTo(reason.code());
          assertThat(text.out()).as(outcome.measure() + " " + reason.code() + " in " + lang).contains(words);
        }
      }
    }
  }

  private static List<Reason> concat(List<Reason> a, List<Reason> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  /** The verdict convention's invariants (decisions register §4.6 item 42) and the pointers' schema. */
  private static void checkOutcome(MeasureOutcome outcome) {
    OutcomeAmount amount = outcome.amount();
    if (outcome.verdict() == Verdict.UNDETERMINED) {
      assertThat(outcome.missingFacts()).as(outcome.measure().toString()).isNotEmpty();
      assertThat(amount.minimum().isZero()).as(outcome.measure() + " from zero").isTrue();
    }
    if (outcome.verdict() == Verdict.ELIGIBLE && amount.isExact()) {
      assertThat(outcome.missingFacts()).as(outcome.measure() + " eligible at one figure").isEmpty();
    }
    if (outcome.verdict() == Verdict.INELIGIBLE) {
      assertThat(outcome.missingFacts()).as(outcome.measure().toString()).isEmpty();
    }
    for (String pointer : outcome.missingFacts()) {
      assertThat(EnterpriseProfileSchema.resolves(pointer)).as(outcome.measure() + " names " + pointer).isTrue();
    }
  }

  private static MeasureOutcome outcome(EntitlementReport report, String measure) {
    return report.outcomes().stream().filter(o -> o.measure().toString().equals(measure)).findFirst().orElseThrow();
  }

  private static BigDecimal yuan(javax.money.MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }

  private static void assertRange(MeasureOutcome outcome, Verdict verdict, String least, String most) {
    assertThat(outcome.verdict()).as(outcome.measure().toString()).isEqualTo(verdict);
    assertThat(yuan(outcome.amount().minimum())).as(outcome.measure() + " least").isEqualByComparingTo(least);
    assertThat(yuan(outcome.amount().maximum().orElseThrow())).as(outcome.measure() + " most")
        .isEqualByComparingTo(most);
  }

  private static NextQuestion question(EntitlementReport report, String fact) {
    return report.nextQuestions().stream().filter(q -> q.fact().equals(fact)).findFirst().orElseThrow();
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {"bare-sh", "no-region-bare", "stack-ftb-missing", "lg-both-missing"})
  void test_threePathsAgree_andTheConventionHolds(String name) throws IOException {
    Paths paths = run(name);
    assertThat(paths.report().complete()).isTrue();
  }

  @Test
  void test_bareShenzhen_grantEventsFirst_thenYears() throws IOException {
    EntitlementReport report = run("bare-sz").report();
    // a payment with no upper end (the renovation grant, 小升规方案 第十条) leaves the total open: ≥ 0.00
    assertThat(report.totals().inReach().maximum()).isEmpty();
    assertThat(yuan(report.totals().inReach().minimum())).isEqualByComparingTo("0");
    // /grantEvents: 创客中国 最高30万 per winning project (第16条) and the 专精特新 awards (its municipal tier per
    // recognition event) have no upper bound while the events are not given (register §4.6 item 60); 数字化平台商
    // 每年最高1,000万 (第17条) pays once a year in its 2023 window, 10,000,000; 示范平台 一次性 最高50万, 500,000:
    // 10,500,000.00 and two unbounded measures (drafts not counted), first
    NextQuestion events = report.nextQuestions().get(0);
    assertThat(events.fact()).isEqualTo("/grantEvents");
    assertThat(yuan(events.amountDecided())).isEqualByComparingTo("10500000.00");
    assertThat(events.unboundedMeasures()).isEqualTo(2);
    // then /years: the 小型微利企业 relief at the 3,000,000 limit in 2022 (1,000,000 × 22.5% + 2,000,000 × 20% =
    // 625,000), the 小升规 reward's 200,000 and its share of the fee subsidy's 300,000 (100,000): 925,000.00
    NextQuestion years = report.nextQuestions().get(1);
    assertThat(years.fact()).isEqualTo("/years");
    assertThat(yuan(years.amountDecided())).isEqualByComparingTo("925000.00");
  }

  @Test
  void test_fullShenzhenFirm_totalsByKind() throws IOException {
    EntitlementReport report = run("full-sz").report();
    // 第13条: interest 4,000 + 18,400 = 22,400 × 80% (50% + 30 points, ≤ 80%) = 17,920; fees 50,000 × 50% = 25,000
    assertRange(outcome(report, TECH_SME), Verdict.ELIGIBLE, "42920.00", "42920.00");
    // 第5条: 3,000,000 × 2% × 181/360 (2023-02-10..2023-08-10) = 30,166.67; paid 73,086.67 in all, renovation open
    assertThat(yuan(report.totals().byKind().get(AmountKind.PAYMENT_TO_FIRM).minimum()))
        .isEqualByComparingTo("73086.67");
    // 第1条: 小型微利 480,000 + R&D 250,000 = 730,000 tax saved; 第6条: (2% − 1%) × 5,000,000 = 50,000 fee saved
    assertThat(yuan(report.totals().byKind().get(AmountKind.TAX_SAVED).maximum().orElseThrow()))
        .isEqualByComparingTo("730000.00");
    assertThat(yuan(report.totals().byKind().get(AmountKind.FEE_SAVED).maximum().orElseThrow()))
        .isEqualByComparingTo("50000.00");
    // in reach: 73,086.67 + 730,000 + 50,000 = 853,086.67, open above (the renovation measures)
    assertThat(yuan(report.totals().inReach().minimum())).isEqualByComparingTo("853086.67");
  }

  @Test
  void test_noRegion_oneCityCounted_regionDecidesItsMeasures() throws IOException {
    EntitlementReport report = run("no-region-full").report();
    // §0.6: the region-bound measures add nothing to the least; the taxes (read under the Shenzhen restatement for a
    // firm anywhere) 480,000 + 250,000 = 730,000 are the least
    assertThat(yuan(report.totals().inReach().minimum())).isEqualByComparingTo("730000.00");
    // /registrationRegionCode: first loan 30,166.67 + fee reduction 50,000 + tech-SME 42,920 (its only fact) + the
    // 小升规 reward 200,000 shared with /years/0/aboveScale and /years (2022 and 2024, were 2023 the first entry:
    // decisions register §4.6 item 70) 200,000 ÷ 3 = 66,666.666…: 189,753.336… → 189,753.34, rounded once (the
    // Shenzhen place, first of the two unbounded ones)
    NextQuestion first = report.nextQuestions().get(0);
    assertThat(first.fact()).isEqualTo("/registrationRegionCode");
    assertThat(yuan(first.amountDecided())).isEqualByComparingTo("189753.34");
    assertRange(outcome(report, TECH_SME), Verdict.UNDETERMINED, "0", "42920.00");
  }

  @Test
  void test_techSme_onlyTheAmountReceivedMissing_eligibleFromZero() throws IOException {
    EntitlementReport report = run("ts-amount-only").report();
    // §4.1 item 8: what the programme paid opens the amount only: eligible 0 – 42,920, naming it
    MeasureOutcome tech = outcome(report, TECH_SME);
    assertRange(tech, Verdict.ELIGIBLE, "0", "42920.00");
    assertThat(tech.missingFacts()).containsExactly("/techSmeSubsidyReceived");
    assertThat(yuan(question(report, "/techSmeSubsidyReceived").amountDecided())).isEqualByComparingTo("42920.00");
  }

  @Test
  void test_techSme_onlyTheEnrolmentMissing_undeterminedFromZero() throws IOException {
    EntitlementReport report = run("ts-condition-only").report();
    MeasureOutcome tech = outcome(report, TECH_SME);
    // 第13条 "入库科技型中小企业" is a condition: undetermined 0 – 42,920
    assertRange(tech, Verdict.UNDETERMINED, "0", "42920.00");
    assertThat(tech.missingFacts()).containsExactly("/techSme");
  }

  @Test
  void test_techSme_both_undetermined_widthSharedInHalves() throws IOException {
    EntitlementReport report = run("ts-both").report();
    assertRange(outcome(report, TECH_SME), Verdict.UNDETERMINED, "0", "42920.00");
    // 42,920 ÷ 2 = 21,460 each
    assertThat(yuan(question(report, "/techSme").amountDecided())).isEqualByComparingTo("21460.00");
    assertThat(yuan(question(report, "/techSmeSubsidyReceived").amountDecided())).isEqualByComparingTo("21460.00");
  }

  @Test
  void test_firstTimeBorrowerMissing_theTwoSubsidiesOnTheLoanCountOnce() throws IOException {
    EntitlementReport report = run("stack-ftb-missing").report();
    // loan SZ-2023-000123, whether a first-time borrower not given: first loan 0 – 3,000,000 × 2% × 181/360 =
    // 30,166.67 (第5条), tech-SME 0 – 27,000 × 80% = 21,600 (第13条), only one of them on the loan (register §4.1
    // item 10): the loan to the first-loan subsidy 30,166.67 + 0.00, to the tech-SME subsidy 0.00 + 21,600.00; the
    // pair's joint most is 30,166.67 (register §4.6 item 49)
    assertRange(outcome(report, FIRST_LOAN), Verdict.UNDETERMINED, "0", "30166.67");
    assertRange(outcome(report, TECH_SME), Verdict.UNDETERMINED, "0", "21600.00");
    assertThat(report.jointLimits()).hasSize(1);
    assertThat(yuan(report.jointLimits().get(0).maximum())).isEqualByComparingTo("30166.67");
    // the pair's joint least (register §4.6 item 50): the loan surely qualifies for the tech-SME subsidy, 80% whether
    // or not a first-time borrower (第13条: 50% + 30 points, or 70% + 30 points capped at 80%); not one: 0 + 21,600;
    // one: 30,166.67 + 0. min = 21,600.00 (before: 0 + 0)
    assertThat(yuan(report.jointLimits().get(0).minimum())).isEqualByComparingTo("21600.00");
    // /firstTimeBorrower decides the pair's width 30,166.67 − 21,600.00 = 8,566.67; before item 50: 30,166.67 − 0,
    // before item 49: 30,166.67 + 21,600 = 51,766.67
    assertThat(yuan(question(report, "/firstTimeBorrower").amountDecided())).isEqualByComparingTo("8566.67");
    // the payments to the firm: 21,600 (the pair) + the others' least; open above (the renovation measures)
    assertThat(report.totals().byKind().get(AmountKind.PAYMENT_TO_FIRM).maximum()).isEmpty();
  }

  @Test
  void test_noFirstTimeBorrower_flagMissing_techSmeFromZero() throws IOException {
    // the firm is no first-time borrower, so no first-loan subsidy (第5条 首次获得贷款), and whether loan
    // SZ-2023-000123 already receives another municipal interest subsidy is not given: subsidised elsewhere, it would
    // take neither subsidy (2022 首贷 rules "同一笔贷款只能享受一次贴息政策", register §4.1 item 10), so the tech-SME
    // subsidy is 0 – 27,000 × 80% = 21,600.00 (第13条), undetermined on the flag. Before: 21,600.00 exactly
    EntitlementReport report = run("stack-flag-missing").report();
    assertThat(outcome(report, FIRST_LOAN).verdict()).isEqualTo(Verdict.INELIGIBLE);
    MeasureOutcome tech = outcome(report, TECH_SME);
    assertRange(tech, Verdict.UNDETERMINED, "0", "21600.00");
    assertThat(tech.missingFacts()).containsExactly("/loans/0/subsidisedUnderAnotherMunicipalScheme");
    assertThat(report.jointLimits()).isEmpty();
    assertThat(yuan(question(report, "/loans/0/subsidisedUnderAnotherMunicipalScheme").amountDecided()))
        .isEqualByComparingTo("21600.00");
  }

  @Test
  void test_stackedTechSmeAtZero_namesNoFact() throws IOException {
    // before: tech-SME ELIGIBLE 0.00 (one figure) still naming /techSmeSubsidyReceived, which the next questions
    // then listed as deciding 0.00
    EntitlementReport report = run("stack-received-missing").report();
    // loan SZ-2023-000123: first loan 3,000,000 × 2% × 181/360 = 30,166.67 (第5条) against tech-SME 27,000 × 80%
    // = 21,600 (第13条): the larger takes the loan (decisions register §4.1 item 10); no fee or premium paid, so the
    // tech-SME subsidy is 0.00 whatever the programme already paid
    assertRange(outcome(report, FIRST_LOAN), Verdict.ELIGIBLE, "30166.67", "30166.67");
    MeasureOutcome tech = outcome(report, TECH_SME);
    assertRange(tech, Verdict.ELIGIBLE, "0", "0");
    assertThat(tech.missingFacts()).isEmpty();
    assertThat(report.nextQuestions()).extracting(NextQuestion::fact).doesNotContain("/techSmeSubsidyReceived");
  }

  @Test
  void test_guaranteeFee_oneLoanQualifies_otherOpen() throws IOException {
    EntitlementReport report = run("gf-gov-missing").report();
    // 第6条: loan 1 (government guarantor) 2,000,000 × (2% − 1%) = 20,000 sure; loan 0's guarantor unknown, up to
    // 3,000,000 × (2% − 1%) = 30,000 more: eligible 20,000 – 50,000 (an item qualifying on its own, §4.6 item 42)
    MeasureOutcome fee = outcome(report, FEE_REDUCTION);
    assertRange(fee, Verdict.ELIGIBLE, "20000.00", "50000.00");
    assertThat(fee.missingFacts()).containsExactly("/loans/0/guarantee/governmentGuarantor");
  }

  @Test
  void test_smallMicroFeeSubsidy_feePaidMissing_eligibleUpToTheCap() throws IOException {
    EntitlementReport report = run("smf-feepaid-missing").report();
    // 2021 reply letter 二: 30% of the fee paid, ≤ 300,000 a year; the fee paid not given: 0 – 300,000 (§2.4)
    MeasureOutcome subsidy = outcome(report, FEE_SUBSIDY);
    assertRange(subsidy, Verdict.ELIGIBLE, "0", "300000.00");
    assertThat(subsidy.missingFacts()).containsExactly("/loans/0/guarantee/feePaid");
  }

  @Test
  void test_longgang_rentMissing_eligibleWithConditionsMet_capBinding() throws IOException {
    EntitlementReport report = run("lg-rent-missing").report();
    // 龙岗区 (2021 reply letter 一): ≤ 50% of last year's rent, 最高20万元 a year; the rent not given: 0 – 200,000
    MeasureOutcome rent = outcome(report, LONGGANG);
    assertRange(rent, Verdict.ELIGIBLE, "0", "200000.00");
    assertThat(rent.missingFacts()).containsExactly("/leases/0/rentPaid");
    // before: no binding limit, though the cap is the upper end (decisions register §4.4 item 29)
    assertThat(rent.bindingLimit()).hasValueSatisfying(limit ->
        assertThat(yuan(limit.limit())).isEqualByComparingTo("200000.00"));
    // before: the explaining form gave no reason (the conditions met were left out as the rent was open)
    EnterpriseProfile profile = readProfile("lg-rent-missing");
    MeasureOutcome explained = outcome(EntitlementEngine.builtIn().explain(profile, LocalDate.parse(AS_OF)),
        LONGGANG);
    assertThat(explained.reasons()).extracting(Reason::code).containsExactly("high-tech-enterprise",
        "in-district-park");
    assertThat(explained.notes()).extracting(Reason::code).contains("prior-year-rent");
  }

  @Test
  void test_renovationLoan_theLargerKeepsTheLoan_onEveryPath() throws IOException {
    // one municipal interest subsidy per loan (2022 深圳 首贷 rules "同一笔贷款只能享受一次贴息政策", register §4.6 item
    // 43), renovation payment P1 naming L1. L1: 1,000,000 at 4% drawn 2023-02-01, a first-time borrower's first
    // drawdown: 第5条 2% for 2023-02-01 → 2023-08-01 = 28 + 31 + 30 + 31 + 30 + 31 = 181 days, ACT/360: 1,000,000 ×
    // 2% × 181 / 360 = 10,055.555… → 10,055.56. P1: 40,000 of interest for 2023-02-01 → 2024-02-01, inside R1's
    // subsidised years from 2023-01-01 (register §4.1 item 9): 第十条 50% × 40,000 = 20,000.00 > 10,055.56, so the
    // renovation subsidy keeps L1 and the first-loan subsidy, L1 read as subsidised elsewhere, pays 0.00 on it
    Paths paths = run("reno-loan-larger");
    EntitlementReport report = paths.report();
    MeasureOutcome renovation = outcome(report, RENOVATION);
    MeasureOutcome first = outcome(report, FIRST_LOAN);
    assertRange(renovation, Verdict.ELIGIBLE, "20000.00", "20000.00");
    assertRange(first, Verdict.INELIGIBLE, "0.00", "0.00");
    assertThat(renovation.notes()).extracting(Reason::code).contains("renovation-loan-one-interest-subsidy");
    assertThat(first.notes()).extracting(Reason::code).contains("renovation-loan-one-interest-subsidy");
    // --json: the same figures, the first-loan outcome out of the total (ineligible)
    JsonNode json = paths.json();
    int found = 0;
    for (JsonNode outcome : json.at("/outcomes")) {
      String id = outcome.at("/measure").asText();
      found += id.equals(RENOVATION) || id.equals(FIRST_LOAN) ? 1 : 0;
      if (id.equals(RENOVATION)) {
        assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("20000.00");
        assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("20000.00");
      } else if (id.equals(FIRST_LOAN)) {
        assertThat(outcome.at("/verdict").asText()).isEqualTo("INELIGIBLE");
        assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("0.00");
      }
    }
    assertThat(found).isEqualTo(2);
    // the text, zh and en: the rows as the JSON (run), and the note, explained, with both figures
    Path file = dir.resolve("reno-loan-larger.json");
    HuiqiCliTest.Run zh = HuiqiCliTest.run(file.toString(), "--as-of", AS_OF, "--lang", "zh", "--explain");
    assertThat(zh.status()).as(zh.err()).isZero();
    assertThat(zh.out()).contains("贷款 L1 适用技术改造贷款贴息（20000.00 元，大于首贷或科技型中小企业贴息的 10055.56 元）");
    HuiqiCliTest.Run en = HuiqiCliTest.run(file.toString(), "--as-of", AS_OF, "--lang", "en", "--explain");
    assertThat(en.status()).as(en.err()).isZero();
    assertThat(en.out()).contains("loan L1 takes the renovation interest subsidy (20000.00 CNY, more than the "
        + "first-loan or tech-SME subsidy's 10055.56 CNY)");
    for (String lang : List.of("zh", "en")) {
      Locale locale = lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
      HuiqiCliTest.Run table = HuiqiCliTest.run(file.toString(), "--as-of", AS_OF, "--lang", lang);
      String row = table.out().lines().filter(line -> line.contains(renovation.title().in(locale))).findFirst()
          .orElseThrow();
      assertThat(row).contains(new Labels(locale).amount(renovation.amount()));
    }
  }

  private EnterpriseProfile readProfile(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("platformaudit/" + name + ".json")) {
      return HuiqiJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), EnterpriseProfile.class);
    }
  }
}
