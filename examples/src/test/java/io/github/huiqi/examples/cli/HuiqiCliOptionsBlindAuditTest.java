package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blind audit of the engine's options on the command line ({@code --interest-precedence}, register §4.1 item 10 and
 * §4.6 item 72; {@code --unsettled-stacking}, §4.4 item 25 and §4.6 item 80) at a tie: the table in en and zh,
 * {@code --json}, a request file's own options against the flag, and {@code screen}.
 * <p>
 * The firm of {@code stackingaudit/firm-joint-limit.json}, a first-time borrower, with L1 recording the tech-SME
 * subsidy as claimed first, I1's interest 12,569.45 and G1's guarantee fee 8,000, evaluated on 2023-12-31, worked by
 * hand (as {@code EngineOptionsBlindAuditTest} in the calculators): 第5条 on L1: 1,000,000 × 2% × 181 ÷ 360 =
 * 10,055.56; 第13条 on L1: 80% × 12,569.45 = 10,055.56, a tie; 第13条's 贴保 50% × 8,000 = 4,000.00; the small/micro
 * fee subsidy 30% × 15,000 = 4,500.00.
 * <ul>
 *   <li>FIRST_CLAIMED, COUNT_BOTH (the defaults): 第5条 0.00, 第13条 14,055.56, fee 4,500.00: 18,555.56.
 *   <li>LARGER (the first-loan subsidy on a tie), COUNT_HIGHER: 第5条 10,055.56, 第13条 4,000.00 < 4,500.00, set
 *       aside: 10,055.56 + 4,500.00 = 14,555.56.
 * </ul>
 */
class HuiqiCliOptionsBlindAuditTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String FEE_SUBSIDY = "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy";

  @TempDir
  Path dir;

  private Path profile;
  private String profileJson;

  @BeforeEach
  void writeTheFirm() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("stackingaudit/firm-joint-limit.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String edited = text.replace("\"guaranteed\": false}", "\"guaranteed\": false,"
            + " \"interestSubsidyClaimedFirst\": \"TECH_SME\"}")
        .replace("\"interestPaid\": {\"amount\": 10000,", "\"interestPaid\": {\"amount\": 12569.45,")
        .replace("\"amountPaid\": {\"amount\": 15000,", "\"amountPaid\": {\"amount\": 8000,")
        .replace("{\"registrationRegionCode\"", "{\"firstTimeBorrower\": true, \"registrationRegionCode\"");
    assertThat(edited).contains("TECH_SME", "12569.45", "8000,", "\"firstTimeBorrower\": true");
    profileJson = HuiqiJson.read(edited, JsonNode.class).toString();
    profile = Files.writeString(dir.resolve("firm.json"), profileJson, StandardCharsets.UTF_8);
  }

  private static HuiqiCliTest.Run run(List<String> head, String... options) {
    List<String> args = new ArrayList<>(head);
    args.addAll(List.of("--as-of", "2023-12-31", "--measure", FIRST_LOAN, "--measure", TECH_SME, "--measure",
        FEE_SUBSIDY));
    args.addAll(List.of(options));
    HuiqiCliTest.Run run = HuiqiCliTest.run(args.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isZero();
    return run;
  }

  private static String row(HuiqiCliTest.Run run, String title) {
    return run.out().lines().filter(line -> line.startsWith(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + title + " in\n" + run.out()));
  }

  private static JsonNode outcome(JsonNode report, String id) {
    for (JsonNode outcome : report.at("/outcomes")) {
      if (outcome.at("/measure").asText().equals(id)) {
        return outcome;
      }
    }
    throw new AssertionError("no outcome " + id);
  }

  @Test
  void theTable_inEnAndZh() {
    HuiqiCliTest.Run defaults = run(List.of(profile.toString()), "--lang", "en");
    // FIRST_CLAIMED keeps L1 with the claimed 第13条 on the tie: 0.00, 14,055.56, 4,500.00; 18,555.56
    assertThat(row(defaults, "First-loan interest subsidy")).contains("  0.00  ");
    assertThat(row(defaults, "Tech-SME loan interest subsidy")).contains("  14,055.56  ");
    assertThat(row(defaults, "Guarantee-fee subsidy for small and micro")).contains("  4,500.00  ")
        .doesNotContain("*");
    assertThat(defaults.out()).contains("Total in reach: 18,555.56 CNY").doesNotContain("Options not the defaults");
    HuiqiCliTest.Run chosen = run(List.of(profile.toString()), "--lang", "en", "--interest-precedence", "larger",
        "--unsettled-stacking", "COUNT_HIGHER");
    // LARGER, the first-loan subsidy on the tie: 10,055.56; the tech-SME outcome 4,000.00 < 4,500.00, set aside
    assertThat(row(chosen, "First-loan interest subsidy")).contains("  10,055.56  ");
    assertThat(row(chosen, "Tech-SME loan interest subsidy")).contains("  4,000.00 *  ");
    assertThat(row(chosen, "Guarantee-fee subsidy for small and micro")).contains("  4,500.00  ")
        .doesNotContain("*");
    assertThat(chosen.out()).contains("Total in reach: 14,555.56 CNY", "unsettledStacking COUNT_HIGHER",
        "interestSubsidyPrecedence LARGER");
    HuiqiCliTest.Run zh = run(List.of(profile.toString()), "--interest-precedence", "LARGER",
        "--unsettled-stacking", "count_higher");
    assertThat(row(zh, "首贷户贷款贴息")).contains("10,055.56");
    assertThat(zh.out()).contains("合计可享：14,555.56 元", "非默认选项：");
  }

  @Test
  void json_andARequestFileWhoseOptionsTheFlagReplaces() throws IOException {
    JsonNode chosen = HuiqiJson.read(run(List.of(profile.toString()), "--json", "--interest-precedence", "LARGER",
        "--unsettled-stacking", "COUNT_HIGHER").out(), JsonNode.class);
    assertThat(outcome(chosen, FIRST_LOAN).at("/amount/minimum/amount").decimalValue())
        .isEqualByComparingTo("10055.56");
    assertThat(outcome(chosen, TECH_SME).at("/amount/maximum/amount").decimalValue())
        .isEqualByComparingTo("4000.00");
    assertThat(outcome(chosen, TECH_SME).at("/countedInTotal").asBoolean()).isFalse();
    assertThat(outcome(chosen, FEE_SUBSIDY).at("/countedInTotal").asBoolean()).isTrue();
    assertThat(chosen.at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo("14555.56");
    assertThat(chosen.at("/totals/inReach/maximum/amount").decimalValue()).isEqualByComparingTo("14555.56");
    // a request file with its own options, LARGER and COUNT_HIGHER: the same 14,555.56
    Path request = Files.writeString(dir.resolve("request.json"), "{\"profile\": " + profileJson
        + ", \"asOf\": \"2023-12-31\", \"options\": {\"interestSubsidyPrecedence\": \"LARGER\","
        + " \"unsettledStacking\": \"COUNT_HIGHER\"}}", StandardCharsets.UTF_8);
    JsonNode fromFile = HuiqiJson.read(run(List.of(request.toString()), "--json").out(), JsonNode.class);
    assertThat(fromFile.at("/options/interestSubsidyPrecedence").asText()).isEqualTo("LARGER");
    assertThat(fromFile.at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo("14555.56");
    // the flags replace the file's options (the usage: "each replaces the request file's own"): back to FIRST_CLAIMED
    // and COUNT_BOTH, 18,555.56
    JsonNode replaced = HuiqiJson.read(run(List.of(request.toString()), "--json", "--interest-precedence",
        "FIRST_CLAIMED", "--unsettled-stacking", "COUNT_BOTH").out(), JsonNode.class);
    assertThat(replaced.at("/options/interestSubsidyPrecedence").asText()).isEqualTo("FIRST_CLAIMED");
    assertThat(replaced.at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo("18555.56");
    // the file's bad option is still checked, even when a flag replaces it: one line naming it, exit 2
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"profile\": " + profileJson
        + ", \"asOf\": \"2023-12-31\", \"options\": {\"interestSubsidyPrecedence\": \"BIGGER\"}}",
        StandardCharsets.UTF_8);
    HuiqiCliTest.Run refused = HuiqiCliTest.run(bad.toString(), "--interest-precedence", "LARGER");
    assertThat(refused.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(refused.err().lines().count()).isEqualTo(1);
    assertThat(refused.err()).contains("/options/interestSubsidyPrecedence", "BIGGER").doesNotContain("Jackson");
  }

  @Test
  void screen_aRegisterOfOneFirm() throws IOException {
    Path register = Files.writeString(dir.resolve("register.ndjson"), profileJson + "\n", StandardCharsets.UTF_8);
    HuiqiCliTest.Run screen = run(List.of("screen", register.toString()), "--json", "--interest-precedence",
        "LARGER", "--unsettled-stacking", "COUNT_HIGHER");
    JsonNode totals = HuiqiJson.read(screen.out(), JsonNode.class);
    for (JsonNode m : totals.get("measures")) {
      String id = m.get("measure").asText();
      if (id.equals(TECH_SME)) {
        // eligible and set aside: its 4,000.00 in no amount
        assertThat(m.get("setAside").asLong()).isEqualTo(1);
        assertThat(m.at("/inReach/amount").decimalValue()).isEqualByComparingTo("0.00");
      } else if (id.equals(FIRST_LOAN)) {
        assertThat(m.at("/certain/amount").decimalValue()).isEqualByComparingTo("10055.56");
      } else if (id.equals(FEE_SUBSIDY)) {
        assertThat(m.at("/certain/amount").decimalValue()).isEqualByComparingTo("4500.00");
      }
    }
  }
}
