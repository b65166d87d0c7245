package io.github.huiqi.calculators.batch.screening;

import static io.github.huiqi.calculators.batch.screening.ScreeningBlindAuditPopulation.AS_OF;
import static io.github.huiqi.calculators.batch.screening.ScreeningBlindAuditPopulation.BAD_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A blind, hand-worked audit of the city screening (深i企-style 免申即享 screening over a register): the twelve lines of
 * {@link ScreeningBlindAuditPopulation}, Shenzhen and Shanghai firms mixed, eligible, ineligible and undetermined,
 * amounts exact, ranges and unbounded, a line that is not a profile and a firm with one bad fact, as of 2023-07-15.
 * The figures were worked from the clauses and the decisions register before the screening's code was read; each firm
 * run alone through the engine is the reference.
 * <p>
 * The firms' figures (深工信〔2023〕26号 第5条 "对2023年1-3月从深圳辖内商业银行首次获得贷款的企业，给予2%的贴息补助，单户企业
 * 贴息金额最高20万元，贴息期限不超过6个月"; ACT/360 counting the drawdown day and not the last, register §4.1 item 1; each
 * loan rounded half-up once, §4.5 item 35):
 * <ul>
 *   <li>SZ-A: 2023-02-10 to 2023-08-10, 181 days: 5,000,000 × 2% × 181/360 = 50,277.777… → 50,277.78.</li>
 *   <li>SZ-B: 2023-03-20 to 2023-09-20, 184 days: 25,000,000 × 2% × 184/360 = 255,555.56, above 最高20万元:
 *       200,000.00.</li>
 *   <li>SZ-C: 2023-01-15 to 2023-07-15, 181 days: 2,000,000 × 2% × 181/360 = 20,111.11, its use (生产经营, the 2022
 *       细则) not given: undetermined, 0.00 – 20,111.11.</li>
 *   <li>U-J: 2023-03-01 to 2023-09-01, 184 days: 1,000,000 × 2% × 184/360 = 10,222.22, its region not given:
 *       undetermined, 0.00 – 10,222.22 (register §0.6); and 沪企服办〔2023〕1号 第十九条 "按照2000元/人的标准" for J-H1
 *       (登记失业3个月及以上, open-ended): undetermined, 0.00 – 2,000.00. Its own total in reach is 0.00 – 10,222.22,
 *       not 12,222.22: a firm is registered in one place (§0.6).</li>
 *   <li>SZ-K: drawn 2023-04-03, after 2023年1-3月: ineligible, 0.00.</li>
 *   <li>SZ-N: 2023-03-01 to 2023-09-01, 184 days: 10,222.22; its bad loan's 1,500,000 outstanding above the
 *       1,000,000 principal is refused by the risk pool alone (input.conflict at
 *       /loans/0/nonPerforming/principalOutstanding), the rest of the firm computed.</li>
 *   <li>SH-D: 第十九条, H1 (4 months unemployed, 2023-03-01 to 2024-02-29: 1年) and H2 (本市2023届高校毕业生,
 *       open-ended) 2 × 2,000 = 4,000.00; H3 hired before 2023-01-01 and H4's contract under a year earn nothing.
 *       第十五条 "对2022年第四季度通过市中小微企业政策性融资担保基金管理中心担保、从上海辖内商业银行首次获得普惠贷款的中小微企业，
 *       给予2%的贴息补助，单户企业贴息金额最高20万元", the engine's term 12 months (register §4.1 item 5): 2022-11-15 to
 *       2023-11-15, 365 days, 2,000,000 × 2% × 365/360 = 40,555.555… → 40,555.56. The average fee ceiling (第十五条
 *       "平均担保费率保持1%（含）以下", register §1.5 card 003-15b) on D1 in 2023: 2,000,000 × 1% × (10/12 + 14/360)
 *       = 17,444.44, a ceiling on the guarantor, not money to the firm.</li>
 *   <li>U-E: tax year 2022, 1,000,000 of taxable income: 25% standard (企业所得税法 第四条) 250,000.00 against
 *       12.5% × 20% = 2.5% (财政部 税务总局公告2021年第12号, 2022年第13号) 25,000.00: 225,000.00 saved under
 *       深工信〔2023〕26号 第1条, read for an enterprise anywhere; 沪企服办〔2023〕1号 第二十二条 restates the same relief
 *       and, the region not known, is set aside (register §1.7, rule restated-tax-relief-counted-once); no R&amp;D,
 *       0.00 under both.</li>
 *   <li>SZ-F: 第16条 "对在深圳赛区的获奖项目，最高给予30万元奖励": 0.00 – 300,000.00, the figure the authority's;
 *       the 专精特新 draft's 第九条 gives the same, a draft's figure, indicative.</li>
 *   <li>SZ-G: 第2条 "在2023年第一季度实行水、电、气“欠费不停供”，免收在此期间产生的欠费滞纳金": 2023-01-01 to 2023-02-09,
 *       40 days × 0.2% × 10,000 = 800.00, in a window closed since 2023-03-31.</li>
 *   <li>SH-H: 沪企服办〔2023〕1号 第一条 "各区对新认定专精特新中小企业给予不低于10万元奖励": 100,000.00 with no upper
 *       bound.</li>
 * </ul>
 */
