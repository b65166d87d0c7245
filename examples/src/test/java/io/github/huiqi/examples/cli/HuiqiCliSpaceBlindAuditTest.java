package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static io.github.huiqi.examples.cli.HuiqiCliSpaceAuditTest.GUANGMING;
import static io.github.huiqi.examples.cli.HuiqiCliSpaceAuditTest.HIGH_RISE;
import static io.github.huiqi.examples.cli.HuiqiCliSpaceAuditTest.LONGGANG;
import static io.github.huiqi.examples.cli.HuiqiCliSpaceAuditTest.POLICY_RENT;
import static io.github.huiqi.examples.cli.HuiqiCliSpaceAuditTest.PURCHASE;
import static io.github.huiqi.examples.cli.HuiqiCliSpaceAuditTest.UTILITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.space.highrise.HighRiseCalculator;
import io.github.huiqi.calculators.space.highrise.HighRiseRequest;
import io.github.huiqi.calculators.space.highrise.HighRiseResult;
import io.github.huiqi.calculators.space.purchase.PurchaseCalculator;
import io.github.huiqi.calculators.space.purchase.PurchaseRequest;
import io.github.huiqi.calculators.space.rent.RentAreaCalculator;
import io.github.huiqi.calculators.space.rent.RentAreaRequest;
import io.github.huiqi.calculators.space.rent.RentPolicyCalculator;
import io.github.huiqi.calculators.space.rent.RentPolicyRequest;
import io.github.huiqi.calculators.space.rent.RentShareCalculator;
import io.github.huiqi.calculators.space.rent.RentShareRequest;
import io.github.huiqi.calculators.space.rent.RentShareResult;
import io.github.huiqi.calculators.space.utility.UtilityCalculator;
import io.github.huiqi.calculators.space.utility.UtilityRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.highrise.HighRiseMeasure;
import io.github.huiqi.core.space.purchase.PurchaseMeasure;
import io.github.huiqi.core.space.rent.RentAreaMeasure;
import io.github.huiqi.core.space.rent.RentPolicyMeasure;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import io.github.huiqi.core.space.utility.UtilityMeasure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blind QA audit of the space families (space/rent, space/utility, space/highrise, space/purchase) at their
 * boundaries: each hand-written profile (resources {@code spaceblind/*.json}) is run on the typed per-measure
 * calculator, on the entitlement engine (typed and {@code evaluateJson}) and on the command line ({@code --json}
 * and the tables, {@link CliThreePaths}), and the four must give the figure worked by hand from the clause:
 * the 2021 reply letter (第20210370号提案答复) 一 (龙岗区 "不超过上一年度场地租金支出50%、每年最高20万元", 光明区 "按实际面积
 * 给予20元/m2的补贴", 创新型产业用房 "比参考价格优惠30%－70%"), 深工信〔2023〕26号 第2条 ("在2023年第一季度实行水、电、气
 * “欠费不停供”，免收在此期间产生的欠费滞纳金") and 第3条 ("平均租金价格不高于35元/月/平方米"), and the 专精特新 draft
 * 第二十九条 ("对年产值达3亿以上、租用国有产业用房3年以上的专精特新企业"). HuiqiCliSpaceAuditTest's cases are not
 * repeated.
 */
class HuiqiCliSpaceBlindAuditTest {

  private static final String FOLDER = "spaceblind";
  private static final PolicyData DATA = PolicyData.builtIn();

  @TempDir
  Path dir;

  private CliThreePaths.Result run(String name, String asOf, String... measures) throws IOException {
    return CliThreePaths.run(dir, FOLDER, name, asOf, measures);
  }

  private static String text(String name) throws IOException {
    try (InputStream in = HuiqiCliSpaceBlindAuditTest.class.getResourceAsStream(FOLDER + "/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static EnterpriseProfile profile(String name) throws IOException {
    return HuiqiJson.read(text(name), EnterpriseProfile.class);
  }

  //------------------------------------------------------------------------- 龙岗区 (reply letter 一)
  @Test
  void test_longgang_halfAFenRoundsUpToTheCap_notAbove() throws IOException {
    // 2022 rent 399,999.99 × 50% = 199,999.995 → 200,000.00 (half-up, register §4.5 item 35) = 每年最高20万元:
    // up to 200,000.00 ("不超过"), from 0
    MeasureOutcome rent = run("lg-rounds-to-cap", "2023-06-30", LONGGANG).outcome(LONGGANG);
    assertOutcome(rent, Verdict.ELIGIBLE, "0", "200000.00");
    RentShareResult typed = RentShareCalculator.DEFAULT.explainMaximumSubsidy(
        DATA.getMeasure(RentShareMeasure.LONGGANG), RentShareRequest.from(profile("lg-rounds-to-cap"), 2023)
        .orElseThrow());
    assertThat(typed.priorYearRent()).isEqualTo(Cny.of("399999.99"));
    assertThat(typed.subsidy().maximum()).isEqualTo(Cny.of("200000.00"));
  }

  @Test
  void test_longgang_parkLeasesSummed_theOtherLeft() throws IOException {
    // park leases P1 100,000.00 + P2 150,000.01 = 250,000.01 × 50% = 125,000.005 → 125,000.01; lease OUT (not in a
    // district park, "入驻区级科技企业加速器、科技创新产业园") adds nothing: up to 125,000.01, the cap not binding
    MeasureOutcome rent = run("lg-two-leases", "2023-06-30", LONGGANG).outcome(LONGGANG);
    assertOutcome(rent, Verdict.ELIGIBLE, "0", "125000.01");
    assertThat(rent.bindingLimit()).isEmpty();
    RentShareResult typed = RentShareCalculator.DEFAULT.explainMaximumSubsidy(
        DATA.getMeasure(RentShareMeasure.LONGGANG), RentShareRequest.from(profile("lg-two-leases"), 2023)
        .orElseThrow());
    assertThat(typed.subsidy().maximum()).isEqualTo(Cny.of("125000.01"));
  }

  @Test
  void test_longgang_priorYearRentNotGiven_openToTheCap_namingIt() throws IOException {
    // support year 2023 needs the 2022 rent ("上一年度场地租金支出"); only 2021's is given: not a guess. Every
    // condition is met, the rent only the base (register §4.6 item 42): eligible from 0 to the 200,000 cap, the cap
    // the binding limit, naming the lease's rent payments
    MeasureOutcome rent = run("lg-prior-rent-missing", "2023-06-30", LONGGANG).outcome(LONGGANG);
    assertOutcome(rent, Verdict.ELIGIBLE, "0", "200000.00");
    assertThat(rent.bindingLimit().orElseThrow().code()).isEqualTo("cap-per-year");
    assertThat(rent.missingFacts()).containsExactly("/leases/0/rentPaid");
  }

  @Test
  void test_longgang_notAHighTechFirm_ineligible() throws IOException {
    // "国家高新技术企业": highTech not held
    assertOutcome(run("lg-not-high-tech", "2023-06-30", LONGGANG).outcome(LONGGANG), Verdict.INELIGIBLE, "0", "0");
  }

  //------------------------------------------------------------------------- 光明区 (reply letter 一)
  @Test
  void test_guangming_eachLeaseHalfUp_theParkLeasesOnly() throws IOException {
    // 20 元/m² a month (register §4.4 item 28): A 20 × 12.34575 = 246.915 → 246.92 (half-up); B 20 × 0.5 = 10.00;
    // C not in a district park ("入驻区级科技创新产业园"): 0. At least 256.92, no duration given: no upper end
    CliThreePaths.Result r = run("gm-half-fen", "2023-06-30", GUANGMING);
    assertOutcome(r.outcome(GUANGMING), Verdict.ELIGIBLE, "256.92", null);
    assertThat(RentAreaCalculator.DEFAULT.explainSubsidyPerPeriod(DATA.getMeasure(RentAreaMeasure.GUANGMING),
        RentAreaRequest.from(profile("gm-half-fen")).orElseThrow()).perPeriod()).isEqualTo(Cny.of("256.92"));
  }

  @Test
  void test_guangming_enrolmentLapsed_highTechNotGiven_undetermined() throws IOException {
    // "各类科技型企业": enrolled as a 科技型中小企业 to 2023-06-29, 20 × 100 = 2,000.00 a month that day
    assertOutcome(run("gm-enrolment-lapsed", "2023-06-29", GUANGMING).outcome(GUANGMING), Verdict.ELIGIBLE, "2000.00",
        null);
    // on 2023-06-30 the enrolment has lapsed and the firm may still be a 高新技术企业, not given: undetermined from 0,
    // no upper end, naming /highTech alone (never a guess either way)
    MeasureOutcome gm = run("gm-enrolment-lapsed", "2023-06-30", GUANGMING).outcome(GUANGMING);
    assertOutcome(gm, Verdict.UNDETERMINED, "0", null);
    assertThat(gm.missingFacts()).containsExactly("/highTech");
  }

  @Test
  void test_guangming_negativeArea_aTypedErrorNamingTheField() throws IOException {
    // an area of −100 m² is absurd: refused naming /leases/0/area, never a negative subsidy
    assertThatThrownBy(() -> EntitlementEngine.builtIn().evaluateJson("{\"profile\": " + text("gm-negative-area")
        + ", \"asOf\": \"2023-06-30\", \"measures\": [\"" + GUANGMING + "\"]}"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("leases/0/area").hasMessageContaining("-100");
    Path file = dir.resolve("gm-negative-area.json");
    Files.writeString(file, text("gm-negative-area"), StandardCharsets.UTF_8);
    HuiqiCliTest.Run cli = HuiqiCliTest.run(file.toString(), "--as-of", "2023-06-30", "--measure", GUANGMING);
    assertThat(cli.status()).isNotZero();
    assertThat(cli.err()).contains("leases/0/area", "-100");
  }

  @Test
  void test_guangming_validityFirstDay_aLeaseEndingTheDayBefore_countsNothing() throws IOException {
    // the rate holds from 2021-10-20 (the reply letter's date); a lease counts a month's figure when it runs a day
    // within it (register §4.4 item 28): BEFORE ended 2021-10-19, nothing; FIRST ended 2021-10-20, 20 × 50 = 1,000.00
    MeasureOutcome gm = run("gm-validity-edges", "2023-06-30", GUANGMING).outcome(GUANGMING);
    assertOutcome(gm, Verdict.ELIGIBLE, "1000.00", null);
  }

  //------------------------------------------------------------------------- 创新型产业用房 (reply letter 一)
  @Test
  void test_policyRent_leastDiscountAndAFractionalOne_innovationSpaceOnly() throws IOException {
    // rent = reference × area × (1 − discount): A 100.00 × 10 × (1 − 30%) = 700.00 (30% included, "优惠30%－70%");
    // B 33.33 × 3 × (1 − 33.33%) = 99.99 × 66.67% = 66.663333 → 66.66; C not 创新型产业用房: 0. 766.66 a month
    MeasureOutcome policy = run("pr-least-discount-rounding", "2023-06-30", POLICY_RENT).outcome(POLICY_RENT);
    assertOutcome(policy, Verdict.ELIGIBLE, "766.66", "766.66");
    assertThat(RentPolicyCalculator.DEFAULT.explainMonthlyRent(DATA.getMeasure(RentPolicyMeasure.SHENZHEN_2021),
        RentPolicyRequest.from(profile("pr-least-discount-rounding")).orElseThrow()).monthlyRent().maximum())
        .isEqualTo(Cny.of("766.66"));
  }

  @Test
  void test_policyRent_discountABasisPointAbove70_refusedNamingTheField() throws IOException {
    // 70.01% is above "优惠30%－70%": refused naming /leases/0/rentDiscount and the value, the command line status 3
    Path file = dir.resolve("pr.json");
    Files.writeString(file, text("pr-discount-above-range"), StandardCharsets.UTF_8);
    HuiqiCliTest.Run cli = HuiqiCliTest.run(file.toString(), "--as-of", "2023-06-30", "--measure", POLICY_RENT);
    assertThat(cli.status()).isEqualTo(3);
    assertThat(cli.err()).contains("/leases/0/rentDiscount", "70.01%");
    // (the typed calculator's refusal of 70.01% is RentPolicyCalculatorTest's)
  }

  //------------------------------------------------------------------------- 工业上楼 (第3条)
  @Test
  void test_highRise_anAverageAtTheCeiling_oneLeaseAboveIt() throws IOException {
    // "平均": (3,600.00 + 3,400.00) ÷ (100 + 100) m² = 35.00 ≤ 35, within though A alone is 36; X is not in the
    // programme and its 90 元/m² is left out
    MeasureOutcome high = run("hr-average-at-ceiling", "2023-06-30", HIGH_RISE).outcome(HIGH_RISE);
    assertOutcome(high, Verdict.ELIGIBLE, "0", "0");
    assertThat(high.detail().orElseThrow().en()).contains("35.00", "within 35");
    HighRiseResult typed = HighRiseCalculator.DEFAULT.explainAverageRent(DATA.getMeasure(HighRiseMeasure.SHENZHEN_2023),
        new HighRiseRequest(profile("hr-average-at-ceiling").leases().orElseThrow().subList(0, 2)));
    assertThat(typed.averageRent()).isEqualTo(Cny.of("35.00"));
    assertThat(typed.withinCeiling()).isTrue();
  }

  @Test
  void test_highRise_aFenOverTheAverage_above() throws IOException {
    // 7,000.01 ÷ 200 = 35.00005: shown 35.00 but above 35 (不高于 is tested before rounding)
    MeasureOutcome high = run("hr-average-a-fen-above", "2023-06-30", HIGH_RISE).outcome(HIGH_RISE);
    assertThat(high.detail().orElseThrow().en()).contains("35.00", "above 35 before rounding");
    assertThat(HighRiseCalculator.DEFAULT.withinCeiling(DATA.getMeasure(HighRiseMeasure.SHENZHEN_2023),
        new HighRiseRequest(profile("hr-average-a-fen-above").leases().orElseThrow()))).isFalse();
  }

  @Test
  void test_highRise_aLeaseEndingBefore2023_leftOut_oneEndingOn1January_counted() throws IOException {
    // 第3条 holds in 2023 only: A (2022-01-01..2022-12-31, 90 元/m²) runs no day of it and is left out; B ends on
    // 2023-01-01, a day within: 3,500.00 ÷ 100 = 35.00, within. Were A counted: 12,500.00 ÷ 200 = 62.50, above
    MeasureOutcome high = run("hr-validity-edges", "2023-06-30", HIGH_RISE).outcome(HIGH_RISE);
    assertOutcome(high, Verdict.ELIGIBLE, "0", "0");
    assertThat(high.detail().orElseThrow().en()).contains("35.00", "within 35");
  }

  //------------------------------------------------------------------------- utilities (第2条)
  @Test
  void test_utility_aBillOverdueTheWholeQuarter_andOneDay_aMediumFirm() throws IOException {
    // E overdue from 2022-12-31, paid 2023-04-02: late days through 04-01, those in Q1 are 01-01..03-31 = 31 + 28 +
    // 31 = 90; 1,000 × 0.2% × 90 = 180.00. W overdue 2023-01-01, paid 01-02: one day, 1,000 × 0.1% = 1.00. A medium
    // firm is among "中小微企业". Waived 181.00
    MeasureOutcome u = run("ut-whole-quarter", "2023-03-31", UTILITY).outcome(UTILITY);
    assertOutcome(u, Verdict.ELIGIBLE, "181.00", "181.00");
    assertThat(u.clauseLabel()).isEqualTo("深工信〔2023〕26号 第2条");
    assertThat(UtilityCalculator.DEFAULT.waivedLateFees(DATA.getMeasure(UtilityMeasure.SHENZHEN_2023),
        UtilityRequest.from(profile("ut-whole-quarter")).orElseThrow())).isEqualTo(Cny.of("181.00"));
  }

  @Test
  void test_utility_eachBillRoundedOnce_halfUp() throws IOException {
    // G 333.33 × 0.3% × 1 day (03-31) = 0.99999 → 1.00; E 1.66 × 0.3% × 1 = 0.00498 → 0.00. Waived 1.00
    assertOutcome(run("ut-half-fen", "2023-03-31", UTILITY).outcome(UTILITY), Verdict.ELIGIBLE, "1.00", "1.00");
    assertThat(UtilityCalculator.DEFAULT.waivedLateFees(DATA.getMeasure(UtilityMeasure.SHENZHEN_2023),
        UtilityRequest.from(profile("ut-half-fen")).orElseThrow())).isEqualTo(Cny.of("1.00"));
  }

  @Test
  void test_utility_notInDifficulty_ineligible_notKnown_undeterminedToTheFee() throws IOException {
    // "经营困难的…中小微企业": a firm said not to be in difficulty is out
    assertOutcome(run("ut-not-in-difficulty", "2023-03-31", UTILITY).outcome(UTILITY), Verdict.INELIGIBLE, "0", "0");
    // not said: 0 to 1,000 × 0.2% × 31 (2023-01-01..01-31, paid 02-01) = 62.00, naming the fact
    MeasureOutcome open = run("ut-difficulty-unknown", "2023-03-31", UTILITY).outcome(UTILITY);
    assertOutcome(open, Verdict.UNDETERMINED, "0", "62.00");
    assertThat(open.missingFacts()).containsExactly("/affectedByEpidemic");
  }

  @Test
  void test_utility_negativeArrears_aTypedErrorNamingTheField() throws IOException {
    assertThatThrownBy(() -> EntitlementEngine.builtIn().evaluateJson("{\"profile\": " + text("ut-negative-arrears")
        + ", \"asOf\": \"2023-03-31\", \"measures\": [\"" + UTILITY + "\"]}"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("utilityBills/0/arrears");
    Path file = dir.resolve("ut-negative-arrears.json");
    Files.writeString(file, text("ut-negative-arrears"), StandardCharsets.UTF_8);
    HuiqiCliTest.Run cli = HuiqiCliTest.run(file.toString(), "--as-of", "2023-03-31", "--measure", UTILITY);
    assertThat(cli.status()).isNotZero();
    assertThat(cli.err()).contains("utilityBills/0/arrears");
  }

  //------------------------------------------------------------------------- state-owned space (draft 第二十九条)
  @Test
  void test_purchase_aLeaseFrom29February_threeYearsOn28February() throws IOException {
    // 2020-02-29 + 3 years: 2020-02-29..2023-02-28 is 366 + 365 + 365 = 1,096 days, three whole years (民法典
    // 第二百零二条, no 29 February in 2023: the month's last day); on 2023-02-27 a day short. 2022 output
    // 300,000,000.01 ≥ 3亿
    assertOutcome(run("pu-leap-day-lease", "2023-02-27", PURCHASE).outcome(PURCHASE), Verdict.INELIGIBLE, "0", "0");
    assertOutcome(run("pu-leap-day-lease", "2023-02-28", PURCHASE).outcome(PURCHASE), Verdict.ELIGIBLE, "0", "0");
    // (the typed calculator on the same dates is PurchaseAuditTest's)
  }

  @Test
  void test_purchase_outputNotGiven_undetermined_namingIt() throws IOException {
    // the tenure is met (2019-01-01, more than 3 years on 2023-06-30), the 2022 output not given: undetermined
    MeasureOutcome p = run("pu-output-unknown", "2023-06-30", PURCHASE).outcome(PURCHASE);
    assertThat(p.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(p.missingFacts()).containsExactly("/industrialOutputs");
    // the typed calculator, the output not given: refused naming it (its request's own pointer), never a guess
    PurchaseRequest typed = PurchaseRequest.builder().specialisedAndInnovative(true)
        .leases(profile("pu-output-unknown").leases().orElseThrow()).asOf(LocalDate.of(2023, 6, 30)).build();
    assertThatThrownBy(() -> PurchaseCalculator.DEFAULT.mayPurchase(DATA.getMeasure(PurchaseMeasure.SHENZHEN_DRAFT),
        typed)).isInstanceOf(MissingFactsException.class).hasMessageContaining("/annualOutput");
  }

  @Test
  void test_purchase_notStateOwned_orTheRecognitionExpired_ineligible() throws IOException {
    // "租用国有产业用房": a private landlord's space does not count, whatever the output (500,000,000)
    assertOutcome(run("pu-not-state-owned", "2023-06-30", PURCHASE).outcome(PURCHASE), Verdict.INELIGIBLE, "0", "0");
    assertThat(PurchaseCalculator.DEFAULT.mayPurchase(DATA.getMeasure(PurchaseMeasure.SHENZHEN_DRAFT),
        PurchaseRequest.builder().specialisedAndInnovative(true).annualOutput(Cny.of("500000000.00"))
        .leases(profile("pu-not-state-owned").leases().orElseThrow()).asOf(LocalDate.of(2023, 6, 30)).build()))
        .isFalse();
    // "专精特新企业" on the evaluation date: held to 2023-06-29, eligible that day; the day after the 专精特新中小企业
    // recognition has lapsed and a 小巨人 one (also 专精特新) is not given: undetermined, asking it (register §4.6
    // item 59), never a guess either way
    assertOutcome(run("pu-recognition-expired", "2023-06-29", PURCHASE).outcome(PURCHASE), Verdict.ELIGIBLE, "0",
        "0");
    MeasureOutcome lapsed = run("pu-recognition-expired", "2023-06-30", PURCHASE).outcome(PURCHASE);
    assertOutcome(lapsed, Verdict.UNDETERMINED, "0", "0");
    assertThat(lapsed.missingFacts()).containsExactly("/littleGiant");
  }

  @Test
  void test_purchase_theDraftsFirstDay_notYetOpenTheDayBefore() throws IOException {
    // the draft's figures hold from 2023-01-01. On 2022-12-31 the year tested is 2021 (300,000,000.00, "3亿以上"
    // included) and the lease from 2019-01-01 is 4 years old: the conditions are met but the window is not yet open
    MeasureOutcome before = run("pu-window", "2022-12-31", PURCHASE).outcome(PURCHASE);
    assertOutcome(before, Verdict.ELIGIBLE, "0", "0");
    assertThat(before.windowStatus()).isEqualTo(WindowStatus.NOT_YET_OPEN);
    // on 2023-01-01 (2022's 300,000,000.00): open
    MeasureOutcome first = run("pu-window", "2023-01-01", PURCHASE).outcome(PURCHASE);
    assertOutcome(first, Verdict.ELIGIBLE, "0", "0");
    assertThat(first.windowStatus()).isEqualTo(WindowStatus.OPEN);
  }
}
