package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --interest-precedence larger} on a firm whose tech-SME claim reaches its enrolment only with the loan the
 * first-loan subsidy would take (decisions register §4.6 item 100), on the command line: the table in zh-CN and en,
 * and {@code --json}.
 * <p>
 * The firm (that of the calculators' StackingLargerEnrolmentTest): a small 深圳 maker, a first-time borrower
 * (深工信〔2023〕26号 第5条), enrolled as a 科技型中小企业 from 2023-06-01, nothing received from the programme;
 * evaluated on 2023-12-31 for 第5条 and 第13条. L1: 2,000,000 drawn 2023-02-01 at 4%, the first drawdown of its first
 * contract; L2: 1,000,000 drawn 2023-01-03, not; I1 on L1 20,444.44 accrued 2023-05-01 → 2023-08-01; I2 on L2 12,500.00
 * accrued 2023-01-03 → 2023-04-03, paid 2023-04-05. Worked by hand:
 * <ul>
 *   <li>第5条 on L1: 181 days (2023-02-01 → 2023-08-01, 算头不算尾) ÷ 360 × 2% × 2,000,000 = 20,111.11; nothing on L2.
 *   <li>第13条 at 80% (2023 interest, min(70% + 30 pp, 80%)): I1 16,355.55 (16,355.552), I2 10,000.00.
 *   <li>One municipal interest subsidy per loan (§1.7, §4.1 item 10). L1 to 第5条: the claim kept, I2, ends
 *       2023-04-05, before the enrolment (card 000-13, item 100): 20,111.11 + 0.00 = 20,111.11 in all. L1 to 第13条:
 *       its claim I1 + I2 runs to 2023-08-01 and reaches it: 16,355.55 + 10,000.00 = 26,355.55 in all. LARGER gives
 *       the firm the larger: 第5条 0.00 (eligible, item 10), 第13条 26,355.55, 26,355.55 in reach. FIRST_CLAIMED, the
 *       default, with no claim recorded: the larger decides too (item 72), the same; with 第5条 recorded as claimed
 *       first on L1: the claim keeps it, 20,111.11 and 0.00.
 *   <li>L2's {@code subsidisedUnderAnotherMunicipalScheme} not given: subsidised elsewhere, L1 to 第13条 gives only
 *       16,355.55 < 20,111.11, so 第5条 keeps it; not, as above. Under LARGER each outcome covers both ways: 第5条
 *       0.00 – 20,111.11, 第13条 0.00 – 26,355.55, both undetermined, naming the flag. The firm gets one way's sum
 *       (one municipal interest subsidy per loan), 20,111.11 or 26,355.55, so the pair's joint limit is 20,111.11 –
 *       26,355.55 and so is the total in reach (item 100); the flag decides 26,355.55 − 20,111.11 = 6,244.44. Before
 *       2026-12-06 the two maxima were added, 0.00 – 46,466.66, L1 counted in both.
 * </ul>
 */
class HuiqiCliStackingLargerEnrolmentTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String FLAG = "\"subsidisedUnderAnotherMunicipalScheme\": false";

  @TempDir
  Path dir;

  private static String loan(String id, String principal, String drawn, String matures, String rate,
      boolean firstDrawdown) {
    return "{\"loanId\": \"" + id + "\", \"principal\": {\"amount\": " + principal + ", \"currency\": \"CNY\"}, "
        + "\"drawdownDate\": \"" + drawn + "\", \"maturityDate\": \"" + matures + "\", \"annualInterestRate\": \""
        + rate + "\", \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": " + firstDrawdown
        + ", \"forProductionOrOperation\": true, " + FLAG + "}";
  }

  private static String interest(String id, String loan, String from, String to, String paid, String amount) {
    return "{\"paymentId\": \"" + id + "\", \"loanId\": \"" + loan + "\", \"accrualStart\": \"" + from
        + "\", \"accrualEnd\": \"" + to + "\", \"paymentDate\": \"" + paid + "\", \"interestPaid\": {\"amount\": "
        + amount + ", \"currency\": \"CNY\"}}";
  }

  /** Writes the firm's profile; {@code l2FlagGiven} false leaves L2's subsidisedUnderAnotherMunicipalScheme out. */
  private Path firm(boolean l2FlagGiven) throws IOException {
    String l2 = loan("L2", "1000000", "2023-01-03", "2023-06-04", "5%", false);
    String json = "{\"registrationRegionCode\": \"440305\", \"legalForm\": \"ENTERPRISE\", "
        + "\"independentLegalPerson\": true, \"industryCode\": \"C3484\", \"size\": \"SMALL\", "
        + "\"onSeriousDishonestyList\": false, \"firstTimeBorrower\": true, "
        + "\"techSme\": {\"held\": true, \"since\": \"2023-06-01\"}, "
        + "\"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"}, \"loans\": ["
        + loan("L1", "2000000", "2023-02-01", "2024-02-01", "4%", true) + ", "
        + (l2FlagGiven ? l2 : l2.replace(", " + FLAG, "")) + "], \"interestPayments\": ["
        + interest("I1", "L1", "2023-05-01", "2023-08-01", "2023-08-01", "20444.44") + ", "
        + interest("I2", "L2", "2023-01-03", "2023-04-03", "2023-04-05", "12500.00") + "], "
        + "\"guaranteeFeePayments\": [], \"insurancePremiumPayments\": [], \"renovationProjects\": [], "
        + "\"hires\": [], \"grantEvents\": []}";
    return Files.writeString(dir.resolve(l2FlagGiven ? "firm.json" : "firm-flag-open.json"), json,
        StandardCharsets.UTF_8);
  }

  private static HuiqiCliTest.Run evaluate(Path file, String... options) {
    List<String> args = new ArrayList<>(List.of(file.toString(), "--as-of", "2023-12-31", "--measure", FIRST_LOAN,
        "--measure", TECH_SME));
    args.addAll(List.of(options));
    HuiqiCliTest.Run run = HuiqiCliTest.run(args.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isZero();
    return run;
  }

  private static JsonNode outcome(JsonNode report, String id) {
    for (JsonNode outcome : report.at("/outcomes")) {
      if (outcome.at("/measure").asText().equals(id)) {
        return outcome;
      }
    }
    throw new AssertionError("no outcome " + id);
  }

  private static BigDecimal amount(JsonNode outcome, String end) {
    return new BigDecimal(outcome.at("/amount/" + end + "/amount").asText());
  }

  /** The row of a measure in the table: the line starting with its title. */
  private static String row(HuiqiCliTest.Run run, String title) {
    return run.out().lines().filter(line -> line.startsWith(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + title + " in\n" + run.out()));
  }

  @Test
  void test_larger_theLoanLeftToTheTechSmeSubsidy_json() throws IOException {
    Path firm = firm(true);
    JsonNode larger = HuiqiJson.read(evaluate(firm, "--json", "--interest-precedence", "larger").out(),
        JsonNode.class);
    // LARGER: 26,355.55 in all (L1 to 第13条) > 20,111.11 (L1 to 第5条): 第5条 0.00, eligible; 第13条 26,355.55
    JsonNode first = outcome(larger, FIRST_LOAN);
    JsonNode tech = outcome(larger, TECH_SME);
    assertThat(first.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(amount(first, "minimum")).isEqualByComparingTo("0.00");
    assertThat(amount(first, "maximum")).isEqualByComparingTo("0.00");
    assertThat(tech.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(amount(tech, "minimum")).isEqualByComparingTo("26355.55");
    assertThat(amount(tech, "maximum")).isEqualByComparingTo("26355.55");
    assertThat(new BigDecimal(larger.at("/totals/inReach/minimum/amount").asText())).isEqualByComparingTo("26355.55");
    assertThat(tech.at("/notes").toString()).contains("(precedence LARGER)", "left to the tech-SME subsidy");
    // FIRST_CLAIMED, the default, no claim recorded: the larger decides (item 72), the same 0.00 and 26,355.55
    JsonNode firstClaimed = HuiqiJson.read(evaluate(firm, "--json").out(), JsonNode.class);
    assertThat(amount(outcome(firstClaimed, FIRST_LOAN), "maximum")).isEqualByComparingTo("0.00");
    assertThat(amount(outcome(firstClaimed, TECH_SME), "minimum")).isEqualByComparingTo("26355.55");
    // 第5条 recorded as claimed first on L1 (item 72): the claim keeps the loan; the tech-SME claim kept (I2) misses
    // the enrolment (item 100): 20,111.11 and 0.00
    Path claimed = Files.writeString(dir.resolve("firm-first-loan-claimed.json"), Files.readString(firm)
        .replace("\"firstDrawdownOfFirstContract\": true",
            "\"firstDrawdownOfFirstContract\": true, \"interestSubsidyClaimedFirst\": \"FIRST_LOAN\""));
    JsonNode kept = HuiqiJson.read(evaluate(claimed, "--json").out(), JsonNode.class);
    assertThat(amount(outcome(kept, FIRST_LOAN), "minimum")).isEqualByComparingTo("20111.11");
    assertThat(amount(outcome(kept, TECH_SME), "maximum")).isEqualByComparingTo("0.00");
  }

  @Test
  void test_larger_theLoanLeftToTheTechSmeSubsidy_tables() throws IOException {
    Path firm = firm(true);
    HuiqiCliTest.Run en = evaluate(firm, "--lang", "en", "--interest-precedence", "larger");
    // 第5条 0.00, 第13条 26,355.55; 26,355.55 in reach
    assertThat(row(en, "First-loan interest subsidy")).contains(" 0.00 ");
    assertThat(row(en, "Tech-SME loan interest subsidy")).contains(" 26,355.55 ");
    assertThat(en.out()).contains("Total in reach: 26,355.55 CNY");
    HuiqiCliTest.Run zh = evaluate(firm, "--interest-precedence", "larger");
    assertThat(row(zh, "首贷户贷款贴息")).contains(" 0.00 ");
    assertThat(zh.out()).contains("26,355.55");
    assertThat(zh.out()).doesNotContain("20,111.11");
    // the default, no claim recorded: the larger decides too (item 72), 26,355.55 in reach
    assertThat(evaluate(firm, "--lang", "en").out()).contains("Total in reach: 26,355.55 CNY");
  }

  @Test
  void test_larger_L2sFlagNotGiven_bothWaysAsARange() throws IOException {
    Path firm = firm(false);
    JsonNode report = HuiqiJson.read(evaluate(firm, "--json", "--interest-precedence", "LARGER").out(),
        JsonNode.class);
    // 第5条 0.00 – 20,111.11, 第13条 0.00 – 26,355.55, undetermined, naming /loans/1/subsidisedUnderAnotherMunicipalScheme
    JsonNode first = outcome(report, FIRST_LOAN);
    JsonNode tech = outcome(report, TECH_SME);
    assertThat(amount(first, "minimum")).isEqualByComparingTo("0.00");
    assertThat(amount(first, "maximum")).isEqualByComparingTo("20111.11");
    assertThat(amount(tech, "minimum")).isEqualByComparingTo("0.00");
    assertThat(amount(tech, "maximum")).isEqualByComparingTo("26355.55");
    for (JsonNode outcome : List.of(first, tech)) {
      assertThat(outcome.at("/verdict").asText()).isEqualTo("UNDETERMINED");
      assertThat(outcome.at("/missingFacts").toString())
          .contains("/loans/1/subsidisedUnderAnotherMunicipalScheme");
    }
    // the firm gets one way's sum (register §4.6 item 100; one municipal interest subsidy per loan, §1.7): L2
    // subsidised elsewhere, 20,111.11 + 0.00; not, 0.00 + 26,355.55. The pair's joint limit, on L1, and the total in
    // reach: 20,111.11 – 26,355.55 (before 2026-12-06, 0.00 – 20,111.11 + 26,355.55 = 46,466.66, L1 counted twice)
    assertThat(report.at("/jointLimits").size()).isEqualTo(1);
    assertThat(report.at("/jointLimits/0/loanIds").toString()).isEqualTo("[\"L1\"]");
    assertThat(new BigDecimal(report.at("/jointLimits/0/minimum/amount").asText())).isEqualByComparingTo("20111.11");
    assertThat(new BigDecimal(report.at("/jointLimits/0/maximum/amount").asText())).isEqualByComparingTo("26355.55");
    assertThat(new BigDecimal(report.at("/totals/inReach/minimum/amount").asText()))
        .isEqualByComparingTo("20111.11");
    assertThat(new BigDecimal(report.at("/totals/inReach/maximum/amount").asText()))
        .isEqualByComparingTo("26355.55");
    // the one fact decides the whole width, 26,355.55 − 20,111.11 = 6,244.44
    assertThat(report.at("/nextQuestions").size()).isEqualTo(1);
    assertThat(report.at("/nextQuestions/0/fact").asText())
        .isEqualTo("/loans/1/subsidisedUnderAnotherMunicipalScheme");
    assertThat(new BigDecimal(report.at("/nextQuestions/0/amountDecided/amount").asText()))
        .isEqualByComparingTo("6244.44");
    HuiqiCliTest.Run en = evaluate(firm, "--lang", "en", "--interest-precedence", "larger");
    assertThat(row(en, "Tech-SME loan interest subsidy")).contains("26,355.55");
    assertThat(en.out()).contains("/loans/1/subsidisedUnderAnotherMunicipalScheme")
        .contains("Total in reach: 20,111.11 – 26,355.55 CNY").contains("decides 6,244.44 CNY");
    HuiqiCliTest.Run zh = evaluate(firm, "--interest-precedence", "larger");
    assertThat(row(zh, "首贷户贷款贴息")).contains("20,111.11");
    assertThat(zh.out()).contains("/loans/1/subsidisedUnderAnotherMunicipalScheme").contains("6,244.44")
        .doesNotContain("46,466.66");
  }

  @Test
  void test_larger_twoFlagsNotGiven_theFirmsWayInEachCompletion() throws IOException {
    // I2 3,000.00 (第13条 80% = 2,400.00), and L3: 1,000,000 drawn 2023-01-05, not the first drawdown, its flag not
    // given, with I3 of 3,000.00 (2,400.00) accrued 2023-02-01 → 2023-05-01, paid 2023-05-05 (before the enrolment).
    // L1 to 第5条: the claim kept (I2 + I3, to 2023-05-05) misses the enrolment, 20,111.11 whatever the flags. L1
    // left to 第13条: 16,355.55 + 2,400.00 for each of L2 and L3 not subsidised elsewhere. The firm's larger in all:
    // neither subsidised elsewhere, 21,155.55 > 20,111.11; one or both, 18,755.55 or 16,355.55 < 20,111.11, so
    // 20,111.11. Joint limit and total in reach 20,111.11 – 21,155.55 (not 20,111.11 + 21,155.55 = 41,266.66); each
    // flag moves the pair, so each decides half the width 1,044.44: 522.22
    String l3 = "{\"loanId\": \"L3\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, "
        + "\"drawdownDate\": \"2023-01-05\", \"maturityDate\": \"2024-01-05\", \"annualInterestRate\": \"4%\", "
        + "\"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": false, "
        + "\"forProductionOrOperation\": true}";
    String i3 = interest("I3", "L3", "2023-02-01", "2023-05-01", "2023-05-05", "3000.00");
    String json = Files.readString(firm(false)).replace("12500.00", "3000.00")
        .replace("], \"interestPayments\": [", ", " + l3 + "], \"interestPayments\": [")
        .replace("], \"guaranteeFeePayments\"", ", " + i3 + "], \"guaranteeFeePayments\"");
    assertThat(json).contains("\"I3\"", "\"L3\"").doesNotContain("12500");
    Path firm = Files.writeString(dir.resolve("firm-two-flags-open.json"), json, StandardCharsets.UTF_8);
    JsonNode report = HuiqiJson.read(evaluate(firm, "--json", "--interest-precedence", "larger").out(),
        JsonNode.class);
    assertThat(amount(outcome(report, FIRST_LOAN), "maximum")).isEqualByComparingTo("20111.11");
    assertThat(amount(outcome(report, TECH_SME), "maximum")).isEqualByComparingTo("21155.55");
    assertThat(new BigDecimal(report.at("/jointLimits/0/minimum/amount").asText())).isEqualByComparingTo("20111.11");
    assertThat(new BigDecimal(report.at("/jointLimits/0/maximum/amount").asText())).isEqualByComparingTo("21155.55");
    assertThat(new BigDecimal(report.at("/totals/inReach/minimum/amount").asText()))
        .isEqualByComparingTo("20111.11");
    assertThat(new BigDecimal(report.at("/totals/inReach/maximum/amount").asText()))
        .isEqualByComparingTo("21155.55");
    assertThat(report.at("/nextQuestions").size()).isEqualTo(2);
    for (JsonNode question : report.at("/nextQuestions")) {
      assertThat(new BigDecimal(question.at("/amountDecided/amount").asText())).isEqualByComparingTo("522.22");
    }
    HuiqiCliTest.Run en = evaluate(firm, "--lang", "en", "--interest-precedence", "larger");
    assertThat(en.out()).contains("Total in reach: 20,111.11 – 21,155.55 CNY").contains("decides 522.22 CNY")
        .contains("/loans/2/subsidisedUnderAnotherMunicipalScheme");
  }
}
