package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's options on the command line: {@code --unsettled-stacking} (decisions register §4.4 item 25) and
 * {@code --interest-precedence} (§4.1 item 10), in the table, in {@code --json} and in {@code --explain}; bad
 * values; the rule against a request file's own {@code options} (the command line wins, as {@code --as-of} over its
 * {@code asOf}, the file's field still checked); and the replay of a report made with them.
 * <p>
 * The firm is that of {@code stackingaudit/firm-joint-limit.json}, a first-time borrower (深工信〔2023〕26号 第5条),
 * evaluated on 2023-12-31 for the first-loan subsidy (第5条), the tech-SME subsidy (第13条) and the small/micro
 * guarantee-fee subsidy (2021 reply letter 二). Worked by hand:
 * <ul>
 *   <li>L1, 1,000,000 drawn 2023-02-01, qualifies for both municipal interest subsidies. 第5条: 2% × 181 days
 *       (2023-02-01 → 2023-08-01, at most 6 months: 28 + 31 + 30 + 31 + 30 + 31) ÷ 360 × 1,000,000 = 10,055.555…
 *       → 10,055.56 (within the 200,000 per enterprise). 第13条: 80% × the 10,000 of interest paid on it = 8,000.00.
 *       One subsidy per loan (2022 首贷 rules; register §4.1 item 10): under FIRST_CLAIMED with no claim recorded
 *       the larger, and under LARGER the larger: 第5条 either way, 第13条 nothing on L1. With L1 recording 第13条 as
 *       claimed first ({@code interestSubsidyClaimedFirst}, register §4.6 item 72), FIRST_CLAIMED keeps it there
 *       (8,000.00 on L1, 第5条 0.00) and LARGER still takes the larger.
 *   <li>第13条's 贴保: 50% × the 15,000 of guarantee fee paid = 7,500.00 (2020 办法 第十四条（三）); its outcome
 *       is 0 + 7,500.00 = 7,500.00.
 *   <li>The 2021 reply letter 二: L2 drawn 2022, fee 1.5% ≤ 50% × 4%: 30% × 15,000 = 4,500.00.
 *   <li>第13条's 贴保 and the small/micro subsidy both subsidise the fee, and no source says whether they stack
 *       (register §4.4 item 25). COUNT_BOTH, the default: 10,055.56 + 7,500.00 + 4,500.00 = 22,055.56 in reach.
 *       COUNT_HIGHER: only the higher of the pair counts, 7,500.00 > 4,500.00, so the small/micro subsidy is set
 *       aside: 10,055.56 + 7,500.00 = 17,555.56.
 * </ul>
 */
class HuiqiCliEngineOptionsTest {

  static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String FEE_SUBSIDY = "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy";
  static final String AS_OF = "2023-12-31";

  @TempDir
  Path dir;

  private Path profile;

  @BeforeEach
  void writeTheFirm() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("stackingaudit/firm-joint-limit.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ObjectNode firm = (ObjectNode) HuiqiJson.read(text, JsonNode.class);
    firm.put("firstTimeBorrower", true);
    profile = write("firm.json", HuiqiJson.write(firm));
  }

  /** Writes a file as it is (a saved report may hold single quotes, which {@link CliAuditFiles#write} turns). */
  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** The command line on the firm's file (or another), on 2023-12-31, for the three measures, then the options. */
  private static HuiqiCliTest.Run evaluate(Path file, String... options) {
    List<String> args = new ArrayList<>(List.of(file.toString(), "--as-of", AS_OF, "--measure", FIRST_LOAN,
        "--measure", TECH_SME, "--measure", FEE_SUBSIDY));
    args.addAll(List.of(options));
    return HuiqiCliTest.run(args.toArray(String[]::new));
  }

  /** A request file holding the firm, the three measures and, when not null, the given options. */
  private Path request(String name, String optionsJson) throws IOException {
    ObjectNode request = HuiqiJson.read("{}", ObjectNode.class);
    request.set("profile", HuiqiJson.read(Files.readString(profile), JsonNode.class));
    request.put("asOf", AS_OF);
    request.putArray("measures").add(FIRST_LOAN).add(TECH_SME).add(FEE_SUBSIDY);
    if (optionsJson != null) {
      request.set("options", HuiqiJson.read(optionsJson, JsonNode.class));
    }
    return write(name, HuiqiJson.write(request));
  }