class ScreeningBlindAuditTest {

  static final MeasureId FIRST_LOAN = MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy");
  static final MeasureId SH_FIRST_LOAN = MeasureId.of("sh-qfb-2023-1.first-loan-interest-subsidy");
  static final MeasureId HIRING = MeasureId.of("sh-qfb-2023-1.hiring-subsidy");
  static final MeasureId FEE_CEILING = MeasureId.of("sh-qfb-2023-1.average-guarantee-fee-ceiling");
  static final MeasureId SZ_RELIEF = MeasureId.of("sz-gxj-2023-26.small-low-profit-enterprise");
  static final MeasureId SH_RELIEF = MeasureId.of("sh-qfb-2023-1.small-low-profit-enterprise");
  static final MeasureId SZ_RD = MeasureId.of("sz-gxj-2023-26.rd-super-deduction");
  static final MeasureId SH_RD = MeasureId.of("sh-qfb-2023-1.rd-super-deduction");
  static final MeasureId MAKER = MeasureId.of("sz-gxj-2023-26.maker-china-award");
  static final MeasureId DRAFT_MAKER = MeasureId.of("sz-gxj-zjtx-32-draft.maker-china-award");
  static final MeasureId UTILITY = MeasureId.of("sz-gxj-2023-26.utility-arrears-relief");
  static final MeasureId SH_SPECIALISED = MeasureId.of("sh-qfb-2023-1.specialised-recognition-award");
  static final MeasureId POOL = MeasureId.of("sz-gxj-2023-26.risk-compensation-pool");

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();

  /** The NDJSON lines as a platform reads its file, one profile's JSON a line. */
  static Iterator<String> lines() {
    return new BufferedReader(new StringReader(ScreeningBlindAuditPopulation.ndjson())).lines().iterator();
  }

  /** The profiles, each line read alone; a line that is not a profile is null (no profile). */
  private static List<EnterpriseProfile> profiles() {
    return ScreeningBlindAuditPopulation.profiles();
  }

  private static ScreeningMeasureTotals totals(ScreeningTotals totals, MeasureId measure) {
    return totals.measure(measure).orElseThrow();
  }

  private static void assertTotals(ScreeningMeasureTotals m, long eligible, long undetermined, long ineligible,
      String certain, String inReach, long unbounded, long setAside) {
    assertThat(List.of(m.eligible(), m.undetermined(), m.ineligible(), m.unbounded(), m.setAside()))
        .as(m.measure().toString()).containsExactly(eligible, undetermined, ineligible, unbounded, setAside);
    assertThat(m.certain()).as(m.measure() + " certain").isEqualTo(Cny.of(certain));
    assertThat(m.inReach()).as(m.measure() + " in reach").isEqualTo(Cny.of(inReach));
  }

  private static MeasureOutcome outcome(EntitlementReport report, MeasureId measure) {
    return report.outcome(measure).orElseThrow();
  }

