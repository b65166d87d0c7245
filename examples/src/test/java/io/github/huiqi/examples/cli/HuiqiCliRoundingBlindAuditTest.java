package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static io.github.huiqi.examples.cli.CliThreePaths.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blind, hand-worked audit of where the rules round, through the command line: profiles whose amounts sit on half
 * a fen at each rule's rounding stage ({@code roundingaudit/*.json}), run on the engine's Java API, its JSON entry
 * point and the command line ({@code --json}, the table in zh-CN and en, {@code --explain}) by {@link CliThreePaths},
 * and screened as a register ({@code screen --json}), whose totals must be the sums of the firms' rounded outcomes.
 * Every figure was worked by hand from the clause and the decisions register (§4.5 item 35: half-up to the fen once,
 * at the stage each rule names); the typed calculators run the same cases in the calculators module's
 * {@code RoundingStagesBlindAuditTest}.
 */
class HuiqiCliRoundingBlindAuditTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String POOL = "sz-gxj-2023-26.risk-compensation-pool";
  private static final String REDUCTION = "sz-gxj-2023-26.guarantee-fee-reduction";
  private static final String DIGITAL = "sh-qfb-2023-1.digital-service-contract-support";
  private static final String INSURANCE = "sh-qfb-2023-1.insurance-late-fee-waiver";
  private static final String VAT = "sh-qfb-2023-1.small-scale-vat";
  /** An amount as the JSON writes it: {"amount": n, "currency": "CNY"}. */
  private static final Pattern AMOUNT = Pattern.compile("\"amount\"\\s*:\\s*([^,}\\s]+)\\s*,\\s*\"currency\"");

  @TempDir
  Path dir;

  private static String resource(String name) throws IOException {
    try (InputStream in = HuiqiCliRoundingBlindAuditTest.class.getResourceAsStream("roundingaudit/" + name
        + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The command line's {@code --json} text: every amount in it is written with two decimals. */
  private String cliJson(String name, String... measures) throws IOException {
    Path file = dir.resolve(name + "-raw.json");
    Files.writeString(file, resource(name), StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of(file.toString(), "--json", "--as-of", "2023-12-31"));
    for (String measure : measures) {
      args.add("--measure");
      args.add(measure);
    }
    HuiqiCliTest.Run run = HuiqiCliTest.run(args.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isZero();
    Matcher amounts = AMOUNT.matcher(run.out());
    int n = 0;
    while (amounts.find()) {
      assertThat(amounts.group(1)).as("an amount at the fen").matches("-?[0-9]+\\.[0-9]{2}");
      n++;
    }
    assertThat(n).isPositive();
    return run.out();
  }

  @Test
  void test_shenzhen_eachLoanEachClaimRounded_theFeeSavedADifference() throws IOException {
    // 第5条 first loan: L1..L3 each 1,000,001 × 2% × 90 ÷ 360 = 5,000.005 → 5,000.01 (half-up per loan, §4.5
    // item 35); 15,000.03 (not 15,000.02, the sum rounded once)
    // 第5条 pool: P1..P3 each 1,000,000.05 × 30% (granted 2022-08-01, outside both uplift windows) = 300,000.015 →
    // 300,000.02; 900,000.06, paid to the lender (§2.1), so not in the firm's total
    // 第6条: G1 1,000,001 for 12 whole months: the standard 1.25% 12,500.0125 → 12,500.01, the reduced 0.75%
    // 7,500.0075 → 7,500.01; saved 5,000.00 (§2.8; not 5,000.005 → 5,000.01)
    CliThreePaths.Result r = CliThreePaths.run(dir, "roundingaudit", "rd-1-shenzhen-half-fen", "2023-12-31",
        FIRST_LOAN, POOL, REDUCTION);
    assertOutcome(r.outcome(FIRST_LOAN), Verdict.ELIGIBLE, "15000.03", "15000.03");
    assertOutcome(r.outcome(POOL), Verdict.ELIGIBLE, "900000.06", "900000.06");
    assertOutcome(r.outcome(REDUCTION), Verdict.ELIGIBLE, "5000.00", "5000.00");
    assertThat(r.outcome(POOL).countedInTotal()).isFalse();
    // in reach: 15,000.03 + 5,000.00 = 20,000.03
    assertThat(yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("20000.03");
    assertThat(yuan(r.report().totals().inReach().maximum().orElseThrow())).isEqualByComparingTo("20000.03");
    assertThat(cliJson("rd-1-shenzhen-half-fen", FIRST_LOAN, POOL, REDUCTION))
        .contains("\"amount\" : 15000.03", "\"amount\" : 900000.06", "\"amount\" : 5000.00");
    assertThat(CliThreePaths.table(dir, "roundingaudit", "rd-1-shenzhen-half-fen", "2023-12-31", "en", FIRST_LOAN,
        POOL, REDUCTION)).contains("  15,000.03  ", "  900,000.06 *", "  5,000.00  ", "Total in reach: 20,000.03 CNY");
    assertThat(CliThreePaths.table(dir, "roundingaudit", "rd-1-shenzhen-half-fen", "2023-12-31", "zh", FIRST_LOAN,
        POOL, REDUCTION)).contains("合计可享：20,000.03");
  }

  @Test
  void test_shanghai_eachContractEachDeferralRounded_theVatOnRoundedSales() throws IOException {
    // 第八条: C-1 and C-2 each 30% × 1,000,000.05 = 300,000.015 → 300,000.02: 0.00 – 600,000.04 ("不超过")
    // 第二十条: S-1 and S-2 each 10,010.00 × 0.05% × 1 day = 5.005 → 5.01: 10.02
    // 第二十二条: 2023-06 202,000.50 VAT-inclusive ÷ 1.01 = 200,000.4950… → 200,000.50; 1% = 2,000.005 → 2,000.01;
    // the standard ÷ 1.03 = 196,116.9902… → 196,116.99 × 3% = 5,883.5097 → 5,883.51; saved 3,883.50; the other
    // months have no sales and save nothing
    CliThreePaths.Result r = CliThreePaths.run(dir, "roundingaudit", "rd-2-shanghai-half-fen", "2023-12-31",
        DIGITAL, INSURANCE, VAT);
    assertOutcome(r.outcome(DIGITAL), Verdict.ELIGIBLE, "0.00", "600000.04");
    assertOutcome(r.outcome(INSURANCE), Verdict.ELIGIBLE, "10.02", "10.02");
    assertOutcome(r.outcome(VAT), Verdict.ELIGIBLE, "3883.50", "3883.50");
    // in reach: 10.02 + 3,883.50 = 3,893.52, up to 3,893.52 + 600,000.04 = 603,893.56 (sums of rounded outcomes)
    assertThat(yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("3893.52");
    assertThat(yuan(r.report().totals().inReach().maximum().orElseThrow())).isEqualByComparingTo("603893.56");
    assertThat(cliJson("rd-2-shanghai-half-fen", DIGITAL, INSURANCE, VAT))
        .contains("\"amount\" : 600000.04", "\"amount\" : 10.02", "\"amount\" : 3883.50");
    assertThat(CliThreePaths.table(dir, "roundingaudit", "rd-2-shanghai-half-fen", "2023-12-31", "en", DIGITAL,
        INSURANCE, VAT)).contains("  0.00 – 600,000.04  ", "  10.02  ", "  3,883.50  ",
        "Total in reach: 3,893.52 – 603,893.56 CNY");
  }

  @Test
  void test_screen_totalsAreSumsOfTheFirmsRoundedOutcomes() throws IOException {
    // two copies of the Shenzhen firm and one of the Shanghai firm, one profile a line: per measure, the firms'
    // rounded outcomes added: first loan 2 × 15,000.03 = 30,000.06; pool 2 × 900,000.06 = 1,800,000.12; fee saved
    // 2 × 5,000.00 = 10,000.00; the 第八条 support 0.00 certain, 600,000.04 in reach; the insurance 10.02
    String sz = HuiqiJson.read(resource("rd-1-shenzhen-half-fen"), JsonNode.class).toString();
    String sh = HuiqiJson.read(resource("rd-2-shanghai-half-fen"), JsonNode.class).toString();
    Path register = dir.resolve("register.ndjson");
    Files.writeString(register, sz + "\n" + sz + "\n" + sh + "\n", StandardCharsets.UTF_8);
    HuiqiCliTest.Run run = HuiqiCliTest.run("screen", register.toString(), "--as-of", "2023-12-31", "--json",
        "--measure", FIRST_LOAN, "--measure", POOL, "--measure", REDUCTION, "--measure", DIGITAL, "--measure",
        INSURANCE);
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode totals = HuiqiJson.read(run.out(), JsonNode.class);
    assertScreened(totals, FIRST_LOAN, "30000.06", "30000.06");
    assertScreened(totals, POOL, "1800000.12", "1800000.12");
    assertScreened(totals, REDUCTION, "10000.00", "10000.00");
    assertScreened(totals, DIGITAL, "0.00", "600000.04");
    assertScreened(totals, INSURANCE, "10.02", "10.02");
    Matcher amounts = AMOUNT.matcher(run.out());
    while (amounts.find()) {
      assertThat(amounts.group(1)).as("an amount at the fen").matches("-?[0-9]+\\.[0-9]{2}");
    }
  }

  private static void assertScreened(JsonNode totals, String id, String certain, String inReach) {
    for (JsonNode m : totals.get("measures")) {
      if (m.get("measure").asText().equals(id)) {
        assertThat(m.at("/certain/amount").decimalValue()).as(id + " certain").isEqualByComparingTo(certain);
        assertThat(m.at("/inReach/amount").decimalValue()).as(id + " in reach").isEqualByComparingTo(inReach);
        return;
      }
    }
    throw new AssertionError("no measure " + id);
  }

  @Test
  void test_anAmountBelowTheFen_isOneClearLine_andANonZeroExit() throws IOException {
    // a principal of 1,000,000.005 is no amount to the fen: refused naming the field, never rounded
    String text = resource("rd-1-shenzhen-half-fen").replaceFirst("\"amount\": 1000001,", "\"amount\": 1000000.005,");
    Path file = dir.resolve("below-fen.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    HuiqiCliTest.Run run = HuiqiCliTest.run(file.toString(), "--as-of", "2023-12-31", "--lang", "en");
    assertThat(run.status()).isNotZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("/loans/0/principal", "1000000.005");
  }

  @Test
  void test_tableMoney_writesEveryDigit_neverRoundsHalfEven() {
    // the table's amounts: two decimals with thousands separators; the library's amounts are all at the fen
    // (AmountScaleTest), and a finer one is written in full rather than rounded by DecimalFormat's default HALF_EVEN
    // (2,000.005 would have printed 2,000.00, a fen below the half-up 2,000.01)
    assertThat(Labels.money(Cny.of("2000.01"))).isEqualTo("2,000.01");
    assertThat(Labels.money(Cny.of("0"))).isEqualTo("0.00");
    assertThat(Labels.money(Cny.of("1234567.5"))).isEqualTo("1,234,567.50");
    assertThat(Labels.money(Cny.of("2000.005"))).isEqualTo("2,000.005");
  }
}