  private static JsonNode json(HuiqiCliTest.Run run) {
    assertThat(run.status()).as(run.err()).isZero();
    return HuiqiJson.read(run.out(), JsonNode.class);
  }

  private static BigDecimal amount(JsonNode money) {
    return new BigDecimal(money.get("amount").asText());
  }

  /** The row of a measure in the table: the line starting with its title. */
  private static String row(HuiqiCliTest.Run run, String title) {
    return run.out().lines().filter(line -> line.startsWith(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + title + " in\n" + run.out()));
  }

  @Test
  void test_unsettledStacking_countHigher_table() {
    HuiqiCliTest.Run both = evaluate(profile, "--lang", "en");
    assertThat(both.status()).as(both.err()).isZero();
    // COUNT_BOTH, the default: 10,055.56 + 7,500.00 + 4,500.00 = 22,055.56; no options line
    assertThat(both.out()).contains("Total in reach: 22,055.56 CNY").doesNotContain("Options not the defaults");
    assertThat(row(both, "Guarantee-fee subsidy for small and micro")).contains("  4,500.00  ");
    HuiqiCliTest.Run higher = evaluate(profile, "--lang", "en", "--unsettled-stacking", "count_higher");
    assertThat(higher.status()).as(higher.err()).isZero();
    // COUNT_HIGHER: 7,500.00 > 4,500.00, the small/micro subsidy set aside (its row starred): 17,555.56
    assertThat(row(higher, "First-loan interest subsidy")).contains("  10,055.56  ");
    assertThat(row(higher, "Tech-SME loan interest subsidy")).contains("  7,500.00  ");
    assertThat(row(higher, "Guarantee-fee subsidy for small and micro")).contains("  4,500.00 *  ");
    assertThat(higher.out()).contains("Total in reach: 17,555.56 CNY")
        .contains("Options not the defaults:\n  unsettledStacking COUNT_HIGHER (of two measures no source says stack,"
            + " only the higher counts; decisions register §4.4 item 25)\n")
        .doesNotContain("interestSubsidyPrecedence");
    HuiqiCliTest.Run zh = evaluate(profile, "--unsettled-stacking", "COUNT_HIGHER");
    assertThat(zh.out()).contains("合计可享：17,555.56 元", "非默认选项：\n  unsettledStacking COUNT_HIGHER"
        + "（未明确能否叠加的两项措施仅计较高一项; decisions register §4.4 item 25）");
  }

  @Test
  void test_unsettledStacking_countHigher_json() {
    JsonNode both = json(evaluate(profile, "--json"));
    assertThat(both.at("/options/unsettledStacking").asText()).isEqualTo("COUNT_BOTH");
    assertThat(amount(both.at("/totals/inReach/minimum"))).isEqualByComparingTo("22055.56");
    JsonNode higher = json(evaluate(profile, "--json", "--unsettled-stacking", "Count_Higher"));
    assertThat(higher.at("/options/unsettledStacking").asText()).isEqualTo("COUNT_HIGHER");
    assertThat(higher.at("/options/interestSubsidyPrecedence").asText()).isEqualTo("FIRST_CLAIMED");
    JsonNode fee = CliAuditFiles.outcome(higher, FEE_SUBSIDY);
    JsonNode tech = CliAuditFiles.outcome(higher, TECH_SME);
    // the amounts stay; only what counts in the total changes: 10,055.56 + 7,500.00 = 17,555.56
    assertThat(amount(fee.at("/amount/minimum"))).isEqualByComparingTo("4500.00");
    assertThat(fee.get("countedInTotal").asBoolean()).isFalse();
    assertThat(amount(tech.at("/amount/minimum"))).isEqualByComparingTo("7500.00");
    assertThat(tech.get("countedInTotal").asBoolean()).isTrue();
    assertThat(amount(CliAuditFiles.outcome(higher, FIRST_LOAN).at("/amount/minimum")))
        .isEqualByComparingTo("10055.56");
    assertThat(amount(higher.at("/totals/inReach/minimum"))).isEqualByComparingTo("17555.56");
    // each outcome of the pair names the option used (register §4.4 item 25)
    assertThat(fee.toString()).contains("only the higher counts");
  }

