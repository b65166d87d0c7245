package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static io.github.huiqi.examples.cli.CliThreePaths.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A QA lead's audit of how the Shenzhen financing measures stack, through the command line (text in zh-CN and en,
 * {@code --json}), the engine's JSON entry point and the Java API, on hand-written profiles (resources
 * {@code stackingaudit/*.json}, evaluated on 2023-12-31); {@link CliThreePaths} checks what the three paths share.
 * The figures are worked by hand from 深工信〔2023〕26号 第5条 (2% × days ÷ 360, at most 6 months, 200,000 per
 * enterprise) and 第13条 (80% of 2023 interest; 贴保 50% of the fee, 2020 办法 第十四条（三）), 小升规方案 第十条 (50% of
 * the interest; the grant "不超过" 10% of the investment for an equipment upgrade), the 2021 reply letter 二 (30% of
 * the fee, 2017 guide) and the decisions register: one municipal interest subsidy per loan (2022 深圳 首贷 rules
 * "同一笔贷款只能享受一次贴息政策", §4.1 item 10, §4.6 items 43, 49, 50, 54, 67 and 90) and the two guarantee-fee
 * subsidies both counted by default (§4.4 item 25, COUNT_BOTH). The same rules are checked at random by the
 * independent {@code StackingOraclePropertyTest} of the calculators module.
 */
class HuiqiCliStackingAuditTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String FEE_SUBSIDY = "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy";
  private static final String GRANT = "sz-gxj-2022-small-to-scale.technical-renovation-grant";
  private static final String RENOVATION = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";

  @TempDir
  Path dir;

  private CliThreePaths.Result run(String name, String... measures) throws IOException {
    return CliThreePaths.run(dir, "stackingaudit", name, "2023-12-31", measures);
  }

  private static boolean noted(CliThreePaths.Result result, String measure, String code) {
    return result.outcome(measure).notes().stream().map(Reason::code).anyMatch(code::equals);
  }

  @Test
  void test_oneLoanOpenBetweenFirstLoanAndTechSme_jointLimitAndTotal() throws IOException {
    // L1: 第5条 1,000,000 × 2% × 181 / 360 = 10,055.56 (2023-02-01 → 2023-08-01) if the firm is a first-time
    // borrower (not given); 第13条 80% × 10,000 = 8,000.00. A first-time borrower takes the larger, 第5条 (register
    // §4.1 item 10); another firm only 第13条. The 贴保: 50% × 15,000 = 7,500.00, sure
    CliThreePaths.Result r = run("firm-joint-limit", FIRST_LOAN, TECH_SME, FEE_SUBSIDY);
    assertOutcome(r.outcome(FIRST_LOAN), Verdict.UNDETERMINED, "0.00", "10055.56");
    assertThat(r.outcome(FIRST_LOAN).missingFacts()).contains("/firstTimeBorrower");
    // L1 open: counted for neither in the least (7,500.00, the fee), for 第13条 in the most (15,500.00)
    assertOutcome(r.outcome(TECH_SME), Verdict.ELIGIBLE, "7500.00", "15500.00");
    // the pair as one amount (register §4.6 items 49 and 50, no cap able to bind: 10,055.56 ≤ 200,000 and
    // 8,000 + 7,500 ≤ 1,000,000): 第13条 is sure on L1, so the least is 0 + 7,500 + 8,000 = 15,500.00 (another firm);
    // the most max(10,055.56 + 7,500, 0 + 15,500) = 17,555.56 (a first-time borrower)
    assertThat(r.report().jointLimits()).hasSize(1);
    JointLimit joint = r.report().jointLimits().get(0);
    assertThat(joint.loanIds()).containsExactly("L1");
    assertThat(yuan(joint.minimum())).isEqualByComparingTo("15500.00");
    assertThat(yuan(joint.maximum())).isEqualByComparingTo("17555.56");
    // L2, drawn in 2022 (the year before), 1,000,000 at 4% with a fee of 1.5% ≤ 50% × 4%: 30% × 15,000 = 4,500.00;
    // both fee subsidies counted (COUNT_BOTH, register §4.4 item 25), each noting the unsettled question
    assertOutcome(r.outcome(FEE_SUBSIDY), Verdict.ELIGIBLE, "4500.00", "4500.00");
    assertThat(r.outcome(FEE_SUBSIDY).countedInTotal()).isTrue();
    assertThat(r.outcome(TECH_SME).countedInTotal()).isTrue();
    assertThat(noted(r, FEE_SUBSIDY, "unsettled-stacking")).isTrue();
    assertThat(noted(r, TECH_SME, "unsettled-stacking")).isTrue();
    // the total in reach: 15,500.00 + 4,500.00 = 20,000.00 to 17,555.56 + 4,500.00 = 22,055.56
    assertThat(yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("20000.00");
    assertThat(yuan(r.report().totals().inReach().maximum().orElseThrow())).isEqualByComparingTo("22055.56");
  }

  @Test
  void test_twoLoansOpenAgainstTheRenovationSubsidy_leastWithoutBoth() throws IOException {
    // L1: 第5条 10,055.56 or nothing (first-time borrowing not given); L2: 第13条 80% × 10,000 = 8,000.00; the
    // renovation project paid 4,000 on L1 and 6,000 on L2: 第十条 50% → 2,000.00 and 3,000.00, 5,000.00 in all.
    // A first-time borrower: L1 to 第5条, L2 to 第13条, the renovation subsidy 0.00; another firm: 2,000.00. Both loans
    // are open, so each least is its least without both (register §4.6 item 67): the renovation subsidy 0.00 –
    // 5,000.00, undetermined
    CliThreePaths.Result r = run("firm-two-open-loans", FIRST_LOAN, TECH_SME, RENOVATION, GRANT);
    assertOutcome(r.outcome(RENOVATION), Verdict.UNDETERMINED, "0.00", "5000.00");
    assertThat(r.outcome(RENOVATION).missingFacts()).contains("/firstTimeBorrower");
    assertThat(noted(r, RENOVATION, "renovation-loan-one-interest-subsidy")).isTrue();
    assertOutcome(r.outcome(FIRST_LOAN), Verdict.UNDETERMINED, "0.00", "10055.56");
    // 第13条 without both loans has nothing left: from 0.00, its most 8,000.00 (too wide: it keeps L2 either way)
    assertThat(yuan(r.outcome(TECH_SME).amount().minimum())).isEqualByComparingTo("0.00");
    assertThat(yuan(r.outcome(TECH_SME).amount().maximum().orElseThrow())).isEqualByComparingTo("8000.00");
    // the grant stacks ("还可叠加享受贷款贴息"): up to 10% × 10,000,000 = 1,000,000.00, counted beside the subsidy
    assertOutcome(r.outcome(GRANT), Verdict.ELIGIBLE, "0.00", "1000000.00");
    assertThat(r.outcome(GRANT).countedInTotal()).isTrue();
    assertThat(r.outcome(RENOVATION).countedInTotal()).isTrue();
    // no joint limit where a renovation payment names an open loan (register §4.6 item 54): the ranges add up,
    // 0.00 to 10,055.56 + 8,000.00 + 5,000.00 + 1,000,000.00 = 1,023,055.56
    assertThat(r.report().jointLimits()).isEmpty();
    assertThat(yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("0.00");
    assertThat(yuan(r.report().totals().inReach().maximum().orElseThrow())).isEqualByComparingTo("1023055.56");
    assertThat(List.of(r.outcome(FIRST_LOAN), r.outcome(TECH_SME))).allMatch(o -> o.countedInTotal());
  }

  @Test
  void test_loanToTheFirstLoanSubsidy_feeListNotGiven_techSmeUndeterminedFromZero_tableJsonAndScreen()
      throws IOException {
    // SZ-1, a first-time borrower's 3,000,000 drawn 2023-02-10: 第5条 3,000,000 × 2% × 181 / 360 (2023-02-10 →
    // 2023-08-10: 28 + 31 + 30 + 31 + 30 + 31 days, ACT/360, register §4.1 item 1) = 30,166.67; its 27,000 of 2023
    // interest under 第13条 80% = 21,600.00; the larger, 第5条, takes it (register §4.1 item 10). The guarantee fees
    // not given, SZ-1's fee not given: the fee list may hold nothing or up to its yearly cap, 300,000 (2020 办法
    // 第十四条（三）), so whether 第13条 pays anything is open: undetermined 0.00 – 300,000.00 (register §4.6 items 42
    // and 90), naming the list, the fee cap its upper end (item 88 (b))
    CliThreePaths.Result r = CliThreePaths.run(dir, "stackingaudit", "firm-fee-list-absent", "2023-06-30",
        FIRST_LOAN, TECH_SME);
    assertOutcome(r.outcome(FIRST_LOAN), Verdict.ELIGIBLE, "30166.67", "30166.67");
    MeasureOutcome tech = r.outcome(TECH_SME);
    assertOutcome(tech, Verdict.UNDETERMINED, "0.00", "300000.00");
    assertThat(tech.missingFacts()).containsExactly("/guaranteeFeePayments");
    assertThat(tech.bindingLimit().orElseThrow().code()).isEqualTo("guarantee-fee-cap-per-year");
    assertThat(noted(r, TECH_SME, "one-interest-subsidy-per-loan")).isTrue();
    // no loan open: no joint limit; 30,166.67 to 30,166.67 + 300,000.00 = 330,166.67, the fee list deciding it all
    assertThat(r.report().jointLimits()).isEmpty();
    assertThat(yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("30166.67");
    assertThat(yuan(r.report().totals().inReach().maximum().orElseThrow())).isEqualByComparingTo("330166.67");
    assertThat(r.firstQuestion()).isEqualTo("/guaranteeFeePayments");
    assertThat(yuan(r.report().nextQuestions().get(0).amountDecided())).isEqualByComparingTo("300000.00");
    // the table's row, in English: undetermined, 0.00 – 300,000.00
    Path file = dir.resolve("firm-fee-list-absent.json");
    HuiqiCliTest.Run text = HuiqiCliTest.run(file.toString(), "--as-of", "2023-06-30", "--lang", "en", "--measure",
        FIRST_LOAN, "--measure", TECH_SME);
    assertThat(text.status()).as(text.err()).isZero();
    String row = text.out().lines().filter(line -> line.startsWith(tech.title().in(Locale.ENGLISH))).findFirst()
        .orElseThrow();
    assertThat(row).contains("  undetermined  ").contains("  0.00 – 300,000.00  ");
    // screened as a register of one firm: the tech-SME subsidy counts it undetermined, certain 0.00 (its least), in
    // reach 300,000.00 (its most); the first-loan subsidy eligible, 30,166.67 both
    Path register = dir.resolve("register.ndjson");
    // one line: the profile's tree, compact
    Files.writeString(register, HuiqiJson.read(Files.readString(file, StandardCharsets.UTF_8), JsonNode.class)
        .toString() + "\n", StandardCharsets.UTF_8);
    HuiqiCliTest.Run screen = HuiqiCliTest.run("screen", register.toString(), "--as-of", "2023-06-30", "--json",
        "--measure", FIRST_LOAN, "--measure", TECH_SME);
    assertThat(screen.status()).as(screen.err()).isZero();
    JsonNode totals = HuiqiJson.read(screen.out(), JsonNode.class);
    assertScreened(totals, FIRST_LOAN, 1, 0, "30166.67", "30166.67");
    assertScreened(totals, TECH_SME, 0, 1, "0.00", "300000.00");
  }

  @Test
  void test_loanToTheFirstLoanSubsidy_feeListNotGiven_explained_theReasonSaysWhatIsOpen_zhAndEn() throws IOException {
    // the profile above: 第13条 undetermined 0.00 – 300,000.00, the fee list open once SZ-1 went to 第5条 (register
    // §4.6 items 42 and 90). Explained, its one reason is the rule's, citing the 首贷 rules' "同一笔贷款只能享受一次
    // 贴息政策" (申报条件, register §1.7) as its note does, and naming the list; the conditions its evaluator found met
    // (enrolled as a 科技型中小企业, ...) are not listed under "conditions not yet known"; the evaluator's note on the
    // list (the fee clause, 2020 办法 第十四条（三）) and the rule's note on SZ-1 follow
    CliThreePaths.Result r = CliThreePaths.run(dir, "stackingaudit", "firm-fee-list-absent", "2023-06-30",
        FIRST_LOAN, TECH_SME);
    MeasureOutcome tech = r.outcome(TECH_SME);
    Path file = dir.resolve("firm-fee-list-absent.json");
    String cite = " [《深圳市2022年“首贷户”贷款贴息项目实施细则》 申报条件]";
    String en = explainedSection(file, "en", tech.title().in(Locale.ENGLISH));
    assertThat(en).contains("\n  undetermined, conditions not yet known:\n  - one municipal interest subsidy per loan "
        + "leaves this subsidy nothing certain: whether it pays anything waits on facts not given: "
        + "/guaranteeFeePayments" + cite + "\n  ! the guarantee fees paid are not given [");
    assertThat(en.lines().filter(line -> line.startsWith("  - "))).hasSize(1);
    assertThat(en).contains("\n  ! one municipal interest subsidy per loan (precedence FIRST_CLAIMED): loan SZ-1: ");
    String zh = explainedSection(file, "zh", tech.title().in(Locale.SIMPLIFIED_CHINESE));
    assertThat(zh).contains("\n  待定，尚未确定的条件：\n  - 同一笔贷款只能享受一次市级贴息：本项已无确定可获的贷款贴息，"
        + "是否获得资助取决于未提供的信息：/guaranteeFeePayments" + cite + "\n  ! 未提供担保费支付记录 [");
    assertThat(zh.lines().filter(line -> line.startsWith("  - "))).hasSize(1);
    // the JSON, explained: the same one reason; the plain JSON has none, as every outcome's
    HuiqiCliTest.Run json = HuiqiCliTest.run(file.toString(), "--as-of", "2023-06-30", "--explain", "--json",
        "--measure", FIRST_LOAN, "--measure", TECH_SME);
    assertThat(json.status()).as(json.err()).isZero();
    JsonNode reasons = outcomeNode(json.out(), TECH_SME).get("reasons");
    assertThat(reasons).hasSize(1);
    assertThat(reasons.get(0).get("code").asText()).isEqualTo("one-interest-subsidy-per-loan");
    assertThat(reasons.get(0).toString()).contains("/guaranteeFeePayments");
    HuiqiCliTest.Run plain = HuiqiCliTest.run(file.toString(), "--as-of", "2023-06-30", "--json", "--measure",
        FIRST_LOAN, "--measure", TECH_SME);
    assertThat(plain.status()).as(plain.err()).isZero();
    JsonNode plainReasons = outcomeNode(plain.out(), TECH_SME).get("reasons");
    assertThat(plainReasons == null || plainReasons.isEmpty()).as(plain.out()).isTrue();
  }

  @Test
  void test_twoLoansOpenAgainstTheRenovationSubsidy_explained_theReasonNamesTheLoansAndTheFact_zhAndEn()
      throws IOException {
    // the profile above: 第十条 eligible alone at 2,000.00 + 3,000.00 = 5,000.00, undetermined 0.00 – 5,000.00 once
    // both loans are open (register §4.6 items 43 and 67); 第13条 eligible alone at 80% × 10,000 = 8,000.00 on L2,
    // undetermined 0.00 – 8,000.00 without both. Explained, each gives one reason, the rule's, citing the rule as its
    // note does (register §4.6 item 43), naming both loans and the fact, the first-time borrowing; the conditions their
    // evaluators found met are not listed under "conditions not yet known"
    CliThreePaths.Result r = run("firm-two-open-loans", FIRST_LOAN, TECH_SME, RENOVATION, GRANT);
    Path file = dir.resolve("firm-two-open-loans.json");
    // the zh table cites the register in Chinese (Citation.label(Locale))
    String cite = " [huiqi decisions register §4.6 item 43]\n";
    String[] measures = {FIRST_LOAN, TECH_SME, RENOVATION, GRANT};
    for (String id : List.of(RENOVATION, TECH_SME)) {
      MeasureOutcome outcome = r.outcome(id);
      String en = explainedSection(file, "2023-12-31", "en", outcome.title().in(Locale.ENGLISH), measures);
      assertThat(en).contains("\n  undetermined, conditions not yet known:\n  - one municipal interest subsidy per "
          + "loan: whether loans L1, L2 take the renovation interest subsidy or the first-loan or tech-SME subsidy is "
          + "still open, and this one may then pay nothing; it waits on facts not given: /firstTimeBorrower" + cite);
      assertThat(en.lines().filter(line -> line.startsWith("  - "))).hasSize(1);
      assertThat(en).contains("\n  ! one municipal interest subsidy per loan, the renovation interest subsidy against");
      String zh = explainedSection(file, "2023-12-31", "zh", outcome.title().in(Locale.SIMPLIFIED_CHINESE),
          measures);
      assertThat(zh).contains("\n  待定，尚未确定的条件：\n  - 同一笔贷款只能享受一次市级贴息：贷款 L1、L2 适用技术改造"
          + "贷款贴息还是首贷或科技型中小企业贴息尚未确定，本项可能无资助，取决于未提供的信息：/firstTimeBorrower"
          + " [惠企取舍登记 §4.6 第43项]\n");
      assertThat(zh.lines().filter(line -> line.startsWith("  - "))).hasSize(1);
    }
    // the JSON, explained: the same one reason; the plain JSON has none, as every outcome's
    HuiqiCliTest.Run json = HuiqiCliTest.run(file.toString(), "--as-of", "2023-12-31", "--explain", "--json",
        "--measure", FIRST_LOAN, "--measure", TECH_SME, "--measure", RENOVATION, "--measure", GRANT);
    assertThat(json.status()).as(json.err()).isZero();
    JsonNode reasons = outcomeNode(json.out(), RENOVATION).get("reasons");
    assertThat(reasons).hasSize(1);
    assertThat(reasons.get(0).get("code").asText()).isEqualTo("renovation-loan-one-interest-subsidy");
    assertThat(reasons.get(0).toString()).contains("/firstTimeBorrower");
    HuiqiCliTest.Run plain = HuiqiCliTest.run(file.toString(), "--as-of", "2023-12-31", "--json", "--measure",
        FIRST_LOAN, "--measure", TECH_SME, "--measure", RENOVATION, "--measure", GRANT);
    assertThat(plain.status()).as(plain.err()).isZero();
    JsonNode plainReasons = outcomeNode(plain.out(), RENOVATION).get("reasons");
    assertThat(plainReasons == null || plainReasons.isEmpty()).as(plain.out()).isTrue();
  }

  /** The {@code --explain} table's section of one measure, on 2023-06-30, of the first-loan and tech-SME run. */
  private static String explainedSection(Path file, String lang, String title) {
    return explainedSection(file, "2023-06-30", lang, title, FIRST_LOAN, TECH_SME);
  }

  /** The {@code --explain} table's section of one measure, from its "== title" line to the next section. */
  private static String explainedSection(Path file, String asOf, String lang, String title, String... measures) {
    List<String> args = new ArrayList<>(List.of(file.toString(), "--as-of", asOf, "--lang", lang, "--explain"));
    for (String measure : measures) {
      args.add("--measure");
      args.add(measure);
    }
    HuiqiCliTest.Run text = HuiqiCliTest.run(args.toArray(String[]::new));
    assertThat(text.status()).as(text.err()).isZero();
    int start = text.out().indexOf("\n== " + title + " (");
    assertThat(start).as(text.out()).isNotNegative();
    int end = text.out().indexOf("\n== ", start + 1);
    return text.out().substring(start, end < 0 ? text.out().length() : end);
  }

  /** The outcome of the measure in the CLI's JSON report. */
  private static JsonNode outcomeNode(String json, String id) {
    for (JsonNode outcome : HuiqiJson.read(json, JsonNode.class).get("outcomes")) {
      if (outcome.get("measure").asText().equals(id)) {
        return outcome;
      }
    }
    throw new AssertionError(id + " not in " + json);
  }

  private static void assertScreened(JsonNode totals, String id, long eligible, long undetermined, String certain,
      String inReach) {
    JsonNode found = null;
    for (JsonNode m : totals.get("measures")) {
      if (m.get("measure").asText().equals(id)) {
        found = m;
      }
    }
    assertThat(found).as(id).isNotNull();
    assertThat(found.get("eligible").asLong()).as(id + " eligible").isEqualTo(eligible);
    assertThat(found.get("undetermined").asLong()).as(id + " undetermined").isEqualTo(undetermined);
    assertThat(found.get("ineligible").asLong()).as(id + " ineligible").isZero();
    assertThat(found.at("/certain/amount").decimalValue()).as(id + " certain").isEqualByComparingTo(certain);
    assertThat(found.at("/inReach/amount").decimalValue()).as(id + " in reach").isEqualByComparingTo(inReach);
  }
}
