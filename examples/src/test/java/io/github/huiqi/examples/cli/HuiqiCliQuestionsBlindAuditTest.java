package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static io.github.huiqi.examples.cli.CliThreePaths.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.NextQuestion;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blind audit of the engine's totals and next questions (the missing facts ranked by the money each decides, each
 * fact's amount its equal share of the width of every counted outcome that names it, summed exactly and rounded once
 * half-up: decisions register §0.6; a pair of alternative subsidies on one loan counted once, its joint least and
 * most shared among the union of its facts: §4.6 items 49 and 50) for four sparse profiles: a Shenzhen firm that
 * gives only its region and industry; a Shanghai software firm with one year's figures; a Shenzhen firm with one
 * guaranteed loan whose 专精特新 recognition, 科技型中小企业 enrolment and other municipal subsidy are not given; and a
 * firm whose region is not given. Each total (its exact part and its range, per kind of amount) and each ranked
 * question is worked by hand before the library was run, then compared on every public path ({@link CliThreePaths}:
 * {@code EntitlementEngine} typed and {@code evaluateJson}, the command line's {@code --json} and its table in zh-CN
 * and en). The 专精特新 draft's outcomes must say draft on every path and never count. Profiles:
 * {@code questionsaudit/*.json}.
 */
class HuiqiCliQuestionsBlindAuditTest {

  private static final String SZ_FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String SZ_MAKER = "sz-gxj-2023-26.maker-china-award";
  private static final String SZ_REDUCTION = "sz-gxj-2023-26.guarantee-fee-reduction";
  private static final String SZ_TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String DRAFT_CAP = "sz-gxj-zjtx-32-draft.guarantee-fee-cap";
  private static final String DRAFT_POOL = "sz-gxj-zjtx-32-draft.pool-compensation";
  private static final String DRAFT_RD = "sz-gxj-zjtx-32-draft.rd-renovation-interest-subsidy";
  private static final String DRAFT_PLATFORM = "sz-gxj-zjtx-32-draft.platform-service-fee";
  private static final String DRAFT_PURCHASE = "sz-gxj-zjtx-32-draft.state-owned-space-purchase";
  private static final String SIZE = "miit-2011-300.enterprise-size";
  private static final String SH_FOUR_ABOVE = "sh-qfb-2023-1.four-above-high-tech-reward";
  private static final String SH_FIRST_LOAN = "sh-qfb-2023-1.first-loan-interest-subsidy";

  @TempDir
  Path dir;

  private CliThreePaths.Result run(String name, String asOf, String... measures) throws IOException {
    return CliThreePaths.run(dir, "questionsaudit", name, asOf, measures);
  }

  /** The table in one language. */
  private String table(String name, String asOf, String lang, String... measures) throws IOException {
    return CliThreePaths.table(dir, "questionsaudit", name, asOf, lang, measures);
  }

  private static void assertQuestions(EntitlementReport report, String[] facts, String[] amounts, int[] unbounded) {
    List<NextQuestion> questions = report.nextQuestions();
    assertThat(questions).extracting(NextQuestion::fact).containsExactly(facts);
    for (int i = 0; i < facts.length; i++) {
      assertThat(yuan(questions.get(i).amountDecided())).as(facts[i]).isEqualByComparingTo(amounts[i]);
      assertThat(questions.get(i).unboundedMeasures()).as(facts[i]).isEqualTo(unbounded[i]);
    }
  }

  private static void assertRange(OutcomeAmount amount, String least, String most) {
    assertThat(yuan(amount.minimum())).as("least").isEqualByComparingTo(least);
    if (most == null) {
      assertThat(amount.maximum()).as("most").isEmpty();
    } else {
      assertThat(yuan(amount.maximum().orElseThrow())).as("most").isEqualByComparingTo(most);
    }
  }

  private static void assertDraft(MeasureOutcome outcome) {
    assertThat(outcome.documentStatus()).as(outcome.measure().toString()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(outcome.countedInTotal()).as(outcome.measure().toString()).isFalse();
  }

  /** Every kind but the ones named adds nothing to the totals. */
  private static void assertOtherKindsNothing(EntitlementReport report, AmountKind... kinds) {
    for (Map.Entry<AmountKind, OutcomeAmount> entry : report.totals().byKind().entrySet()) {
      if (!List.of(kinds).contains(entry.getKey())) {
        assertRange(entry.getValue(), "0", "0");
      }
    }
  }

  //-------------------------------------------------------------------------

  @Test
  void test_shenzhen_onlyRegionAndIndustry_theQuestionsRanked() throws IOException {
    String[] measures = {SIZE, SZ_FIRST_LOAN, SZ_MAKER, DRAFT_CAP, DRAFT_PLATFORM};
    CliThreePaths.Result result = run("q1-sz-region-industry", "2023-06-30", measures);
    EntitlementReport report = result.report();
    // 300号: no year's figures (2022, the prior full year, register §4.6 item 36): the class is open, /years
    MeasureOutcome size = result.outcome(SIZE);
    assertThat(size.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(size.missingFacts()).containsExactly("/years");
    // 第5条 first loan: "单户企业贴息金额最高20万元", no loan given and none known to qualify (register §4.6 item 42):
    // 0 – 200,000.00, naming the loans and the enterprise's own conditions of the 2022 rules (independent legal
    // person, first-time borrower, not on the serious-dishonesty list): four facts, 200,000 ÷ 4 = 50,000.00 each
    MeasureOutcome firstLoan = result.outcome(SZ_FIRST_LOAN);
    assertOutcome(firstLoan, Verdict.UNDETERMINED, "0", "200000.00");
    assertThat(firstLoan.missingFacts()).containsExactlyInAnyOrder("/loans", "/firstTimeBorrower",
        "/independentLegalPerson", "/onSeriousDishonestyList");
    // 第16条 创客中国: per winning project, the events not given: from zero with no upper end (register §4.6 item 60)
    MeasureOutcome maker = result.outcome(SZ_MAKER);
    assertOutcome(maker, Verdict.UNDETERMINED, "0", null);
    assertThat(maker.missingFacts()).containsExactly("/grantEvents");
    // the draft's cap: no loans given and the recognition not given: open with no upper end, a draft, not counted
    MeasureOutcome cap = result.outcome(DRAFT_CAP);
    assertDraft(cap);
    assertThat(cap.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(cap.missingFacts()).contains("/loans");
    // the draft's platform fee: neither the services nor the recognition given (register §4.6 item 75): both named
    MeasureOutcome platform = result.outcome(DRAFT_PLATFORM);
    assertDraft(platform);
    assertThat(platform.missingFacts()).containsExactlyInAnyOrder("/grantEvents", "/specialisedAndInnovative");
    // totals: nothing exact; 0 – 200,000 + 0 – unbounded: from 0.00 with no upper end, all of it payments
    assertRange(report.totals().inReach(), "0", null);
    assertRange(report.totals().byKind().get(AmountKind.PAYMENT_TO_FIRM), "0", null);
    assertOtherKindsNothing(report, AmountKind.PAYMENT_TO_FIRM);
    // ranked: the four first-loan facts at 50,000.00, /loans first (named by the draft cap too: 2 measures), the
    // rest by pointer; then /grantEvents (0.00, 1 unbounded measure: 创客中国); /specialisedAndInnovative (0.00,
    // the two drafts: outside the total); /years (0.00, the size's non-monetary outcome)
    assertQuestions(report,
        new String[] {"/loans", "/firstTimeBorrower", "/independentLegalPerson", "/onSeriousDishonestyList",
            "/grantEvents", "/specialisedAndInnovative", "/years"},
        new String[] {"50000.00", "50000.00", "50000.00", "50000.00", "0", "0", "0"},
        new int[] {0, 0, 0, 0, 1, 0, 0});
    assertThat(report.nextQuestions().get(0).measures()).extracting(Object::toString)
        .containsExactlyInAnyOrder(SZ_FIRST_LOAN, DRAFT_CAP);
    // the tables: the drafts' status column, the total, and the questions with their amounts
    String zh = table("q1-sz-region-industry", "2023-06-30", "zh", measures);
    assertThat(zh).contains("征求意见稿").contains("合计可享：≥ 0.00 元")
        .contains("可确定 50,000.00 元").contains("可确定 0.00 元 及 1 项无上限金额");
    String en = table("q1-sz-region-industry", "2023-06-30", "en", measures);
    assertThat(en).contains("draft").contains("Total in reach: ≥ 0.00 CNY")
        .contains("decides 50,000.00 CNY").contains("decides 0.00 CNY and 1 unbounded amount(s)")
        .contains("(2 more in --json)");
    assertThat(rowOf(en, cap.title().in(java.util.Locale.ENGLISH))).contains("  draft  ");
    assertThat(rowOf(zh, platform.title().in(java.util.Locale.SIMPLIFIED_CHINESE))).contains("  征求意见稿  ");
    // --json: the questions in order, with their amounts
    assertThat(result.json().at("/nextQuestions/0/fact").asText()).isEqualTo("/loans");
    assertThat(result.json().at("/nextQuestions").size()).isEqualTo(7);
  }

  private static String rowOf(String text, String title) {
    return text.lines().filter(line -> line.startsWith(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + title));
  }

  @Test
  void test_shanghai_sparse_widthsAddUpToTheTotal() throws IOException {
    String[] measures = {SIZE, SH_FOUR_ABOVE, SH_FIRST_LOAN, SZ_FIRST_LOAN};
    CliThreePaths.Result result = run("q2-sh-sparse", "2023-12-31", measures);
    EntitlementReport report = result.report();
    // 300号 （十二）软件: 2022's 50 employees and 8,000,000: medium needs 100 and 1000万 → small (X ≥ 10, Y ≥ 50万)
    MeasureOutcome size = result.outcome(SIZE);
    assertOutcome(size, Verdict.ELIGIBLE, "0", "0");
    assertThat(size.missingFacts()).isEmpty();
    // 第二条: 5% of the year's revenue, "最高50万元", the events and the certificate not given (register §4.6 item 75):
    // 0 – 500,000.00, /grantEvents and /highTech at 250,000.00 each
    MeasureOutcome fourAbove = result.outcome(SH_FOUR_ABOVE);
    assertOutcome(fourAbove, Verdict.UNDETERMINED, "0", "500000.00");
    assertThat(fourAbove.missingFacts()).containsExactlyInAnyOrder("/grantEvents", "/highTech");
    // 第十五条: 2%, "单户企业贴息金额最高20万元", an SME (small): no loan given: 0 – 200,000.00. Whether a loan is the
    // firm's first 普惠 loan through the fund is a fact of each loan (2022年第四季度…首次获得普惠贷款), so /loans alone
    // is asked (my first figure also asked /firstTimeBorrower, the Shenzhen 2022 rules' credit-record test: wrong)
    MeasureOutcome firstLoan = result.outcome(SH_FIRST_LOAN);
    assertOutcome(firstLoan, Verdict.UNDETERMINED, "0", "200000.00");
    assertThat(firstLoan.missingFacts()).containsExactly("/loans");
    // the Shenzhen measure is not the Shanghai firm's: nothing, not counted
    assertOutcome(result.outcome(SZ_FIRST_LOAN), Verdict.INELIGIBLE, "0", "0");
    // totals: 0 – 700,000.00, all payments, nothing exact
    assertRange(report.totals().inReach(), "0", "700000.00");
    assertRange(report.totals().byKind().get(AmountKind.PAYMENT_TO_FIRM), "0", "700000.00");
    assertOtherKindsNothing(report, AmountKind.PAYMENT_TO_FIRM);
    // ranked: 250,000.00, 250,000.00 (by pointer), then /loans 200,000.00; 250,000 + 250,000 + 200,000 = 700,000.00,
    // the total's width exactly
    assertQuestions(report, new String[] {"/grantEvents", "/highTech", "/loans"},
        new String[] {"250000.00", "250000.00", "200000.00"}, new int[] {0, 0, 0});
    String zh = table("q2-sh-sparse", "2023-12-31", "zh", measures);
    assertThat(zh).contains("合计可享：0.00 – 700,000.00 元").contains("1.  /grantEvents")
        .contains("可确定 250,000.00 元");
    String en = table("q2-sh-sparse", "2023-12-31", "en", measures);
    assertThat(en).contains("Total in reach: 0.00 – 700,000.00 CNY").contains("decides 250,000.00 CNY");
  }

  @Test
  void test_shenzhen_loanWithFactsOpen_jointPairAndExactPart() throws IOException {
    String[] measures = {SIZE, SZ_FIRST_LOAN, SZ_TECH_SME, SZ_REDUCTION, DRAFT_CAP, DRAFT_POOL, DRAFT_RD,
        DRAFT_PURCHASE};
    CliThreePaths.Result result = run("q3-sz-loan-open", "2023-06-30", measures);
    EntitlementReport report = result.report();
    // 300号 （二）: 2022's 120 employees and 1800万: small
    assertOutcome(result.outcome(SIZE), Verdict.ELIGIBLE, "0", "0");
    // 第5条: L1 of 1,000,000 drawn 2023-02-01, "贴息期限不超过6个月": 2023-02-01 → 08-01, 28+31+30+31+30+31 = 181
    // days; 1,000,000 × 2% × 181/360 = 10,055.555… → 10,055.56. Whether L1 is subsidised under another municipal
    // scheme is not given (one subsidy a loan, 2022 首贷 rules): 0 – 10,055.56, naming it. It names /techSme too:
    // by hand the enrolment cannot move this outcome (L1 goes to the larger, 10,055.56 against 8,000.00, whichever
    // way it falls), but register §4.6 item 72 names both open subsidies' facts on a loan whose choice is open
    // ("either may decide"); the questions below credit the enrolment with nothing (register §4.6 item 85)
    MeasureOutcome firstLoan = result.outcome(SZ_FIRST_LOAN);
    assertOutcome(firstLoan, Verdict.UNDETERMINED, "0", "10055.56");
    assertThat(firstLoan.missingFacts()).containsExactlyInAnyOrder("/loans/0/subsidisedUnderAnotherMunicipalScheme",
        "/techSme");
    // 第13条 科技贴息: 10,000 of 2023 interest on L1 at 80% (the 2023 ratio, register §4.6 item 76) = 8,000.00; the
    // enrolment is not given: 0 – 8,000.00
    MeasureOutcome techSme = result.outcome(SZ_TECH_SME);
    assertOutcome(techSme, Verdict.UNDETERMINED, "0", "8000.00");
    assertThat(techSme.missingFacts()).contains("/techSme");
    // 第6条: a 小微企业 (small), government guarantor, standard 2%: min(2% × 60%, 1%) = 1% (register §4.3 item 18),
    // charged 1%: 1,000,000 × (2% − 1%) × 12/12 = 10,000.00 saved, exact
    MeasureOutcome reduction = result.outcome(SZ_REDUCTION);
    assertOutcome(reduction, Verdict.ELIGIBLE, "10000.00", "10000.00");
    assertThat(reduction.amountKind()).isEqualTo(AmountKind.FEE_SAVED);
    // the draft's cap: the recognition not given; contract date not given, the drawdown read (register §4.3 item
    // 20): ≤1 year, 4.35% × ½ = 2.175%, 1,000,000 × 2.175% × 12/12 = 21,750.00: 0 – 21,750.00, a draft ceiling
    MeasureOutcome cap = result.outcome(DRAFT_CAP);
    assertOutcome(cap, Verdict.UNDETERMINED, "0", "21750.00");
    assertThat(cap.missingFacts()).containsExactly("/specialisedAndInnovative");
    assertThat(cap.amountKind()).isEqualTo(AmountKind.COUNTERPARTY_CEILING);
    for (String draft : List.of(DRAFT_CAP, DRAFT_POOL, DRAFT_RD, DRAFT_PURCHASE)) {
      assertDraft(result.outcome(draft));
      assertThat(result.outcome(draft).verdict()).as(draft).isEqualTo(Verdict.UNDETERMINED);
    }
    assertThat(result.outcome(DRAFT_POOL).missingFacts()).containsExactly("/specialisedAndInnovative");
    assertThat(result.outcome(DRAFT_RD).missingFacts()).containsExactly("/specialisedAndInnovative");
    // 第二十九条: the leases, the recognition and the 2022 output are all not given, and each may rule the firm out
    // ("、": all three needed), so all three are named (before the audit: /leases alone)
    assertThat(result.outcome(DRAFT_PURCHASE).missingFacts()).containsExactlyInAnyOrder("/leases",
        "/specialisedAndInnovative", "/industrialOutputs");
    // register §4.6 items 49–50: L1's choice between 第5条 and 第13条 is open, both only "may" qualify, so the joint
    // least is the sum of the minima, 0.00; the joint most max(10,055.56 + 0, 8,000.00 + 0) = 10,055.56
    assertThat(report.jointLimits()).hasSize(1);
    JointLimit pair = report.jointLimits().get(0);
    assertThat(pair.loanIds()).containsExactly("L1");
    assertThat(yuan(pair.minimum())).isEqualByComparingTo("0");
    assertThat(yuan(pair.maximum())).isEqualByComparingTo("10055.56");
    // totals: 10,000.00 exact + the pair's 0 – 10,055.56 = 10,000.00 – 20,055.56; by kind: fee saved 10,000.00
    // exact, payments 0 – 10,055.56 (the pair once); the draft ceiling not counted
    assertRange(report.totals().inReach(), "10000.00", "20055.56");
    assertRange(report.totals().byKind().get(AmountKind.FEE_SAVED), "10000.00", "10000.00");
    assertRange(report.totals().byKind().get(AmountKind.PAYMENT_TO_FIRM), "0", "10055.56");
    assertOtherKindsNothing(report, AmountKind.FEE_SAVED, AmountKind.PAYMENT_TO_FIRM);
    // the pair's width on the facts that move the pair's amount (register §4.6 items 49 and 85). By hand, on each
    // completion of its two facts (item 10: the larger takes the loan): L1 subsidised elsewhere, neither pays, 0.00;
    // not, enrolled: 10,055.56 > 8,000.00, the first-loan subsidy, 10,055.56; not, not enrolled: 第5条 alone,
    // 10,055.56. The enrolment never moves it: L1's other subsidy decides the whole 10,055.56 − 0.00 = 10,055.56,
    // the total's width, and /techSme 0.00 (before item 85 the union shared it: 5,027.78 each, the enrolment
    // credited with money it cannot change). Then the facts at 0.00 by measures: /specialisedAndInnovative (cap,
    // pool, interest, purchase: 4), /techSme (the pair: 2), /industrialOutputs and /leases (the purchase)
    assertThat(techSme.missingFacts()).containsExactlyInAnyOrder("/techSme",
        "/loans/0/subsidisedUnderAnotherMunicipalScheme");
    assertThat(pair.factsDecidingNothing()).containsExactly("/techSme");
    assertQuestions(report,
        new String[] {"/loans/0/subsidisedUnderAnotherMunicipalScheme", "/specialisedAndInnovative", "/techSme",
            "/industrialOutputs", "/leases"},
        new String[] {"10055.56", "0", "0", "0", "0"},
        new int[] {0, 0, 0, 0, 0});
    assertThat(report.nextQuestions().get(0).measures()).hasSize(2);
    assertThat(report.nextQuestions().get(1).measures()).hasSize(4);
    assertThat(report.nextQuestions().get(2).measures()).hasSize(2);
    String zh = table("q3-sz-loan-open", "2023-06-30", "zh", measures);
    assertThat(zh).contains("合计可享：10,000.00 – 20,055.56 元").contains("可确定 10,055.56 元")
        .doesNotContain("5,027.78").contains(pair.reason().message().in(java.util.Locale.SIMPLIFIED_CHINESE));
    assertThat(rowOf(zh, cap.title().in(java.util.Locale.SIMPLIFIED_CHINESE))).contains("0.00 – 21,750.00 *")
        .contains("征求意见稿");
    String en = table("q3-sz-loan-open", "2023-06-30", "en", measures);
    assertThat(en).contains("Total in reach: 10,000.00 – 20,055.56 CNY").contains("decides 10,055.56 CNY")
        .doesNotContain("5,027.78");
    for (String draft : List.of(DRAFT_CAP, DRAFT_POOL, DRAFT_RD, DRAFT_PURCHASE)) {
      assertThat(rowOf(en, result.outcome(draft).title().in(java.util.Locale.ENGLISH))).contains("  draft  ");
    }
    assertThat(result.json().at("/jointLimits/0/maximum/amount").decimalValue()).isEqualByComparingTo("10055.56");
    assertThat(result.json().at("/jointLimits/0/factsDecidingNothing/0").asText()).isEqualTo("/techSme");
    assertThat(result.json().at("/nextQuestions/0/amountDecided/amount").decimalValue())
        .isEqualByComparingTo("10055.56");
  }

  @Test
  void test_shenzhen_everyDraftItemSettled_draftsOutsideTheTotal() throws IOException {
    String[] measures = {DRAFT_CAP, DRAFT_POOL, DRAFT_RD, DRAFT_PLATFORM, DRAFT_PURCHASE};
    CliThreePaths.Result result = run("q5-sz-draft-all", "2023-06-30", measures);
    EntitlementReport report = result.report();
    // 第五条 cap: contract 2023-02-20, 2023-03-01 → 2024-03-01 (≤1 year): 4.35% × ½ = 2.175%; 1,000,000 × 2.175% ×
    // 12/12 = 21,750.00, the most the guarantor may charge
    assertOutcome(result.outcome(DRAFT_CAP), Verdict.ELIGIBLE, "21750.00", "21750.00");
    // 第五条 pool and interest: a 专精特新企业 on the date, no figure of their own
    assertOutcome(result.outcome(DRAFT_POOL), Verdict.ELIGIBLE, "0", "0");
    assertOutcome(result.outcome(DRAFT_RD), Verdict.ELIGIBLE, "0", "0");
    // 第十二条: E1 12,345.67 − 6,172.84 = 6,172.83; E2 before the window; E3 0.01 − 0.01 = 0.00; E4 500.00:
    // 6,672.83 saved (register §4.6 item 51)
    assertOutcome(result.outcome(DRAFT_PLATFORM), Verdict.ELIGIBLE, "6672.83", "6672.83");
    // 第二十九条: 2022 output 300,000,000.00 ("3亿以上" inclusive) and 2020-07-01 → 2023-06-30, 3 years exactly
    assertOutcome(result.outcome(DRAFT_PURCHASE), Verdict.ELIGIBLE, "0", "0");
    for (String draft : measures) {
      assertDraft(result.outcome(draft));
      assertThat(result.outcome(draft).missingFacts()).as(draft).isEmpty();
    }
    assertThat(result.json().at("/outcomes").findValuesAsText("documentStatus")).hasSize(5).containsOnly("DRAFT");
    // drafts never count: the total in reach is 0.00 exactly and nothing is asked
    assertRange(report.totals().inReach(), "0", "0");
    assertOtherKindsNothing(report);
    assertThat(report.nextQuestions()).isEmpty();
    String zh = table("q5-sz-draft-all", "2023-06-30", "zh", measures);
    String en = table("q5-sz-draft-all", "2023-06-30", "en", measures);
    for (String draft : measures) {
      MeasureOutcome outcome = result.outcome(draft);
      assertThat(rowOf(zh, outcome.title().in(java.util.Locale.SIMPLIFIED_CHINESE))).contains(" *")
          .contains("  征求意见稿  ");
      assertThat(rowOf(en, outcome.title().in(java.util.Locale.ENGLISH))).contains(" *").contains("  draft  ");
    }
    assertThat(zh).contains("合计可享：0.00 元");
    assertThat(en).contains("Total in reach: 0.00 CNY");
  }

  @Test
  void test_regionNotGiven_onePlaceInTheTotal_sharesRoundedOnce() throws IOException {
    String[] measures = {SZ_FIRST_LOAN, SH_FOUR_ABOVE, SH_FIRST_LOAN};
    CliThreePaths.Result result = run("q4-no-region", "2023-12-31", measures);
    EntitlementReport report = result.report();
    // register §0.6: each region-bound measure is open from zero naming /registrationRegionCode; the total adds the
    // most one place adds: Shenzhen 200,000.00 against Shanghai 500,000.00 + 200,000.00 = 700,000.00
    for (String m : measures) {
      assertThat(result.outcome(m).missingFacts()).as(m).contains("/registrationRegionCode");
    }
    assertOutcome(result.outcome(SZ_FIRST_LOAN), Verdict.UNDETERMINED, "0", "200000.00");
    assertOutcome(result.outcome(SH_FOUR_ABOVE), Verdict.UNDETERMINED, "0", "500000.00");
    assertOutcome(result.outcome(SH_FIRST_LOAN), Verdict.UNDETERMINED, "0", "200000.00");
    assertRange(report.totals().inReach(), "0", "700000.00");
    assertRange(report.totals().byKind().get(AmountKind.PAYMENT_TO_FIRM), "0", "700000.00");
    // the Shanghai widths only (Shenzhen's is outside the total): 第二条 500,000 over {region, events, certificate}
    // = 166,666.666… each; 第十五条 200,000 over its facts. /registrationRegionCode: 166,666.666… + 200,000 ÷ n,
    // rounded once
    MeasureOutcome shLoan = result.outcome(SH_FIRST_LOAN);
    assertThat(result.outcome(SH_FOUR_ABOVE).missingFacts()).containsExactlyInAnyOrder("/registrationRegionCode",
        "/grantEvents", "/highTech");
    assertThat(shLoan.missingFacts()).containsExactlyInAnyOrder("/registrationRegionCode", "/loans");
    // 第十五条 over {region, loans}: 100,000.00 each. Region 166,666.666… + 100,000 = 266,666.67 (rounded once);
    // events and certificate 166,666.67 each; loans 100,000.00 (named by the Shenzhen measure too, 2 measures);
    // 266,666.67 + 2 × 166,666.67 + 100,000.00 = 700,000.01, within half a fen a question of 700,000.00; then the
    // Shenzhen-only facts at 0.00 (outside the total), by pointer
    assertQuestions(report,
        new String[] {"/registrationRegionCode", "/grantEvents", "/highTech", "/loans", "/firstTimeBorrower",
            "/independentLegalPerson", "/onSeriousDishonestyList"},
        new String[] {"266666.67", "166666.67", "166666.67", "100000.00", "0", "0", "0"},
        new int[] {0, 0, 0, 0, 0, 0, 0});
    assertThat(report.nextQuestions().get(3).measures()).hasSize(2);
    String zh = table("q4-no-region", "2023-12-31", "zh", measures);
    assertThat(zh).contains("合计可享：0.00 – 700,000.00 元").contains("1.  /registrationRegionCode")
        .contains("可确定 266,666.67 元");
    String en = table("q4-no-region", "2023-12-31", "en", measures);
    // the Shenzhen-only facts decide none of the total: said in words (decisions register §4.6 item 175), the column
    // as wide as those words
    assertThat(en).containsPattern("decides 266,666\\.67 CNY +3 measure\\(s\\)")
        .containsPattern("5\\.  /firstTimeBorrower +decides no amount of the total  1 measure\\(s\\)");
  }
}