  @Test
  void test_unsettledStacking_explained_theNotesNameTheChoice() {
    HuiqiCliTest.Run explained = evaluate(profile, "--explain", "--lang", "en", "--unsettled-stacking",
        "COUNT_HIGHER");
    assertThat(explained.status()).as(explained.err()).isZero();
    assertThat(explained.out()).contains("Total in reach: 17,555.56 CNY", "under option COUNT_HIGHER only the "
        + "higher counts", "unsettledStacking COUNT_HIGHER (");
    JsonNode report = json(evaluate(profile, "--explain", "--json", "--unsettled-stacking", "COUNT_HIGHER"));
    assertThat(amount(report.at("/totals/inReach/minimum"))).isEqualByComparingTo("17555.56");
    assertThat(report.has("receipt")).isTrue();
  }

  @Test
  void test_interestPrecedence_larger_sameAmountsTheChoiceNamed() {
    // L1 qualifies for both: 10,055.56 (第5条) > 8,000.00 (第13条). With no claim recorded FIRST_CLAIMED takes the
    // larger too, so here LARGER changes no amount: 10,055.56, 7,500.00, 4,500.00 and 22,055.56 in reach (a loan
    // recording a claim: test_interestPrecedence_decidesALoanClaimedFirst)
    JsonNode larger = json(evaluate(profile, "--json", "--explain", "--interest-precedence", "larger"));
    assertThat(larger.at("/options/interestSubsidyPrecedence").asText()).isEqualTo("LARGER");
    assertThat(larger.at("/options/unsettledStacking").asText()).isEqualTo("COUNT_BOTH");
    assertThat(amount(CliAuditFiles.outcome(larger, FIRST_LOAN).at("/amount/minimum")))
        .isEqualByComparingTo("10055.56");
    assertThat(amount(CliAuditFiles.outcome(larger, TECH_SME).at("/amount/minimum"))).isEqualByComparingTo("7500.00");
    assertThat(amount(larger.at("/totals/inReach/minimum"))).isEqualByComparingTo("22055.56");
    assertThat(CliAuditFiles.outcome(larger, FIRST_LOAN).toString()).contains("(precedence LARGER)");
    HuiqiCliTest.Run table = evaluate(profile, "--lang", "en", "--interest-precedence", "LARGER");
    assertThat(table.out()).contains("Total in reach: 22,055.56 CNY", "Options not the defaults:\n"
        + "  interestSubsidyPrecedence LARGER (a loan qualifying for both municipal interest subsidies takes the "
        + "larger; decisions register §4.1 item 10)\n").doesNotContain("unsettledStacking");
    // the default named explicitly is no option to report
    assertThat(evaluate(profile, "--interest-precedence", "first_claimed", "--unsettled-stacking", "count_both")
        .out()).contains("合计可享：22,055.56 元").doesNotContain("非默认选项");
  }

