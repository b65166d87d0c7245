package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static io.github.huiqi.examples.cli.CliThreePaths.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.NextQuestion;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blind, hand-worked audit of the Shenzhen measures that are not loan subsidies, as a platform developer and a QA
 * lead check them from outside: seven Shenzhen firms (resources {@code szaudit/*.json}) run for the same twenty
 * measures through the engine's JSON entry point, the Java API and the command line ({@code --json}, and the table in
 * zh-CN and en, with {@code --as-of}); {@link CliThreePaths} checks what the paths share, that every missing fact is a
 * pointer of the profile's schema and the verdict convention (decisions register §4.6 items 42 and 45).
 * <p>
 * Every figure was worked by hand from the clauses before the library was run: 深工信〔2023〕26号 第1条 (small-scale VAT,
 * 小型微利企业, R&amp;D super deduction, with the national instruments), 第2条 (late fees on deferred social insurance,
 * housing fund, utilities in 2023-Q1), 第3条 (工业上楼 ≤ 35 元/m²/月), 第9条 (SME procurement share), 第16条 (创客中国,
 * 最高30万元 a winning project), 第17条 (digital platforms, 每年不超过1000万元); 小升规方案 第四条 (cultivation pool
 * 1000至2000万元, reward 最高20万元), 第十条 (renovation grant 不超过 10-20%, 上限5000万元; interest 50%, 最高500万元);
 * the 专精特新 draft 第五条, 第九条, 第十二条 (50% fee), 第十四条 (每人每次最高2万元), 第二十九条 (3亿, 3年); and 工信部联企业
 * 〔2011〕300号. The readings the sources leave open are the decisions register's, cited beside each figure.
 * <p>
 * The audit found two faults, fixed with it: the 小升规 reward gave an entry year when the profile's history starts in
 * the database (firm D's detail said "2020年首次纳入"), and the 小型微利企业 relief did not name {@code /icOrMachineTool}
 * while the R&amp;D intangibles were also not given (firm B).
 */
class HuiqiCliShenzhenBlindAuditTest {

  private static final String VAT = "sz-gxj-2023-26.small-scale-vat";
  private static final String SLPE = "sz-gxj-2023-26.small-low-profit-enterprise";
  private static final String RD = "sz-gxj-2023-26.rd-super-deduction";
  private static final String INSURANCE = "sz-gxj-2023-26.insurance-late-fee-waiver";
  private static final String HOUSING = "sz-gxj-2023-26.housing-fund-deferral";
  private static final String UTILITY = "sz-gxj-2023-26.utility-arrears-relief";
  private static final String HIGH_RISE = "sz-gxj-2023-26.high-rise-average-rent";
  private static final String PROCUREMENT = "sz-gxj-2023-26.sme-procurement-reservation";
  private static final String MAKER = "sz-gxj-2023-26.maker-china-award";
  private static final String PLATFORM = "sz-gxj-2023-26.digital-platform-subsidy";
  private static final String POOL = "sz-gxj-2022-small-to-scale.cultivation-pool";
  private static final String REWARD = "sz-gxj-2022-small-to-scale.small-to-scale-reward";
  private static final String GRANT = "sz-gxj-2022-small-to-scale.technical-renovation-grant";
  private static final String INTEREST = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";
  private static final String DRAFT_MAKER = "sz-gxj-zjtx-32-draft.maker-china-award";
  private static final String DRAFT_FEE = "sz-gxj-zjtx-32-draft.platform-service-fee";
  private static final String DRAFT_PURCHASE = "sz-gxj-zjtx-32-draft.state-owned-space-purchase";
  private static final String DRAFT_TRAINING = "sz-gxj-zjtx-32-draft.entrepreneur-training-subsidy";
  private static final String DRAFT_INTEREST = "sz-gxj-zjtx-32-draft.rd-renovation-interest-subsidy";
  private static final String SIZE = "miit-2011-300.enterprise-size";

  private static final String[] ALL = {VAT, SLPE, RD, INSURANCE, HOUSING, UTILITY, HIGH_RISE, PROCUREMENT, MAKER,
      PLATFORM, POOL, REWARD, GRANT, INTEREST, DRAFT_MAKER, DRAFT_FEE, DRAFT_PURCHASE, DRAFT_TRAINING, DRAFT_INTEREST,
      SIZE};
  private static final String[] DRAFTS = {DRAFT_MAKER, DRAFT_FEE, DRAFT_PURCHASE, DRAFT_TRAINING, DRAFT_INTEREST};

  @TempDir
  Path dir;

  private CliThreePaths.Result run(String name, String asOf) throws IOException {
    CliThreePaths.Result r = CliThreePaths.run(dir, "szaudit", name, asOf, ALL);
    // a draft's figure is indicative and never counted (README, "One contract, one outcome")
    for (String draft : DRAFTS) {
      assertThat(r.outcome(draft).countedInTotal()).as(draft + " counted").isFalse();
    }
    return r;
  }

  private static void assertLimit(MeasureOutcome outcome, String code, String limit) {
    BindingLimit binding = outcome.bindingLimit().orElseThrow(() -> new AssertionError(outcome.measure()
        + " has no binding limit"));
    assertThat(binding.code()).as(outcome.measure() + " limit").isEqualTo(code);
    assertThat(yuan(binding.limit())).as(outcome.measure() + " limit").isEqualByComparingTo(limit);
  }

  private static void assertTotal(OutcomeAmount total, String least, String most) {
    assertThat(yuan(total.minimum())).as("total least").isEqualByComparingTo(least);
    assertThat(yuan(total.maximum().orElseThrow())).as("total most").isEqualByComparingTo(most);
  }

  /** The next questions as "fact amount +unbounded", in the report's order. */
  private static List<String> questions(CliThreePaths.Result r) {
    return r.report().nextQuestions().stream().map(q -> q.fact() + " " + yuan(q.amountDecided()).toPlainString()
        + " +" + q.unboundedMeasures()).toList();
  }

  private static void assertIneligible(CliThreePaths.Result r, String... measures) {
    for (String measure : measures) {
      assertOutcome(r.outcome(measure), Verdict.INELIGIBLE, "0", "0");
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_a_baoanScaleUpFirm_everyFactGiven_everyMeasureWorked() throws IOException {
    // A: 宝安 C3484, general VAT taxpayer; 2021 out of 规上 (15,000,000), 2022 in (22,000,000, 150 staff), 2023 in
    // (22,000,000.01); all lists given; evaluated on 2023-12-31
    CliThreePaths.Result r = run("sz-a-baoan-scaleup", "2023-12-31");
    // size (300号 第四条, industry; the prior full year 2022, register §4.6 item 36): medium needs X ≥ 300 and
    // Y ≥ 2000万; X = 150 fails, so small (20 ≤ X, 300万 ≤ Y)
    assertThat(r.outcome(SIZE).detail().orElseThrow().in(Locale.ENGLISH)).isEqualTo("small (2022 figures)");
    // VAT: a general taxpayer is not a small-scale one
    assertIneligible(r, VAT);
    // R&D (2023年第7号, 100%): other related 50,000 capped at (300,000 + 100,000) × 10% ÷ 90% = 44,444.444…
    // → 44,444.44 (财税〔2015〕119号 第一条（一）6, half-up once, register §4.5 item 35); base 444,444.44; saving
    // 25% × 444,444.44 = 111,111.11, the other-costs cap binding (register §4.5 item 34)
    assertOutcome(r.outcome(RD), Verdict.ELIGIBLE, "111111.11", "111111.11");
    assertLimit(r.outcome(RD), "other-costs-cap", "44444.44");
    // 小型微利企业 (2023年第6号, 2022年第13号): averages 150 staff, 40,000,000 assets; income after the deduction
    // 2,400,000 − 444,444.44 = 1,955,555.56 ≤ 3,000,000; standard 25% = 488,888.89, due 5% = 97,777.778 → 97,777.78;
    // relief 391,111.11
    assertOutcome(r.outcome(SLPE), Verdict.ELIGIBLE, "391111.11", "391111.11");
    // 第2条 late fees (社会保险法 第八十六条 0.05% a day, each deferral half-up to the fen, register §1.2 card 000-2a):
    // D1 pension 30,010.00 due 2023-01-31 repaid 2023-02-01: 1 day, 15.005 → 15.01 (half a fen, up); D2
    // unemployment 100,000 due 2022-06-15 repaid 2023-12-31 (the last day, "2023年12月31日前" included): 564 days,
    // 28,200.00; D3 due 2022-03-31, before the deferral's 2022-04-01: not waived; D4 medical: not among 养老、失业、工伤.
    // 15.01 + 28,200.00 = 28,215.01
    assertOutcome(r.outcome(INSURANCE), Verdict.ELIGIBLE, "28215.01", "28215.01");
    // housing fund: applied 2023-06-30 (the last day, "申请期限至2023年6月30日"), from 2023-07-01, asking to
    // 2024-07-31: at most 12 months, to 2024-06-30 (register §1.2 card 000-2c); the window closed on 2023-06-30
    assertOutcome(r.outcome(HOUSING), Verdict.ELIGIBLE, "0", "0");
    assertThat(r.outcome(HOUSING).windowStatus()).isEqualTo(WindowStatus.CLOSED);
    assertThat(r.outcome(HOUSING).detail().orElseThrow().in(Locale.ENGLISH))
        .isEqualTo("Housing-fund deferral: H1 may be deferred to 2024-06-30.");
    // utilities, 2023-Q1 (经营困难 read from affectedByEpidemic, given true): E1 1,005.00 at 0.1% overdue from
    // 2023-03-27 paid 2023-04-05: 5 days within Q1 (27–31 March), 5.025 → 5.03; W1 overdue from 2022-12-25 and paid
    // 2023-01-01: no day of Q1 before payment, 0.00 (register §1.2 card 000-2d). Q1 has closed: not counted
    assertOutcome(r.outcome(UTILITY), Verdict.ELIGIBLE, "5.03", "5.03");
    assertThat(r.outcome(UTILITY).countedInTotal()).isFalse();
    // 工业上楼: 70,000.00 ÷ 2,000 m² = 35.00, within 35 (第3条), non-monetary
    assertOutcome(r.outcome(HIGH_RISE), Verdict.ELIGIBLE, "0", "0");
    assertThat(r.outcome(HIGH_RISE).detail().orElseThrow().in(Locale.ENGLISH)).contains("35.00", "within 35");
    // procurement share (第9条): a small firm may compete for it
    assertOutcome(r.outcome(PROCUREMENT), Verdict.ELIGIBLE, "0", "0");
    // no contest, platform, fee event or training session; not 专精特新
    assertIneligible(r, MAKER, PLATFORM, DRAFT_MAKER, DRAFT_FEE, DRAFT_PURCHASE, DRAFT_TRAINING, DRAFT_INTEREST);
    // pool (第四条): 2022's 22,000,000 is not within 1000至2000万元 (20,000,000 is already 规上, register §1.3 001-4a)
    assertIneligible(r, POOL);
    // reward (第四条): out in 2021, in 2022 (the entry), in 2023 with 22,000,000.01 > 22,000,000 (正增长 by a fen):
    // 0 – 200,000.00, the 最高20万元 ceiling binding (register §4.4 item 29)
    assertOutcome(r.outcome(REWARD), Verdict.ELIGIBLE, "0", "200000.00");
    assertLimit(r.outcome(REWARD), "reward-ceiling", "200000.00");
    assertThat(r.outcome(REWARD).detail().orElseThrow().zh()).isEqualTo("2022年首次纳入规上工业企业库");
    // grant (第十条): 智能化改造 level 3 → 16% × 10,000,000 = 1,600,000.00 ("不超过": from zero); fixed assets
    // 9,600,000 = 80% of 12,000,000 and equipment 6,720,000 = 70% of the fixed assets, both exactly at the floor
    assertOutcome(r.outcome(GRANT), Verdict.ELIGIBLE, "0", "1600000.00");
    assertThat(r.outcome(GRANT).bindingLimit()).isEmpty();
    // interest (第十条, 3 years from 2023-01-01 to 2025-12-31, register §4.1 item 9): RP1 12,345.67 all inside; RP2
    // 3,100.00 for 2025-12-15..2026-01-15 (31 days), 17 inside: 1,700.00; 50% × 14,045.67 = 7,022.835 → 7,022.84
    assertOutcome(r.outcome(INTEREST), Verdict.ELIGIBLE, "7022.84", "7022.84");
    // totals: tax saved 391,111.11 + 111,111.11 = 502,222.22; fee saved 28,215.01 (the utilities' Q1 closed);
    // payments 7,022.84 to 7,022.84 + 1,600,000 + 200,000 = 1,807,022.84; in reach 537,460.07 – 2,337,460.07
    assertTotal(r.report().totals().byKind().get(AmountKind.TAX_SAVED), "502222.22", "502222.22");
    assertTotal(r.report().totals().byKind().get(AmountKind.FEE_SAVED), "28215.01", "28215.01");
    assertTotal(r.report().totals().byKind().get(AmountKind.PAYMENT_TO_FIRM), "7022.84", "1807022.84");
    assertTotal(r.report().totals().inReach(), "537460.07", "2337460.07");
    // every fact given: the ranges left are those the authority fixes within its ceilings, which no fact decides
    assertThat(r.report().nextQuestions()).isEmpty();
  }

  @Test
  void test_a_theDayAfter2023_itsWindowsClosed_thePlanStillOpen() throws IOException {
    CliThreePaths.Result r = run("sz-a-baoan-scaleup", "2024-01-01");
    // 第2条, 第3条, 第9条, 第16条, 第17条 ran in 2023 only: closed, not counted, their verdicts unchanged
    for (String measure : List.of(INSURANCE, HOUSING, UTILITY, HIGH_RISE, PROCUREMENT, MAKER, PLATFORM)) {
      assertThat(r.outcome(measure).windowStatus()).as(measure).isEqualTo(WindowStatus.CLOSED);
      assertThat(r.outcome(measure).countedInTotal()).as(measure).isFalse();
    }
    assertOutcome(r.outcome(INSURANCE), Verdict.ELIGIBLE, "28215.01", "28215.01");
    // the tax reliefs (to 2027-12-31) read the latest year not after 2024, 2023 (register §4.6): as on 2023-12-31;
    // the plan (2022-08-03..2024-12-31) is open; the size now reads 2023 (150 staff, 22,000,000.01): small
    assertThat(r.outcome(SLPE).windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertOutcome(r.outcome(SLPE), Verdict.ELIGIBLE, "391111.11", "391111.11");
    assertThat(r.outcome(SIZE).detail().orElseThrow().in(Locale.ENGLISH)).isEqualTo("small (2023 figures)");
    // 537,460.07 − 28,215.01 = 509,245.06; + 1,800,000 = 2,309,245.06
    assertTotal(r.report().totals().inReach(), "509245.06", "2309245.06");
  }

  @Test
  void test_b_microSoftwareFirm_vatHalfFen_factsMissing_questionsRanked() throws IOException {
    // B: 南山 I6513, 8 staff (micro: 软件和信息技术服务业 X < 10), a small-scale taxpayer filing monthly in 2023; its
    // R&D intangibles and IC kind not given, and most lists not given; evaluated on 2023-06-30
    CliThreePaths.Result r = run("sz-b-nanshan-software", "2023-06-30");
    assertThat(r.outcome(SIZE).detail().orElseThrow().in(Locale.ENGLISH)).isEqualTo("micro (2022 figures)");
    // VAT (国家税务总局公告2023年第1号: ≤ 100,000 a month exempt, else 1% on all of it; saved = 3% − due, each
    // half-up to the fen, register §4.5 item 35): January 100,000.00 (included) exempt, saved 3,000.00; February
    // 100,000.75: due 1,000.0075 → 1,000.01, at 3% 3,000.0225 → 3,000.02, saved 3,000.02 − 1,000.01 = 2,000.01 (2%
    // of the sales would round to 2,000.02); March to December 50,000.00 exempt, 10 × 1,500.00. In all 20,000.01
    assertOutcome(r.outcome(VAT), Verdict.ELIGIBLE, "20000.01", "20000.01");
    // R&D: at least 100% × 100,000.30, saving 25,000.075 → 25,000.08; at most the whole income's tax,
    // 25% × 1,000,000.10 = 250,000.025 → 250,000.03 (intangibles not given; the IC kind would give 120%)
    assertOutcome(r.outcome(RD), Verdict.ELIGIBLE, "25000.08", "250000.03");
    assertThat(r.outcome(RD).missingFacts()).containsExactly("/years/1/rdIntangibles", "/icOrMachineTool");
    // 小型微利企业 (register §1.7): from zero (intangibles may take the income to nothing) to the relief after the
    // least deduction: 1,000,000.10 − 100,000.30 = 899,999.80, 224,999.95 − 44,999.99 = 179,999.96. An IC kind's
    // 120% (120,000.36) would lower that most to 175,999.95, so the kind is named too (fixed by this audit)
    assertOutcome(r.outcome(SLPE), Verdict.ELIGIBLE, "0", "179999.96");
    assertThat(r.outcome(SLPE).missingFacts()).containsExactly("/years/1/rdIntangibles", "/icOrMachineTool");
    // lists not given (register §0.3, §4.6 item 60): open from zero, naming the list
    assertOutcome(r.outcome(INSURANCE), Verdict.UNDETERMINED, "0", null);
    assertThat(r.outcome(INSURANCE).missingFacts()).containsExactly("/insuranceDeferrals");
    assertOutcome(r.outcome(MAKER), Verdict.UNDETERMINED, "0", null);
    assertOutcome(r.outcome(PLATFORM), Verdict.UNDETERMINED, "0", "10000000.00");
    assertThat(r.outcome(PLATFORM).missingFacts()).containsExactly("/grantEvents");
    assertThat(r.outcome(HOUSING).missingFacts()).containsExactly("/housingFundDeferrals");
    assertThat(r.outcome(HIGH_RISE).missingFacts()).containsExactly("/leases");
    // a software firm is no industrial one: the plan's pool and reward are not for it (第四条 工业企业)
    assertIneligible(r, POOL, REWARD);
    assertOutcome(r.outcome(PROCUREMENT), Verdict.ELIGIBLE, "0", "0");
    // next questions (README: each open range shared equally among its facts, a fact's amount its shares' sum
    // rounded once): /grantEvents 10,000,000.00 (第17条) and 创客中国 unbounded; the R&D and 小型微利企业 reliefs
    // together save at most the whole income's tax, 250,000.03 (register §4.6 item 176; their maxima add up to
    // 250,000.03 + 179,999.96 = 429,999.99), so the pair counts once, 25,000.08 – 250,000.03, its width shared by
    // /icOrMachineTool and the intangibles: (250,000.03 − 25,000.08) ÷ 2 = 112,499.975 → 112,499.98 each (before
    // item 176, 112,499.975 + 179,999.96 ÷ 2 = 202,499.96), tied, then by pointer; then the facts that open only
    // unbounded amounts; the utilities' closed window (2023-Q1) and the non-monetary measures decide 0.00; the
    // drafts are never counted
    assertThat(questions(r)).startsWith("/grantEvents 10000000.00 +1", "/icOrMachineTool 112499.98 +0",
        "/years/1/rdIntangibles 112499.98 +0", "/renovationProjects 0.00 +2", "/insuranceDeferrals 0.00 +1");
    assertThat(r.report().jointLimits()).singleElement().satisfies(limit -> {
      assertThat(limit.taxYear()).contains(2023);
      assertThat(yuan(limit.minimum())).isEqualByComparingTo("25000.08");
      assertThat(yuan(limit.maximum())).isEqualByComparingTo("250000.03");
    });
    assertThat(questions(r)).contains("/utilityBills 0.00 +0", "/housingFundDeferrals 0.00 +0");
    // tax saved 20,000.01 + 25,000.08 + 0 = 45,000.09 at least
    assertThat(yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("45000.09");
  }

  @Test
  void test_c_poolAtItsLowerEdge_rewardOpen_atTheWindowsEdges() throws IOException {
    // C: 福田 C3972; 2021 9,999,999.99 (40 staff), 2022 10,000,000.00 (45), both out of 规上; 2023 in (20,000,000)
    CliThreePaths.Result mid = run("sz-c-futian-pool", "2023-06-30");
    // pool (第四条 "上一年度营业收入1000至2000万元"): 2022's 10,000,000.00 is the band's lower end, included; small
    assertOutcome(mid.outcome(POOL), Verdict.ELIGIBLE, "0", "0");
    // reward: entry 2023 (2022 given out); the growth year 2024 is not in the profile: open, naming /years
    assertOutcome(mid.outcome(REWARD), Verdict.UNDETERMINED, "0", "200000.00");
    assertThat(mid.outcome(REWARD).missingFacts()).containsExactly("/years");
    assertThat(mid.outcome(REWARD).detail().orElseThrow().zh()).isEqualTo("2023年首次纳入规上工业企业库");
    // 小型微利企业: 500,000 × (25% − 5%) = 100,000.00; no R&D costs: a deduction of 0.00
    assertOutcome(mid.outcome(SLPE), Verdict.ELIGIBLE, "100000.00", "100000.00");
    assertOutcome(mid.outcome(RD), Verdict.ELIGIBLE, "0", "0");
    assertThat(mid.firstQuestion()).isEqualTo("/years");
    // 2022-12-31: the pool reads 2021, 9,999,999.99, a fen below the band
    CliThreePaths.Result before = run("sz-c-futian-pool", "2022-12-31");
    assertIneligible(before, POOL);
    assertThat(before.outcome(SIZE).detail().orElseThrow().in(Locale.ENGLISH)).isEqualTo("small (2021 figures)");
    // 2022-08-02, the day before the plan (2022-08-03): its reward is not yet open, not counted, and /years decides
    // no plan money; 2022-08-03: open and counted, 0 – 200,000.00
    CliThreePaths.Result eve = run("sz-c-futian-pool", "2022-08-02");
    assertThat(eve.outcome(REWARD).windowStatus()).isEqualTo(WindowStatus.NOT_YET_OPEN);
    assertThat(eve.outcome(REWARD).countedInTotal()).isFalse();
    assertThat(eve.report().totals().byKind()).doesNotContainKey(AmountKind.PAYMENT_TO_FIRM);
    CliThreePaths.Result first = run("sz-c-futian-pool", "2022-08-03");
    assertThat(first.outcome(REWARD).windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertTotal(first.report().totals().byKind().get(AmountKind.PAYMENT_TO_FIRM), "0", "200000.00");
    // 2024-12-31, the plan's last day: still open; the pool reads 2023's 20,000,000, outside the band (§1.3 001-4a)
    CliThreePaths.Result last = run("sz-c-futian-pool", "2024-12-31");
    assertThat(last.outcome(REWARD).countedInTotal()).isTrue();
    assertIneligible(last, POOL);
    // 2025-01-01: closed, not counted
    CliThreePaths.Result after = run("sz-c-futian-pool", "2025-01-01");
    assertThat(after.outcome(REWARD).windowStatus()).isEqualTo(WindowStatus.CLOSED);
    assertThat(after.outcome(REWARD).countedInTotal()).isFalse();
  }

  @Test
  void test_d_littleGiant_draftMeasures_renovationCapsReachedAndBinding() throws IOException {
    // D: 龙华 C3562, medium (2022: 600 staff, 38,000万); 专精特新 2022-07-01..2025-06-30, 小巨人 from 2023-07-15
    CliThreePaths.Result r = run("sz-d-longhua-littlegiant", "2023-12-31");
    assertThat(r.outcome(SIZE).detail().orElseThrow().in(Locale.ENGLISH)).isEqualTo("medium (2022 figures)");
    // 小型微利企业: 30,000,000 − 5,000,000 = 25,000,000 > 3,000,000: ineligible, the quarters not asked (they
    // cannot change it); R&D 25% × 5,000,000 = 1,250,000.00
    assertIneligible(r, SLPE);
    assertOutcome(r.outcome(RD), Verdict.ELIGIBLE, "1250000.00", "1250000.00");
    // reward: in 规上 from 2020, nothing before: an entry in 2020 or earlier is outside 2022–2024, ineligible; the
    // entry year is not known and not given (fixed by this audit: the detail said "2020年首次纳入")
    assertIneligible(r, REWARD);
    assertThat(r.outcome(REWARD).detail()).isEmpty();
    // pool: medium (not 小微) and far above the band
    assertIneligible(r, POOL);
    // grant: 技术装备升级 10% × 600,000,000 = 60,000,000, cut to the 5000万元 cap (binding); equipment 420,000,000 =
    // 70% of the fixed assets exactly
    assertOutcome(r.outcome(GRANT), Verdict.ELIGIBLE, "0", "50000000.00");
    assertLimit(r.outcome(GRANT), "cap-per-project", "50000000.00");
    // interest: years 2023-02-28..2026-02-27; I0 (before) 0; I1 9,999,980.00 inside; I2 560.00 for 2026-02-27..
    // 2026-03-27 (28 days), 1 inside: 20.00; I3 from 2026-02-28: 0. 50% × 10,000,000.00 = 5,000,000.00, the
    // 最高500万元 reached exactly, cutting nothing: no binding limit
    assertOutcome(r.outcome(INTEREST), Verdict.ELIGIBLE, "5000000.00", "5000000.00");
    assertThat(r.outcome(INTEREST).bindingLimit()).isEmpty();
    // 创客中国 (第16条, 2023): M1 on 2023-12-31 in, M2 on 2024-01-01 out: 0 – 300,000.00. The draft's 第九条 (from
    // 2023-01-01, no end): both, 0 – 600,000.00, the per-project ceiling binding (register §4.4 item 29)
    assertOutcome(r.outcome(MAKER), Verdict.ELIGIBLE, "0", "300000.00");
    assertOutcome(r.outcome(DRAFT_MAKER), Verdict.ELIGIBLE, "0", "600000.00");
    assertLimit(r.outcome(DRAFT_MAKER), "award-ceiling", "300000.00");
    // draft 第十二条 (register §4.6 item 51 (a)): 8,888.89 charged 4,444.445 → 4,444.45, saved 4,444.44; 1,000.00
    // saved 500.00; 4,944.44, a fee saved, not counted (draft)
    assertOutcome(r.outcome(DRAFT_FEE), Verdict.ELIGIBLE, "4944.44", "4944.44");
    assertThat(r.outcome(DRAFT_FEE).amountKind()).isEqualTo(AmountKind.FEE_SAVED);
    // draft 第十四条 "每人每次最高2万元…以降低参训人员培训费用": T1 30 × min(20,000, 25,000) = 600,000; T2
    // 10 × 15,000.50 = 150,005.00; T3 outside the 专精特新 programme: 0 – 750,005.00, the 20,000 binding on T1
    assertOutcome(r.outcome(DRAFT_TRAINING), Verdict.ELIGIBLE, "0", "750005.00");
    assertLimit(r.outcome(DRAFT_TRAINING), "cap-per-trainee-session", "20000.00");
    // draft 第二十九条 (register §1.6 card 004-29): 2022 output 300,000,000.00 (3亿, included) and the lease from
    // 2020-07-02 held through 2023-07-01 and more: eligible, non-monetary
    assertOutcome(r.outcome(DRAFT_PURCHASE), Verdict.ELIGIBLE, "0", "0");
    // draft 第五条 interest: a referral to 第十条's figures (register §1.6 item 004-5c), no amount of its own
    assertOutcome(r.outcome(DRAFT_INTEREST), Verdict.ELIGIBLE, "0", "0");
    // lists known empty: ineligible; procurement: a medium firm is an SME
    assertIneligible(r, INSURANCE, HOUSING, UTILITY, HIGH_RISE, PLATFORM, VAT);
    assertOutcome(r.outcome(PROCUREMENT), Verdict.ELIGIBLE, "0", "0");
    // in reach: 1,250,000 + 5,000,000 = 6,250,000.00 to + 50,000,000 + 300,000 = 56,550,000.00 (drafts apart)
    assertTotal(r.report().totals().inReach(), "6250000.00", "56550000.00");
    assertThat(r.report().nextQuestions()).isEmpty();
    // the purchase's tenure, "租用…3年以上": from 2020-07-02, three years end on 2023-07-01 (register §1.6 card
    // 004-29): on 2023-06-30 a day short, ineligible; on 2023-07-01 eligible
    assertIneligible(run("sz-d-longhua-littlegiant", "2023-06-30"), DRAFT_PURCHASE);
    assertOutcome(run("sz-d-longhua-littlegiant", "2023-07-01").outcome(DRAFT_PURCHASE), Verdict.ELIGIBLE, "0", "0");
  }

  @Test
  void test_e_renovationFactsOpen_questionsBeforeAndOnThePlansFirstDay() throws IOException {
    // E: 坪山 C2651, no years; one 智能化改造 project, 10,000,000.00 counted, its level, investments, eligibility and
    // subsidy start not given, 20,000.01 of interest paid for 2022-09-01..2022-12-01
    CliThreePaths.Result r = run("sz-e-pingshan-open", "2022-08-03");
    // grant: at most the top tier, 20% × 10,000,000.00 = 2,000,000.00, from zero, naming the five facts
    assertOutcome(r.outcome(GRANT), Verdict.UNDETERMINED, "0", "2000000.00");
    assertThat(r.outcome(GRANT).missingFacts()).containsExactlyInAnyOrder("/renovationProjects/0/eligibleProject",
        "/renovationProjects/0/maturityLevel", "/renovationProjects/0/totalInvestment",
        "/renovationProjects/0/fixedAssetInvestment", "/renovationProjects/0/equipmentInvestment");
    // interest: the start not known, so every payment may fall in the years (register §4.1 item 9): at most
    // 50% × 20,000.01 = 10,000.005 → 10,000.01
    assertOutcome(r.outcome(INTEREST), Verdict.UNDETERMINED, "0", "10000.01");
    assertThat(r.outcome(INTEREST).missingFacts()).containsExactlyInAnyOrder(
        "/renovationProjects/0/eligibleProject", "/renovationProjects/0/subsidyStart");
    assertOutcome(r.outcome(REWARD), Verdict.UNDETERMINED, "0", "200000.00");
    // next questions: /years decides the 小型微利企业 relief's most on a 2022 date, 625,000.00 (2022's rates, register
    // §1.7), and the reward's 200,000.00: 825,000.00, with the VAT and R&D unbounded; eligibleProject
    // 2,000,000 ÷ 5 + 10,000.01 ÷ 2 = 405,000.005 → 405,000.01; the four grant facts 400,000.00 each; the subsidy
    // start 5,000.005 → 5,000.01. Each rounded once, so the questions add up to 2,835,000.02, a fen (two half fen)
    // above the width 825,000 + 2,000,000 + 10,000.01 (NextQuestions: within half a fen a question)
    assertThat(questions(r)).startsWith("/years 825000.00 +2", "/renovationProjects/0/eligibleProject 405000.01 +0",
        "/renovationProjects/0/equipmentInvestment 400000.00 +0",
        "/renovationProjects/0/fixedAssetInvestment 400000.00 +0",
        "/renovationProjects/0/maturityLevel 400000.00 +0", "/renovationProjects/0/totalInvestment 400000.00 +0",
        "/renovationProjects/0/subsidyStart 5000.01 +0");
    BigDecimal asked = r.report().nextQuestions().stream().map(NextQuestion::amountDecided)
        .map(CliThreePaths::yuan).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(asked).isEqualByComparingTo("2835000.02");
    // the day before the plan opens: its measures are not yet open, so their facts decide 0.00; /years decides the
    // 小型微利企业 relief alone, 625,000.00
    CliThreePaths.Result eve = run("sz-e-pingshan-open", "2022-08-02");
    assertThat(eve.outcome(GRANT).windowStatus()).isEqualTo(WindowStatus.NOT_YET_OPEN);
    assertThat(questions(eve)).startsWith("/years 625000.00 +2");
    assertThat(questions(eve)).contains("/renovationProjects/0/eligibleProject 0.00 +0",
        "/renovationProjects/0/subsidyStart 0.00 +0");
  }

  @Test
  void test_f_largeIcFirm_renovationConditionsDecidedByAFen() throws IOException {
    // F: 光明 C3973, large (2022: 1,200 staff, 50,000万 ≥ 40,000万), an IC enterprise
    CliThreePaths.Result r = run("sz-f-guangming-large", "2023-12-31");
    assertThat(r.outcome(SIZE).detail().orElseThrow().in(Locale.ENGLISH)).isEqualTo("large (2022 figures)");
    // R&D 2023 for IC (2023年第44号): 120% × 1,000,000 = 1,200,000, saving 300,000.00; 小型微利企业: far above
    assertOutcome(r.outcome(RD), Verdict.ELIGIBLE, "300000.00", "300000.00");
    // the SME measures are not a large firm's: procurement, utilities, pool
    assertIneligible(r, SLPE, PROCUREMENT, UTILITY, POOL);
    // reward: out 2021, in 2022 (500,000,000), in 2023 at the same 500,000,000: no 正增长, ineligible
    assertIneligible(r, REWARD);
    assertThat(r.outcome(REWARD).detail().orElseThrow().zh()).isEqualTo("2022年首次纳入规上工业企业库");
    // grant: R1 level 5 (20%) fails the equipment floor by a fen (209,999,999.99 < 70% × 300,000,000); R2 技术装备
    // 升级 10% × 1,234,567.85 = 123,456.785 → 123,456.79 (half a fen, up), its equipment 864,197.50 ≥ 70% ×
    // 1,234,567.85 = 864,197.495 (by half a fen, compared unrounded). No interest paid: the interest subsidy none
    assertOutcome(r.outcome(GRANT), Verdict.ELIGIBLE, "0", "123456.79");
    assertIneligible(r, INTEREST);
    assertTotal(r.report().totals().inReach(), "300000.00", "423456.79");
  }

  @Test
  void test_g_platformFirm_windowsFirstDay_averagesAtTheirLimits() throws IOException {
    // G: 南山 I6513, medium (2022: 290 staff, 6,000万)
    CliThreePaths.Result r = run("sz-g-nanshan-platform", "2023-12-31");
    // 小型微利企业: staff averages (290+310)/2, 300, (280+320)/2, (305+295)/2 = 300 each, the year 300 ≤ 300; assets
    // 50,000,000 ≤ 50,000,000 (both "不超过", included); relief 2,000,000 × 20% = 400,000.00. No R&D: 0.00
    assertOutcome(r.outcome(SLPE), Verdict.ELIGIBLE, "400000.00", "400000.00");
    assertOutcome(r.outcome(RD), Verdict.ELIGIBLE, "0", "0");
    // 第17条: DP1 selected 2023-01-01 (the window's first day) in, DP0 on 2022-12-31 out: 0 – 10,000,000.00;
    // 第16条: MC1 on 2023-01-01: 0 – 300,000.00
    assertOutcome(r.outcome(PLATFORM), Verdict.ELIGIBLE, "0", "10000000.00");
    assertLimit(r.outcome(PLATFORM), "award-ceiling", "10000000.00");
    assertOutcome(r.outcome(MAKER), Verdict.ELIGIBLE, "0", "300000.00");
    // late fees: G1 50,000 due 2022-04-01 (the deferral's first due day) repaid 2023-12-31: 639 days, 15,975.00; G2
    // not deferred (deferralApproved false); G3 repaid 2024-01-01, after the deadline; G4 30,000 due 2022-09-15
    // with no repayment date: up to 472 days if repaid by 2023-12-31, 7,080.00, or nothing; eligible 15,975.00 –
    // 23,055.00 naming G4's date (register §4.6 item 42)
    assertOutcome(r.outcome(INSURANCE), Verdict.ELIGIBLE, "15975.00", "23055.00");
    assertThat(r.outcome(INSURANCE).missingFacts()).containsExactly("/insuranceDeferrals/3/repaidDate");
    // housing fund: applied 2023-07-01, a day after "申请期限至2023年6月30日"
    assertIneligible(r, HOUSING);
    // utilities: U1 2,000 at 0.2% from 2022-12-01, paid 2023-01-02: one Q1 day (2023-01-01), 4.00
    assertOutcome(r.outcome(UTILITY), Verdict.ELIGIBLE, "4.00", "4.00");
    // 工业上楼: 35,010 ÷ 1,000 = 35.01 a m², above 35; the ceiling binds the project's average, so the firm is told
    // (eligible, non-monetary, register §4.6 item 51 (b))
    assertThat(r.outcome(HIGH_RISE).detail().orElseThrow().in(Locale.ENGLISH)).contains("35.01", "above 35");
    // in reach: 400,000 + 15,975 = 415,975.00 to + 10,000,000 + 300,000 + 7,080 = 10,723,055.00; the one question
    // G4's repayment date, deciding 23,055.00 − 15,975.00 = 7,080.00
    assertTotal(r.report().totals().inReach(), "415975.00", "10723055.00");
    assertThat(questions(r)).containsExactly("/insuranceDeferrals/3/repaidDate 7080.00 +0");
  }
}
