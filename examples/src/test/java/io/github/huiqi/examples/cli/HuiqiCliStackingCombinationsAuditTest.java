package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static io.github.huiqi.examples.cli.CliThreePaths.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
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
 * A blind QA audit of stacking across measures through the command line: the three paths of {@link CliThreePaths}
 * (the Java API, the engine's JSON entry point and {@code --json}, the table in zh-CN and en, {@code --explain}), the
 * engine's two options as switches ({@code --unsettled-stacking}, {@code --interest-precedence}) and {@code screen},
 * on profiles of resources {@code stackingcombinations/*.json} evaluated on 2023-12-31. The firm and the figures are
 * those of the calculators module's {@code StackingCombinationsBlindAuditTest}, worked by hand there from 深工信〔2023〕
 * 26号 第5条 (2% × days ÷ 360, six months at most) and 第13条 (80% of 2023 interest; 贴保 50% of the fee), the small/micro
 * guarantee-fee subsidy (30% of the fee), 小升规方案 第十条 (50% of the interest) and the decisions register: one
 * municipal interest subsidy per loan (§4.1 item 10, §4.6 items 43, 49, 50, 72, 95, 96) and the two fee subsidies
 * (§4.4 item 25, §4.6 item 80). L1, 1,000,000 drawn 2023-02-01, is the firm's first loan (第5条 1,000,000 × 2% × 181
 * / 360 = 10,055.56; 第13条 80% × 10,000 = 8,000.00); L2, 2,000,000 under a second contract (第13条 80% × 45,000 =
 * 36,000.00); L3, a 2022 guaranteed loan whose 15,000 of fee gives 30% = 4,500.00 and the 贴保 50% = 7,500.00.
 */
class HuiqiCliStackingCombinationsAuditTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String FEE_SUBSIDY = "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy";
  private static final String RENOVATION = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";
  private static final String FOLDER = "stackingcombinations";
  private static final String AS_OF = "2023-12-31";

  @TempDir
  Path dir;

  /** Runs the command line on a profile written by {@link CliThreePaths#run} with the arguments given. */
  private HuiqiCliTest.Run cli(String name, String... more) {
    List<String> args = new ArrayList<>(List.of(dir.resolve(name + ".json").toString(), "--as-of", AS_OF));
    args.addAll(List.of(more));
    HuiqiCliTest.Run run = HuiqiCliTest.run(args.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isZero();
    return run;
  }

  private static JsonNode outcome(JsonNode report, String measure) {
    return CliAuditFiles.outcome(report, measure);
  }

  @Test
  void test_threeLoans_firstTimeBorrowingNotGiven_defaultsThenCountHigher() throws IOException {
    // L1 open (a first-time borrower takes 第5条's 10,055.56, another firm 第13条's 8,000.00): 第5条 undetermined 0.00
    // – 10,055.56; 第13条 36,000.00 + 7,500.00 = 43,500.00 sure, 51,500.00 with L1; the fee subsidy 4,500.00
    CliThreePaths.Result r = CliThreePaths.run(dir, FOLDER, "three-open", AS_OF, FIRST_LOAN, TECH_SME, FEE_SUBSIDY);
    assertOutcome(r.outcome(FIRST_LOAN), Verdict.UNDETERMINED, "0.00", "10055.56");
    assertOutcome(r.outcome(TECH_SME), Verdict.ELIGIBLE, "43500.00", "51500.00");
    assertOutcome(r.outcome(FEE_SUBSIDY), Verdict.ELIGIBLE, "4500.00", "4500.00");
    // the pair as one amount (no cap able to bind): 0 + 43,500.00 + 8,000.00 = 51,500.00 to max(10,055.56 +
    // 43,500.00, 51,500.00) = 53,555.56; COUNT_BOTH adds 4,500.00: 56,000.00 – 58,055.56
    assertThat(r.report().jointLimits()).hasSize(1);
    JointLimit joint = r.report().jointLimits().get(0);
    assertThat(yuan(joint.minimum())).isEqualByComparingTo("51500.00");
    assertThat(yuan(joint.maximum())).isEqualByComparingTo("53555.56");
    assertThat(yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("56000.00");
    assertThat(yuan(r.report().totals().inReach().maximum().orElseThrow())).isEqualByComparingTo("58055.56");
    // the one question decides 58,055.56 − 56,000.00 = 2,055.56
    assertThat(r.firstQuestion()).isEqualTo("/firstTimeBorrower");
    assertThat(yuan(r.report().nextQuestions().get(0).amountDecided())).isEqualByComparingTo("2055.56");
    // --unsettled-stacking COUNT_HIGHER: 51,500.00 > 4,500.00 (whole outcomes by their maxima, register §4.6 item
    // 80), the fee subsidy set aside with its amount, the pair's limit kept: 51,500.00 – 53,555.56
    JsonNode higher = HuiqiJson.read(cli("three-open", "--json", "--unsettled-stacking", "COUNT_HIGHER", "--measure",
        FIRST_LOAN, "--measure", TECH_SME, "--measure", FEE_SUBSIDY).out(), JsonNode.class);
    assertThat(outcome(higher, FEE_SUBSIDY).at("/countedInTotal").asBoolean()).isFalse();
    assertThat(outcome(higher, FEE_SUBSIDY).at("/amount/minimum/amount").decimalValue())
        .isEqualByComparingTo("4500.00");
    assertThat(outcome(higher, TECH_SME).at("/countedInTotal").asBoolean()).isTrue();
    assertThat(higher.at("/jointLimits")).hasSize(1);
    assertThat(higher.at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo("51500.00");
    assertThat(higher.at("/totals/inReach/maximum/amount").decimalValue()).isEqualByComparingTo("53555.56");
    // the table, in English, names the option and totals the same
    String en = cli("three-open", "--lang", "en", "--unsettled-stacking", "COUNT_HIGHER", "--measure", FIRST_LOAN,
        "--measure", TECH_SME, "--measure", FEE_SUBSIDY).out();
    assertThat(en).contains("COUNT_HIGHER").contains("51,500.00").contains("53,555.56");
    // screened as a register of one firm, COUNT_HIGHER: the fee subsidy's firm counted eligible and set aside, its
    // 4,500.00 in no amount; 第5条 undetermined (certain 0.00, in reach 10,055.56)
    Path register = dir.resolve("register.ndjson");
    Files.writeString(register, HuiqiJson.read(Files.readString(dir.resolve("three-open.json"),
        StandardCharsets.UTF_8), JsonNode.class).toString() + "\n", StandardCharsets.UTF_8);
    HuiqiCliTest.Run screen = HuiqiCliTest.run("screen", register.toString(), "--as-of", AS_OF, "--json",
        "--unsettled-stacking", "COUNT_HIGHER", "--measure", FIRST_LOAN, "--measure", TECH_SME, "--measure",
        FEE_SUBSIDY);
    assertThat(screen.status()).as(screen.err()).isZero();
    JsonNode totals = HuiqiJson.read(screen.out(), JsonNode.class);
    JsonNode fee = screened(totals, FEE_SUBSIDY);
    assertThat(fee.get("eligible").asLong()).isEqualTo(1);
    assertThat(fee.get("setAside").asLong()).isEqualTo(1);
    assertThat(fee.at("/inReach/amount").decimalValue()).isEqualByComparingTo("0.00");
    JsonNode first = screened(totals, FIRST_LOAN);
    assertThat(first.get("undetermined").asLong()).isEqualTo(1);
    assertThat(first.at("/certain/amount").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(first.at("/inReach/amount").decimalValue()).isEqualByComparingTo("10055.56");
  }

  @Test
  void test_techSmeClaimedFirst_precedenceSwitch() throws IOException {
    // L1 records the tech-SME subsidy as claimed first: FIRST_CLAIMED (the default) keeps it there (register §4.6
    // item 72): 第13条 8,000.00 + 36,000.00 = 44,000.00, 第5条 0.00 (eligible, its loan gone)
    CliThreePaths.Result r = CliThreePaths.run(dir, FOLDER, "two-claimed-tech", AS_OF, FIRST_LOAN, TECH_SME);
    assertOutcome(r.outcome(FIRST_LOAN), Verdict.ELIGIBLE, "0.00", "0.00");
    assertOutcome(r.outcome(TECH_SME), Verdict.ELIGIBLE, "44000.00", "44000.00");
    assertThat(yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("44000.00");
    // --interest-precedence LARGER reads no claim: 第5条 10,055.56 on L1, 第13条 36,000.00, 46,055.56 in all
    JsonNode larger = HuiqiJson.read(cli("two-claimed-tech", "--json", "--interest-precedence", "LARGER",
        "--measure", FIRST_LOAN, "--measure", TECH_SME).out(), JsonNode.class);
    assertThat(outcome(larger, FIRST_LOAN).at("/amount/minimum/amount").decimalValue())
        .isEqualByComparingTo("10055.56");
    assertThat(outcome(larger, TECH_SME).at("/amount/maximum/amount").decimalValue())
        .isEqualByComparingTo("36000.00");
    assertThat(larger.at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo("46055.56");
    assertThat(larger.at("/totals/inReach/maximum/amount").decimalValue()).isEqualByComparingTo("46055.56");
    // the zh table names the option
    String zh = cli("two-claimed-tech", "--lang", "zh", "--interest-precedence", "LARGER", "--measure", FIRST_LOAN,
        "--measure", TECH_SME).out();
    assertThat(zh).contains("LARGER").contains("46,055.56");
  }

  @Test
  void test_renovationOpenOnTheOpenedLoan_explained_theReasonListsBothFacts_zhAndEn() throws IOException {
    // L1 alone, the first-time borrowing and R2's acceptance not given; 40,000 of renovation interest on L1 (第十条
    // 20,000.00, the larger whenever R2 is accepted). 第13条 pays 8,000.00 only for a firm not borrowing for the first
    // time whose R2 is not accepted: undetermined 0.00 – 8,000.00, naming both facts (register §4.6 item 95)
    CliThreePaths.Result r = CliThreePaths.run(dir, FOLDER, "renovation-open", AS_OF, FIRST_LOAN, TECH_SME,
        RENOVATION);
    String accepted = "/renovationProjects/0/eligibleProject";
    MeasureOutcome tech = r.outcome(TECH_SME);
    assertOutcome(tech, Verdict.UNDETERMINED, "0.00", "8000.00");
    assertThat(tech.missingFacts()).containsExactly("/firstTimeBorrower", accepted);
    assertOutcome(r.outcome(FIRST_LOAN), Verdict.UNDETERMINED, "0.00", "10055.56");
    assertThat(r.outcome(FIRST_LOAN).missingFacts()).contains("/firstTimeBorrower", accepted);
    assertOutcome(r.outcome(RENOVATION), Verdict.UNDETERMINED, "0.00", "20000.00");
    // no joint limit (a renovation payment names the open loan, register §4.6 item 54): 0.00 – 38,055.56
    assertThat(r.report().jointLimits()).isEmpty();
    assertThat(yuan(r.report().totals().inReach().maximum().orElseThrow())).isEqualByComparingTo("38055.56");
    // explained: 第13条's one reason, the first rule's, lists both facts: in English with ", ", in Chinese with 、
    String en = cli("renovation-open", "--lang", "en", "--explain", "--measure", FIRST_LOAN, "--measure", TECH_SME,
        "--measure", RENOVATION).out();
    assertThat(section(en, tech.title().in(Locale.ENGLISH))).contains("\n  undetermined, conditions not yet known:\n"
        + "  - one municipal interest subsidy per loan: which subsidy a loan takes is still open, and this one may "
        + "then pay nothing; it waits on facts not given: /firstTimeBorrower, " + accepted + " [");
    String zh = cli("renovation-open", "--lang", "zh", "--explain", "--measure", FIRST_LOAN, "--measure", TECH_SME,
        "--measure", RENOVATION).out();
    assertThat(section(zh, tech.title().in(Locale.SIMPLIFIED_CHINESE))).contains("\n  待定，尚未确定的条件：\n"
        + "  - 同一笔贷款只能享受一次市级贴息：贷款适用哪项贴息尚未确定，本项可能无资助，取决于未提供的信息："
        + "/firstTimeBorrower、" + accepted + " [");
  }

  @Test
  void test_renovationBeatsBothOnTheLoan_decidedWhateverTheBorrowing() throws IOException {
    // the same firm with R2 accepted: 第十条 50% × 40,000 = 20,000.00 on L1, above the most the pair can pay on it
    // (10,055.56 for a first-time borrower, 8,000.00 for another firm; 18,055.56 by the two outcomes' mosts), so L1
    // takes the renovation subsidy whichever way the borrowing falls (register §4.6 items 43 and 96); 第5条 is left
    // with no loan, ineligible, 第13条 with no interest, eligible at 0.00
    CliThreePaths.Result r = CliThreePaths.run(dir, FOLDER, "renovation-decided", AS_OF, FIRST_LOAN, TECH_SME,
        RENOVATION);
    assertOutcome(r.outcome(RENOVATION), Verdict.ELIGIBLE, "20000.00", "20000.00");
    assertThat(r.outcome(RENOVATION).missingFacts()).isEmpty();
    assertOutcome(r.outcome(FIRST_LOAN), Verdict.INELIGIBLE, "0.00", "0.00");
    assertOutcome(r.outcome(TECH_SME), Verdict.ELIGIBLE, "0.00", "0.00");
    // before 2026-12-06: 0.00 – 38,055.56, /firstTimeBorrower asked; now 20,000.00 and nothing to ask
    JsonNode json = HuiqiJson.read(cli("renovation-decided", "--json", "--measure", FIRST_LOAN, "--measure",
        TECH_SME, "--measure", RENOVATION).out(), JsonNode.class);
    assertThat(json.at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo("20000.00");
    assertThat(json.at("/totals/inReach/maximum/amount").decimalValue()).isEqualByComparingTo("20000.00");
    assertThat(json.at("/nextQuestions")).isEmpty();
    String en = cli("renovation-decided", "--lang", "en", "--explain", "--measure", FIRST_LOAN, "--measure",
        TECH_SME, "--measure", RENOVATION).out();
    assertThat(en).contains("loan L1 takes the renovation interest subsidy: whatever the facts not given, it pays at "
        + "least 20000.00 CNY on it");
  }

  /** The {@code --explain} text's section of one measure, from its "== title" line to the next section. */
  private static String section(String text, String title) {
    int start = text.indexOf("\n== " + title + " (");
    assertThat(start).as(text).isNotNegative();
    int end = text.indexOf("\n== ", start + 1);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  private static JsonNode screened(JsonNode totals, String id) {
    for (JsonNode m : totals.get("measures")) {
      if (m.get("measure").asText().equals(id)) {
        return m;
      }
    }
    throw new AssertionError(id + " not screened");
  }
}