  @Test
  void test_interestPrecedence_decidesALoanClaimedFirst() throws IOException {
    // L1 records the tech-SME subsidy as claimed first (register §4.6 item 72). FIRST_CLAIMED, the default: the claim
    // stands, 第13条 80% × 10,000 = 8,000.00 on L1 though 第5条 would pay 10,055.56; 第5条 0.00; 第13条's outcome
    // 8,000.00 + 7,500.00 (贴保) = 15,500.00; in reach 0.00 + 15,500.00 + 4,500.00 = 20,000.00. LARGER: the claim
    // is not read, 第5条's 10,055.56 takes L1: 10,055.56 + 7,500.00 + 4,500.00 = 22,055.56
    ObjectNode firm = (ObjectNode) HuiqiJson.read(Files.readString(profile, StandardCharsets.UTF_8), JsonNode.class);
    ((ObjectNode) firm.withArray("loans").get(0)).put("interestSubsidyClaimedFirst", "TECH_SME");
    Path claimed = write("claimed.json", HuiqiJson.write(firm));
    JsonNode first = json(evaluate(claimed, "--json"));
    assertThat(amount(CliAuditFiles.outcome(first, FIRST_LOAN).at("/amount/minimum"))).isEqualByComparingTo("0.00");
    assertThat(amount(CliAuditFiles.outcome(first, TECH_SME).at("/amount/minimum")))
        .isEqualByComparingTo("15500.00");
    assertThat(amount(CliAuditFiles.outcome(first, TECH_SME).at("/amount/maximum")))
        .isEqualByComparingTo("15500.00");
    assertThat(amount(first.at("/totals/inReach/minimum"))).isEqualByComparingTo("20000.00");
    JsonNode larger = json(evaluate(claimed, "--json", "--interest-precedence", "larger"));
    assertThat(amount(CliAuditFiles.outcome(larger, FIRST_LOAN).at("/amount/minimum")))
        .isEqualByComparingTo("10055.56");
    assertThat(amount(CliAuditFiles.outcome(larger, TECH_SME).at("/amount/minimum"))).isEqualByComparingTo("7500.00");
    assertThat(amount(larger.at("/totals/inReach/minimum"))).isEqualByComparingTo("22055.56");
    assertThat(evaluate(claimed, "--lang", "en").out()).contains("Total in reach: 20,000.00 CNY");
    assertThat(evaluate(claimed, "--lang", "en", "--interest-precedence", "LARGER").out())
        .contains("Total in reach: 22,055.56 CNY");
    // a bad claim: one line naming the field, exit 2
    ((ObjectNode) firm.withArray("loans").get(0)).put("interestSubsidyClaimedFirst", "RENOVATION");
    HuiqiCliTest.Run bad = evaluate(write("bad.json", HuiqiJson.write(firm)));
    assertThat(bad.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(bad.err().lines().count()).isEqualTo(1);
    assertThat(bad.err()).contains("/loans/0/interestSubsidyClaimedFirst", "RENOVATION");
  }

  @Test
  void test_badValues_oneLineNamingTheOptionAndTheValue() {
    HuiqiCliTest.Run bad = evaluate(profile, "--unsettled-stacking", "count_highest");
    assertThat(bad.status()).isEqualTo(HuiqiCli.USAGE);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err().lines().findFirst()).contains(
        "huiqi: --unsettled-stacking 'count_highest' must be COUNT_BOTH or COUNT_HIGHER");
    HuiqiCliTest.Run precedence = evaluate(profile, "--interest-precedence", "");
    assertThat(precedence.status()).isEqualTo(HuiqiCli.USAGE);
    assertThat(precedence.err().lines().findFirst()).contains(
        "huiqi: --interest-precedence '' must be FIRST_CLAIMED or LARGER");
    // a dotless ı folds into I in upper case: not an ASCII name, refused
    assertThat(evaluate(profile, "--interest-precedence", "fırst_claımed").err()).contains(
        "--interest-precedence 'fırst_claımed' must be FIRST_CLAIMED or LARGER");
    HuiqiCliTest.Run none = HuiqiCliTest.run(profile.toString(), "--unsettled-stacking");
    assertThat(none.status()).isEqualTo(HuiqiCli.USAGE);
    assertThat(none.err()).startsWith("huiqi: --unsettled-stacking needs a value\n");
  }

