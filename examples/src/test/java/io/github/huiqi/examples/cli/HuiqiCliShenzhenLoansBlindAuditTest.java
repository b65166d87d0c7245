package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static io.github.huiqi.examples.cli.CliThreePaths.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.financing.stacking.StackingPrecedence;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blind, hand-worked audit of the Shenzhen financing measures as whole profiles, through the engine's Java API and
 * JSON entry point and the command line (table in zh-CN and en, {@code --json}, {@code --explain}), with
 * {@link CliThreePaths} checking what the paths share; the engine's two options ({@code --unsettled-stacking},
 * {@code --interest-precedence}) run on all of them too. The profiles are {@code szloansaudit/*.json}; the same
 * measures' typed calculators are audited case by case in the calculators module's
 * {@code ShenzhenLoansBlindAuditTest}.
 * <p>
 * The ten measures: 深工信〔2023〕26号 第5条 (first-loan subsidy: 2% × days ÷ 360 for at most 6 months, 最高20万元 a
 * firm; the risk pool: +30 points for loans of 2023-01-01..03-31, 最高80%, paid to the lender), 第6条 (fee rate 最高减免
 * 40%、且不高于1%), 第7条 (loans due 2022-Q4 deferred to 2023-06-30 at the latest), 第13条 (80% of 2023 interest for an
 * enrolled 科技型中小企业, 贴保 50%, 1,000,000 a year); 小升规方案 第四条 (pool 1000至2000万元), 第十条 (grant 不超过
 * 10-20% ≤ 5000万元; interest 50% ≤ 500万元), 第十四条 (担保费予以补贴, no figure); the 2021 reply letter 二 (30% of
 * the fee, ≤ 300,000 a year). Stacking: one municipal interest subsidy per loan (2022 首贷 rules, register §4.1
 * item 10, §4.6 items 43, 72), the unsettled pair of fee subsidies (§4.4 item 25).
 */
class HuiqiCliShenzhenLoansBlindAuditTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String POOL = "sz-gxj-2023-26.risk-compensation-pool";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String REDUCTION = "sz-gxj-2023-26.guarantee-fee-reduction";
  private static final String DEFERRAL = "sz-gxj-2023-26.loan-deferral";
  private static final String RENOVATION = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";
  private static final String GRANT = "sz-gxj-2022-small-to-scale.technical-renovation-grant";
  private static final String REFERRAL = "sz-gxj-2022-small-to-scale.guarantee-fee-subsidy";
  private static final String CULTIVATION = "sz-gxj-2022-small-to-scale.cultivation-pool";
  private static final String FEE_SUBSIDY = "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy";

  private static final String[] ALL = {FIRST_LOAN, POOL, TECH_SME, REDUCTION, DEFERRAL, RENOVATION, GRANT, REFERRAL,
      CULTIVATION, FEE_SUBSIDY};
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  private CliThreePaths.Result run(String name, String asOf) throws IOException {
    return CliThreePaths.run(dir, "szloansaudit", name, asOf, ALL);
  }

  private static void assertIneligible(CliThreePaths.Result r, String... measures) {
    for (String measure : measures) {
      assertOutcome(r.outcome(measure), Verdict.INELIGIBLE, "0", "0");
    }
  }

  private static void assertTotal(OutcomeAmount total, String least, String most) {
    assertThat(yuan(total.minimum())).as("total least").isEqualByComparingTo(least);
    assertThat(yuan(total.maximum().orElseThrow())).as("total most").isEqualByComparingTo(most);
  }

  private static boolean noted(MeasureOutcome outcome, String code) {
    return outcome.notes().stream().map(Reason::code).anyMatch(code::equals);
  }

  /**
   * Runs a profile with engine options through the Java API, the engine's JSON ({@code "options"}) and the command
   * line ({@code --json} and the table in en, with the switches), checks that they agree, and returns the report.
   */
  private EntitlementReport withOptions(String name, String asOf, EngineOptions options, String... switches)
      throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("szloansaudit/" + name + ".json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<MeasureId> ids = Arrays.stream(ALL).map(MeasureId::of).toList();
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(
        HuiqiJson.read(text, EnterpriseProfile.class), LocalDate.parse(asOf)).withMeasures(ids).withOptions(options));
    JsonNode fromApi = MAPPER.readTree(HuiqiJson.write(report));
    ObjectNode request = MAPPER.createObjectNode();
    request.set("profile", MAPPER.readTree(text));
    request.put("asOf", asOf);
    request.set("measures", MAPPER.valueToTree(List.of(ALL)));
    request.set("options", MAPPER.readTree(HuiqiJson.write(options)));
    JsonNode fromJson = MAPPER.readTree(EntitlementEngine.builtIn().evaluateJson(request.toString()));
    Path file = dir.resolve(name + ".json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of(file.toString(), "--json", "--as-of", asOf));
    args.addAll(List.of(switches));
    for (String measure : ALL) {
      args.add("--measure");
      args.add(measure);
    }
    HuiqiCliTest.Run cli = HuiqiCliTest.run(args.toArray(String[]::new));
    assertThat(cli.status()).as(cli.err()).isZero();
    JsonNode fromCli = MAPPER.readTree(cli.out());
    for (String member : List.of("/outcomes", "/totals", "/jointLimits", "/nextQuestions", "/options")) {
      assertThat(fromJson.at(member)).as(name + member).isEqualTo(fromApi.at(member));
      assertThat(fromCli.at(member)).as(name + member).isEqualTo(fromApi.at(member));
    }
    args.remove("--json");
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      boolean en = locale == Locale.ENGLISH;
      List<String> withLang = new ArrayList<>(args);
      withLang.addAll(List.of("--lang", en ? "en" : "zh"));
      HuiqiCliTest.Run table = HuiqiCliTest.run(withLang.toArray(String[]::new));
      assertThat(table.status()).as(table.err()).isZero();
      assertThat(table.out()).contains(en ? "Options not the defaults:" : "非默认选项：");
      // each row in the report's order with its verdict and amount, an asterisk where not counted, and the total
      Labels words = new Labels(locale);
      List<String> lines = table.out().lines().toList();
      for (int i = 0; i < report.outcomes().size(); i++) {
        MeasureOutcome outcome = report.outcomes().get(i);
        assertThat(lines.get(3 + i)).as(outcome.measure() + " with " + List.of(switches))
            .startsWith(outcome.title().in(locale))
            .contains("  " + words.verdict(outcome.verdict()) + "  ")
            .contains("  " + words.amount(outcome.amount()) + (outcome.countedInTotal() ? "  " : " *"));
      }
      assertThat(table.out()).contains((en ? "Total in reach: " : "合计可享：")
          + words.amount(report.totals().inReach()));
    }
    return report;
  }

  private static MeasureOutcome outcome(EntitlementReport report, String measure) {
    return report.outcomes().stream().filter(o -> o.measure().toString().equals(measure)).findFirst()
        .orElseThrow();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_1_firstLoanCappedAgainstTechSme_theLargerKeepsTheLoan() throws IOException {
    // 福田 C3911, small, a first-time borrower enrolled as 科技型中小企业 (2022-06-01..2025-05-31); L1 20,000,001
    // drawn 2023-01-01 (the window's first day) at 4%, repaid 2023-06-30: 180 days (31+28+31+30+31+29)
    CliThreePaths.Result r = run("szl-1-first-loan-cap", "2023-12-31");
    // 第5条: 20,000,001 × 2% × 180 ÷ 360 = 200,000.01 → the 200,000 cap; 第13条: 80% × 400,000.02 = 320,000.016 →
    // 320,000.02 on the same loan. One municipal subsidy per loan, none claimed: the larger (register §4.1 item 10),
    // 第13条. 第5条 stays eligible at 0.00 (item 43: the rule shares the loans, keeping each verdict)
    assertOutcome(r.outcome(FIRST_LOAN), Verdict.ELIGIBLE, "0.00", "0.00");
    assertOutcome(r.outcome(TECH_SME), Verdict.ELIGIBLE, "320000.02", "320000.02");
    assertThat(noted(r.outcome(FIRST_LOAN), "one-interest-subsidy-per-loan")).isTrue();
    // 2022 revenue 15,000,000 within 1000至2000万元, an industrial small firm: in the pool (non-monetary)
    assertOutcome(r.outcome(CULTIVATION), Verdict.ELIGIBLE, "0", "0");
    assertThat(r.outcome(CULTIVATION).countedInTotal()).isFalse();
    // no non-performing loan, no guarantee, nothing due in 2022-Q4 (and 第7条 closed on 2023-06-30), no project,
    // no loan drawn in 2022
    assertIneligible(r, POOL, REDUCTION, DEFERRAL, RENOVATION, GRANT, FEE_SUBSIDY);
    assertThat(r.outcome(DEFERRAL).windowStatus()).isEqualTo(WindowStatus.CLOSED);
    // in reach: 320,000.02 exactly
    assertTotal(r.report().totals().inReach(), "320000.02", "320000.02");
    // each outcome cites its clause (the table's last column, checked on every run by CliThreePaths)
    assertThat(r.outcome(FIRST_LOAN).clauseLabel()).isEqualTo("深工信〔2023〕26号 第5条");
    assertThat(r.outcome(POOL).clauseLabel()).isEqualTo("深工信〔2023〕26号 第5条");
    assertThat(r.outcome(REDUCTION).clauseLabel()).isEqualTo("深工信〔2023〕26号 第6条");
    assertThat(r.outcome(DEFERRAL).clauseLabel()).isEqualTo("深工信〔2023〕26号 第7条");
    assertThat(r.outcome(TECH_SME).clauseLabel()).isEqualTo("深工信〔2023〕26号 第13条");
    assertThat(r.outcome(CULTIVATION).clauseLabel()).endsWith(" 第四条");
    assertThat(r.outcome(RENOVATION).clauseLabel()).endsWith(" 第十条");
    assertThat(r.outcome(GRANT).clauseLabel()).endsWith(" 第十条");
    assertThat(r.outcome(REFERRAL).clauseLabel()).endsWith(" 第十四条");
    assertThat(r.outcome(FEE_SUBSIDY).clauseLabel()).endsWith("第20210370号提案答复意见的函 二");
    assertThat(r.report().nextQuestions()).isEmpty();
  }

  @Test
  void test_1b_firstLoanClaimedFirst_keepsTheLoan_unlessLarger() throws IOException {
    // L1 records 第5条 as claimed first: FIRST_CLAIMED (the default) keeps it there even paying less (register
    // §4.6 item 72): 第5条 200,000.00 (the cap binding), 第13条 0.00; in reach 200,000.00
    CliThreePaths.Result r = run("szl-1b-claimed-first-loan", "2023-12-31");
    assertOutcome(r.outcome(FIRST_LOAN), Verdict.ELIGIBLE, "200000.00", "200000.00");
    assertThat(r.outcome(FIRST_LOAN).bindingLimit()).isPresent();
    assertThat(yuan(r.outcome(FIRST_LOAN).bindingLimit().get().limit())).isEqualByComparingTo("200000.00");
    // the cap cites the clause's own words ("单户企业贴息金额最高20万元")
    assertThat(r.outcome(FIRST_LOAN).bindingLimit().get().citation().label()).contains("深工信〔2023〕26号", "第5条");
    assertOutcome(r.outcome(TECH_SME), Verdict.ELIGIBLE, "0.00", "0.00");
    assertTotal(r.report().totals().inReach(), "200000.00", "200000.00");
    // --interest-precedence LARGER: the claim does not count, 第13条's 320,000.02 takes the loan
    EntitlementReport larger = withOptions("szl-1b-claimed-first-loan", "2023-12-31",
        EngineOptions.DEFAULTS.withInterestSubsidyPrecedence(StackingPrecedence.LARGER),
        "--interest-precedence", "larger");
    assertThat(yuan(outcome(larger, FIRST_LOAN).amount().minimum())).isEqualByComparingTo("0.00");
    assertThat(yuan(outcome(larger, TECH_SME).amount().minimum())).isEqualByComparingTo("320000.02");
    assertTotal(larger.totals().inReach(), "320000.02", "320000.02");
  }

  @Test
  void test_2_techSmeYearlyCapExactly_andTheUnsettledFeePair() throws IOException {
    // 南山 I6513, small, not a first-time borrower, enrolled 2021-01-01..2026-12-31, nothing received before
    CliThreePaths.Result r = run("szl-2-tech-caps", "2023-12-31");
    // 第13条: I1 30,000 for 2022-12-17..2023-01-16, 15 days each side: 7,500 + 12,000 = 19,500.00; I2 80% ×
    // 1,143,375 = 914,700.00; I3 31,000 for 2023-12-31..2024-01-31: 1 day at 80%, 30 at 50%: 800 + 15,000 =
    // 15,800.00; 贴保 50% × 100,000 = 50,000.00; in all 1,000,000.00, the yearly cap exactly (第十四条（四）)
    assertOutcome(r.outcome(TECH_SME), Verdict.ELIGIBLE, "1000000.00", "1000000.00");
    // reply letter 二, loans drawn in 2022: L1 10,000,000 > 3,000,000 out; L2 3,000,000.00 (included), fee 2% =
    // 50% × 4%: 30% × 60,000 = 18,000.00
    assertOutcome(r.outcome(FEE_SUBSIDY), Verdict.ELIGIBLE, "18000.00", "18000.00");
    assertThat(noted(r.outcome(FEE_SUBSIDY), "unsettled-stacking")).isTrue();
    assertThat(noted(r.outcome(TECH_SME), "unsettled-stacking")).isTrue();
    // not a first-time borrower; both guarantees set in 2022, not 2023 (第6条); a software firm is in neither of
    // the plan's industrial measures
    assertIneligible(r, FIRST_LOAN, POOL, REDUCTION, DEFERRAL, RENOVATION, GRANT, REFERRAL, CULTIVATION);
    // COUNT_BOTH: 1,000,000.00 + 18,000.00 = 1,018,000.00
    assertTotal(r.report().totals().inReach(), "1018000.00", "1018000.00");
    // COUNT_HIGHER: 1,000,000.00 > 18,000.00, the fee subsidy set aside: 1,000,000.00
    EntitlementReport higher = withOptions("szl-2-tech-caps", "2023-12-31",
        EngineOptions.DEFAULTS.withUnsettledStacking(EngineOptions.UnsettledStacking.COUNT_HIGHER),
        "--unsettled-stacking", "COUNT_HIGHER");
    assertThat(outcome(higher, FEE_SUBSIDY).countedInTotal()).isFalse();
    assertThat(outcome(higher, TECH_SME).countedInTotal()).isTrue();
    assertTotal(higher.totals().inReach(), "1000000.00", "1000000.00");
  }

  @Test
  void test_3_countHigher_comparesWholeMeasures_theInterestGoesWithTheFee() throws IOException {
    // 宝安 C3484, small, enrolled; L1 1,000,000 (2023) with 10,000 of 2023 interest: 80% = 8,000.00; G1 a fee
    // of 10,000 paid in 2023: 贴保 5,000.00; 第13条 13,000.00. L2 3,000,000 drawn 2022 at 5%, fee 2.5% = 50% ×
    // 5%, 75,000 paid: reply letter 二 30% = 22,500.00
    CliThreePaths.Result r = run("szl-3-count-higher", "2023-12-31");
    assertOutcome(r.outcome(TECH_SME), Verdict.ELIGIBLE, "13000.00", "13000.00");
    assertOutcome(r.outcome(FEE_SUBSIDY), Verdict.ELIGIBLE, "22500.00", "22500.00");
    assertOutcome(r.outcome(CULTIVATION), Verdict.ELIGIBLE, "0", "0");
    assertIneligible(r, FIRST_LOAN, POOL, REDUCTION, DEFERRAL, RENOVATION, GRANT);
    // COUNT_BOTH: 13,000.00 + 22,500.00 = 35,500.00
    assertTotal(r.report().totals().inReach(), "35500.00", "35500.00");
    // COUNT_HIGHER (就高不重复 of two subsidies of one fee). Read from the clause, only the fees are in question:
    // 8,000.00 of interest + max(5,000.00, 22,500.00) = 30,500.00. The library compares whole measures
    // (UnsettledStackingRule: "a conservative reading, not an apportionment"), so 13,000.00 < 22,500.00 sets the
    // whole 第13条 outcome aside, its uncontested interest with it: 22,500.00. No source settles the option; the
    // audit records the library's documented reading (decisions register §4.6 item 80) and reports the 8,000.00
    EntitlementReport higher = withOptions("szl-3-count-higher", "2023-12-31",
        EngineOptions.DEFAULTS.withUnsettledStacking(EngineOptions.UnsettledStacking.COUNT_HIGHER),
        "--unsettled-stacking", "count_higher");
    assertThat(outcome(higher, TECH_SME).countedInTotal()).isFalse();
    assertThat(outcome(higher, FEE_SUBSIDY).countedInTotal()).isTrue();
    assertTotal(higher.totals().inReach(), "22500.00", "22500.00");
  }

  @Test
  void test_4_poolFeeReductionAndDeferral_onTheDeferralsLastDay() throws IOException {
    // 罗湖 C3311, micro, affected; evaluated 2023-06-30, the last day of 第7条's window
    CliThreePaths.Result r = run("szl-4-pool-fee-deferral", "2023-06-30");
    // pool (paid to the lender, 30% base + 30 points in 2023-Q1, register §2.1, §4.2 item 11): P1 granted
    // 2023-01-01: 60% × 1,000,000.01 = 600,000.006 → 600,000.01; P2 granted 2022-12-31: 30% × 500,000 =
    // 150,000.00; P3 granted 2022-10-01 and extended 2023-01-31 (展期视同新增): 60% × 200,000 = 120,000.00; P4
    // granted 2023-03-31, its guarantee and other schemes not given: 0 or 60% × 100,000 = 60,000.00. In all
    // 870,000.01 – 930,000.01, naming P4's facts
    MeasureOutcome pool = r.outcome(POOL);
    assertOutcome(pool, Verdict.ELIGIBLE, "870000.01", "930000.01");
    assertThat(pool.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_LENDER);
    assertThat(pool.missingFacts()).contains("/loans/3/underOtherRiskCompensation")
        .allMatch(p -> p.startsWith("/loans/3/"));
    // 第6条: G1's government guarantee set 2023-01-01 at a standard 1.5%: 0.9% ≤ 1%; a year: saved 1,000,000 ×
    // (1.5% − 0.9%) = 6,000.00. P4 (drawn 2023-03-31 for 12 months) may be guaranteed by a government guarantor at
    // a rate not given: at most 100,000 × (100% − 1%) = 99,000.00 more (register §1.2 card 000-6): 6,000.00 –
    // 105,000.00
    assertOutcome(r.outcome(REDUCTION), Verdict.ELIGIBLE, "6000.00", "105000.00");
    assertThat(r.outcome(REDUCTION).missingFacts()).allMatch(p -> p.startsWith("/loans/3/"));
    // 第7条: D1 due 2022-12-31 (the quarter's last day) asks for 2023-07-31: to 2023-06-30 at the latest; D2 due
    // 2022-09-30 is not of the quarter; non-monetary
    assertOutcome(r.outcome(DEFERRAL), Verdict.ELIGIBLE, "0", "0");
    assertThat(r.outcome(DEFERRAL).windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertThat(r.outcome(DEFERRAL).detail().orElseThrow().in(Locale.ENGLISH)).contains("D1", "2023-06-30")
        .doesNotContain("D2");
    // 2022 revenue 9,999,999.99: a fen below the pool's band; not enrolled; not a first-time borrower; no
    // guaranteed loan drawn in 2022 for the reply letter's subsidy
    assertIneligible(r, CULTIVATION, TECH_SME, FIRST_LOAN, RENOVATION, GRANT, FEE_SUBSIDY);
    // in reach: only the fee saved (the pool pays the lender): 6,000.00 – 105,000.00
    assertTotal(r.report().totals().inReach(), "6000.00", "105000.00");
    assertTotal(r.report().totals().byKind().get(AmountKind.FEE_SAVED), "6000.00", "105000.00");
    assertThat(r.firstQuestion()).startsWith("/loans/3/");
  }

  @Test
  void test_5_renovationAtItsCaps_besideThePair() throws IOException {
    // 龙华 C3484, small, a first-time borrower, enrolled; 2022 revenue 19,999,999.99
    CliThreePaths.Result r = run("szl-5-renovation", "2023-12-31");
    // L1 1,000,000 drawn 2023-02-01: 第5条 181 days: 10,055.56; 第13条 80% × 20,000 = 16,000.00: the larger keeps
    // the loan (register §4.1 item 10)
    assertOutcome(r.outcome(FIRST_LOAN), Verdict.ELIGIBLE, "0.00", "0.00");
    assertOutcome(r.outcome(TECH_SME), Verdict.ELIGIBLE, "16000.00", "16000.00");
    // 第十条 interest: 50% × 10,000,000.02 = 5,000,000.01 → the 最高500万元; its payment names no loan, so one
    // subsidy per loan could not be checked (register §4.6 item 43)
    assertOutcome(r.outcome(RENOVATION), Verdict.ELIGIBLE, "5000000.00", "5000000.00");
    assertThat(yuan(r.outcome(RENOVATION).bindingLimit().orElseThrow().limit())).isEqualByComparingTo("5000000");
    assertThat(noted(r.outcome(RENOVATION), "renovation-loan-not-checked")).isTrue();
    // 第十条 grant: level 4, 20% × 250,000,000 = 50,000,000.00, the 5000万元 exactly; fixed assets exactly 80% and
    // equipment exactly 70%; "不超过": from zero
    assertOutcome(r.outcome(GRANT), Verdict.ELIGIBLE, "0", "50000000.00");
    // 19,999,999.99 is below 20,000,000: in the pool
    assertOutcome(r.outcome(CULTIVATION), Verdict.ELIGIBLE, "0", "0");
    assertIneligible(r, POOL, REDUCTION, DEFERRAL, FEE_SUBSIDY);
    // in reach: 16,000.00 + 5,000,000.00 = 5,016,000.00 to + 50,000,000.00 = 55,016,000.00
    assertTotal(r.report().totals().inReach(), "5016000.00", "55016000.00");
    assertTotal(r.report().totals().byKind().get(AmountKind.PAYMENT_TO_FIRM), "5016000.00", "55016000.00");
  }

  @Test
  void test_5_theDayAfter2023_firstLoanClosed_planOpen() throws IOException {
    CliThreePaths.Result r = run("szl-5-renovation", "2024-01-01");
    // 第5条 ran in 2023 only: closed, not counted; the plan (2022-08-03..2024-12-31) still open
    assertThat(r.outcome(FIRST_LOAN).windowStatus()).isEqualTo(WindowStatus.CLOSED);
    assertThat(r.outcome(FIRST_LOAN).countedInTotal()).isFalse();
    assertThat(r.outcome(RENOVATION).windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertThat(r.outcome(GRANT).windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertOutcome(r.outcome(RENOVATION), Verdict.ELIGIBLE, "5000000.00", "5000000.00");
    // the plan's last day (2024-12-31) keeps 第十条 open; the day after closes it, neither counted any more
    CliThreePaths.Result last = run("szl-5-renovation", "2024-12-31");
    assertThat(last.outcome(RENOVATION).windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertThat(last.outcome(GRANT).countedInTotal()).isTrue();
    CliThreePaths.Result after = run("szl-5-renovation", "2025-01-01");
    for (String measure : List.of(RENOVATION, GRANT, CULTIVATION)) {
      assertThat(after.outcome(measure).windowStatus()).as(measure).isEqualTo(WindowStatus.CLOSED);
      assertThat(after.outcome(measure).countedInTotal()).as(measure).isFalse();
    }
  }

  @Test
  void test_6_openFacts_namedByTheirProfilePointers() throws IOException {
    // 南山 C3911, size not given (2022: 50 staff, 12,000,000: small); first-time borrowing and the 科技型中小企业
    // enrolment not given; L1 500,000 drawn 2023-03-31 (the window's last day) at 2% (the floor), its use not given;
    // the interest paid not given; evaluated 2023-06-30
    CliThreePaths.Result r = run("szl-6-open-facts", "2023-06-30");
    // 第5条: 6 months to 2023-09-30, 183 days: 500,000 × 2% × 183 ÷ 360 = 5,083.333… → 5,083.33, or nothing
    assertOutcome(r.outcome(FIRST_LOAN), Verdict.UNDETERMINED, "0", "5083.33");
    assertThat(r.outcome(FIRST_LOAN).missingFacts()).contains("/firstTimeBorrower",
        "/loans/0/forProductionOrOperation");
    // 第13条: the enrolment and the interest not given; at most what L1 can bear (register §4.1 item 8b):
    // 500,000 × 2% × max(366 ÷ 360, 12 ÷ 12) = 10,166.666…, of which the 276 days of 2023 (9 whole months and a
    // day count 271) arise in 2023: 7,666.666… at 80% = 6,133.333…; the 90 days of 2024, 2,500.00, at 第十四条（一）'s
    // 70% (the first-time borrowing not given: the larger) = 1,750.00; 7,883.333… → 7,883.34 (rounded up); and a
    // fen for each payment L1 can hold (register §4.6 item 120: one a calendar month, March 2023 to March 2024, 13,
    // and a final one): 7,883.34 + 14 × 0.01 = 7,883.48. Before register §4.6 item 97, 80% of every day's: 8,133.34
    assertOutcome(r.outcome(TECH_SME), Verdict.UNDETERMINED, "0", "7883.48");
    assertThat(r.outcome(TECH_SME).missingFacts()).contains("/techSme", "/interestPayments");
    // 12,000,000 within the band, an industrial firm small or micro whatever its headcount (register §0.4)
    assertOutcome(r.outcome(CULTIVATION), Verdict.ELIGIBLE, "0", "0");
    assertIneligible(r, POOL, REDUCTION, DEFERRAL, RENOVATION, GRANT, FEE_SUBSIDY);
  }

  @Test
  void test_7_enrolmentGrantedDuringTheClaim_countsForAllOfIt() throws IOException {
    // 南山 C3911, enrolled as 科技型中小企业 from 2023-07-01; L1 drawn 2022-12-01 (no first loan)
    // I1 10,000 for 2023-01-01..2023-04-01 alone: the claim runs 2023-01-01..2023-04-01, before the enrolment, which
    // does not reach it (register §1.2 card 000-13): nothing
    CliThreePaths.Result before = run("szl-7a-enrolled-after", "2023-12-31");
    assertIneligible(before, TECH_SME, FIRST_LOAN, POOL, REDUCTION, DEFERRAL, RENOVATION, GRANT, FEE_SUBSIDY);
    assertTotal(before.report().totals().inReach(), "0.00", "0.00");
    // with I2 10,000 for 2023-07-01..2023-10-01 the claim runs 2023-01-01..2023-10-01 and the enrolment overlaps it
    // in part, which counts (the lenient reading: the source does not ask for every day): 80% × 20,000 = 16,000.00
    CliThreePaths.Result during = run("szl-7b-enrolled-during", "2023-12-31");
    assertOutcome(during.outcome(TECH_SME), Verdict.ELIGIBLE, "16000.00", "16000.00");
    assertTotal(during.report().totals().inReach(), "16000.00", "16000.00");
  }
}
