package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A blind audit of the award grants, the share grants, the size class (工信部联企业〔2011〕300号 第四条) and the 小升规
 * measures on the three paths outside checkers use ({@link CliThreePaths}: the engine's Java API, its JSON entry point
 * and the command line, {@code --json} and the tables). Every figure was worked by hand from the clause (沪企服办〔2023〕1号
 * 第一、二、三、五、六、八条; 深工信〔2023〕26号 第16、17条; the 2021 reply letter's 一 and 三; the 专精特新 draft 第九条; the
 * 小升规 plan 第四条; the 300号 bands of domain reference §2.14) before the library was run. The profiles, resources
 * {@code grantsblindaudit/*.json}, put each condition on its edge: a window's first and last day and the day outside,
 * a cap reached by a fen, a threshold met exactly and missed by a fen, a certificate's last day; and one leaves out the
 * facts that decide, which must be named as pointers into the profile, never guessed.
 */
class HuiqiCliGrantsBlindAuditTest {

  private static final String SIZE = "miit-2011-300.enterprise-size";
  private static final String SH = "sh-qfb-2023-1.";
  private static final String SH_AWARD = SH + "specialised-recognition-award";
  private static final String FOUR_ABOVE = SH + "four-above-high-tech-reward";
  private static final String UPLIFT = SH + "achievement-transfer-uplift";
  private static final String RENOVATION = SH + "technical-renovation-support";
  private static final String GREEN = SH + "green-upgrade-support";
  private static final String DIGITAL = SH + "digital-service-contract-support";
  private static final String[] SHANGHAI = {SIZE, SH_AWARD, FOUR_ABOVE, UPLIFT, RENOVATION, GREEN, DIGITAL};
  private static final String MAKER = "sz-gxj-2023-26.maker-china-award";
  private static final String MAKER_DRAFT = "sz-gxj-zjtx-32-draft.maker-china-award";
  private static final String PLATFORM = "sz-gxj-2023-26.digital-platform-subsidy";
  private static final String SZ_AWARD = "sz-gxj-2021-reply-20210370.specialised-award";
  private static final String DEMONSTRATION = "sz-gxj-2021-reply-20210370.demonstration-platform-award";
  private static final String[] SHENZHEN = {SIZE, MAKER, MAKER_DRAFT, PLATFORM, SZ_AWARD, DEMONSTRATION};
  private static final String POOL = "sz-gxj-2022-small-to-scale.cultivation-pool";
  private static final String REWARD = "sz-gxj-2022-small-to-scale.small-to-scale-reward";

  @TempDir
  Path dir;

  private CliThreePaths.Result run(String name, String asOf, String... measures) throws IOException {
    return CliThreePaths.run(dir, "grantsblindaudit", name, asOf, measures);
  }

  private static void assertExactly(MeasureOutcome outcome, String amount) {
    assertOutcome(outcome, Verdict.ELIGIBLE, amount, amount);
    assertThat(outcome.missingFacts()).as(outcome.measure().toString()).isEmpty();
  }

  private static void assertClause(MeasureOutcome outcome, String clause) {
    assertThat(outcome.clauseLabel()).as(outcome.measure().toString()).contains(clause);
  }

  private static String detail(MeasureOutcome outcome) {
    return outcome.detail().orElseThrow().in(Locale.ENGLISH);
  }

  @Test
  void test_shanghai_everyConditionOnItsEdge() throws IOException {
    CliThreePaths.Result result = run("g1-shanghai-edges", "2023-12-31", SHANGHAI);
    // 300号 第四条（二） 工业, 2022 (the prior full year): 300 persons and 20,000,000.00 meet both lower bounds of 中型
    // (从业人员300人及以上, 营业收入2000万元及以上) exactly, and neither of 大型 (1000, 40000万元): medium, an SME
    MeasureOutcome size = result.outcome(SIZE);
    assertOutcome(size, Verdict.ELIGIBLE, "0", "0");
    assertThat(detail(size)).isEqualTo("medium (2022 figures)");
    // 第一条: 专精特新 recognised 2023-01-01 (the window's first day, 不低于10万元) and 小巨人 2023-12-31 (its last day,
    // 不低于30万元); the higher alone (register §4.4 item 25): at least 300,000.00, no upper end
    MeasureOutcome award = result.outcome(SH_AWARD);
    assertOutcome(award, Verdict.ELIGIBLE, "300000.00", null);
    assertClause(award, "第一条");
    // 第二条 "上一年度研发投入5%、最高50万元的一次性奖励": the certificate runs to 2023-07-01. F0 (2023-06-30, 123,456.70)
    // and F1 (2023-07-01, its last valid day, 10,000,000.40 → 500,000.02, a fen over the cap) both qualify, F2
    // (2023-07-02) does not; one-off, so the earliest alone: 123,456.70 × 5% = 6,172.835 → 6,172.84 (half-up),
    // neither F1's capped 500,000.00 nor the sum 506,172.84
    MeasureOutcome fourAbove = result.outcome(FOUR_ABOVE);
    assertExactly(fourAbove, "6172.84");
    assertClause(fourAbove, "第二条");
    // 第三条 "加计30%": U1 (2023-07-01, the enrolment's first day) 1,000,000.05 × 30% = 300,000.015 → 300,000.02;
    // U2 (2023-06-30) comes a day before the enrolment: nothing
    MeasureOutcome uplift = result.outcome(UPLIFT);
    assertExactly(uplift, "300000.02");
    assertClause(uplift, "第三条");
    // 第五条 "门槛…调整为1000万元以上，支持金额不超过核定总投资的10%": R1 (2023-12-31) 10,000,000.05 ≥ 10,000,000 →
    // up to 1,000,000.005 → 1,000,000.01; R2 9,999,999.99 is a fen under the threshold; R3 (2022-12-31) outside
    MeasureOutcome renovation = result.outcome(RENOVATION);
    assertOutcome(renovation, Verdict.ELIGIBLE, "0", "1000000.01");
    assertThat(renovation.missingFacts()).isEmpty();
    assertClause(renovation, "第五条");
    // 第六条 "最高支持1000万元" a project: G1 (2023-01-01) and G2 (2023-12-31), G3 (2024-01-01) outside: 0 – 20,000,000.00
    MeasureOutcome green = result.outcome(GREEN);
    assertOutcome(green, Verdict.ELIGIBLE, "0", "20000000.00");
    assertClause(green, "第六条");
    // 第八条 "不超过合同金额30%", each contract rounded once: D1 (2023-01-01) 0.05 × 30% = 0.015 → 0.02; D2
    // (2023-12-31) 33,333.35 × 30% = 10,000.005 → 10,000.01; D3 (2024-01-01) outside: 0 – 10,000.03 (not the
    // rounded sum, 33,333.40 × 30% = 10,000.02)
    MeasureOutcome digital = result.outcome(DIGITAL);
    assertOutcome(digital, Verdict.ELIGIBLE, "0", "10000.03");
    assertClause(digital, "第八条");
  }

  @Test
  void test_shanghai_decidingFactsLeftOut_namedNeverGuessed() throws IOException {
    CliThreePaths.Result result = run("g2-shanghai-open", "2023-12-31", SHANGHAI);
    // 300号 工业 with 1000 persons and no revenue: 大型 if Y ≥ 40000万元, 中型 from 2000万元, 小型 from 300万元, else
    // 微型: every class open, large among them, so not even the SME verdict is known
    MeasureOutcome size = result.outcome(SIZE);
    assertThat(size.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(size.missingFacts()).containsExactly("/years/0/revenue");
    // 第五条 and 第八条 are for 中小企业: the class turns on the revenue. R1 15,000,000 × 10% = up to 1,500,000.00;
    // D1 1,000 × 30% = up to 300.00
    MeasureOutcome renovation = result.outcome(RENOVATION);
    assertOutcome(renovation, Verdict.UNDETERMINED, "0", "1500000.00");
    assertThat(renovation.missingFacts()).contains("/years/0/revenue");
    MeasureOutcome digital = result.outcome(DIGITAL);
    assertOutcome(digital, Verdict.UNDETERMINED, "0", "300.00");
    assertThat(digital.missingFacts()).contains("/years/0/revenue");
    // 第一条: the 专精特新 recognition ran until 2023-01-01, its start not given: it may have started that very day (新认定
    // in 2023) or before; 小巨人 known not held. Open, naming the start, from 0 with no upper end
    MeasureOutcome award = result.outcome(SH_AWARD);
    assertOutcome(award, Verdict.UNDETERMINED, "0", null);
    assertThat(award.missingFacts()).containsExactly("/specialisedAndInnovative/since");
    // 第二条: the certificate held with no dates (register §4.6 item 58: dates not given do not limit it), the R&D
    // input not given: 0 – 500,000.00 (the cap), naming the event's amount
    MeasureOutcome fourAbove = result.outcome(FOUR_ABOVE);
    assertOutcome(fourAbove, Verdict.ELIGIBLE, "0", "500000.00");
    assertThat(fourAbove.missingFacts()).containsExactly("/grantEvents/0/amount");
    // 第三条: the 科技型中小企业 enrolment not given: 0 or 100 × 30% = 30.00
    MeasureOutcome uplift = result.outcome(UPLIFT);
    assertOutcome(uplift, Verdict.UNDETERMINED, "0", "30.00");
    assertThat(uplift.missingFacts()).containsExactly("/techSme");
    // 第六条: the events are given and none is a green project
    assertOutcome(result.outcome(GREEN), Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_shenzhen_awardsOnTheWindowsEdges() throws IOException {
    CliThreePaths.Result result = run("g3-shenzhen-edges", "2023-12-31", SHENZHEN);
    // 300号 第四条（十二） 软件和信息技术服务业: 40 persons (10 ≤ X < 100), 5,000,000 (50万元 ≤ Y): small
    assertThat(detail(result.outcome(SIZE))).isEqualTo("small (2022 figures)");
    // 26号 第16条 "对在深圳赛区的获奖项目，最高给予30万元奖励", the 2023 contest (register §4.6 item 98): K1
    // (2023-01-01) and K2 (2023-12-31) each up to 300,000; K0 (2022-12-31) and K3 (2024-01-01) outside: 0 – 600,000.00.
    // N1, national rank 50: both fast tracks (前500强 and 前50强)
    MeasureOutcome maker = result.outcome(MAKER);
    assertOutcome(maker, Verdict.ELIGIBLE, "0", "600000.00");
    assertClause(maker, "第16条");
    assertThat(detail(maker)).contains("national top 500").contains("national top 50:");
    // the draft's 第九条, from 2023-01-01 with no end: K1, K2 and K3, 0 – 900,000.00 (a draft, never in the total)
    MeasureOutcome draft = result.outcome(MAKER_DRAFT);
    assertOutcome(draft, Verdict.ELIGIBLE, "0", "900000.00");
    assertThat(draft.countedInTotal()).isFalse();
    // 第17条 "每年…分别给予不超过1000万元": S1 (2023-01-01) and S2 (2023-12-31) are one year: 0 – 10,000,000.00
    assertOutcome(result.outcome(PLATFORM), Verdict.ELIGIBLE, "0", "10000000.00");
    // reply letter 一 (深府规〔2021〕1号): provincial 专精特新 recognised 2021-01-01, the window's first day, "最高20万元"
    MeasureOutcome szAward = result.outcome(SZ_AWARD);
    assertOutcome(szAward, Verdict.ELIGIBLE, "0", "200000.00");
    // reply letter 三 "一次性奖励…最高50万元": P1 on 2021-10-20 (the letter's date) and P2; one-off: 0 – 500,000.00
    assertOutcome(result.outcome(DEMONSTRATION), Verdict.ELIGIBLE, "0", "500000.00");
  }

  @Test
  void test_shenzhen_placingRankNotGiven_theFastTracksSaidOpen() throws IOException {
    String profile = "{\"name\": \"名次未填\", \"registrationRegionCode\": \"440305\", \"industryCode\": \"I6510\","
        + " \"size\": \"SMALL\", \"grantEvents\": [{\"eventId\": \"K1\", \"code\": \"maker-china-shenzhen-award\","
        + " \"date\": \"2023-05-01\"}, {\"eventId\": \"N1\", \"code\": \"maker-china-national-placing\","
        + " \"date\": \"2023-11-01\"}]}";
    CliThreePaths.Result result = CliThreePaths.runText(dir, "rank", profile, "2023-12-31", MAKER);
    // 第16条: the prize up to 300,000; the placing's rank not given, so neither fast track (前500强, 前50强) is known to
    // apply or not: no detail, and the rank decides no money, so it is asked nowhere
    MeasureOutcome maker = result.outcome(MAKER);
    assertOutcome(maker, Verdict.ELIGIBLE, "0", "300000.00");
    assertThat(maker.missingFacts()).isEmpty();
    assertThat(maker.detail()).isEmpty();
    // the explaining form says each may apply, naming the rank (register §4.6 item 166; before, nothing was said, as
    // if rank 501); CliThreePaths checked its words print in --explain in zh and en
    MeasureOutcome explained = EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(HuiqiJson.read(profile,
        EnterpriseProfile.class), LocalDate.parse("2023-12-31")).withMeasures(List.of(MeasureId.of(MAKER)))
        .withExplain(true)).outcomes().get(0);
    assertThat(explained.notes()).filteredOn(n -> n.code().endsWith("-open")).hasSize(2)
        .allSatisfy(n -> assertThat(n.message().en()).contains("/grantEvents/1/rank"));
  }

  @Test
  void test_shenzhen_eachADayOutside_nothing() throws IOException {
    CliThreePaths.Result result = run("g4-shenzhen-outside", "2023-12-31", SHENZHEN);
    // 专精特新 recognised 2020-12-31 (before 深府规〔2021〕1号's 2021), the municipal recognition 2022-04-07 (a day
    // before 深府〔2022〕31号), the platform recognised 2021-10-19, the contest prize of 2022-12-31 and the selection of
    // 2022-12-31: each a day outside; rank 501 is outside 前500强 and nothing is awarded to attach it to
    for (String measure : new String[] {MAKER, MAKER_DRAFT, PLATFORM, SZ_AWARD, DEMONSTRATION}) {
      MeasureOutcome outcome = result.outcome(measure);
      assertOutcome(outcome, Verdict.INELIGIBLE, "0", "0");
      assertThat(outcome.countedInTotal()).as(measure).isFalse();
    }
  }

  @Test
  void test_shenzhen_littleGiantOnTheLastDay() throws IOException {
    CliThreePaths.Result result = run("g5-shenzhen-last-day", "2025-12-31", SIZE, SZ_AWARD);
    // 小巨人 recognised 2025-12-31, the last day of 深府〔2022〕31号 (to 2025-12-31): up to 500,000; the provincial
    // (2022-06-01, 200,000) and municipal (2022-04-08, 100,000) recognitions too, the highest alone: 0 – 500,000.00
    MeasureOutcome award = result.outcome(SZ_AWARD);
    assertOutcome(award, Verdict.ELIGIBLE, "0", "500000.00");
    assertThat(award.bindingLimit().orElseThrow().code()).isEqualTo("award-ceiling");
    // 2024 figures on 2025-12-31: 工业 280 persons (< 300), 80,000,000: small
    assertThat(detail(result.outcome(SIZE))).isEqualTo("small (2024 figures)");
  }

  @Test
  void test_smallToScale_entryGrowthByAFen() throws IOException {
    CliThreePaths.Result result = run("g6-scaleup-by-a-fen", "2023-12-31", SIZE, POOL, REWARD);
    // 小升规方案 第四条: out in 2021, in from 2022 (first entry), 2023 still in, 20,000,000.01 > 20,000,000.00 by a fen
    // (正增长): "最高20万元", 0 – 200,000.00
    MeasureOutcome reward = result.outcome(REWARD);
    assertOutcome(reward, Verdict.ELIGIBLE, "0", "200000.00");
    assertThat(detail(reward)).contains("2022");
    // the pool ("上一年度营业收入1000至2000万元", register card 001-4a: below 20,000,000): 2022's 20,000,000.00 is out
    assertOutcome(result.outcome(POOL), Verdict.INELIGIBLE, "0", "0");
    // 工业 150 persons (20 ≤ X < 300), 20,000,000: small
    assertThat(detail(result.outcome(SIZE))).isEqualTo("small (2022 figures)");
  }

  /** A profile of one 2022 year, for the size and pool tables. */
  private static String profile(String industry, String employees, String revenue, String assets, String above) {
    StringBuilder year = new StringBuilder("{\"year\": 2022");
    if (!employees.isEmpty()) {
      year.append(", \"employees\": ").append(employees);
    }
    if (!revenue.isEmpty()) {
      year.append(", \"revenue\": {\"amount\": ").append(revenue).append(", \"currency\": \"CNY\"}");
    }
    if (!assets.isEmpty()) {
      year.append(", \"totalAssets\": {\"amount\": ").append(assets).append(", \"currency\": \"CNY\"}");
    }
    if (!above.isEmpty()) {
      year.append(", \"aboveScale\": ").append(above);
    }
    return "{\"name\": \"划型\", \"registrationRegionCode\": \"440305\", \"legalForm\": \"ENTERPRISE\","
        + " \"independentLegalPerson\": true, \"industryCode\": \"" + industry + "\", \"years\": [" + year + "}]}";
  }

  @ParameterizedTest(name = "{0} X={1} Y={2} Z={3}: {4} {5}")
  @CsvSource(delimiter = '|', value = {
      // 300号 第四条, domain reference §2.14 (Y and Z in 万元 there), the 2022 figures on 2023-06-30.
      // 批发业 (五): 小型 X ≥ 5 and Y ≥ 1000万元; X = 4 is 微型 (微型只须满足一项)
      "F5112|5|10000000.00||ELIGIBLE|small (2022 figures)|",
      "F5112|4|10000000.00||ELIGIBLE|micro (2022 figures)|",
      // 零售业 (六): 中型 X ≥ 50 and Y ≥ 500万元; X = 49 drops one class (否则下划一档)
      "F5211|50|5000000.00||ELIGIBLE|medium (2022 figures)|",
      "F5211|49|5000000.00||ELIGIBLE|small (2022 figures)|",
      // 软件和信息技术服务业 (十二): 小型 Y ≥ 50万元; a fen under is 微型
      "I6510|10|500000.00||ELIGIBLE|small (2022 figures)|",
      "I6510|10|499999.99||ELIGIBLE|micro (2022 figures)|",
      // 建筑业 (三), Y and Z: 小型 from 300万元 each; Z a fen under is 微型; Z not given leaves 小型 or 微型 (an SME)
      "E4710||3000000.00|3000000.00|ELIGIBLE|small (2022 figures)|",
      "E4710||3000000.00|2999999.99|ELIGIBLE|micro (2022 figures)|",
      "E4710||3000000.00||ELIGIBLE|small or micro (2022 figures, class open)|/years/0/totalAssets",
      // Y at the 大型 bound (80000万元) with Z not given: large is possible, so not even the SME verdict is known
      "E4710||800000000.00||UNDETERMINED||/years/0/totalAssets",
      // 房地产开发经营 (十三): 大型 Y ≥ 200000万元 and Z ≥ 10000万元, both met: not an SME
      "K7010||2000000000.00|100000000.00|INELIGIBLE|large (2022 figures)|",
      // Z 19,999,999.99 < 2000万元: 微型 whatever Y
      "K7010||1000000.00|19999999.99|ELIGIBLE|micro (2022 figures)|",
      // 其他未列明行业 (十六), X alone: 300 is 大型, 299 中型
      "M7310|300|||INELIGIBLE|large (2022 figures)|",
      "M7310|299|||ELIGIBLE|medium (2022 figures)|",
      // 工业 (二) with 19 persons and no revenue: 微型 on the headcount alone
      "C3484|19|||ELIGIBLE|micro (2022 figures)|",
      // 住宿业 (九) with neither figure: both named
      "H6110||||UNDETERMINED||/years/0/employees,/years/0/revenue",
      // 金融业 J is outside the standard: the size itself is asked
      "J6620|5|1.00|1.00|UNDETERMINED||/size"})
  void test_size_byIndustry_everyPath(String industry, String employees, String revenue, String assets,
      Verdict verdict, String detail, String missing) throws IOException {
    CliThreePaths.Result result = CliThreePaths.runText(dir, "size", profile(industry, nz(employees), nz(revenue),
        nz(assets), ""), "2023-06-30", SIZE);
    MeasureOutcome size = result.outcome(SIZE);
    assertOutcome(size, verdict, "0", "0");
    if (detail != null) {
      assertThat(detail(size)).isEqualTo(detail);
    }
    if (missing == null) {
      assertThat(size.missingFacts()).isEmpty();
    } else {
      assertThat(size.missingFacts()).containsExactly(missing.split(","));
    }
    assertClause(size, "第四条");
  }

  @ParameterizedTest(name = "{0} X={1} Y={2}: member {3}")
  @CsvSource(delimiter = '|', value = {
      // 小升规方案 第四条 "以全市上一年度营业收入1000至2000万元的小微工业企业为对象": 10,000,000 ≤ Y < 20,000,000 (card
      // 001-4a), small or micro under 300号 工业, on 2023-06-30 the 2022 figures
      "C3484|100|10000000.00|ELIGIBLE",
      "C3484|100|9999999.99|INELIGIBLE",
      "C3484|100|19999999.99|ELIGIBLE",
      // 300 persons but Y < 2000万元: 小型 (下划一档), still in
      "C3484|300|19999999.99|ELIGIBLE",
      // the headcount not given: Y < 2000万元 rules out 中型 and 大型, so small or micro either way
      "C3484||15000000.00|ELIGIBLE",
      // 零售业 is not 工业
      "F5211|5|15000000.00|INELIGIBLE"})
  void test_pool_bounds_everyPath(String industry, String employees, String revenue, Verdict verdict)
      throws IOException {
    CliThreePaths.Result result = CliThreePaths.runText(dir, "pool", profile(industry, nz(employees), revenue, "",
        "false"), "2023-06-30", POOL);
    MeasureOutcome pool = result.outcome(POOL);
    assertOutcome(pool, verdict, "0", "0");
    assertThat(pool.missingFacts()).isEmpty();
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a negative headcount, part of a fen of revenue, an industry code that is no GB/T 4754 code
      "{'registrationRegionCode': '310115', 'industryCode': 'C3484', 'years': [{'year': 2022, 'employees': -1}]}"
          + "|/years/0/employees",
      "{'registrationRegionCode': '310115', 'industryCode': 'C3484', 'years': [{'year': 2022, 'revenue':"
          + " {'amount': 0.001, 'currency': 'CNY'}}]}|/years/0/revenue",
      "{'registrationRegionCode': '310115', 'industryCode': 'Z12'}|/industryCode",
      // well-formed codes naming no division of their section: C7211 (商务服务业 is L72) was read as 工业 by the 小升规
      // pool and reward, in the pool and rewarded up to 200,000 while the size class alone refused it (exit status 3);
      // C99 names no division at all. Refused once, where the profile is read (helper BC's dd0f4d33)
      "{'registrationRegionCode': '440306', 'industryCode': 'C7211', 'size': 'SMALL', 'years': [{'year': 2022,"
          + " 'aboveScale': true, 'revenue': {'amount': 12000000, 'currency': 'CNY'}}]}|/industryCode",
      "{'registrationRegionCode': '440306', 'industryCode': 'C99'}|/industryCode",
      // a contract amount below zero, a national rank of 0
      "{'registrationRegionCode': '310115', 'grantEvents': [{'eventId': 'D', 'code': 'sh-digital-service-contract',"
          + " 'date': '2023-05-01', 'amount': {'amount': -0.01, 'currency': 'CNY'}}]}|/grantEvents/0/amount",
      "{'registrationRegionCode': '440305', 'grantEvents': [{'eventId': 'N', 'code': 'maker-china-national-placing',"
          + " 'date': '2023-05-01', 'rank': 0}]}|/grantEvents/0/rank"})
  void test_badInput_typedErrorNamingThePointer_onEveryPath(String body, String pointer) throws IOException {
    CliAuditFiles.assertRefusedOnEveryPath(dir, body, pointer, "2023-12-31");
  }
}