  @Test
  void test_requestFilesOptions_theCommandLineWins_theFilesFieldStillChecked() throws IOException {
    // the file asks COUNT_HIGHER and LARGER: without switches, its own (17,555.56)
    Path own = request("own.json", "{\"unsettledStacking\": \"COUNT_HIGHER\", \"interestSubsidyPrecedence\":"
        + " \"LARGER\"}");
    JsonNode asFiled = json(HuiqiCliTest.run(own.toString(), "--json"));
    assertThat(asFiled.at("/options/unsettledStacking").asText()).isEqualTo("COUNT_HIGHER");
    assertThat(amount(asFiled.at("/totals/inReach/minimum"))).isEqualByComparingTo("17555.56");
    // --unsettled-stacking replaces the file's field (22,055.56); the field it does not give stays the file's
    JsonNode replaced = json(HuiqiCliTest.run(own.toString(), "--json", "--unsettled-stacking", "COUNT_BOTH"));
    assertThat(replaced.at("/options/unsettledStacking").asText()).isEqualTo("COUNT_BOTH");
    assertThat(replaced.at("/options/interestSubsidyPrecedence").asText()).isEqualTo("LARGER");
    assertThat(amount(replaced.at("/totals/inReach/minimum"))).isEqualByComparingTo("22055.56");
    // a wrong field of the file is named though the command line replaces it, as a wrong asOf is
    Path wrong = request("wrong.json", "{\"unsettledStacking\": \"SOMETIMES\"}");
    HuiqiCliTest.Run refused = HuiqiCliTest.run(wrong.toString(), "--unsettled-stacking", "COUNT_BOTH");
    assertThat(refused.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(refused.err()).startsWith("huiqi: '" + wrong + "', field /options/unsettledStacking: ")
        .contains("SOMETIMES").hasLineCount(1);
  }

  @Test
  void test_replay_aReportMadeWithTheOptionsMatches() throws IOException {
    // a request file with no options of its own: the replay takes those the report records (COUNT_HIGHER and
    // LARGER), as a profile file's date is taken from the receipt; with the defaults instead, the input and the
    // result (17,555.56, not 22,055.56) would differ
    Path plain = request("plain.json", null);
    HuiqiCliTest.Run saved = HuiqiCliTest.run(plain.toString(), "--explain", "--json", "--unsettled-stacking",
        "count_higher", "--interest-precedence", "larger");
    assertThat(amount(json(saved).at("/totals/inReach/minimum"))).isEqualByComparingTo("17555.56");
    Path report = write("report.json", saved.out());
    HuiqiCliTest.Run replay = HuiqiCliTest.run("replay", plain.toString(), report.toString(), "--lang", "en");
    assertThat(replay.status()).as(replay.out() + replay.err()).isZero();
    assertThat(replay.out()).startsWith("replay matches");
    // a profile file, every measure: the same
    HuiqiCliTest.Run whole = HuiqiCliTest.run(profile.toString(), "--as-of", AS_OF, "--explain", "--json",
        "--unsettled-stacking", "COUNT_HIGHER");
    Path wholeReport = write("whole.json", whole.out());
    assertThat(HuiqiCliTest.run("replay", profile.toString(), wholeReport.toString()).status()).isZero();
  }

  @Test
  void test_replay_aRequestHoldingOtherOptions_doesNotMatchAndSaysWhy() throws IOException {
    // the file's COUNT_HIGHER replaced by COUNT_BOTH when evaluated: replayed against that file, whose options
    // decide, the input differs (its hash), and one line names the option
    Path own = request("own.json", "{\"unsettledStacking\": \"COUNT_HIGHER\"}");
    HuiqiCliTest.Run saved = HuiqiCliTest.run(own.toString(), "--explain", "--json", "--unsettled-stacking",
        "COUNT_BOTH");
    Path report = write("report.json", json(saved).toString());
    HuiqiCliTest.Run replay = HuiqiCliTest.run("replay", own.toString(), report.toString(), "--lang", "en");
    assertThat(replay.status()).isEqualTo(HuiqiCli.MISMATCH);
    assertThat(replay.out()).contains("inputSha256: recorded ", "resultSha256: recorded ");
    assertThat(replay.err()).startsWith("huiqi: '" + own + "' holds options/unsettledStacking COUNT_HIGHER where "
        + "the report records COUNT_BOTH;").hasLineCount(1);
  }

  @Test
  void test_replayAndCatalog_refuseTheOptions() throws IOException {
    Path report = write("report.json", "{}");
    HuiqiCliTest.Run replay = HuiqiCliTest.run("replay", profile.toString(), report.toString(),
        "--unsettled-stacking", "COUNT_HIGHER");
    assertThat(replay.status()).isEqualTo(HuiqiCli.USAGE);
    assertThat(replay.out()).isEmpty();
    assertThat(replay.err()).startsWith("huiqi: replay takes no --unsettled-stacking: it uses the request file's "
        + "options, or else those the saved report records\nusage: huiqi");
    assertThat(HuiqiCliTest.run("replay", profile.toString(), report.toString(), "--interest-precedence", "LARGER")
        .err()).startsWith("huiqi: replay takes no --interest-precedence: ");
    HuiqiCliTest.Run catalog = HuiqiCliTest.run("catalog", "--interest-precedence", "LARGER");
    assertThat(catalog.status()).isEqualTo(HuiqiCli.USAGE);
    assertThat(catalog.err()).startsWith("huiqi: catalog takes only --lang and --json\n");
    assertThat(HuiqiCliTest.run("catalog", "--unsettled-stacking", "COUNT_BOTH").status())
        .isEqualTo(HuiqiCli.USAGE);
  }
}
