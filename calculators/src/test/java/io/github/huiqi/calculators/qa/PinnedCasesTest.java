package io.github.huiqi.calculators.qa;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.testkit.ConformanceAnswer;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The hand-worked amounts of {@link PinnedCases}, under the built-in packs: each case sits on the boundary of the
 * figure it pins, so that {@code ParameterMutationCoverageTest} notices the figure nudged either way.
 */
class PinnedCasesTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();

  private static ConformanceAnswer answer(EntitlementRequest request, MeasureId measure) {
    return ENGINE.evaluate(request).outcome(measure).map(ConformanceAnswer::of).orElseThrow();
  }

  private static void assertAnswer(ConformanceAnswer answer, Verdict verdict, String minimum, String maximum) {
    assertThat(answer.verdict()).isEqualTo(verdict);
    assertThat(answer.minimum()).isEqualByComparingTo(minimum);
    assertThat(answer.maximum()).isPresent();
    assertThat(answer.maximum().orElseThrow()).isEqualByComparingTo(maximum);
  }

  private static void assertAtLeast(ConformanceAnswer answer, String minimum) {
    assertThat(answer.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(answer.minimum()).isEqualByComparingTo(minimum);
    assertThat(answer.maximum()).isEmpty();
  }

  @Test
  void test_firstLoan_atTheMinimumRate_isSubsidised() {
    // 《深圳市2022年“首贷户”贷款贴息项目实施细则》贴息标准 "贷款年利率低于2%的，不予贴息": 2.00% is not below 2%;
    // 第5条 "给予2%的贴息补助": 1,000,000 × 2% × 90/360 = 5,000.00 (2023-01-15 → 2023-04-15, 90 days, ACT/360)
    assertAnswer(answer(PinnedCases.firstLoanAt("2%"), PinnedCases.FIRST_LOAN), Verdict.ELIGIBLE, "5000.00",
        "5000.00");
  }

  @Test
  void test_firstLoan_belowTheMinimumRate_isNot() {
    // 细则 贴息标准 "贷款年利率低于2%的，不予贴息": 1.99% is below 2%: no subsidy, 0.00
    assertAnswer(answer(PinnedCases.firstLoanAt("1.99%"), PinnedCases.FIRST_LOAN), Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_techSme_2022Interest_notFirstTimeBorrower_atTheBaseRatio() {
    // the 2020 办法 第十四条: 50% of the interest paid for a borrower that is not a first-time one; 第13条's 30-point
    // uplift is for interest "2023年期间产生的", and this interest accrued 2022-10-01..2023-01-01, all in 2022:
    // 10,000 × 50% = 5,000.00
    assertAnswer(answer(PinnedCases.techSme2022Interest(false), PinnedCases.TECH_SME), Verdict.ELIGIBLE, "5000.00",
        "5000.00");
  }

  @Test
  void test_techSme_2023Interest_cutToWhatIsLeftOfTheProgrammeCap() {
    // 第13条: 50% + 30 points = 80%; 10,000 × 80% = 8,000.00; the 2020 办法 第十四条 "at most 3,000,000 per enterprise
    // over the 办法's validity": 3,000,000 − 2,996,000 received = 4,000.00 left, so 4,000.00
    assertAnswer(answer(PinnedCases.techSme2023InterestAfterReceiving("2996000"), PinnedCases.TECH_SME),
        Verdict.ELIGIBLE, "4000.00", "4000.00");
  }

  @Test
  void test_techSme_premium_atHalf() {
    // the 2020 办法 第十四条: 50% of the small-loan guarantee-insurance premium actually paid (第13条 raises the interest
    // ratio only): 10,000 × 50% = 5,000.00
    assertAnswer(answer(PinnedCases.techSmePremium(), PinnedCases.TECH_SME), Verdict.ELIGIBLE, "5000.00",
        "5000.00");
  }

  @Test
  void test_shanghaiFirstLoan_drawnOnTheQuartersLastDay() {
    // (十五) "对2022年第四季度 … 首次获得普惠贷款的中小微企业，给予2%的贴息补助": drawn 2022-12-31, the quarter's last
    // day; 12 months from the drawdown to 2023-12-31, the maturity: 365 days (ACT/360, 算头不算尾);
    // 1,000,000 × 2% × 365/360 = 20,277.777… → 20,277.78 (half-up to the fen), under "单户企业贴息金额最高20万元"
    assertAnswer(answer(PinnedCases.shanghaiFirstLoanDrawnOn("2022-12-31"), PinnedCases.SHANGHAI_FIRST_LOAN),
        Verdict.ELIGIBLE, "20277.78", "20277.78");
  }

  @Test
  void test_renovationGrant_levelFour_twentyPercent() {
    // 小升规行动方案 第十条 "分档分类给予不超过项目总投资额10-20%的资助"; the operating rules' 智能化改造 tiers:
    // 四级及以上 ≤20%: 10,000,000 × 20% = up to 2,000,000.00 (fixed assets 9,600,000 / 12,000,000 = 80%, the minimum)
    assertAnswer(answer(PinnedCases.intelligentRenovation(4, "9600000"), PinnedCases.RENOVATION_GRANT),
        Verdict.ELIGIBLE, "0", "2000000.00");
  }

  @Test
  void test_renovationGrant_levelTwo_twelvePercent() {
    // the operating rules' 智能化改造 tiers: 二级 ≤12%: 10,000,000 × 12% = up to 1,200,000.00
    assertAnswer(answer(PinnedCases.intelligentRenovation(2, "9600000"), PinnedCases.RENOVATION_GRANT),
        Verdict.ELIGIBLE, "0", "1200000.00");
  }

  @Test
  void test_renovationGrant_levelOne_noTier() {
    // the lowest tier is 二级: a project reaching level 1 is in no tier, no grant
    assertAnswer(answer(PinnedCases.intelligentRenovation(1, "9600000"), PinnedCases.RENOVATION_GRANT),
        Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_renovationGrant_fixedAssetsJustUnderEightyPercent_notSupported() {
    // the operating rules: fixed-asset investment at least 80% of the total; 9,540,000 / 12,000,000 = 79.5%: no grant
    assertAnswer(answer(PinnedCases.intelligentRenovation(3, "9540000"), PinnedCases.RENOVATION_GRANT),
        Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_riskPool_bothWindowsEdges_andEveryCategory() {
    // 风险补偿资金池 实施细则 (2019) "不良贷款总体按30%的比例给予风险补偿", every category at 30%; 惠企纾困“30条”
    // (2022): loans newly granted 2022-03-01..2022-06-30 raised 30 points; 第4条: 2023-01-01..03-31 新增贷款
    // "风险损失补偿比例提高30个百分点，补偿比例最高为80%" (60% < 80%):
    // W1 (2022-03-01), W2 (2022-06-30), W4 (2023-01-01), W5 (2023-03-31) in: 4 × 1,000,000 × 60% = 2,400,000.00;
    // W0 (2022-02-28), W3 (2022-07-01), W6 (2023-04-01) outside: 3 × 1,000,000 × 30% = 900,000.00;
    // C1..C7, one loan of each other category, 2022-12-31: 7 × 300,000.00 = 2,100,000.00;
    // 2,400,000 + 900,000 + 2,100,000 = 5,400,000.00
    assertAnswer(answer(PinnedCases.riskPoolLoans(), PinnedCases.RISK_POOL), Verdict.ELIGIBLE, "5400000.00",
        "5400000.00");
  }

  @Test
  void test_transferUplift_eachSupportOf2023_fromTheFirstDayToTheLast() {
    // 沪企服办〔2023〕1号 第三条 "在原高新技术成果转化认定政策扶持金额基础上加计 30%", for support granted in 2023, each
    // supported project earning its uplift (register §1.5 item 003-3): T1 (2023-01-01) and T2 (2023-12-31):
    // 2 × 100,000 × 30% = 60,000.00; T0 (2022-12-31) is before 2023: nothing
    assertAnswer(answer(PinnedCases.transferSupports(), PinnedCases.TRANSFER_UPLIFT), Verdict.ELIGIBLE, "60000.00",
        "60000.00");
  }

  @Test
  void test_guaranteeFeeSubsidy_theLoanAndFeeLimits() {
    // 2021 reply letter, the 担保费补贴 guide: "补贴额 = 单笔担保额小于300万元的银行贷款实际发生的担保费 × 30%",
    // "担保费率不高于银行同期贷款利率50%": L1 3,000,000.01 is over the 3,000,000 a loan may be: nothing; L2's fee
    // 2.01% is over 50% × 4% = 2%: nothing; L3's 2% is not over it: 20,000 × 30% = 6,000.00
    assertAnswer(answer(PinnedCases.guaranteeFeeLimits(), PinnedCases.GUARANTEE_FEE_SUBSIDY), Verdict.ELIGIBLE,
        "6000.00", "6000.00");
  }

  @Test
  void test_shanghaiRenovationSupport_projectsOnTheWindowsEdges() {
    // 沪企服办〔2023〕1号 "项目总投资 … 1000 万元以上 … 支持金额不超过核定总投资的 10%", for 2023: the projects of
    // 2023-01-01 and 2023-12-31, 10,000,000 each: up to 1,000,000 each, 0 to 2,000,000.00; 2022-12-31 is before 2023
    assertAnswer(answer(PinnedCases.shanghaiEdgeEvents(PinnedCases.SH_RENOVATION, "sh-technical-renovation-project",
        "10000000"), PinnedCases.SH_RENOVATION), Verdict.ELIGIBLE, "0", "2000000.00");
  }

  @Test
  void test_shanghaiDigitalSupport_contractsOnTheWindowsEdges() {
    // 沪企服办〔2023〕1号 "给予不超过合同金额 30% 的支持", for contracts of 2023: 2023-01-01 and 2023-12-31, 100,000
    // each: up to 30,000 each, 0 to 60,000.00; the contract of 2022-12-31 is before 2023
    assertAnswer(answer(PinnedCases.shanghaiEdgeEvents(PinnedCases.SH_DIGITAL, "sh-digital-service-contract",
        "100000"), PinnedCases.SH_DIGITAL), Verdict.ELIGIBLE, "0", "60000.00");
  }

  @Test
  void test_specialisedAward_provincialRecognition_upToTwoHundredThousand() {
    // 2021 reply letter 一 "对省专精特新企业 … 给予最高20万元奖励": recognised 2022-09-01, within 2021-01-01..2025-12-31;
    // a ceiling the authority fixes: 0 to 200,000.00
    assertAnswer(answer(PinnedCases.provincialRecognition(), PinnedCases.SPECIALISED_AWARD), Verdict.ELIGIBLE, "0",
        "200000.00");
  }

  @Test
  void test_specialisedAward_municipalRecognition_onTheFirstDay_upToOneHundredThousand() {
    // 深府〔2022〕31号 (from 2022-04-08) 市级专精特新: up to 100,000; a recognition on 2022-04-08, the first day: 0 to
    // 100,000.00 (the day before is not: the vector award/shenzhen-municipal-the-day-before)
    assertAnswer(answer(PinnedCases.municipalRecognitionOn("2022-04-08"), PinnedCases.SPECIALISED_AWARD),
        Verdict.ELIGIBLE, "0", "100000.00");
  }

  @Test
  void test_specialisedAward_recognitionsOnTheWindowsFirstDay_andTheDayBefore() {
    // 2021 reply letter 一 (深府规〔2021〕1号, read from 2021-01-01): 省专精特新 "给予最高20万元奖励", 国家级专精特新
    // "小巨人" "给予最高50万元奖励", for a recognition made in the window: on 2021-01-01, the first day, 0 to 200,000.00
    // and 0 to 500,000.00; on 2020-12-31, the day before, nothing
    assertAnswer(answer(PinnedCases.recognisedOn("specialisedAndInnovative", "2021-01-01"),
        PinnedCases.SPECIALISED_AWARD), Verdict.ELIGIBLE, "0", "200000.00");
    assertAnswer(answer(PinnedCases.recognisedOn("specialisedAndInnovative", "2020-12-31"),
        PinnedCases.SPECIALISED_AWARD), Verdict.INELIGIBLE, "0", "0");
    assertAnswer(answer(PinnedCases.recognisedOn("littleGiant", "2021-01-01"), PinnedCases.SPECIALISED_AWARD),
        Verdict.ELIGIBLE, "0", "500000.00");
    assertAnswer(answer(PinnedCases.recognisedOn("littleGiant", "2020-12-31"), PinnedCases.SPECIALISED_AWARD),
        Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_shanghaiRecognitionAward_onTheFirstAndLastDaysOf2023_andADayOutside() {
    // 沪企服办〔2023〕1号 "对新认定专精特新中小企业 … 给予不低于 10 万元奖励", "对新认定专精特新“小巨人”企业 … 给予不低于
    // 30 万元奖励", 新认定 read as recognised in 2023 (a floor, no ceiling): 小巨人 on 2023-01-01, at least 300,000.00;
    // 专精特新 on 2023-12-31, at least 100,000.00; 小巨人 on 2022-12-31 and 专精特新 on 2024-01-01: nothing
    assertAtLeast(answer(PinnedCases.shanghaiRecognisedOn("littleGiant", "2023-01-01"), PinnedCases.SH_RECOGNITION),
        "300000.00");
    assertAtLeast(answer(PinnedCases.shanghaiRecognisedOn("specialisedAndInnovative", "2023-12-31"),
        PinnedCases.SH_RECOGNITION), "100000.00");
    assertAnswer(answer(PinnedCases.shanghaiRecognisedOn("littleGiant", "2022-12-31"), PinnedCases.SH_RECOGNITION),
        Verdict.INELIGIBLE, "0", "0");
    assertAnswer(answer(PinnedCases.shanghaiRecognisedOn("specialisedAndInnovative", "2024-01-01"),
        PinnedCases.SH_RECOGNITION), Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_rd_entrustedAt80Percent_overseasUnderItsCap_andAnIntangibleOverTheDefaultLife() {
    // 财税〔2015〕119号 第二条: domestic entrusted R&D at 80% of the price: 500,000 × 80% = 400,000;
    // 财税〔2018〕64号 第一条: overseas at 80%, 500,000 × 80% = 400,000, within 2/3 of the domestic qualifying R&D
    // (1,200,000 + 400,000) × 2/3 = 1,066,666.67; line 40 = 1,200,000 + 400,000 + 400,000 = 2,000,000, extra 100%
    // (财政部 税务总局公告2023年第7号) = 2,000,000; the intangible, no period given: 实施条例 第六十七条 at least 10
    // years = 120 months, extra part 1,200,000 × (200% − 100%) × 12 ÷ 120 = 120,000; E = 2,120,000;
    // saving 10,000,000 × 25% − (10,000,000 − 2,120,000) × 25% = 2,500,000 − 1,970,000 = 530,000.00
    for (MeasureId measure : new MeasureId[] {PinnedCases.SZ_RD, PinnedCases.SH_RD}) {
      assertAnswer(answer(PinnedCases.rdEntrustedAndIntangible(measure), measure), Verdict.ELIGIBLE, "530000.00",
          "530000.00");
    }
  }

  @Test
  void test_rd_overseasEntrusted_cutToTwoThirdsOfTheDomestic() {
    // 财税〔2018〕64号 第一条: 1,500,000 × 80% = 1,200,000 counted, at most 2/3 of the domestic qualifying R&D
    // 1,200,000 × 2/3 = 800,000: line 40 = 1,200,000 + 800,000 = 2,000,000, extra 100% = 2,000,000;
    // saving 2,500,000 − (10,000,000 − 2,000,000) × 25% = 2,500,000 − 2,000,000 = 500,000.00
    for (MeasureId measure : new MeasureId[] {PinnedCases.SZ_RD, PinnedCases.SH_RD}) {
      assertAnswer(answer(PinnedCases.rdOverseasOverItsCap(measure), measure), Verdict.ELIGIBLE, "500000.00",
          "500000.00");
    }
  }

  @Test
  void test_rd_otherRelatedCosts_cutToTheirTenPercentCap() {
    // 财税〔2015〕119号 第一条 其他相关费用 ≤ 10% of the total, pooled from 2021 (国家税务总局公告2021年第28号 第二条):
    // 900,000 × 10% ÷ (1 − 10%) = 100,000.00 < 150,000; line 40 = 900,000 + 100,000 = 1,000,000, extra 100%;
    // saving 2,500,000 − (10,000,000 − 1,000,000) × 25% = 2,500,000 − 2,250,000 = 250,000.00
    for (MeasureId measure : new MeasureId[] {PinnedCases.SZ_RD, PinnedCases.SH_RD}) {
      assertAnswer(answer(PinnedCases.rdOtherCostsOverTheCap(measure), measure), Verdict.ELIGIBLE, "250000.00",
          "250000.00");
    }
  }

  private static void assertVat(EntitlementRequest request, MeasureId measure, String saved) {
    assertAnswer(answer(request, measure), Verdict.ELIGIBLE, saved, saved);
  }

  @Test
  void test_vat_2019to2021_atEachThresholdAndAYuanOver() {
    // the saving is against the standard 3% (增值税暂行条例 第十二条); a period at its threshold is exempt (以下, 含本数),
    // one a yuan over it is taxed on all its sales at the period's levy
    for (MeasureId measure : new MeasureId[] {PinnedCases.SZ_VAT, PinnedCases.SH_VAT}) {
      // 财税〔2019〕13号 第一条 10万元 a month, no reduced levy before 2020-03: 2019-01 100,000 exempt, saved
      // 100,000 × 3% = 3,000.00; 2019-02 100,001 taxed at 3%, saved 0: 3,000.00
      assertVat(PinnedCases.vatMonths(measure, 2019, "1=100000", "2=100001"), measure, "3000.00");
      // 国家税务总局公告2019年第4号 第一条 30万元 a quarter: 300,000 × 3% = 9,000.00 saved, 300,001 at 3% saves 0
      assertVat(PinnedCases.vatQuarters(measure, 2019, "1=300000", "2=300001"), measure, "9000.00");
      // 2020年第13号 1% from 2020-03: 2020-03 100,000 exempt, 3,000.00; 2020-04 100,001 × (3% − 1%) = 2,000.02;
      // 3,000.00 + 2,000.02 = 5,000.02
      assertVat(PinnedCases.vatMonths(measure, 2020, "3=100000", "4=100001"), measure, "5000.02");
      // 2020-Q2 300,000 exempt, 9,000.00; 2020-Q3 300,001 × 2% = 6,000.02: 15,000.02
      assertVat(PinnedCases.vatQuarters(measure, 2020, "2=300000", "3=300001"), measure, "15000.02");
      // 2021年第11号 第一条 15万元 a month from 2021-04, 1% (2021年第7号): 150,000 × 3% = 4,500.00;
      // 150,001 × 2% = 3,000.02: 7,500.02
      assertVat(PinnedCases.vatMonths(measure, 2021, "4=150000", "5=150001"), measure, "7500.02");
      // 国家税务总局公告2021年第5号 45万元 a quarter: 450,000 × 3% = 13,500.00; 450,001 × 2% = 9,000.02: 22,500.02
      assertVat(PinnedCases.vatQuarters(measure, 2021, "2=450000", "3=450001"), measure, "22500.02");
    }
  }

  @Test
  void test_vat_2022_theFirstQuarter_andTheExemptRegimesInvoiceRate() {
    for (MeasureId measure : new MeasureId[] {PinnedCases.SZ_VAT, PinnedCases.SH_VAT}) {
      // 2022-01..03 (15万元, 1%, 2022年第15号 extending 2021年第7号): 2022-01 150,000 exempt, 4,500.00; 2022-02
      // 150,001 × 2% = 3,000.02; 2022-04 (exempt from 2022-04-01, 2022年第15号, the levy rate staying 3%): no sales,
      // 10,000 of special-invoice sales taxed at the 3% in force, 300.00 against a standard 300.00, saved 0;
      // 2022-06 (15万元, exempt levy): 100,000 of sales and 50,000 of immovable property, 150,000 within the
      // threshold: exempt as a whole (国家税务总局公告2021年第5号 第一条, as 2023年第1号 第一条), its own VAT 2,500 too:
      // saved 100,000 × 3% + 2,500 = 5,500.00; 2022-07 with 50,001 of property, 150,001 over it but 100,000 without
      // the property: the sales exempt, the property's 2,500.05 due: saved 3,000.00;
      // 4,500.00 + 3,000.02 + 0 + 5,500.00 + 3,000.00 = 16,000.02
      assertVat(PinnedCases.vatMonths(measure, 2022, "1=150000", "2=150001", "4=0+10000", "6=100000|50000|2500",
          "7=100000|50001|2500.05"), measure, "16000.02");
      // 2022-Q1, the regime's only quarter: 450,000 exempt, 13,500.00, with 2022-Q2 300,000 + 150,000 of property
      // (45万元 a quarter) exempt as a whole, 9,000 + 7,500 = 16,500.00: 30,000.00; 450,001 × 2% = 9,000.02 with
      // 2022-Q3 300,000 + 150,001 of property, the property's 7,500.05 due, 9,000.00 saved: 18,000.02
      assertVat(PinnedCases.vatQuarters(measure, 2022, "1=450000", "2=300000|150000|7500"), measure, "30000.00");
      assertVat(PinnedCases.vatQuarters(measure, 2022, "1=450001", "3=300000|150001|7500.05"), measure,
          "18000.02");
    }
  }

  @Test
  void test_vat_2020_overTheThreshold_regionNotKnown_elsewhereOrHubei() {
    // 2020-05: 120,000 of sales and 10,000 of special-invoice sales, 130,000 > 100,000; standard 130,000 × 3% =
    // 3,900.00. Elsewhere (2020年第13号, 1%): 1,200 + 100 = 1,300 due, saved 2,600.00; 湖北 (免征, the levy rate
    // staying 3%): the sales exempt, the invoices 10,000 × 3% = 300 due, saved 3,600.00; the region decides only the
    // amount, a relief applying in either, so eligible from 2,600.00 to 3,600.00
    assertAnswer(answer(PinnedCases.vatMonthsRegionUnknown(PinnedCases.SZ_VAT, 2020, "5=120000+10000"),
        PinnedCases.SZ_VAT), Verdict.ELIGIBLE, "2600.00", "3600.00");
    // the Shanghai restatement of the same relief, the region not known: counted under the one listed for any region
    // (Shenzhen's, register §1.7), so it may not be the firm's: undetermined, from 0 to the same 3,600.00
    assertAnswer(answer(PinnedCases.vatMonthsRegionUnknown(PinnedCases.SH_VAT, 2020, "5=120000+10000"),
        PinnedCases.SH_VAT), Verdict.UNDETERMINED, "0", "3600.00");
  }

  @Test
  void test_vat_2023and2024_atEachThreshold_andSpecialInvoicesTakingAMonthOver() {
    for (MeasureId measure : new MeasureId[] {PinnedCases.SZ_VAT, PinnedCases.SH_VAT}) {
      // 深工信〔2023〕26号 第1条 / 沪企服办〔2023〕1号 第二十二条 (财政部 税务总局公告2023年第1号): 10万元 a month, 1%:
      // 2023-01 100,000 exempt, 3,000.00; 2023-02 100,001 × 2% = 2,000.02; 2023-03 80,000 of sales and 30,000 of
      // special-invoice sales, which count toward the threshold (register §4.5 item 32): 110,000 > 100,000, all taxed
      // at 1%: due 1,100.00 against a standard 110,000 × 3% = 3,300.00, saved 2,200.00;
      // 3,000.00 + 2,000.02 + 2,200.00 = 7,200.02
      assertVat(PinnedCases.vatMonths(measure, 2023, "1=100000", "2=100001", "3=80000+30000"), measure, "7200.02");
      // 国家税务总局公告2023年第1号 30万元 a quarter: 9,000.00 + 300,001 × 2% = 6,000.02: 15,000.02
      assertVat(PinnedCases.vatQuarters(measure, 2023, "1=300000", "2=300001"), measure, "15000.02");
      // 财政部 税务总局公告2023年第19号, the same to 2027: 5,000.02 a-month, 15,000.02 a-quarter
      assertVat(PinnedCases.vatMonths(measure, 2024, "1=100000", "2=100001"), measure, "5000.02");
      assertVat(PinnedCases.vatQuarters(measure, 2024, "1=300000", "2=300001"), measure, "15000.02");
    }
  }

  @Test
  void test_smallLowProfit_theRowsNoOtherCaseClaims_atEveryLimit() {
    // every limit met exactly, each inclusive (不超过): 3,000,000 of taxable income, 300 employees and 50,000,000 of
    // total assets, the same quarterly figures all year, so the quarterly averages are the figures themselves
    // (财税〔2019〕13号 第二条, 2022年第13号 第二条, 2023年第12号 第五条); no R&D, so nothing deducted; the standard
    // tax 3,000,000 × 25% = 750,000 (企业所得税法 第四条), the relief the standard tax less the tax due
    for (MeasureId measure : new MeasureId[] {PinnedCases.SZ_SLP, PinnedCases.SH_SLP}) {
      // 2019 (财税〔2019〕13号 第二条: 25% × 20% = 5% to 1,000,000, 50% × 20% = 10% above): 1,000,000 × 5% +
      // 2,000,000 × 10% = 50,000 + 200,000 = 250,000 due; 750,000 − 250,000 = 500,000.00
      assertSlp(PinnedCases.smallLowProfitYear(measure, 2019, 300, "50000000"), measure, "500000.00");
      // 2021 (2021年第12号 第一条 halves the lower slice again: 12.5% × 20% = 2.5%; the upper slice still 10%):
      // 1,000,000 × 2.5% + 2,000,000 × 10% = 25,000 + 200,000 = 225,000 due; 750,000 − 225,000 = 525,000.00
      assertSlp(PinnedCases.smallLowProfitYear(measure, 2021, 300, "50000000"), measure, "525000.00");
      // 2025 (2023年第12号 第三条, 25% × 20% = 5% on the whole, to 2027): 3,000,000 × 5% = 150,000 due;
      // 750,000 − 150,000 = 600,000.00
      assertSlp(PinnedCases.smallLowProfitYear(measure, 2025, 300, "50000000"), measure, "600000.00");
    }
  }

  @Test
  void test_smallLowProfit_aUnitOverTheEmployeeOrTheAssetsLimit_isNot() {
    for (MeasureId measure : new MeasureId[] {PinnedCases.SZ_SLP, PinnedCases.SH_SLP}) {
      // 2022年第13号 第二条 从业人数不超过300人: an average of 301 is over, so no relief, 0
      assertAnswer(answer(PinnedCases.smallLowProfitYear(measure, 2023, 301, "50000000"), measure),
          Verdict.INELIGIBLE, "0", "0");
      // 资产总额不超过5000万元: an average of 50,000,001 is over, so no relief, 0
      assertAnswer(answer(PinnedCases.smallLowProfitYear(measure, 2023, 300, "50000001"), measure),
          Verdict.INELIGIBLE, "0", "0");
    }
  }

  @Test
  void test_windows_anEventOnTheFirstOrLastDayAndTheDayOutside() {
    // 沪企服办〔2023〕1号 第二条 "对首次成为“四上”企业的有效期内高新技术企业，… 给予企业上一年度研发投入 5%、最高 50 万元的
    // 一次性奖励", entries of 2023: on 2022-12-31, the day before, nothing; on 2023-01-01, 1,000,000 × 5% =
    // 50,000.00 (under the cap)
    assertAnswer(answer(PinnedCases.edgeEvent(PinnedCases.SH_FOUR_ABOVE, "first-four-above", "2022-12-31",
        "1000000", "highTech"), PinnedCases.SH_FOUR_ABOVE), Verdict.INELIGIBLE, "0", "0");
    assertAnswer(answer(PinnedCases.edgeEvent(PinnedCases.SH_FOUR_ABOVE, "first-four-above", "2023-01-01",
        "1000000", "highTech"), PinnedCases.SH_FOUR_ABOVE), Verdict.ELIGIBLE, "50000.00", "50000.00");
    // 第三条 (the 30% uplift) and 第五条 (technical renovation) for 2023: support granted, or a project, on 2024-01-01,
    // the day after the window: nothing
    assertAnswer(answer(PinnedCases.edgeEvent(PinnedCases.TRANSFER_UPLIFT, "sh-achievement-transfer-support",
        "2024-01-01", "100000", "techSme"), PinnedCases.TRANSFER_UPLIFT), Verdict.INELIGIBLE, "0", "0");
    assertAnswer(answer(PinnedCases.edgeEvent(PinnedCases.SH_RENOVATION, "sh-technical-renovation-project",
        "2024-01-01", "10000000", ""), PinnedCases.SH_RENOVATION), Verdict.INELIGIBLE, "0", "0");
    // 第六条 green upgrading in 2023, "最高支持 1000 万元": a project of 2022-12-31 gets nothing; one of 2023-01-01 up to
    // 10,000,000.00 (the authority fixes the figure: 0 to 10,000,000.00)
    assertAnswer(answer(PinnedCases.edgeEvent(PinnedCases.SH_GREEN, "sh-green-upgrade-project", "2022-12-31", "",
        ""), PinnedCases.SH_GREEN), Verdict.INELIGIBLE, "0", "0");
    assertAnswer(answer(PinnedCases.edgeEvent(PinnedCases.SH_GREEN, "sh-green-upgrade-project", "2023-01-01", "",
        ""), PinnedCases.SH_GREEN), Verdict.ELIGIBLE, "0", "10000000.00");
    // 深工信〔2023〕26号 第17条, platforms selected in 2023, "不超过 1000 万元": selected 2023-12-31, 0 to 10,000,000.00;
    // selected 2024-01-01, the day after, nothing
    assertAnswer(answer(PinnedCases.edgeEvent(PinnedCases.SZ_PLATFORM, "sz-digital-platform-selected", "2023-12-31",
        "", ""), PinnedCases.SZ_PLATFORM), Verdict.ELIGIBLE, "0", "10000000.00");
    assertAnswer(answer(PinnedCases.edgeEvent(PinnedCases.SZ_PLATFORM, "sz-digital-platform-selected", "2024-01-01",
        "", ""), PinnedCases.SZ_PLATFORM), Verdict.INELIGIBLE, "0", "0");
    // the draft 第十二条 "按50%比例收取服务费用", from 2023-01-01: a 100,000 fee of 2022-12-31 saves nothing; one of
    // 2023-01-01 saves 100,000 × (1 − 50%) = 50,000.00
    assertAnswer(answer(PinnedCases.edgeEvent(PinnedCases.DRAFT_PLATFORM_FEE, "sz-public-service-platform-fee",
        "2022-12-31", "100000", "specialisedAndInnovative"), PinnedCases.DRAFT_PLATFORM_FEE), Verdict.INELIGIBLE, "0",
        "0");
    assertAnswer(answer(PinnedCases.edgeEvent(PinnedCases.DRAFT_PLATFORM_FEE, "sz-public-service-platform-fee",
        "2023-01-01", "100000", "specialisedAndInnovative"), PinnedCases.DRAFT_PLATFORM_FEE), Verdict.ELIGIBLE,
        "50000.00", "50000.00");
  }

  @Test
  void test_windows_theLastDayAndTheDayAfter() {
    // 沪企服办〔2023〕1号 第二条, entries of 2023: on 2023-12-31, 1,000,000 × 5% = 50,000.00; on 2024-01-01 nothing
    assertAnswer(answer(PinnedCases.edgeEvent(PinnedCases.SH_FOUR_ABOVE, "first-four-above", "2023-12-31",
        "1000000", "highTech"), PinnedCases.SH_FOUR_ABOVE), Verdict.ELIGIBLE, "50000.00", "50000.00");
    assertAnswer(answer(PinnedCases.edgeEvent(PinnedCases.SH_FOUR_ABOVE, "first-four-above", "2024-01-01",
        "1000000", "highTech"), PinnedCases.SH_FOUR_ABOVE), Verdict.INELIGIBLE, "0", "0");
    // 第六条 "最高支持 1000 万元", projects of 2023: 2023-12-31, 0 to 10,000,000.00; 2024-01-01 nothing
    assertAnswer(answer(PinnedCases.edgeEvent(PinnedCases.SH_GREEN, "sh-green-upgrade-project", "2023-12-31", "",
        ""), PinnedCases.SH_GREEN), Verdict.ELIGIBLE, "0", "10000000.00");
    assertAnswer(answer(PinnedCases.edgeEvent(PinnedCases.SH_GREEN, "sh-green-upgrade-project", "2024-01-01", "",
        ""), PinnedCases.SH_GREEN), Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_loanDeferral_aLoanDueTheDayBeforeOrOnTheQuartersFirstDay() {
    // 深工信〔2023〕26号 第7条 "对于2022年第四季度到期的" (2022-10-01..2022-12-31, register §4.6 item 38): due
    // 2022-09-30, not in the quarter: nothing; due 2022-10-01, the first day: deferred (a date, not money: 0)
    assertAnswer(answer(PinnedCases.loanDueOn("2022-09-30"), PinnedCases.SZ_DEFERRAL), Verdict.INELIGIBLE, "0", "0");
    assertAnswer(answer(PinnedCases.loanDueOn("2022-10-01"), PinnedCases.SZ_DEFERRAL), Verdict.ELIGIBLE, "0", "0");
  }

  @Test
  void test_shanghaiLateFee_dueOnTheDeferralsFirstDay_repaidOnTheDeadline() {
    // 沪企服办〔2023〕1号 第二十条 "可申请在2023年12月31日前 … 对缓缴的社会保险费予以补缴，补缴期间免收滞纳金" (前 read as on or
    // before, register §4.6 item 38); the deferral covers contributions due from 2022-04-01; the late fee 0.05% a day
    // (社会保险法 第八十六条) from the day after the due date through the repayment, 2022-04-02..2023-12-31: 365 + 274 =
    // 639 days; 10,000 × 0.05% × 639 = 3,195.00 waived
    assertAnswer(answer(PinnedCases.shanghaiDeferralDueOnTheFirstDayRepaidOnTheLast(), PinnedCases.SH_LATE_FEE),
        Verdict.ELIGIBLE, "3195.00", "3195.00");
  }

  @Test
  void test_guaranteeFeeReduction_guaranteesStartingAroundTheYear() {
    // 深工信〔2023〕26号 第6条 "2023年 … 担保费率最高减免40%、且不高于1%", the guarantee starting (the loan drawn) in 2023
    // (register §4.6 item 38): 1.5% × 60% = 0.9%, under 1%; a year, 12/12: standard 1,000,000 × 1.5% = 15,000.00,
    // reduced 1,000,000 × 0.9% = 9,000.00, saved 6,000.00 for a guarantee of 2023-01-01 or 2023-12-31; one of
    // 2022-12-31 or 2024-01-01 is not of 2023: nothing
    assertAnswer(answer(PinnedCases.guaranteeFeeReduction("1000000", "2022-12-31"), PinnedCases.SZ_GUARANTEE_FEE),
        Verdict.INELIGIBLE, "0", "0");
    assertAnswer(answer(PinnedCases.guaranteeFeeReduction("1000000", "2023-01-01"), PinnedCases.SZ_GUARANTEE_FEE),
        Verdict.ELIGIBLE, "6000.00", "6000.00");
    assertAnswer(answer(PinnedCases.guaranteeFeeReduction("1000000", "2023-12-31"), PinnedCases.SZ_GUARANTEE_FEE),
        Verdict.ELIGIBLE, "6000.00", "6000.00");
    assertAnswer(answer(PinnedCases.guaranteeFeeReduction("1000000", "2024-01-01"), PinnedCases.SZ_GUARANTEE_FEE),
        Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_specialisedAward_recognisedOnTheAwardsLastDay() {
    // 2021 reply letter 一 and 深府〔2022〕31号 (valid to 2025-12-31), recognitions on 2025-12-31, evaluated that day:
    // "对省专精特新企业，给予最高20万元奖励" 0 to 200,000.00; "对国家专精特新“小巨人”企业，给予最高50万元奖励" 0 to
    // 500,000.00; 市级专精特新 (深府〔2022〕31号) 0 to 100,000.00 (the authority fixes each figure)
    assertAnswer(answer(PinnedCases.recognisedOn("specialisedAndInnovative", "2025-12-31", "2025-12-31"),
        PinnedCases.SPECIALISED_AWARD), Verdict.ELIGIBLE, "0", "200000.00");
    assertAnswer(answer(PinnedCases.recognisedOn("littleGiant", "2025-12-31", "2025-12-31"),
        PinnedCases.SPECIALISED_AWARD), Verdict.ELIGIBLE, "0", "500000.00");
    assertAnswer(answer(PinnedCases.municipalRecognitionOn("2025-12-31", "2025-12-31"),
        PinnedCases.SPECIALISED_AWARD), Verdict.ELIGIBLE, "0", "100000.00");
  }

  @Test
  void test_rounding_anAmountAtHalfAFen_roundsHalfUpToTheFen() {
    // each pack's rounding: half-up to the fen (register §4.5 item 35); each amount is x.xx5 before it
    // 沪企服办〔2023〕1号 第二条: 1,000,000.10 × 5% = 50,000.005 → 50,000.01
    assertAnswer(answer(PinnedCases.edgeEvent(PinnedCases.SH_FOUR_ABOVE, "first-four-above", "2023-06-30",
        "1000000.10", "highTech"), PinnedCases.SH_FOUR_ABOVE), Verdict.ELIGIBLE, "50000.01", "50000.01");
    // "给予不超过合同金额 30% 的支持": 100,000.05 × 30% = 30,000.015 → up to 30,000.02
    assertAnswer(answer(PinnedCases.edgeEvent(PinnedCases.SH_DIGITAL, "sh-digital-service-contract", "2023-06-30",
        "100000.05", ""), PinnedCases.SH_DIGITAL), Verdict.ELIGIBLE, "0", "30000.02");
    // the 2020 办法 第十四条, 50% of the premium: 10,000.01 × 50% = 5,000.005 → 5,000.01
    assertAnswer(answer(PinnedCases.techSmePremium("10000.01"), PinnedCases.TECH_SME), Verdict.ELIGIBLE, "5000.01",
        "5000.01");
    // 2021 reply letter, 担保费补贴 = 实际发生的担保费 × 30%: 20,000.05 × 30% = 6,000.015 → 6,000.02 (the 2% fee is
    // 50% of the 4% rate, not over it)
    assertAnswer(answer(PinnedCases.guaranteeFeePaid("20000.05"), PinnedCases.GUARANTEE_FEE_SUBSIDY),
        Verdict.ELIGIBLE, "6000.02", "6000.02");
    // 财政部 税务总局公告2023年第1号, 2023-02 100,000.25 over the 10万元: the standard 3% 3,000.0075 → 3,000.01, the 1%
    // levy 1,000.0025 → 1,000.00: saved 2,000.01
    assertVat(PinnedCases.vatMonths(PinnedCases.SZ_VAT, 2023, "2=100000.25"), PinnedCases.SZ_VAT, "2000.01");
    // 深工信〔2023〕26号 第6条 "最高减免40%、且不高于1%": 1.5% × 60% = 0.9%, under 1%; twelve whole months, 12/12:
    // standard 1,000,000.50 × 1.5% = 15,000.0075 → 15,000.01, reduced × 0.9% = 9,000.0045 → 9,000.00:
    // saved 6,000.01
    assertAnswer(answer(PinnedCases.guaranteeFeeReduction("1000000.50"), PinnedCases.SZ_GUARANTEE_FEE),
        Verdict.ELIGIBLE, "6000.01", "6000.01");
    // 2021 reply letter 一, 龙岗区 "连续三年给予不超过上一年度场地租金支出50%、每年最高20万元的扶持": 2022's rent
    // 300,000.01 × 50% = 150,000.005 → up to 150,000.01 (under the 200,000 cap)
    assertAnswer(answer(PinnedCases.longgangRent("300000.01"), PinnedCases.LONGGANG_RENT), Verdict.ELIGIBLE, "0",
        "150000.01");
    // "租金价格原则上应比参考价格优惠30%－70%": at the least discount, 80.15 × 11 m² × (1 − 30%) = 881.65 × 70% =
    // 617.155 → a monthly rent of at most 617.16
    assertAnswer(answer(PinnedCases.policyRent("80.15", "11"), PinnedCases.POLICY_RENT), Verdict.ELIGIBLE, "617.16",
        "617.16");
  }

  private static void assertSlp(EntitlementRequest request, MeasureId measure, String saved) {
    assertAnswer(answer(request, measure), Verdict.ELIGIBLE, saved, saved);
  }

  @Test
  void test_everyCase_isOneMeasure_evaluatedWithoutFailure() {
    for (EntitlementRequest request : PinnedCases.all()) {
      assertThat(ENGINE.evaluate(request).failures()).isEmpty();
      assertThat(request.measures()).map(list -> list.size()).isEqualTo(Optional.of(1));
    }
  }
}