  @Test
  void eachFirmAlone_theEngine_agreesWithTheClauses() {
    List<EnterpriseProfile> firms = profiles();
    assertThat(firms.get(BAD_LINE)).isNull();
    EntitlementReport a = ENGINE.evaluate(firms.get(0), AS_OF);
    assertThat(outcome(a, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("50277.78")));
    EntitlementReport b = ENGINE.evaluate(firms.get(1), AS_OF);
    assertThat(outcome(b, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("200000.00")));
    EntitlementReport c = ENGINE.evaluate(firms.get(2), AS_OF);
    assertThat(outcome(c, FIRST_LOAN).verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome(c, FIRST_LOAN).amount())
        .isEqualTo(OutcomeAmount.between(Cny.ZERO, Cny.of("20111.11")));
    EntitlementReport d = ENGINE.evaluate(firms.get(3), AS_OF);
    assertThat(outcome(d, HIRING).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("4000.00")));
    assertThat(outcome(d, SH_FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("40555.56")));
    assertThat(outcome(d, FEE_CEILING).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("17444.44")));
    assertThat(outcome(d, FEE_CEILING).countedInTotal()).isFalse();
    // SH-D's own total: 4,000.00 + 40,555.56 = 44,555.56, the ceiling on its guarantor left out
    assertThat(d.totals().inReach()).isEqualTo(OutcomeAmount.exactly(Cny.of("44555.56")));
    EntitlementReport e = ENGINE.evaluate(firms.get(4), AS_OF);
    assertThat(outcome(e, SZ_RELIEF).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("225000.00")));
    assertThat(outcome(e, SH_RELIEF).setAside()).isTrue();
    assertThat(e.totals().inReach()).isEqualTo(OutcomeAmount.exactly(Cny.of("225000.00")));
    EntitlementReport j = ENGINE.evaluate(firms.get(5), AS_OF);
    assertThat(outcome(j, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.between(Cny.ZERO, Cny.of("10222.22")));
    assertThat(outcome(j, HIRING).amount()).isEqualTo(OutcomeAmount.between(Cny.ZERO, Cny.of("2000.00")));
    // registered in one place (§0.6): the most is Shenzhen's 10,222.22, not 10,222.22 + 2,000.00
    assertThat(j.totals().inReach()).isEqualTo(OutcomeAmount.between(Cny.ZERO, Cny.of("10222.22")));
    EntitlementReport f = ENGINE.evaluate(firms.get(7), AS_OF);
    assertThat(outcome(f, MAKER).amount()).isEqualTo(OutcomeAmount.between(Cny.ZERO, Cny.of("300000.00")));
    assertThat(outcome(f, DRAFT_MAKER).documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(f.totals().inReach()).isEqualTo(OutcomeAmount.between(Cny.ZERO, Cny.of("300000.00")));
    EntitlementReport g = ENGINE.evaluate(firms.get(8), AS_OF);
    assertThat(outcome(g, UTILITY).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("800.00")));
    assertThat(outcome(g, UTILITY).windowStatus()).isEqualTo(WindowStatus.CLOSED);
    assertThat(g.totals().inReach()).isEqualTo(OutcomeAmount.ZERO);
    EntitlementReport h = ENGINE.evaluate(firms.get(9), AS_OF);
    assertThat(outcome(h, SH_SPECIALISED).amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("100000.00")));
    EntitlementReport k = ENGINE.evaluate(firms.get(10), AS_OF);
    assertThat(outcome(k, FIRST_LOAN).verdict()).isEqualTo(Verdict.INELIGIBLE);
    EntitlementReport n = ENGINE.evaluate(firms.get(11), AS_OF);
    assertThat(n.complete()).isFalse();
    assertThat(n.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.measure()).isEqualTo(POOL);
      assertThat(failure.field()).isEqualTo("/loans/0/nonPerforming/principalOutstanding");
    });
    assertThat(outcome(n, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("10222.22")));
  }

  @Test
  void totalsPerMeasure_byHand() {
    List<ScreeningFirm> firms = new ArrayList<>();
    ScreeningTotals totals = ScreeningRun.screenJson(ENGINE, lines(), AS_OF, firms::add);

    // twelve lines, twelve firms; two with a failure: the line that is no profile and SZ-N
    assertThat(totals.firms()).isEqualTo(12);
    assertThat(totals.failedFirms()).isEqualTo(2);
    // 第5条: eligible A, B, N; undetermined C, J; the other six firms ineligible (the bad line has no outcomes).
    // certain 50,277.78 + 200,000.00 + 10,222.22 = 260,500.00; in reach + 20,111.11 + 10,222.22 = 290,833.33
    assertTotals(totals(totals, FIRST_LOAN), 3, 2, 6, "260500.00", "290833.33", 0, 0);
    // 第十五条 (Shanghai): D alone, 40,555.56
    assertTotals(totals(totals, SH_FIRST_LOAN), 1, 0, 10, "40555.56", "40555.56", 0, 0);
    // 第十九条: D's 4,000.00 certain; J's 0 – 2,000.00 in reach: 6,000.00. Per measure, J may be a Shanghai firm
    assertTotals(totals(totals, HIRING), 1, 1, 9, "4000.00", "6000.00", 0, 0);
    // the average fee ceiling: its own kind, a ceiling on D's guarantor
    ScreeningMeasureTotals ceiling = totals(totals, FEE_CEILING);
    assertThat(ceiling.kind()).isEqualTo(AmountKind.COUNTERPARTY_CEILING);
    assertTotals(ceiling, 1, 0, 10, "17444.44", "17444.44", 0, 0);
    // the relief once: Shenzhen's 225,000.00; Shanghai's restatement for E set aside, in neither amount
    assertTotals(totals(totals, SZ_RELIEF), 1, 0, 10, "225000.00", "225000.00", 0, 0);
    assertTotals(totals(totals, SH_RELIEF), 0, 1, 10, "0.00", "0.00", 0, 1);
    assertTotals(totals(totals, SZ_RD), 1, 0, 10, "0.00", "0.00", 0, 0);
    assertTotals(totals(totals, SH_RD), 0, 1, 10, "0.00", "0.00", 0, 1);
    // 第16条: F eligible within 最高30万元: nothing certain, 300,000.00 in reach
    assertTotals(totals(totals, MAKER), 1, 0, 10, "0.00", "300000.00", 0, 0);
    // 第一条 不低于10万元: 100,000.00 at its least, one firm unbounded
    assertTotals(totals(totals, SH_SPECIALISED), 1, 0, 10, "100000.00", "100000.00", 1, 0);
    // the risk pool: N's failure leaves N out of the measure's counts (ten firms), the rest of N computed
    assertTotals(totals(totals, POOL), 0, 0, 10, "0.00", "0.00", 0, 0);
  }

  @Test
  void aDraftAndAClosedWindow_areTheirOwnMeasuresCost_neverAnotherMeasuresNorAFirmsMoneyInReach() {
    List<ScreeningFirm> firms = new ArrayList<>();
    ScreeningTotals totals = ScreeningRun.screenJson(ENGINE, lines(), AS_OF, firms::add);
    // the draft's 第九条 counts as the draft's indicative cost only: 第16条's row holds 300,000.00, not 600,000.00
    ScreeningMeasureTotals draft = totals(totals, DRAFT_MAKER);
    assertTotals(draft, 1, 0, 10, "0.00", "300000.00", 0, 0);
    assertTotals(totals(totals, MAKER), 1, 0, 10, "0.00", "300000.00", 0, 0);
    // the Q1 utility waiver, closed since 2023-03-31: what it cost, in its own row, FEE_SAVED
    assertTotals(totals(totals, UTILITY), 1, 0, 10, "800.00", "800.00", 0, 0);
    // and in no firm's money in reach: F's total is 第16条's alone, G's nothing (the engine's rule, which the
    // screening's firm lines keep as each outcome's verdict and amount)
    EntitlementReport f = ENGINE.evaluate(profiles().get(7), AS_OF);
    assertThat(f.totals().inReach()).isEqualTo(OutcomeAmount.between(Cny.ZERO, Cny.of("300000.00")));
    assertThat(outcome(f, DRAFT_MAKER).countedInTotal()).isFalse();
    EntitlementReport g = ENGINE.evaluate(profiles().get(8), AS_OF);
    assertThat(outcome(g, UTILITY).countedInTotal()).isFalse();
  }

  /** Whether a firm's line says its total counts a measure's outcome (what a platform may offer it). */
  private static boolean counted(ScreeningFirm firm, MeasureId measure) {
    return firm.outcomes().stream().filter(o -> o.measure().equals(measure)).findFirst().orElseThrow()
        .countedInTotal();
  }

  @Test
  void firmLines_sayWhichOutcomesTheFirmsTotalCounts() {
    List<ScreeningFirm> firms = new ArrayList<>();
    ScreeningRun.screenJson(ENGINE, lines(), AS_OF, firms::add);
    // A: 第5条's 50,277.78, in force in its window, money to the firm: counted, an offer
    assertThat(counted(firms.get(0), FIRST_LOAN)).isTrue();
    // SH-D: 第十九条 and 第十五条 counted; the average-fee ceiling binds its guarantor, not money to the firm
    assertThat(counted(firms.get(3), HIRING)).isTrue();
    assertThat(counted(firms.get(3), SH_FIRST_LOAN)).isTrue();
    assertThat(counted(firms.get(3), FEE_CEILING)).isFalse();
    // U-E: Shenzhen's restatement of the relief counted, Shanghai's set aside (one relief, register §1.7)
    assertThat(counted(firms.get(4), SZ_RELIEF)).isTrue();
    assertThat(counted(firms.get(4), SH_RELIEF)).isFalse();
    // F: 第16条 counted, the draft's 第九条 not (a draft is indicative); G: the Q1 utility waiver's window closed
    assertThat(counted(firms.get(7), MAKER)).isTrue();
    assertThat(counted(firms.get(7), DRAFT_MAKER)).isFalse();
    assertThat(counted(firms.get(8), UTILITY)).isFalse();
    // SZ-K: drawn after 2023年1-3月, ineligible
    assertThat(counted(firms.get(10), FIRST_LOAN)).isFalse();
    assertThat(firms.get(0).toJson()).contains("\"measure\":\"sz-gxj-2023-26.first-loan-interest-subsidy\"")
        .contains("\"countedInTotal\":true");
  }

  @Test
  void oneThreadAndTwo_theSameFirmsInTheSameOrder_andTheSameTotals() {
    List<String> one = new ArrayList<>();
    ScreeningTotals sequential = ScreeningRun.screenJson(ENGINE, lines(), AS_OF,
        firm -> one.add(firm.toJson()), 1);
    List<String> two = new ArrayList<>();
    ScreeningTotals parallel = ScreeningRun.screenJson(ENGINE, lines(), AS_OF,
        firm -> two.add(firm.toJson()), 2);
    assertThat(parallel).isEqualTo(sequential);
    assertThat(two).isEqualTo(one);
    assertThat(one).hasSize(12);
    // the profiles read by the platform first (the bad line as no profile), on 1 and 2 threads: the same totals
    List<String> read = new ArrayList<>();
    ScreeningTotals profiles2 = ScreeningRun.screen(ENGINE, profiles().iterator(), AS_OF,
        firm -> read.add(firm.toJson()), 2);
    assertThat(ScreeningRun.screen(ENGINE, profiles().iterator(), AS_OF, firm -> { }, 1)).isEqualTo(profiles2)
        .isEqualTo(sequential);
    assertThat(read.subList(BAD_LINE + 1, 12)).isEqualTo(one.subList(BAD_LINE + 1, 12));
  }

  @Test
  void ndjson_eachFirmsLine_setAsideAndFailuresNamed() {
    List<ScreeningFirm> firms = new ArrayList<>();
    ScreeningRun.screenJson(ENGINE, lines(), AS_OF, firms::add);
    // U-E, index 4: Shanghai's relief set aside, its verdict and amount kept (0.00 – 225,000.00, the region open)
    ScreeningOutcome shRelief = firms.get(4).outcomes().stream().filter(o -> o.measure().equals(SH_RELIEF))
        .findFirst().orElseThrow();
    assertThat(shRelief.setAside()).isTrue();
    assertThat(shRelief.maximum()).contains(Cny.of("225000.00"));
    assertThat(firms.get(4).toJson()).contains("\"measure\":\"sh-qfb-2023-1.small-low-profit-enterprise\","
        + "\"kind\":\"TAX_SAVED\",\"verdict\":\"UNDETERMINED\"").contains("\"setAside\":true");
    // SZ-N, the twelfth line (index 11): the risk pool named with the field, its other outcomes there
    ScreeningFirm n = firms.get(11);
    assertThat(n.index()).isEqualTo(11);
    assertThat(n.failures()).containsExactly(
        "sz-gxj-2023-26.risk-compensation-pool: input.conflict at /loans/0/nonPerforming/principalOutstanding");
    assertThat(n.outcomes()).extracting(ScreeningOutcome::measure).doesNotContain(POOL).contains(FIRST_LOAN);
    // the seventh line (index 6): a firm with a failure naming the field in the line, and the run goes on to the
    // five lines after it (before: ScreeningRun took profiles only, so a platform's bad line either ended the run,
    // the exception thrown from its iterator, or came in as no profile, "profile: input.required", field lost)
    assertThat(firms.get(BAD_LINE).index()).isEqualTo(BAD_LINE);
    assertThat(firms.get(BAD_LINE).outcomes()).isEmpty();
    assertThat(firms.get(BAD_LINE).failures()).containsExactly("profile: input.unknown-value at /size");
    // the text as it always was, then the same failure typed (additive): the whole profile (no "measure"), the
    // code and field of the text, and the value the line gave, HUGE
    assertThat(firms.get(BAD_LINE).toJson())
        .startsWith("{\"index\":6,\"outcomes\":[],\"failures\":[\"profile: input.unknown-value at /size\"],"
            + "\"failureDetails\":[{\"code\":\"input.unknown-value\",\"field\":\"/size\",\"value\":\"HUGE\","
            + "\"message\":\"").endsWith("\"}]}");
  }

  /** The firm a run without the blank lines gave, at the index the blank lines give it. */
  private static ScreeningFirm at(ScreeningFirm firm, long index) {
    return new ScreeningFirm(index, firm.name(), firm.regionCode(), firm.size(), firm.outcomes(), firm.failures(),
        firm.failureDetails());
  }

  @Test
  void blankLines_skippedButCounted_aFirmsIndexIsItsLineLessOne_onOneThreadAndTwo() {
    List<ScreeningFirm> plain = new ArrayList<>();
    ScreeningTotals expected = ScreeningRun.screenJson(ENGINE, lines(), AS_OF, plain::add);
    List<String> register = ScreeningBlindAuditPopulation.linesAmongBlankLines();
    // the lines as given (a \r left on two blank ones), and as a BufferedReader splits the text joined with \n
    // (whose "  \r\n" and "\r\n" are Windows line ends: empty lines)
    List<Iterator<String>> ways = List.of(register.iterator(), register.iterator(),
        new BufferedReader(new StringReader(String.join("\n", register) + "\n")).lines().iterator());
    int[] threads = {1, 2, 2};
    for (int w = 0; w < ways.size(); w++) {
      List<ScreeningFirm> firms = new ArrayList<>();
      ScreeningTotals totals = ScreeningRun.screenJson(ENGINE, ways.get(w), AS_OF, firms::add, threads[w]);
      String what = threads[w] + " thread(s), way " + w;
      // nineteen lines, seven blank: the twelve firms and the two failures of totalsPerMeasure_byHand, no more
      assertThat(totals.firms()).as(what).isEqualTo(12);
      assertThat(totals.failedFirms()).as(what).isEqualTo(2);
      assertTotals(totals(totals, FIRST_LOAN), 3, 2, 6, "260500.00", "290833.33", 0, 0);
      assertThat(totals).as(what).isEqualTo(expected);
      // lines 3 to 8, then (lines 9 to 11 blank) 12 to 17: each firm's index is its line's number less one
      assertThat(firms).as(what).extracting(ScreeningFirm::index)
          .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 11L, 12L, 13L, 14L, 15L, 16L);
      for (int i = 0; i < 12; i++) {
        assertThat(firms.get(i)).as(what).isEqualTo(at(plain.get(i), ScreeningBlindAuditPopulation
            .indexAmongBlankLines(i)));
      }
      // SZ-BAD, the twelfth line; SZ-N, the seventeenth
      assertThat(firms.get(BAD_LINE).toJson()).as(what)
          .startsWith("{\"index\":11,\"outcomes\":[],\"failures\":[\"profile: input.unknown-value at /size\"],"
              + "\"failureDetails\":[{\"code\":\"input.unknown-value\",\"field\":\"/size\",\"value\":\"HUGE\",");
      assertThat(firms.get(11).index()).isEqualTo(16);
    }
    // only blank lines: no firm, no failure
    assertThat(ScreeningRun.screenJson(ENGINE, List.of("", " ", "\r", "\t\r").iterator(), AS_OF, firm -> { }, 2))
        .isEqualTo(ScreeningRun.screenJson(ENGINE, List.<String>of().iterator(), AS_OF, firm -> { }))
        .extracting(ScreeningTotals::firms, ScreeningTotals::failedFirms).containsExactly(0L, 0L);
  }

  @Test
  void blankLines_acrossTheBlocksOfTwoThreads_countedAsOnOne() {
    // a block of two threads holds 2 × 256 firms; two firm lines before 44 copies of the nineteen lines put the
    // block's last firm (the 512th) on the sixth firm of a copy, so three blank lines part it from the next block
    int perBlock = 2 * ScreeningRun.BLOCK_PER_THREAD;
    int before = Math.floorMod(perBlock - 6, 12);
    assertThat(before).isEqualTo(2);
    List<String> firmLines = ScreeningBlindAuditPopulation.lines();
    List<String> register = new ArrayList<>(firmLines.subList(0, before));
    List<String> plain = new ArrayList<>(firmLines.subList(0, before));
    for (int copy = 0; copy < 44; copy++) {
      register.addAll(ScreeningBlindAuditPopulation.linesAmongBlankLines());
      plain.addAll(firmLines);
    }
    List<ScreeningFirm> one = new ArrayList<>();
    List<ScreeningFirm> two = new ArrayList<>();
    List<ScreeningFirm> noBlanks = new ArrayList<>();
    ScreeningTotals sequential = ScreeningRun.screenJson(ENGINE, register.iterator(), AS_OF, one::add, 1);
    ScreeningTotals parallel = ScreeningRun.screenJson(ENGINE, register.iterator(), AS_OF, two::add, 2);
    ScreeningTotals reference = ScreeningRun.screenJson(ENGINE, plain.iterator(), AS_OF, noBlanks::add, 2);
    assertThat(parallel).isEqualTo(sequential).isEqualTo(reference);
    assertThat(two).isEqualTo(one);
    // 2 + 44 × 12 = 530 firms, 44 × 2 = 88 failed; the first-loan subsidy: 44 × (3, 2, 6) plus SZ-A and SZ-B
    // eligible; certain 44 × 260,500.00 + 50,277.78 + 200,000.00 = 11,712,277.78, in reach 44 × 290,833.33
    // + 250,277.78 = 13,046,944.30
    assertThat(sequential.firms()).isEqualTo(530);
    assertThat(sequential.failedFirms()).isEqualTo(88);
    assertTotals(totals(sequential, FIRST_LOAN), 134, 88, 264, "11712277.78", "13046944.30", 0, 0);
    for (int k = 0; k < one.size(); k++) {
      int copy = (k - before) / 12;
      long index = k < before ? k
          : before + 19L * copy + ScreeningBlindAuditPopulation.indexAmongBlankLines((k - before) % 12);
      assertThat(one.get(k)).as("firm %d", k).isEqualTo(at(noBlanks.get(k), index));
    }
    // the block's last firm on line 808 (index 807: 2 + 42 × 19 + 7), lines 809 to 811 blank, the next block's
    // first firm on line 812
    assertThat(one.get(perBlock - 1).index()).isEqualTo(807);
    assertThat(one.get(perBlock).index()).isEqualTo(811);
  }

  @Test
  void screenOneJson_aLineThatIsNoProfile_isAFirmNamingTheField_neverAnException() {
    // malformed JSON, cut after a member's name: that member (register §4.6 item 47); a profile refused by its
    // own checks (a negative headcount): that field
    assertThat(ScreeningRun.screenOneJson(ENGINE, 41, "{\"name\":", AS_OF).failures())
        .containsExactly("profile: input.malformed-json at /name");
    ScreeningFirm negative = ScreeningRun.screenOneJson(ENGINE, 42,
        "{\"registrationRegionCode\":\"440305\",\"years\":[{\"year\":2022,\"employees\":-1}]}", AS_OF);
    assertThat(negative.index()).isEqualTo(42);
    assertThat(negative.failures()).singleElement().asString().endsWith(" at /years/0/employees");
    assertThat(ScreeningRun.screenOneJson(ENGINE, 43, null, AS_OF).failures())
        .containsExactly("profile: input.required");
    // a good line is the firm its profile gives
    String a = ScreeningBlindAuditPopulation.lines().get(0);
    assertThat(ScreeningRun.screenOneJson(ENGINE, 0, a, AS_OF))
        .isEqualTo(ScreeningRun.screenOne(ENGINE, 0, profiles().get(0), AS_OF));
  }
}
