package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static io.github.huiqi.examples.cli.CliThreePaths.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A QA lead's audit of the grant measures (the award, share, fee-share and referral kinds) through the command line
 * (text in zh-CN and en, {@code --json}), the engine's JSON entry point and the Java API, on hand-written profiles
 * (resources {@code measureaudit/grants-*.json}); {@link CliThreePaths} checks what the three paths share. The
 * figures are worked by hand from 沪企服办〔2023〕1号 第一条, 第二条, 第三条, 第五条, 第六条, 第八条; 深工信〔2023〕26号
 * 第16条, 第17条; the 2021 reply letter 一, 三; 小升规方案 第十四条; and the 专精特新 draft 第五条, 第九条, 第十二条.
 */
class HuiqiCliGrantsAuditTest {

  private static final String SH_RECOGNITION = "sh-qfb-2023-1.specialised-recognition-award";
  private static final String SH_FOUR_ABOVE = "sh-qfb-2023-1.four-above-high-tech-reward";
  private static final String SH_TRANSFER = "sh-qfb-2023-1.achievement-transfer-uplift";
  private static final String SH_RENOVATION = "sh-qfb-2023-1.technical-renovation-support";
  private static final String SH_GREEN = "sh-qfb-2023-1.green-upgrade-support";
  private static final String SH_DIGITAL = "sh-qfb-2023-1.digital-service-contract-support";
  private static final String[] SHANGHAI = {SH_RECOGNITION, SH_FOUR_ABOVE, SH_TRANSFER, SH_RENOVATION, SH_GREEN,
      SH_DIGITAL};

  private static final String MAKER = "sz-gxj-2023-26.maker-china-award";
  private static final String PLATFORM = "sz-gxj-2023-26.digital-platform-subsidy";
  private static final String SPECIALISED = "sz-gxj-2021-reply-20210370.specialised-award";
  private static final String DEMONSTRATION = "sz-gxj-2021-reply-20210370.demonstration-platform-award";
  private static final String MAKER_DRAFT = "sz-gxj-zjtx-32-draft.maker-china-award";
  private static final String FEE = "sz-gxj-zjtx-32-draft.platform-service-fee";
  private static final String GUARANTEE_REFERRAL = "sz-gxj-2022-small-to-scale.guarantee-fee-subsidy";
  private static final String POOL_REFERRAL = "sz-gxj-zjtx-32-draft.pool-compensation";
  private static final String INTEREST_REFERRAL = "sz-gxj-zjtx-32-draft.rd-renovation-interest-subsidy";
  private static final String[] SHENZHEN = {MAKER, PLATFORM, SPECIALISED, DEMONSTRATION, MAKER_DRAFT, FEE,
      GUARANTEE_REFERRAL, POOL_REFERRAL, INTEREST_REFERRAL};

  @TempDir
  Path dir;

  private CliThreePaths.Result run(String name, String asOf, String... measures) throws IOException {
    return CliThreePaths.run(dir, "measureaudit", name, asOf, measures);
  }

  //-------------------------------------------------------------------------
  // Shanghai, 沪企服办〔2023〕1号 (window 2023-01-01..2023-12-31)
  //-------------------------------------------------------------------------
  @Test
  void test_shanghai_everyBranchEarning() throws IOException {
    CliThreePaths.Result r = run("grants-sh-full", "2023-12-31", SHANGHAI);
    // 第一条: 专精特新 on 2023-03-01 "不低于10万元", 小巨人 on 2023-09-01 "不低于30万元"; the higher alone (register §4.4
    // item 25): ≥ 300,000.00, no upper end
    assertOutcome(r.outcome(SH_RECOGNITION), Verdict.ELIGIBLE, "300000.00", null);
    // 第二条: 5% × 9,999,999.80 (R&D of 2022) = 499,999.99, below "最高50万元": exactly that, the cap not binding
    MeasureOutcome fourAbove = r.outcome(SH_FOUR_ABOVE);
    assertOutcome(fourAbove, Verdict.ELIGIBLE, "499999.99", "499999.99");
    assertThat(fourAbove.bindingLimit()).isEmpty();
    // 第三条: 1,234,567.89 × 30% = 370,370.367 → 370,370.37 (half-up to the fen, register §4.5 item 35)
    assertOutcome(r.outcome(SH_TRANSFER), Verdict.ELIGIBLE, "370370.37", "370370.37");
    // 第五条 "1000万元以上" includes 10,000,000.00 (TR1): "不超过…10%" = up to 1,000,000.00; TR2 at 9,999,999.99 is
    // one fen short and earns nothing
    assertOutcome(r.outcome(SH_RENOVATION), Verdict.ELIGIBLE, "0", "1000000.00");
    // 第六条 "最高支持1000万元" on 2023-12-31, the window's last day: 0 – 10,000,000, the ceiling binding
    MeasureOutcome green = r.outcome(SH_GREEN);
    assertOutcome(green, Verdict.ELIGIBLE, "0", "10000000.00");
    assertThat(yuan(green.bindingLimit().orElseThrow().limit())).isEqualByComparingTo("10000000.00");
    // 第八条: "不超过合同金额30%" of 333,333.33 = 99,999.999 → 100,000.00
    assertOutcome(r.outcome(SH_DIGITAL), Verdict.ELIGIBLE, "0", "100000.00");
    // in reach: 300,000 + 499,999.99 + 370,370.37 = 1,170,370.36 at least, no upper end (the floor award)
    assertThat(yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("1170370.36");
    assertThat(r.report().totals().inReach().maximum()).isEmpty();
    assertThat(r.report().nextQuestions()).isEmpty();
    assertThat(r.outcome(SH_FOUR_ABOVE).clauseLabel()).isEqualTo("沪企服办〔2023〕1号 第二条");
  }

  @Test
  void test_shanghai_capBindsByOneFen_andTheLittleGiantAsked() throws IOException {
    CliThreePaths.Result r = run("grants-sh-cap", "2023-12-31", SHANGHAI);
    // 第二条: 5% × 10,000,000.20 = 500,000.01 > 最高50万元: 500,000.00, the cap binding
    MeasureOutcome fourAbove = r.outcome(SH_FOUR_ABOVE);
    assertOutcome(fourAbove, Verdict.ELIGIBLE, "500000.00", "500000.00");
    assertThat(fourAbove.bindingLimit().orElseThrow().code()).isEqualTo("cap-per-event");
    assertThat(yuan(fourAbove.bindingLimit().orElseThrow().limit())).isEqualByComparingTo("500000.00");
    // 第一条: 专精特新 recognised 2023-01-01 (the window's first day): ≥ 100,000; the 小巨人 not given would only
    // raise the floor to 300,000, so the firm is eligible and /littleGiant is named (register §4.6 item 42)
    MeasureOutcome recognition = r.outcome(SH_RECOGNITION);
    assertOutcome(recognition, Verdict.ELIGIBLE, "100000.00", null);
    assertThat(recognition.missingFacts()).containsExactly("/littleGiant");
    // no event of 第三条, 第五条, 第六条, 第八条: ineligible
    assertOutcome(r.outcome(SH_GREEN), Verdict.INELIGIBLE, "0", "0");
    // 600,000.00 at least in reach; the one question left: /littleGiant, in an unbounded outcome
    assertThat(yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("600000.00");
    assertThat(r.firstQuestion()).isEqualTo("/littleGiant");
  }

  @Test
  void test_shanghai_datesJustOutside_allIneligible() throws IOException {
    CliThreePaths.Result r = run("grants-sh-dates", "2023-12-31", SHANGHAI);
    // 第二条 "有效期内高新技术企业": the certificate from 2023-05-02 is not held on the 四上 entry of 2023-05-01
    assertOutcome(r.outcome(SH_FOUR_ABOVE), Verdict.INELIGIBLE, "0", "0");
    // 第一条 "新认定": 专精特新 on 2022-12-31 and 小巨人 on 2024-01-01, each a day outside 2023
    assertOutcome(r.outcome(SH_RECOGNITION), Verdict.INELIGIBLE, "0", "0");
    // 第八条 contract signed 2024-01-01, 第六条 project of 2022-12-31: outside the window
    assertOutcome(r.outcome(SH_DIGITAL), Verdict.INELIGIBLE, "0", "0");
    assertOutcome(r.outcome(SH_GREEN), Verdict.INELIGIBLE, "0", "0");
    assertThat(yuan(r.report().totals().inReach().maximum().orElseThrow())).isEqualByComparingTo("0");
  }

  @Test
  void test_shanghai_largeFirm_smeMeasuresOut_rdInputAsked() throws IOException {
    CliThreePaths.Result r = run("grants-sh-large", "2023-12-31", SHANGHAI);
    // 第六条 "支持中小企业绿色化升级" and 第八条 "对中小企业…服务合同": a large firm is out
    assertOutcome(r.outcome(SH_GREEN), Verdict.INELIGIBLE, "0", "0");
    assertOutcome(r.outcome(SH_DIGITAL), Verdict.INELIGIBLE, "0", "0");
    // 第二条 names no size; the R&D input not given sets the amount only: eligible 0 – 500,000 (the cap, binding as
    // the upper end, register §4.4 item 29), naming /grantEvents/0/amount, which decides all 500,000 of it
    MeasureOutcome fourAbove = r.outcome(SH_FOUR_ABOVE);
    assertOutcome(fourAbove, Verdict.ELIGIBLE, "0", "500000.00");
    assertThat(fourAbove.missingFacts()).containsExactly("/grantEvents/0/amount");
    assertThat(r.firstQuestion()).isEqualTo("/grantEvents/0/amount");
    assertThat(yuan(r.report().nextQuestions().get(0).amountDecided())).isEqualByComparingTo("500000.00");
  }

  @Test
  void test_shanghai_firstEntryOnly_heldOnTheDay_sizeUnknown() throws IOException {
    CliThreePaths.Result r = run("grants-sh-first-only", "2023-12-31", SHANGHAI);
    // 第二条 "首次成为“四上”企业…一次性奖励": the first entry is 2022-12-31, a day before the window; the entry of
    // 2023-02-01 is not the first, so nothing
    assertOutcome(r.outcome(SH_FOUR_ABOVE), Verdict.INELIGIBLE, "0", "0");
    // 第三条 "科技型中小企业": enrolled 2023-07-01, a day after the support of 2023-06-30: nothing
    assertOutcome(r.outcome(SH_TRANSFER), Verdict.INELIGIBLE, "0", "0");
    // 第八条 "中小企业": size not given and no figures: undetermined 0 – 1,000 × 30% = 300.00, naming /size
    MeasureOutcome digital = r.outcome(SH_DIGITAL);
    assertOutcome(digital, Verdict.UNDETERMINED, "0", "300.00");
    assertThat(digital.missingFacts()).contains("/size");
    // 第五条: the approved investment not given decides whether "1000万元以上" is met: undetermined, no upper end
    MeasureOutcome renovation = r.outcome(SH_RENOVATION);
    assertOutcome(renovation, Verdict.UNDETERMINED, "0", null);
    assertThat(renovation.missingFacts()).contains("/size", "/grantEvents/2/amount");
    // /size opens 第八条's 300.00 with /years (150.00 each) and the unbounded 第五条
    assertThat(r.firstQuestion()).isEqualTo("/size");
    assertThat(yuan(r.report().nextQuestions().get(0).amountDecided())).isEqualByComparingTo("150.00");
  }

  @Test
  void test_shanghaiMeasures_shenzhenFirm_ineligible() throws IOException {
    CliThreePaths.Result r = run("grants-sz-in-sh", "2023-12-31", SHANGHAI);
    // a firm registered in 440306 (深圳市南山区) is outside every 上海市 measure, its events whatever they are
    for (String measure : SHANGHAI) {
      assertOutcome(r.outcome(measure), Verdict.INELIGIBLE, "0", "0");
    }
  }

  //-------------------------------------------------------------------------
  // Shenzhen: 深工信〔2023〕26号, the 2021 reply letter, 小升规方案, the 专精特新 draft
  //-------------------------------------------------------------------------
  @Test
  void test_shenzhen_awardsReferralsAndTheDraftFee() throws IOException {
    CliThreePaths.Result r = run("grants-sz-full", "2023-12-31", SHENZHEN);
    // 第16条 "最高给予30万元奖励": 0 – 300,000, the ceiling binding; 全国50强 (rank 50) gives both consequences
    MeasureOutcome maker = r.outcome(MAKER);
    assertOutcome(maker, Verdict.ELIGIBLE, "0", "300000.00");
    assertThat(yuan(maker.bindingLimit().orElseThrow().limit())).isEqualByComparingTo("300000.00");
    assertThat(maker.detail().orElseThrow().en()).contains("top 500", "top 50:");
    assertThat(maker.detail().orElseThrow().zh()).contains("全国500强", "全国50强");
    // 第17条 "不超过1000万元": 0 – 10,000,000
    assertOutcome(r.outcome(PLATFORM), Verdict.ELIGIBLE, "0", "10000000.00");
    // reply letter 一: 小巨人 (2023-07-15) 最高50万元, 省专精特新 (2022-06-01) 最高20万元; the highest: 0 – 500,000
    assertOutcome(r.outcome(SPECIALISED), Verdict.ELIGIBLE, "0", "500000.00");
    // reply letter 三 "一次性奖励…最高50万元": two recognitions, one award (register §1.4 item 002-h)
    assertOutcome(r.outcome(DEMONSTRATION), Verdict.ELIGIBLE, "0", "500000.00");
    // the draft's 第九条: the same figure, never counted (a draft)
    MeasureOutcome draft = r.outcome(MAKER_DRAFT);
    assertOutcome(draft, Verdict.ELIGIBLE, "0", "300000.00");
    assertThat(draft.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(draft.countedInTotal()).isFalse();
    // the draft's 第十二条 "按50%比例收取服务费用": the platform charges 50% × 12,345.67 = 6,172.835 → 6,172.84, so the
    // firm saves 12,345.67 − 6,172.84 = 6,172.83; on a fee of 0.01 it is charged 0.005 → 0.01 and saves 0.00
    // (register §4.6 item 51, as §2.8 reads every fee saved); 6,172.83 in all. Before: 6,172.84 + 0.01 = 6,172.85,
    // more than half of 12,345.68
    MeasureOutcome fee = r.outcome(FEE);
    assertOutcome(fee, Verdict.ELIGIBLE, "6172.83", "6172.83");
    assertThat(fee.amountKind()).isEqualTo(AmountKind.FEE_SAVED);
    // 小升规方案 第十四条: a small 工业 (C3484) firm; no figure of its own, it names the measure that carries them
    MeasureOutcome guarantee = r.outcome(GUARANTEE_REFERRAL);
    assertOutcome(guarantee, Verdict.ELIGIBLE, "0", "0");
    assertThat(guarantee.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(guarantee.detail().orElseThrow().en())
        .contains("sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy");
    // the draft's 第五条 for a 专精特新 firm: the pool's and the interest subsidies' figures
    assertThat(r.outcome(POOL_REFERRAL).detail().orElseThrow().en()).contains("sz-gxj-2023-26.risk-compensation-pool");
    assertThat(r.outcome(INTEREST_REFERRAL).detail().orElseThrow().en())
        .contains("sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy",
            "sz-gxj-2023-26.tech-sme-interest-subsidy");
    // in reach: 300,000 + 10,000,000 + 500,000 + 500,000 = 11,300,000 at most, 0 at least (all "最高")
    assertThat(yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("0");
    assertThat(yuan(r.report().totals().inReach().maximum().orElseThrow())).isEqualByComparingTo("11300000.00");
    assertThat(r.outcome(MAKER).clauseLabel()).isEqualTo("深工信〔2023〕26号 第16条");
    assertThat(r.outcome(FEE).title().in(Locale.SIMPLIFIED_CHINESE)).contains("50%");
  }

  @Test
  void test_shenzhen_asOfOneDayAfterTheWindow_closedAndNotCounted() throws IOException {
    CliThreePaths.Result r = run("grants-sz-full", "2024-01-01", SHENZHEN);
    // 第16条 and 第17条 are 2023's: on 2024-01-01 closed, out of the total
    for (String measure : new String[] {MAKER, PLATFORM}) {
      assertThat(r.outcome(measure).windowStatus()).as(measure).isEqualTo(WindowStatus.CLOSED);
      assertThat(r.outcome(measure).countedInTotal()).as(measure).isFalse();
    }
    // the reply letter's awards (window to 2025-12-31) still count: 500,000 + 500,000
    assertThat(yuan(r.report().totals().inReach().maximum().orElseThrow())).isEqualByComparingTo("1000000.00");
  }

  @Test
  void test_shenzhen_edges_dayBeforeTheWindow_rank501_notIndustrial() throws IOException {
    CliThreePaths.Result r = run("grants-sz-edges", "2023-12-31", SHENZHEN);
    // 第16条: the Shenzhen-division award of 2022-12-31 is a day before 2023; rank 501 is outside 全国500强
    MeasureOutcome maker = r.outcome(MAKER);
    assertOutcome(maker, Verdict.INELIGIBLE, "0", "0");
    assertThat(maker.detail()).isEmpty();
    // 第十四条 reads 工业 firms: I6513 (software) is not one
    assertOutcome(r.outcome(GUARANTEE_REFERRAL), Verdict.INELIGIBLE, "0", "0");
    // the draft's 第五条 and 第十二条: 专精特新 not held
    assertOutcome(r.outcome(POOL_REFERRAL), Verdict.INELIGIBLE, "0", "0");
    assertOutcome(r.outcome(FEE), Verdict.INELIGIBLE, "0", "0");
    // reply letter 一: 专精特新 not held, the 小巨人 not given: undetermined 0 – 500,000, all decided by /littleGiant
    MeasureOutcome specialised = r.outcome(SPECIALISED);
    assertOutcome(specialised, Verdict.UNDETERMINED, "0", "500000.00");
    assertThat(specialised.missingFacts()).containsExactly("/littleGiant");
    assertThat(r.firstQuestion()).isEqualTo("/littleGiant");
    assertThat(yuan(r.report().nextQuestions().get(0).amountDecided())).isEqualByComparingTo("500000.00");
  }

  @Test
  void test_shenzhen_sizeAndRecognitionsUnknown() throws IOException {
    CliThreePaths.Result r = run("grants-sz-unknown", "2023-12-31", SHENZHEN);
    // 第16条 names no size: the award of 2023-01-01 (the window's first day) earns 0 – 300,000
    assertOutcome(r.outcome(MAKER), Verdict.ELIGIBLE, "0", "300000.00");
    // 第十四条: an industrial firm whose size is not known (no figures): undetermined, naming the size
    MeasureOutcome guarantee = r.outcome(GUARANTEE_REFERRAL);
    assertThat(guarantee.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(guarantee.missingFacts()).contains("/size");
    // reply letter 一: neither recognition given; 500,000 shared by its two facts: 250,000 each
    assertOutcome(r.outcome(SPECIALISED), Verdict.UNDETERMINED, "0", "500000.00");
    assertThat(yuan(r.report().nextQuestions().get(0).amountDecided())).isEqualByComparingTo("250000.00");
    assertThat(yuan(r.report().nextQuestions().get(1).amountDecided())).isEqualByComparingTo("250000.00");
  }

  @Test
  void test_shenzhen_referralsAndTheDemonstrationAward_atTheirEdges() throws IOException {
    // a medium manufacturer: 第十四条 serves 小型微型工业企业, so a medium one is out
    CliThreePaths.Result medium = run("grants-sz-medium", "2023-06-29", SHENZHEN);
    assertOutcome(medium.outcome(GUARANTEE_REFERRAL), Verdict.INELIGIBLE, "0", "0");
    // reply letter 三: the recognition of 2021-10-19 is a day before the measure (from 2021-10-20), that of
    // 2021-10-20 earns the one-off award: 0 – 500,000
    assertOutcome(medium.outcome(DEMONSTRATION), Verdict.ELIGIBLE, "0", "500000.00");
    // the draft's 第五条: 专精特新 to 2023-06-29: held that day, not the next; the next day its 小巨人 recognition,
    // not given, may still run (a 小巨人 is recognised from among the 专精特新中小企业 on its own term): not known, and
    // asked (decisions register §4.6 item 59; before: INELIGIBLE)
    assertThat(medium.outcome(POOL_REFERRAL).verdict()).isEqualTo(Verdict.ELIGIBLE);
    MeasureOutcome lapsed = run("grants-sz-medium", "2023-06-30", SHENZHEN).outcome(POOL_REFERRAL);
    assertThat(lapsed.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(lapsed.missingFacts()).containsExactly("/littleGiant");
    // a micro power supplier (D4411, an industrial section): 第十四条 applies through the plan's end, 2024-12-31,
    // closed the day after; its only recognition (2021-10-19) is outside the award's window
    CliThreePaths.Result lastDay = run("grants-sz-micro-power", "2024-12-31", SHENZHEN);
    assertThat(lastDay.outcome(GUARANTEE_REFERRAL).verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(lastDay.outcome(GUARANTEE_REFERRAL).windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertOutcome(lastDay.outcome(DEMONSTRATION), Verdict.INELIGIBLE, "0", "0");
    assertThat(run("grants-sz-micro-power", "2025-01-01", SHENZHEN).outcome(GUARANTEE_REFERRAL).windowStatus())
        .isEqualTo(WindowStatus.CLOSED);
  }
}
