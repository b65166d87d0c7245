package io.github.huiqi.calculators.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.tax.firmyear.FirmYearCalculator;
import io.github.huiqi.calculators.tax.firmyear.FirmYearIncomeTax;
import io.github.huiqi.calculators.tax.firmyear.FirmYearMeasures;
import io.github.huiqi.calculators.tax.firmyear.FirmYearRelief;
import io.github.huiqi.calculators.tax.firmyear.FirmYearRequest;
import io.github.huiqi.calculators.tax.firmyear.FirmYearResult;
import io.github.huiqi.calculators.tax.rd.RdCalculator;
import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.calculators.tax.rd.RdResult;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitAveragesRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitCalculator;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFacts;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitPrepaymentRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitPrepaymentResult;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitResult;
import io.github.huiqi.calculators.tax.vat.VatCalculator;
import io.github.huiqi.calculators.tax.vat.VatRequest;
import io.github.huiqi.calculators.tax.vat.VatResult;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatMeasure;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * QA audit, blind and by hand: the three national tax reliefs that 深工信〔2023〕26号 第1条 (and 沪企服办〔2023〕1号
 * 第二十二条) restate, worked from the clauses and the national announcements before the calculators were read, and
 * run through every public path that takes each case: the typed calculator (plain and explaining forms), its JSON form
 * ({@code explain…Json}), the firm-year view ({@code FirmYearCalculator}, typed and JSON), and the engine (an
 * enterprise profile in, the report out). Each path must give the hand figure to the fen, the same verdict and the
 * same missing facts (request pointers on the calculators, profile pointers on the engine).
 *
 * <p>Sources: small-scale VAT — 财政部 税务总局公告2023年第1号 第一条 (月销售额10万元以下（含本数）免征) and 第二条
 * (适用3%征收率的应税销售收入，减按1%征收率), extended to 2027 by 2023年第19号; 2022-04-01..12-31 3% sales exempt
 * (2022年第15号); 2021-04..2022-12 threshold 150,000 a month (2021年第11号); 1% through 2022-03-31 (2021年第7号
 * extended by 2022年第15号 第一条); quarterly threshold three months' (国家税务总局公告2023年第1号 第一条).
 * 小型微利企业 — 2022年第13号 第一条 (1,000,000–3,000,000 at 25% × 20%) and 第二条 (limits, inclusive; averages of the
 * quarterly averages (季初 + 季末) ÷ 2); 2021年第12号 (≤1,000,000 at 12.5% × 20% to 2022); 2023年第6号 and 第12号
 * (whole ≤3,000,000 at 25% × 20%, to 2027); 企业所得税法 第四条 (25%). R&amp;D — 财税〔2015〕119号 第一条 (six
 * categories; other costs ≤ the other five × 10% ÷ (1 − 10%)) and 第四条 (negative list); 2022年第16号 (科技型中小企业
 * 100% / 200% from 2022); 2021年第13号 (manufacturing 100% / 200% from 2021); 财税〔2018〕99号 (75% / 175% others to
 * 2023); 2023年第7号 (100% / 200% all from 2023); 2023年第44号 (IC and 工业母机 120% / 220%, 2023–2027);
 * 企业所得税法实施条例 第六十七条 (intangibles over ≥10 years). Rounding: half-up to the fen once per amount (decisions
 * register §4.5 item 35). The firm-year split: decisions register §1.7.
 */
class TaxBlindAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final VatMeasure VAT = DATA.getMeasure(VatMeasure.SHENZHEN_2023);
  private static final SmallLowProfitMeasure SLP = DATA.getMeasure(SmallLowProfitMeasure.SHENZHEN_2023);
  private static final RdMeasure RD = DATA.getMeasure(RdMeasure.SHENZHEN_2023);
  private static final FirmYearMeasures FIRM_YEAR = FirmYearMeasures.builtIn();

  private static final String SZ_VAT = "sz-gxj-2023-26.small-scale-vat";
  private static final String SZ_SLP = "sz-gxj-2023-26.small-low-profit-enterprise";
  private static final String SZ_RD = "sz-gxj-2023-26.rd-super-deduction";
  private static final String SH_VAT = "sh-qfb-2023-1.small-scale-vat";
  private static final String SH_SLP = "sh-qfb-2023-1.small-low-profit-enterprise";
  private static final String SH_RD = "sh-qfb-2023-1.rd-super-deduction";

  private static final String[] NONE = {};

  // ---------------------------------------------------------------------------------------------------------------
  // Small-scale VAT, 2023, a monthly filer in 深圳市宝安区

  @Test
  void test_vat2023_monthly_atAndAboveTheThreshold_halfFen_andInclusiveSales() {
    // V1 2023-03, 100,000.00 excluding VAT: 10万元以下（含本数） → exempt (2023年第1号 第一条); due 0.00; without the
    //    relief 100,000 × 3% = 3,000.00; saved 3,000.00
    vat(month(2023, 3, "100000.00"), Verdict.ELIGIBLE, "0.00", "0.00", "3000.00", "3000.00", "3000.00");
    // V2 2023-04, 100,000.01: above, the whole sales at 1% (第二条): 1,000.0001 → 1,000.00; 3,000.0003 → 3,000.00;
    //    saved 2,000.00
    vat(month(2023, 4, "100000.01"), Verdict.ELIGIBLE, "1000.00", "1000.00", "3000.00", "2000.00", "2000.00");
    // V3 2023-05, 123,456.50: 1,234.565 → 1,234.57 (half a fen, up); 3,703.695 → 3,703.70; saved 2,469.13
    vat(month(2023, 5, "123456.50"), Verdict.ELIGIBLE, "1234.57", "1234.57", "3703.70", "2469.13", "2469.13");
    // V4 2023-06, 202,000.00 including VAT at 1%: 销售额 = 含税销售额 ÷ (1 + 1%) = 200,000.00 (国家税务总局公告2023年
    //    第1号); due 2,000.00. Without the relief the same receipts would bear 3% of 202,000 ÷ (1 + 3%) (销售额 =
    //    含税销售额 ÷ (1 + 征收率), 增值税暂行条例实施细则 第三十条): 196,116.504… × 3% = 5,883.495… → 5,883.50 (the
    //    library's reading, decisions register §4.6 item 78; 3% of the 200,000 converted at 1% would be 6,000.00);
    //    saved 3,883.50
    vat(inclusive(VatFilingPeriod.ofMonth(2023, 6), "202000.00"), Verdict.ELIGIBLE, "2000.00", "2000.00",
        "5883.50", "3883.50", "3883.50");
    // V5 2023-07, 150,000.00 including VAT: 148,514.851… → 148,514.85; 1,485.1485 → 1,485.15; standard 150,000 ×
    //    3 ÷ 103 = 4,368.932… → 4,368.93; saved 2,883.78
    vat(inclusive(VatFilingPeriod.ofMonth(2023, 7), "150000.00"), Verdict.ELIGIBLE, "1485.15", "1485.15",
        "4368.93", "2883.78", "2883.78");
    // the engine over the same five months of the firm's 2023: 3,000.00 + 2,000.00 + 2,469.13 + 3,883.50 + 2,883.78
    // = 14,236.41 saved; the months not given add nothing and are not asked for (decisions register §4.6 item 79)
    String periods = "[" + vatJson(2023, "'month': 3", "100000.00", false) + ", "
        + vatJson(2023, "'month': 4", "100000.01", false) + ", " + vatJson(2023, "'month': 5", "123456.50", false)
        + ", " + vatJson(2023, "'month': 6", "202000.00", true) + ", "
        + vatJson(2023, "'month': 7", "150000.00", true) + "]";
    JsonNode report = engine(profile("'registrationRegionCode': '440306', 'smallScaleTaxpayer': true",
        "{'year': 2023, 'vatPeriods': " + periods + "}"), "2023-12-31", SZ_VAT);
    outcome(report, SZ_VAT, "ELIGIBLE", "14236.41", "14236.41");
  }

  @Test
  void test_vat2023_aMonthWithNoSales_exemptAndNothingSaved() {
    // V15 2023-08, 0.00: within 10万元 → exempt, due 0.00, standard 0.00, saved 0.00; the relief applies (eligible)
    vat(month(2023, 8, "0.00"), Verdict.ELIGIBLE, "0.00", "0.00", "0.00", "0.00", "0.00");
    String year = "{'year': 2023, 'vatPeriods': [" + vatJson(2023, "'month': 8", "0.00", false) + "]}";
    outcome(engine(profile("'registrationRegionCode': '440306', 'smallScaleTaxpayer': true", year), "2023-12-31",
        SZ_VAT), SZ_VAT, "ELIGIBLE", "0.00", "0.00");
  }

  @Test
  void test_vat2023_quarterly_atAndAboveTheThreshold() {
    // V6 2023-Q2, 300,000.00: three months' 100,000 (国家税务总局公告2023年第1号 第一条) → exempt; saved 9,000.00
    vat(quarter(2023, 2, "300000.00"), Verdict.ELIGIBLE, "0.00", "0.00", "9000.00", "9000.00", "9000.00");
    // V7 2023-Q2, 300,000.01: 3,000.0001 → 3,000.00; 9,000.0003 → 9,000.00; saved 6,000.00
    vat(quarter(2023, 2, "300000.01"), Verdict.ELIGIBLE, "3000.00", "3000.00", "9000.00", "6000.00", "6000.00");
  }

  @Test
  void test_vat_2022Q4Against2023Q1_theRuleChange() {
    // V8 2022-Q4, 500,000.00: 2022-04-01..12-31 适用3%征收率的应税销售收入免征 (2022年第15号 第二条), whatever the
    //    threshold → due 0.00, 15,000.00 saved; V9 2022-Q4 at 450,000.01 (one fen above 150,000 × 3): still 0.00 due,
    //    13,500.0003 → 13,500.00 saved
    vat(quarter(2022, 4, "500000.00"), Verdict.ELIGIBLE, "0.00", "0.00", "15000.00", "15000.00", "15000.00");
    vat(quarter(2022, 4, "450000.01"), Verdict.ELIGIBLE, "0.00", "0.00", "13500.00", "13500.00", "13500.00");
    // V10 2023-Q1, 500,000.00: above 300,000, 1% → 5,000.00 due; saved 10,000.00
    vat(quarter(2023, 1, "500000.00"), Verdict.ELIGIBLE, "5000.00", "5000.00", "15000.00", "10000.00",
        "10000.00");
    // V11 2022-Q1, 450,000.01: threshold 450,000 (2021年第11号), the 1% of 2021年第7号 extended to 2022-03-31 by
    //     2022年第15号 第一条 → 4,500.0001 → 4,500.00 due; 13,500.00 standard; 9,000.00 saved
    vat(quarter(2022, 1, "450000.01"), Verdict.ELIGIBLE, "4500.00", "4500.00", "13500.00", "9000.00", "9000.00");
    // V12 2022-Q2, 100,000.00: exempt 3,000.00
    vat(quarter(2022, 2, "100000.00"), Verdict.ELIGIBLE, "0.00", "0.00", "3000.00", "3000.00", "3000.00");
    // the engine: the firm's 2022 (Q1 9,000.00 + Q2 3,000.00 + Q3 500,000 exempt 15,000.00 + Q4 13,500.00 =
    // 40,500.00) and its 2023 (Q1 10,000.00 + Q2 9,000.00 + Q3 280,000 exempt 8,400.00 + Q4 300,000.01 6,000.00 =
    // 33,400.00), each read on its own year's evaluation date
    String y2022 = "{'year': 2022, 'vatPeriods': [" + vatJson(2022, "'quarter': 1", "450000.01", false) + ", "
        + vatJson(2022, "'quarter': 2", "100000.00", false) + ", " + vatJson(2022, "'quarter': 3", "500000.00", false)
        + ", " + vatJson(2022, "'quarter': 4", "450000.01", false) + "]}";
    String y2023 = "{'year': 2023, 'vatPeriods': [" + vatJson(2023, "'quarter': 1", "500000.00", false) + ", "
        + vatJson(2023, "'quarter': 2", "300000.00", false) + ", " + vatJson(2023, "'quarter': 3", "280000.00", false)
        + ", " + vatJson(2023, "'quarter': 4", "300000.01", false) + "]}";
    String firm = profile("'registrationRegionCode': '440306', 'smallScaleTaxpayer': true", y2022 + ", " + y2023);
    outcome(engine(firm, "2022-12-31", SZ_VAT), SZ_VAT, "ELIGIBLE", "40500.00", "40500.00");
    outcome(engine(firm, "2023-12-31", SZ_VAT), SZ_VAT, "ELIGIBLE", "33400.00", "33400.00");
  }

  @Test
  void test_vat_regionDecidesTheLevy_hubei2020_namedOnEveryPath() {
    // V13 2020-06, 120,000.00, region not given: 湖北省 exempt (2020年第13号 第一条, extended by 第24号) → saved 3,600.00;
    //     elsewhere 1% → 1,200.00 due, saved 2,400.00. Undetermined between them, naming the region
    VatRequest open = month(2020, 6, "120000.00");
    vat(open, Verdict.UNDETERMINED, "0.00", "1200.00", "3600.00", "2400.00", "3600.00", "/taxpayerRegionCode");
    vat(open.withTaxpayerRegionCode("420100"), Verdict.ELIGIBLE, "0.00", "0.00", "3600.00", "3600.00", "3600.00");
    vat(open.withTaxpayerRegionCode("440306"), Verdict.ELIGIBLE, "1200.00", "1200.00", "3600.00", "2400.00",
        "2400.00");
    // the engine: the same range and the region named, but eligible: the firm qualifies either way and the region
    // opens only the amount (decisions register §4.6 items 42 and 76: only the verdict's word differs)
    String year = "{'year': 2020, 'vatPeriods': [" + vatJson(2020, "'month': 6", "120000.00", false) + "]}";
    outcome(engine(profile("'smallScaleTaxpayer': true", year), "2020-12-31", SZ_VAT), SZ_VAT, "ELIGIBLE",
        "2400.00", "3600.00", "/registrationRegionCode");
    outcome(engine(profile("'registrationRegionCode': '420100', 'smallScaleTaxpayer': true", year), "2020-12-31",
        SZ_VAT), SZ_VAT, "ELIGIBLE", "3600.00", "3600.00");
  }

  @Test
  void test_vat_2019AboveTheThreshold_noReliefAtAll() {
    // V14 2019-06, 100,000.01: 财税〔2019〕13号 exempts only ≤100,000; above it the 3% stands → 3,000.00 due, nothing
    //     saved: the relief does not reach the period
    vat(month(2019, 6, "100000.01"), Verdict.INELIGIBLE, "3000.00", "3000.00", "3000.00", "0.00", "0.00");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 小型微利企业, the typed calculator, its JSON, the firm-year view and the engine, for one firm each

  @Test
  void test_slp2023_incomeLimitsAndTheSliceBoundary() {
    // S1 TI 1,000,000.00 (2023年第6号: 25% × 20% = 5%): due 50,000.00; 1,000,000 × 25% = 250,000.00; relief 200,000.00
    slp(2023, "1000000.00", steady(100, "20000000"), null, Verdict.ELIGIBLE, "50000.00", "50000.00", "250000.00",
        "200000.00", "200000.00");
    // S2 TI 1,000,000.01: 50,000.0005 → 50,000.00; 250,000.0025 → 250,000.00; relief 200,000.00
    slp(2023, "1000000.01", steady(100, "20000000"), null, Verdict.ELIGIBLE, "50000.00", "50000.00", "250000.00",
        "200000.00", "200000.00");
    // S3 TI 3,000,000.00 (不超过300万元, included): 150,000.00 due; 750,000.00; relief 600,000.00
    slp(2023, "3000000.00", steady(100, "20000000"), null, Verdict.ELIGIBLE, "150000.00", "150000.00",
        "750000.00", "600000.00", "600000.00");
    // S4 TI 3,000,000.01: not a 小型微利企业 → 25%: 750,000.0025 → 750,000.00, relief 0.00
    slp(2023, "3000000.01", steady(100, "20000000"), null, Verdict.INELIGIBLE, "750000.00", "750000.00",
        "750000.00", "0.00", "0.00");
  }

  @Test
  void test_slp2022_layeredRates() {
    // S5 2022, TI 1,000,000.01: 1,000,000 × 2.5% (2021年第12号) + 0.01 × 5% (2022年第13号) = 25,000.0005 → 25,000.00;
    //    standard 250,000.00; relief 225,000.00
    slp(2022, "1000000.01", steady(100, "20000000"), null, Verdict.ELIGIBLE, "25000.00", "25000.00", "250000.00",
        "225000.00", "225000.00");
    // S6 2022, TI 2,000,000.30: 25,000 + 1,000,000.30 × 5% = 75,000.015 → 75,000.02; 500,000.075 → 500,000.08;
    //    relief 425,000.06
    slp(2022, "2000000.30", steady(100, "20000000"), null, Verdict.ELIGIBLE, "75000.02", "75000.02", "500000.08",
        "425000.06", "425000.06");
  }

  @Test
  void test_slp_employeesAveragedAsTheAnnouncementDefines() {
    // S7 quarterly averages (季初 + 季末) ÷ 2: Q1 (200 + 400) ÷ 2 = 300, Q2–Q4 300 → the year's 300: 不超过300人,
    //    eligible although Q1 ended at 400. TI 2,000,000: 100,000.00 due; 500,000.00; relief 400,000.00
    List<OperatingQuarter> at300 = List.of(q(1, 200, 400, "20000000", "20000000"),
        q(2, 300, 300, "20000000", "20000000"), q(3, 300, 300, "20000000", "20000000"),
        q(4, 300, 300, "20000000", "20000000"));
    slp(2023, "2000000.00", at300, null, Verdict.ELIGIBLE, "100000.00", "100000.00", "500000.00", "400000.00",
        "400000.00");
    // S8 Q1 (300 + 301) ÷ 2 = 300.5, Q2–Q4 300 → (300.5 + 900) ÷ 4 = 300.125 > 300: ineligible, 500,000.00 due
    List<OperatingQuarter> above = List.of(q(1, 300, 301, "20000000", "20000000"),
        q(2, 300, 300, "20000000", "20000000"), q(3, 300, 300, "20000000", "20000000"),
        q(4, 300, 300, "20000000", "20000000"));
    slp(2023, "2000000.00", above, null, Verdict.INELIGIBLE, "500000.00", "500000.00", "500000.00", "0.00", "0.00");
  }

  @Test
  void test_slp_assetsAveraged_atAndOneFenAboveFiftyMillion() {
    // S9 Q1 (40,000,000 + 60,000,000) ÷ 2 = 50,000,000, Q2–Q4 50,000,000: 不超过5000万元 → eligible; TI 500,000:
    //    25,000.00 due; 125,000.00; relief 100,000.00
    List<OperatingQuarter> at = List.of(q(1, 100, 100, "40000000", "60000000"),
        q(2, 100, 100, "50000000", "50000000"), q(3, 100, 100, "50000000", "50000000"),
        q(4, 100, 100, "50000000", "50000000"));
    slp(2023, "500000.00", at, null, Verdict.ELIGIBLE, "25000.00", "25000.00", "125000.00", "100000.00",
        "100000.00");
    // S10 Q4 (50,000,000 + 50,000,000.08) ÷ 2 = 50,000,000.04 → the year's 50,000,000.01: ineligible, 125,000.00 due
    List<OperatingQuarter> over = List.of(q(1, 100, 100, "50000000", "50000000"),
        q(2, 100, 100, "50000000", "50000000"), q(3, 100, 100, "50000000", "50000000"),
        q(4, 100, 100, "50000000", "50000000.08"));
    slp(2023, "500000.00", over, null, Verdict.INELIGIBLE, "125000.00", "125000.00", "125000.00", "0.00", "0.00");
  }

  @Test
  void test_slp_midYearStarter_averagesOverItsOwnQuarters() {
    // S11 registered 2023-05-10: 实际经营期 Q2–Q4 (2022年第13号 第二条 "年度中间开业…以其实际经营期作为一个纳税
    //     年度"). Q2 (300 + 330) ÷ 2 = 315, Q3 300, Q4 (270 + 300) ÷ 2 = 285 → 900 ÷ 3 = 300: eligible; TI 800,000:
    //     40,000.00 due; 200,000.00; relief 160,000.00
    List<OperatingQuarter> at = List.of(q(2, 300, 330, "10000000", "10000000"),
        q(3, 300, 300, "10000000", "10000000"), q(4, 270, 300, "10000000", "10000000"));
    slp(2023, "800000.00", at, "2023-05-10", Verdict.ELIGIBLE, "40000.00", "40000.00", "200000.00", "160000.00",
        "160000.00");
    // S12 Q2 (320 + 330) ÷ 2 = 325, Q3 (300 + 310) ÷ 2 = 305, Q4 300 → 930 ÷ 3 = 310 > 300: ineligible (÷ 4 would
    //     wrongly give 232.5); 200,000.00 due
    List<OperatingQuarter> over = List.of(q(2, 320, 330, "10000000", "10000000"),
        q(3, 300, 310, "10000000", "10000000"), q(4, 300, 300, "10000000", "10000000"));
    slp(2023, "800000.00", over, "2023-05-10", Verdict.INELIGIBLE, "200000.00", "200000.00", "200000.00", "0.00",
        "0.00");
  }

  @Test
  void test_slp_midYearStarter_thirdsComparedExactly_notRounded() {
    // S17 registered 2023-05-10, Q2 (300 + 301) ÷ 2 = 300.5, Q3 and Q4 300 → 900.5 ÷ 3 = 300.1666… > 300:
    //     ineligible (rounded to whole staff it would read 300 and pass); 200,000.00 due on TI 800,000
    List<OperatingQuarter> staff = List.of(q(2, 300, 301, "10000000", "10000000"),
        q(3, 300, 300, "10000000", "10000000"), q(4, 300, 300, "10000000", "10000000"));
    slp(2023, "800000.00", staff, "2023-05-10", Verdict.INELIGIBLE, "200000.00", "200000.00", "200000.00", "0.00",
        "0.00");
    // S18 Q2 assets (50,000,000.00 + 50,000,000.02) ÷ 2 = 50,000,000.01, Q3 and Q4 50,000,000 → 150,000,000.01 ÷ 3
    //     = 50,000,000.00333… > 50,000,000: ineligible (rounded to the fen it would read 50,000,000.00 and pass)
    List<OperatingQuarter> assets = List.of(q(2, 100, 100, "50000000.00", "50000000.02"),
        q(3, 100, 100, "50000000", "50000000"), q(4, 100, 100, "50000000", "50000000"));
    slp(2023, "800000.00", assets, "2023-05-10", Verdict.INELIGIBLE, "200000.00", "200000.00", "200000.00", "0.00",
        "0.00");
    // the averages form, given the same averages (Σ of the quarters' averages over 3 quarters), agrees
    for (List<OperatingQuarter> quarters : List.of(staff, assets)) {
      SmallLowProfitResult averaged = SmallLowProfitCalculator.DEFAULT.explainTaxDue(SLP,
          SmallLowProfitAveragesRequest.of(2023, Cny.of("800000.00"),
              SmallLowProfitFacts.fromQuarters(Optional.of(false), quarters)));
      assertThat(averaged.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertExact(averaged.relief(), "0.00");
    }
    // S19 half a fen on the standard tax: TI 2,000,000.02: due 100,000.001 → 100,000.00; standard 500,000.005 →
    //     500,000.01; relief 400,000.01
    slp(2023, "2000000.02", steady(100, "20000000"), null, Verdict.ELIGIBLE, "100000.00", "100000.00",
        "500000.01", "400000.01", "400000.01");
  }

  @Test
  void test_slp_restrictedIndustryUnknownOrTrue() {
    // S13 the industry test (从事国家非限制和禁止行业) not known: between not a 小型微利企业 (750,000.00 due, relief 0.00)
    //     and one (150,000.00 due, relief 600,000.00); the calculator names its field, the firm-year view its part's,
    //     the engine the profile's
    SmallLowProfitRequest open = SmallLowProfitRequest.of(2023, Cny.of("3000000.00"), steady(100, "20000000"))
        .withRestrictedOrProhibitedIndustry(Optional.empty());
    slpCalculator(open, Verdict.UNDETERMINED, "150000.00", "750000.00", "750000.00", "0.00", "600000.00",
        "/restrictedOrProhibitedIndustry");
    FirmYearRequest firmYear = FirmYearRequest.of(2023, List.of(), FirmYearIncomeTax.of(Cny.of("3000000.00"),
        steady(100, "20000000")).withRestrictedOrProhibitedIndustry(Optional.empty()), null);
    FirmYearResult result = firmYear(firmYear);
    assertThat(result.missingFacts()).containsExactly("/incomeTax/restrictedOrProhibitedIndustry");
    assertRange(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).saved(), "0.00", "600000.00");
    assertThat(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().verdict())
        .isEqualTo(Verdict.UNDETERMINED);
    String year = slpYear(2023, "3000000.00", steady(100, "20000000"));
    outcome(engine(profile("'registrationRegionCode': '440306', 'industryCode': 'I6513'", year), "2023-12-31",
        SZ_SLP), SZ_SLP, "UNDETERMINED", "0.00", "600000.00", "/restrictedOrProhibitedIndustry");
    // S14 restricted: ineligible on every path
    slpCalculator(open.withRestrictedOrProhibitedIndustry(Optional.of(true)), Verdict.INELIGIBLE, "750000.00",
        "750000.00", "750000.00", "0.00", "0.00");
    outcome(engine(profile("'registrationRegionCode': '440306', 'restrictedOrProhibitedIndustry': true", year),
        "2023-12-31", SZ_SLP), SZ_SLP, "INELIGIBLE", "0.00", "0.00");
  }

  @Test
  void test_slp_prepayments_cumulativeMethod() {
    // S15 2023-Q3, 2,000,000 to date, 60,000 already prepaid: 2,000,000 × 5% = 100,000 − 60,000 = 40,000.00 payable
    SmallLowProfitPrepaymentRequest q3 = SmallLowProfitPrepaymentRequest.of(2023, 3, Cny.of("2000000"),
        steady(100, "20000000").subList(0, 3), Cny.of("60000"));
    prepayment(q3, "40000.00", "0.00");
    // S16 income to date falls to 800,000: 40,000 − 60,000 = −20,000 → nothing payable, 20,000.00 carried to the
    //     annual settlement (decisions register §4.5 item 30)
    SmallLowProfitPrepaymentRequest fell = SmallLowProfitPrepaymentRequest.of(2023, 3, Cny.of("800000"),
        steady(100, "20000000").subList(0, 3), Cny.of("60000"));
    prepayment(fell, "0.00", "20000.00");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // R&D super deduction

  @Test
  void test_rd2023_otherCostsCap_andTheRate() {
    // R1 a software firm (I6513, not 科技型中小企业, not manufacturing) in 2023 (2023年第7号: 100%). Other five:
    //    600,000 + 200,000 + 100,000 = 900,000; cap 900,000 × 10% ÷ 90% = 100,000.00; other 50,000 within → base
    //    950,000 → 950,000.00. The engine, TI before 10,000,000: std 2,500,000.00 − std(9,050,000) 2,262,500.00 =
    //    237,500.00
    rd(software(2023, costs("600000", "200000", "100000", "0", "0", "50000")), Verdict.ELIGIBLE, "950000.00",
        "950000.00", "100000.00");
    rdEngine(2023, "I6513", "{'held': false}", false, costsJson("600000", "200000", "100000", "0", "0", "50000"), "",
        "10000000.00", "ELIGIBLE", "237500.00", "237500.00");
    // R2 other 150,000 > cap 100,000 → base 1,000,000.00 → 1,000,000.00; engine 250,000.00
    rd(software(2023, costs("600000", "200000", "100000", "0", "0", "150000")), Verdict.ELIGIBLE, "1000000.00",
        "1000000.00", "100000.00");
    rdEngine(2023, "I6513", "{'held': false}", false, costsJson("600000", "200000", "100000", "0", "0", "150000"),
        "", "10000000.00", "ELIGIBLE", "250000.00", "250000.00");
    // R3 other five 100,000 → cap 11,111.111… → 11,111.11; other 20,000 → base 111,111.11; 2023 100% →
    //    111,111.11; engine std(10,000,000) 2,500,000.00 − std(9,888,888.89) 2,472,222.2225 → 2,472,222.22 =
    //    27,777.78
    rd(software(2023, costs("100000", "0", "0", "0", "0", "20000")), Verdict.ELIGIBLE, "111111.11", "111111.11",
        "11111.11");
    rdEngine(2023, "I6513", "{'held': false}", false, costsJson("100000", "0", "0", "0", "0", "20000"), "",
        "10000000.00", "ELIGIBLE", "27777.78", "27777.78");
  }

  @Test
  void test_rd2022_techSmeAgainstOthers_andTheKindNotKnown() {
    // R4 2022, base 111,111.11 (R3): not a 科技型中小企业, a software firm: 75% (财税〔2018〕99号, 2021年第6号) →
    //    83,333.3325 → 83,333.33; a 科技型中小企业: 100% (2022年第16号) → 111,111.11; not known: between, naming it
    RdExpensedCosts costs = costs("100000", "0", "0", "0", "0", "20000");
    rd(software(2022, costs), Verdict.ELIGIBLE, "83333.33", "83333.33", "11111.11");
    rd(software(2022, costs).withKinds(RdEnterpriseKind.TECH_SME), Verdict.ELIGIBLE, "111111.11", "111111.11",
        "11111.11");
    rd(software(2022, costs).withFlags(Optional.empty(), Optional.of(false), Optional.of(false)),
        Verdict.UNDETERMINED, "83333.33", "111111.11", "11111.11", "/techSme");
    // the engine (TI before 10,000,000): 75%: std(10,000,000) − std(9,916,666.67) = 2,500,000.00 − 2,479,166.6675 →
    // 2,479,166.67 = 20,833.33; 100%: 27,777.78 (R3); not known: between, naming /techSme
    String c = costsJson("100000", "0", "0", "0", "0", "20000");
    rdEngine(2022, "I6513", "{'held': false}", false, c, "", "10000000.00", "ELIGIBLE", "20833.33", "20833.33");
    rdEngine(2022, "I6513", "{'held': true}", false, c, "", "10000000.00", "ELIGIBLE", "27777.78", "27777.78");
    // (the engine's verdict eligible: a firm that is not enrolled still deducts at 75%, items 42 and 76)
    rdEngine(2022, "I6513", null, false, c, "", "10000000.00", "ELIGIBLE", "20833.33", "27777.78", "/techSme");
    // R5 a manufacturer (C3484) in 2022, not enrolled: 100% (2021年第13号) → 111,111.11; its enrolment not known
    //    decides nothing (100% either way), so nothing is named
    rd(RdRequest.of(2022, costs).withIndustryCode("C3484").withKinds(RdEnterpriseKind.MANUFACTURING),
        Verdict.ELIGIBLE, "111111.11", "111111.11", "11111.11");
    rdEngine(2022, "C3484", "{'held': false}", false, c, "", "10000000.00", "ELIGIBLE", "27777.78", "27777.78");
    rd(RdRequest.of(2022, costs).withIndustryCode("C3484").withFlags(Optional.empty(), Optional.of(true),
        Optional.of(false)), Verdict.ELIGIBLE, "111111.11", "111111.11", "11111.11");
    rdEngine(2022, "C3484", null, false, c, "", "10000000.00", "ELIGIBLE", "27777.78", "27777.78");
  }

  @Test
  void test_rd_intangiblesAmortisedAtTwoHundredPercent_monthsInTheYear() {
    // R6 2023, no expensed R&D; an intangible of 1,200,000 formed in 2023, amortised from June: 7 months of the
    //    default 120 (实施条例 第六十七条): 1,200,000 × 7 ÷ 120 = 70,000 of cost; on the 200% base (2023年第7号)
    //    2,400,000 × 7 ÷ 120 = 140,000.00 deducted, the extra 70,000.00. R7 an intangible of 1,000,000, 7 months:
    //    2,000,000 × 7 ÷ 120 = 116,666.666… → 116,666.67 deducted; the extra 1,000,000 × 100% × 7 ÷ 120 =
    //    58,333.333… → 58,333.33 (each amount rounded once, decisions register §4.5 item 35). Together 128,333.33
    RdRequest request = software(2023, RdExpensedCosts.NONE)
        .withIntangible(intangible("1200000", 7, 2023)).withIntangible(intangible("1000000", 7, 2023));
    RdResult result = rd(request, Verdict.ELIGIBLE, "128333.33", "128333.33", "0.00");
    assertThat(yuan(result.intangibles().get(0).yearAmortisation())).isEqualByComparingTo("140000.00");
    assertThat(yuan(result.intangibles().get(0).yearExtraAmortisation())).isEqualByComparingTo("70000.00");
    assertThat(yuan(result.intangibles().get(1).yearAmortisation())).isEqualByComparingTo("116666.67");
    assertThat(yuan(result.intangibles().get(1).yearExtraAmortisation())).isEqualByComparingTo("58333.33");
    // the engine, TI before 10,000,000: std 2,500,000.00 − std(9,871,666.67) 2,467,916.6675 → 2,467,916.67 =
    // 32,083.33
    String intangibles = "[{'cost': " + cny("1200000") + ", 'monthsInYear': 7, 'yearFormed': 2023}, {'cost': "
        + cny("1000000") + ", 'monthsInYear': 7, 'yearFormed': 2023}]";
    rdEngine(2023, "I6513", "{'held': false}", false, costsJson("0", "0", "0", "0", "0", "0"), intangibles,
        "10000000.00", "ELIGIBLE", "32083.33", "32083.33");
    // R8 a contract sets 60 months; cost 600,000 amortised the whole year: 600,000 × 12 ÷ 60 = 120,000.00, extra
    //    120,000.00
    RdIntangibleAsset five = RdIntangibleAsset.builder().cost(Cny.of("600000")).amortisationMonths(60).monthsInYear(12)
        .yearFormed(2021).build();
    rd(software(2023, RdExpensedCosts.NONE).withIntangible(five), Verdict.ELIGIBLE, "120000.00", "120000.00",
        "0.00");
  }

  @Test
  void test_rd2023_icEnterprise_oneHundredTwentyPercent() {
    // R9 an IC enterprise in 2023 (2023年第44号): base 1,000,000 (R2) → 120% → 1,200,000.00; an intangible of
    //    1,200,000 for 7 of 120 months at 220%: 70,000 × 120% = 84,000.00 extra; total 1,284,000.00. The engine (TI
    //    before 10,000,000): 1,284,000 × 25% = 321,000.00
    RdRequest ic = RdRequest.of(2023, costs("600000", "200000", "100000", "0", "0", "150000"))
        .withIndustryCode("C3973").withKinds(RdEnterpriseKind.MANUFACTURING, RdEnterpriseKind.IC_OR_MACHINE_TOOL)
        .withIntangible(intangible("1200000", 7, 2023));
    rd(ic, Verdict.ELIGIBLE, "1284000.00", "1284000.00", "100000.00");
    // R9b whether an IC enterprise not known: 1,000,000 + 70,000 = 1,070,000.00 to 1,284,000.00, naming it (the
    //     engine: 267,500.00 to 321,000.00, eligible, items 42 and 76)
    rd(ic.withFlags(Optional.of(false), Optional.of(true), Optional.empty()), Verdict.UNDETERMINED, "1070000.00",
        "1284000.00", "100000.00", "/icOrMachineTool");
    String icYear = rdYear(2023, "10000000.00", costsJson("600000", "200000", "100000", "0", "0", "150000"),
        "[{'cost': " + cny("1200000") + ", 'monthsInYear': 7, 'yearFormed': 2023}]");
    outcome(engine(profile("'registrationRegionCode': '440306', 'industryCode': 'C3973', "
        + "'restrictedOrProhibitedIndustry': false, 'techSme': {'held': false}", icYear), "2023-12-31", SZ_RD),
        SZ_RD, "ELIGIBLE", "267500.00", "321000.00", "/icOrMachineTool");
    rdEngine(2023, "C3973", "{'held': false}", true, costsJson("600000", "200000", "100000", "0", "0", "150000"),
        "[{'cost': " + cny("1200000") + ", 'monthsInYear': 7, 'yearFormed': 2023}]", "10000000.00", "ELIGIBLE",
        "321000.00", "321000.00");
  }

  @Test
  void test_rd_negativeList_noDeductionOnAnyPath() {
    // R10 批发和零售业 (F5121) and 娱乐业 (R9011): 财税〔2015〕119号 第四条 → nothing, ineligible
    RdExpensedCosts costs = costs("600000", "200000", "100000", "0", "0", "50000");
    for (String code : List.of("F5121", "R9011")) {
      rd(RdRequest.of(2023, costs).withIndustryCode(code).withKinds(), Verdict.INELIGIBLE, "0.00", "0.00",
          "100000.00");
      rdEngine(2023, code, "{'held': false}", false, costsJson("600000", "200000", "100000", "0", "0", "50000"), "",
          "10000000.00", "INELIGIBLE", "0.00", "0.00");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The firm year: VAT, then the R&D deduction, then the 小型微利企业 test on what is left

  @Test
  void test_firmYear2023_deductionBringsTheIncomeToExactlyTheLimit_everyPath() {
    // F1 quarters Q1 500,000 (10,000.00 saved), Q2 300,000.00 (9,000.00), Q3 280,000 (8,400.00), Q4 300,000.01
    //    (6,000.00): VAT saved 33,400.00. TI before the R&D 3,950,000.00; R&D base 950,000 (R1) → TI after
    //    3,000,000.00, a 小型微利企业 at the limit: due 150,000.00. Standard on TI before 987,500.00. (a) R&D
    //    987,500.00 − 750,000.00 = 237,500.00; (b) relief 750,000.00 − 150,000.00 = 600,000.00; income tax saved
    //    837,500.00; total 870,900.00
    firmYearEveryPath("3950000.00", Verdict.ELIGIBLE, "237500.00", "600000.00", "870900.00");
  }

  @Test
  void test_firmYear2023_oneFenAboveTheLimitAfterTheDeduction_everyPath() {
    // F2 TI before 3,950,000.01 → after 3,000,000.01: not a 小型微利企业. Standard 987,500.0025 → 987,500.00; after
    //    750,000.0025 → 750,000.00: (a) 237,500.00, (b) 0.00; total 33,400.00 + 237,500.00 = 270,900.00
    firmYearEveryPath("3950000.01", Verdict.INELIGIBLE, "237500.00", "0.00", "270900.00");
  }

  @Test
  void test_firmYear2022_theEnrolmentDecidesTheCliff() {
    // F3 2022, a software firm, TI before 3,800,000, R&D base 1,000,000 (R2 costs). Enrolled (2022年第16号, 100%):
    //    TI after 2,800,000 → due 25,000 + 1,800,000 × 5% = 115,000.00; (a) 950,000.00 − 700,000.00 = 250,000.00;
    //    (b) 700,000.00 − 115,000.00 = 585,000.00. Not enrolled (75%): 750,000 → TI after 3,050,000 > 3,000,000:
    //    (a) 950,000.00 − 762,500.00 = 187,500.00; (b) 0.00. Not known: each between, naming the enrolment
    RdExpensedCosts c = costs("600000", "200000", "100000", "0", "0", "150000");
    String cj = costsJson("600000", "200000", "100000", "0", "0", "150000");
    FirmYearIncomeTax income = FirmYearIncomeTax.of(Cny.of("3800000.00"), steady(100, "20000000"));
    FirmYearResult enrolled = firmYear(FirmYearRequest.of(2022, List.of(), income,
        software(2022, c).withKinds(RdEnterpriseKind.TECH_SME)));
    assertExact(enrolled.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).saved(), "250000.00");
    assertExact(enrolled.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).saved(), "585000.00");
    FirmYearResult not = firmYear(FirmYearRequest.of(2022, List.of(), income, software(2022, c)));
    assertExact(not.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).saved(), "187500.00");
    assertExact(not.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).saved(), "0.00");
    assertThat(not.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    FirmYearResult open = firmYear(FirmYearRequest.of(2022, List.of(), income,
        software(2022, c).withFlags(Optional.empty(), Optional.of(false), Optional.of(false))));
    assertThat(open.missingFacts()).containsExactly("/rd/techSme");
    assertThat(open.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).eligibility().verdict())
        .isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().verdict())
        .isEqualTo(Verdict.UNDETERMINED);
    assertRange(open.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).saved(), "187500.00", "250000.00");
    assertRange(open.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).saved(), "0.00", "585000.00");
    for (String held : new String[] {"{'held': true}", "{'held': false}", null}) {
      String firm = profile("'registrationRegionCode': '440306', 'industryCode': 'I6513', "
          + "'restrictedOrProhibitedIndustry': false, 'icOrMachineTool': false"
          + (held == null ? "" : ", 'techSme': " + held), rdYear(2022, "3800000.00", cj, "[]"));
      JsonNode report = engine(firm, "2022-12-31", SZ_RD, SZ_SLP);
      if (held == null) {
        outcome(report, SZ_RD, "ELIGIBLE", "187500.00", "250000.00", "/techSme");
        outcome(report, SZ_SLP, "UNDETERMINED", "0.00", "585000.00", "/techSme");
      } else if (held.contains("true")) {
        outcome(report, SZ_RD, "ELIGIBLE", "250000.00", "250000.00");
        outcome(report, SZ_SLP, "ELIGIBLE", "585000.00", "585000.00");
      } else {
        outcome(report, SZ_RD, "ELIGIBLE", "187500.00", "187500.00");
        outcome(report, SZ_SLP, "INELIGIBLE", "0.00", "0.00");
      }
    }
  }

  @Test
  void test_firmYear2022_theEnrolmentsDates_andALegalFormOutsideTheIncomeTax() {
    // F5 F3's firm with its enrolment dated: held from 2023-05-01 → not held in 2022 (75%, 187,500.00 and 0.00);
    //    held until 2022-01-31 → held at some time in 2022 (decisions register §4.5 item 34: 100%, 250,000.00 and
    //    585,000.00); the engine and the firm-year view read from the profile agree
    String cj = costsJson("600000", "200000", "100000", "0", "0", "150000");
    String[][] cases = {{"{'held': true, 'since': '2023-05-01'}", "187500.00", "0.00"},
        {"{'held': true, 'since': '2019-01-01', 'until': '2022-01-31'}", "250000.00", "585000.00"}};
    for (String[] c : cases) {
      String firm = profile("'registrationRegionCode': '440306', 'industryCode': 'I6513', "
          + "'restrictedOrProhibitedIndustry': false, 'icOrMachineTool': false, 'techSme': " + c[0],
          rdYear(2022, "3800000.00", cj, "[]"));
      JsonNode report = engine(firm, "2022-12-31", SZ_RD, SZ_SLP);
      outcome(report, SZ_RD, "ELIGIBLE", c[1], c[1]);
      outcome(report, SZ_SLP, c[2].equals("0.00") ? "INELIGIBLE" : "ELIGIBLE", c[2], c[2]);
      EnterpriseProfile profile = HuiqiJson.read(firm, EnterpriseProfile.class);
      FirmYearResult result = firmYear(FirmYearRequest.of(2022, List.of(), FirmYearIncomeTax.from(profile, 2022),
          RdRequest.from(profile, 2022)));
      assertExact(result.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).saved(), c[1]);
      assertExact(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).saved(), c[2]);
    }
    // F6 F1's firm as a 个体工商户: no enterprise income tax (企业所得税法 第一条), so neither income-tax relief; the
    //    small-scale VAT relief is the same 33,400.00
    String firm = firmOne("440306", "3950000.00").replace("\"ENTERPRISE\"", "\"INDIVIDUAL_BUSINESS\"");
    JsonNode report = engine(firm, "2023-12-31", SZ_VAT, SZ_SLP, SZ_RD);
    outcome(report, SZ_VAT, "ELIGIBLE", "33400.00", "33400.00");
    EngineJson.assertIneligible(EngineJson.outcome(report, SZ_SLP));
    EngineJson.assertIneligible(EngineJson.outcome(report, SZ_RD));
  }

  @Test
  void test_lossYear_nothingToRelieve_theEngineAndTheProfilesFirmYear() {
    // F4 2023, TI before −500,000 (a loss), R&D base 950,000: no tax before or after; a loss is taken as zero
    //    (decisions register §1.7): the R&D saves std(0) − std(0) = 0.00; the relief on 0 is 0.00
    String firm = profile("'registrationRegionCode': '440306', 'industryCode': 'I6513', "
        + "'restrictedOrProhibitedIndustry': false, 'icOrMachineTool': false, 'techSme': {'held': false}",
        rdYear(2023, "-500000.00", costsJson("600000", "200000", "100000", "0", "0", "50000"), "[]"));
    JsonNode report = engine(firm, "2023-12-31", SZ_RD, SZ_SLP);
    outcome(report, SZ_RD, "ELIGIBLE", "0.00", "0.00");
    outcome(report, SZ_SLP, "ELIGIBLE", "0.00", "0.00");
    EnterpriseProfile profile = HuiqiJson.read(firm, EnterpriseProfile.class);
    FirmYearIncomeTax income = FirmYearIncomeTax.from(profile, 2023);
    FirmYearResult result = firmYear(FirmYearRequest.of(2023, List.of(), income, RdRequest.from(profile, 2023)));
    assertExact(result.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).saved(), "0.00");
    assertExact(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).saved(), "0.00");
    assertExact(result.totalSaved(), "0.00");
    // R11 TI before 200,000: the deduction of 950,000 removes it all: (a) std 50,000.00 − std(0) 0.00 = 50,000.00;
    //     (b) relief on 0: 0.00
    String small = profile("'registrationRegionCode': '440306', 'industryCode': 'I6513', "
        + "'restrictedOrProhibitedIndustry': false, 'icOrMachineTool': false, 'techSme': {'held': false}",
        rdYear(2023, "200000.00", costsJson("600000", "200000", "100000", "0", "0", "50000"), "[]"));
    JsonNode smallReport = engine(small, "2023-12-31", SZ_RD, SZ_SLP);
    outcome(smallReport, SZ_RD, "ELIGIBLE", "50000.00", "50000.00");
    outcome(smallReport, SZ_SLP, "ELIGIBLE", "0.00", "0.00");
  }

  @Test
  void test_restated_aShanghaiFirm_countedOnceUnderShanghai_sameFigures() {
    // F1's firm registered in 上海市浦东新区 (310115): the same national reliefs, counted under 沪企服办〔2023〕1号
    // 第二十二条 with the same figures; the Shenzhen restatement is not the firm's (decisions register §1.7)
    JsonNode report = engine(firmOne("310115", "3950000.00"), "2023-12-31", SZ_VAT, SZ_SLP, SZ_RD, SH_VAT, SH_SLP,
        SH_RD);
    outcome(report, SH_VAT, "ELIGIBLE", "33400.00", "33400.00");
    outcome(report, SH_RD, "ELIGIBLE", "237500.00", "237500.00");
    outcome(report, SH_SLP, "ELIGIBLE", "600000.00", "600000.00");
    for (String id : List.of(SZ_VAT, SZ_SLP, SZ_RD)) {
      EngineJson.assertIneligible(EngineJson.outcome(report, id));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Bad input: a typed error naming the field and the value, on every path

  @Test
  void test_badInput_namedWithItsValue_onEveryPath() {
    // sales below zero, and below the fen
    refused(() -> month(2023, 3, "-0.01"), "sales", "-0.01");
    refused(() -> month(2023, 3, "100000.005"), "sales", "100000.005");
    String good = HuiqiJson.write(month(2023, 3, "100.00"));
    refused(() -> VatCalculator.DEFAULT.explainVatDueJson(VAT, good.replace("100.00", "-1")), "/sales", "-1");
    refused(() -> VatCalculator.DEFAULT.explainVatDueJson(VAT, good.replace("\"month\" : 3", "\"month\" : 13")),
        "/period/month", "13");
    // the 小型微利企业 request: a negative headcount, a taxable income in another currency
    refused(() -> new OperatingQuarter(1, -1, 10, Cny.of("1"), Cny.of("1")), "employeesAtStart", "-1");
    String slp = HuiqiJson.write(SmallLowProfitRequest.of(2023, Cny.of("1000"), steady(10, "1000")));
    refused(() -> SmallLowProfitCalculator.DEFAULT.explainTaxDueJson(SLP,
        slp.replace("\"employeesAtStart\" : 10", "\"employeesAtStart\" : -3")), "/quarters/0/employeesAtStart", "-3");
    // the R&D request: 13 months in a year, a negative cost
    String rd = HuiqiJson.write(software(2023, RdExpensedCosts.NONE).withIntangible(intangible("1000", 7, 2023)));
    refused(() -> RdCalculator.DEFAULT.explainExtraDeductionJson(RD,
        rd.replace("\"monthsInYear\" : 7", "\"monthsInYear\" : 13")), "/intangibles/0/monthsInYear", "13");
    refused(() -> costs("0", "0", "0", "0", "0", "-5"), "otherRelated", "-5");
    // the firm-year view: a negative income before the deduction on the typed path
    refused(() -> FirmYearIncomeTax.of(Cny.of("-1"), steady(10, "1000")), "taxableIncomeBeforeRd", "-1");
    // the engine: the profile's pointers
    String year = "{'year': 2023, 'vatPeriods': [" + vatJson(2023, "'month': 13", "1.00", false) + "]}";
    refused(() -> EngineJson.report(engineRequest(profile("'smallScaleTaxpayer': true", year), "2023-12-31",
        SZ_VAT)), "/profile/years/0/vatPeriods/0/period/month", "13");
    String quarters = slpYear(2023, "1000.00", steady(10, "1000")).replace("'employeesAtStart': 10",
        "'employeesAtStart': -2");
    refused(() -> EngineJson.report(engineRequest(profile("", quarters), "2023-12-31", SZ_SLP)),
        "/profile/years/0/quarters/0/employeesAtStart", "-2");
  }

  @Test
  void test_badInput_more_eachFieldAndValueNamed() {
    String vat = HuiqiJson.write(month(2023, 3, "100.00"));
    refused(() -> VatCalculator.DEFAULT.explainVatDueJson(VAT, vat.replace("EXCLUDING_VAT", "NET")), "/salesBasis",
        "NET");
    // a period with both a month (3) and a quarter (1): the quarter named with its own value, on the builder, the
    // JSON form and the engine (it carried the month's 3 before this audit: fixed in VatFilingPeriod)
    refused(() -> VatFilingPeriod.builder().year(2023).month(3).quarter(1).build(), "quarter", "1");
    refused(() -> VatCalculator.DEFAULT.explainVatDueJson(VAT, vat.replace("\"month\" : 3",
        "\"month\" : 3, \"quarter\" : 1")), "/period/quarter", "1");
    String both = "{'year': 2023, 'vatPeriods': [" + vatJson(2023, "'month': 3, 'quarter': 1", "1.00", false) + "]}";
    refused(() -> EngineJson.report(engineRequest(profile("'smallScaleTaxpayer': true", both), "2023-12-31",
        SZ_VAT)), "/profile/years/0/vatPeriods/0/period/quarter", "1");
    refused(() -> VatCalculator.DEFAULT.explainVatDueJson(VAT, vat.replace("\"CNY\"", "\"USD\"")), "/sales/currency",
        "USD");
    // the 小型微利企业 request: a year with no rules, a quarter 5
    String slp = HuiqiJson.write(SmallLowProfitRequest.of(2023, Cny.of("1000"), steady(10, "1000")));
    refused(() -> SmallLowProfitCalculator.DEFAULT.explainTaxDueJson(SLP, slp.replace("\"taxYear\" : 2023",
        "\"taxYear\" : 2018")), "/taxYear", "2018");
    refused(() -> SmallLowProfitCalculator.DEFAULT.explainTaxDueJson(SLP, slp.replace("\"quarter\" : 4",
        "\"quarter\" : 5")), "/quarters/3/quarter", "5");
    // the R&D request: an unknown industry code, a period of 0 months, more months in the year than in the period
    String rd = HuiqiJson.write(software(2023, RdExpensedCosts.NONE).withIntangible(RdIntangibleAsset.builder()
        .cost(Cny.of("1000")).amortisationMonths(60).monthsInYear(7).yearFormed(2023).build()));
    refused(() -> RdCalculator.DEFAULT.explainExtraDeductionJson(RD, rd.replace("I6513", "Z9999")), "/industryCode",
        "Z9999");
    refused(() -> RdCalculator.DEFAULT.explainExtraDeductionJson(RD, rd.replace("\"amortisationMonths\" : 60",
        "\"amortisationMonths\" : 0")), "/intangibles/0/amortisationMonths", "0");
    refused(() -> RdCalculator.DEFAULT.explainExtraDeductionJson(RD, rd.replace("\"amortisationMonths\" : 60",
        "\"amortisationMonths\" : 5")), "/intangibles/0/monthsInYear", "7");
    // the firm-year JSON: a negative income before the deduction
    String firm = HuiqiJson.write(FirmYearRequest.of(2023, List.of(), FirmYearIncomeTax.of(Cny.of("1234.00"),
        steady(10, "1000")), null));
    refused(() -> FirmYearCalculator.DEFAULT.explainTotalSavedJson(FIRM_YEAR, firm.replace("1234.00", "-1234.00")),
        "/incomeTax/taxableIncomeBeforeRd", "-1234");
    // the engine: a taxable income below the fen, a quarter 5, a legal form not in the list, a month of 0 months
    String year = slpYear(2023, "1000.001", steady(10, "1000"));
    refused(() -> EngineJson.report(engineRequest(profile("", year), "2023-12-31", SZ_SLP)),
        "/profile/years/0/taxableIncomeBeforeRd", "1000.001");
    String five = slpYear(2023, "1000.00", steady(10, "1000")).replace("'quarter': 4", "'quarter': 5");
    refused(() -> EngineJson.report(engineRequest(profile("", five), "2023-12-31", SZ_SLP)),
        "/profile/years/0/quarters/3/quarter", "5");
    refused(() -> EngineJson.report(engineRequest(profile("'legalForm': 'LLC'", "").replace(
        "{\"legalForm\": \"ENTERPRISE\", ", "{"), "2023-12-31", SZ_SLP)), "/profile/legalForm", "LLC");
    // (months in the year of 0 are read as not given, RdIntangibleAsset's documented convention: named, as required)
    String months = rdYear(2023, "1000.00", costsJson("0", "0", "0", "0", "0", "0"),
        "[{'cost': " + cny("1000") + ", 'monthsInYear': 13}]");
    refused(() -> EngineJson.report(engineRequest(profile("", months), "2023-12-31", SZ_RD)),
        "/profile/years/0/rdIntangibles/0/monthsInYear", "13");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // helpers: the paths

  private static void vat(VatRequest request, Verdict verdict, String dueMin, String dueMax, String standard,
      String savedMin, String savedMax, String... missing) {
    VatResult explained = VatCalculator.DEFAULT.explainVatDue(VAT, request);
    VatResult json = HuiqiJson.read(VatCalculator.DEFAULT.explainVatDueJson(VAT, HuiqiJson.write(request)),
        VatResult.class);
    for (VatResult result : List.of(explained, json)) {
      assertThat(result.eligibility().verdict()).as(request + " verdict").isEqualTo(verdict);
      assertThat(result.eligibility().missingFacts()).as(request + " missing").containsExactly(missing);
      assertRange(result.vatDue(), dueMin, dueMax);
      assertThat(yuan(result.standardVat())).as(request + " standard").isEqualByComparingTo(standard);
      assertRange(result.amountSaved(), savedMin, savedMax);
    }
    plain(() -> VatCalculator.DEFAULT.vatDue(VAT, request), dueMin, dueMax, missing);
    plain(() -> VatCalculator.DEFAULT.amountSaved(VAT, request), savedMin, savedMax, missing);
  }

  private static void slp(int year, String income, List<OperatingQuarter> quarters, String registered,
      Verdict verdict, String dueMin, String dueMax, String standard, String reliefMin, String reliefMax) {
    SmallLowProfitRequest request = SmallLowProfitRequest.of(year, Cny.of(income), quarters);
    slpCalculator(request, verdict, dueMin, dueMax, standard, reliefMin, reliefMax);
    // the firm-year view with no VAT and no R&D: the income-tax saved is the relief
    FirmYearResult firmYear = firmYear(FirmYearRequest.of(year, List.of(), FirmYearIncomeTax.of(Cny.of(income),
        quarters), null));
    assertThat(firmYear.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().verdict())
        .isEqualTo(verdict);
    assertRange(firmYear.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).saved(), reliefMin, reliefMax);
    assertRange(firmYear.incomeTaxDue(), dueMin, dueMax);
    // the engine, the same firm with no R&D
    String firm = profile("'registrationRegionCode': '440306', 'industryCode': 'I6513', "
        + "'restrictedOrProhibitedIndustry': false, 'icOrMachineTool': false, 'techSme': {'held': false}"
        + (registered == null ? "" : ", 'registrationDate': '" + registered + "'"), slpYear(year, income, quarters));
    outcome(engine(firm, year + "-12-31", SZ_SLP), SZ_SLP, verdict.name(), reliefMin, reliefMax);
  }

  private static void slpCalculator(SmallLowProfitRequest request, Verdict verdict, String dueMin, String dueMax,
      String standard, String reliefMin, String reliefMax, String... missing) {
    SmallLowProfitResult explained = SmallLowProfitCalculator.DEFAULT.explainTaxDue(SLP, request);
    SmallLowProfitResult json = HuiqiJson.read(SmallLowProfitCalculator.DEFAULT.explainTaxDueJson(SLP,
        HuiqiJson.write(request)), SmallLowProfitResult.class);
    for (SmallLowProfitResult result : List.of(explained, json)) {
      assertThat(result.eligibility().verdict()).as(request + " verdict").isEqualTo(verdict);
      assertThat(result.eligibility().missingFacts()).containsExactly(missing);
      assertRange(result.taxDue(), dueMin, dueMax);
      assertThat(yuan(result.standardTax())).isEqualByComparingTo(standard);
      assertRange(result.relief(), reliefMin, reliefMax);
    }
    plain(() -> SmallLowProfitCalculator.DEFAULT.taxDue(SLP, request), dueMin, dueMax, missing);
    plain(() -> SmallLowProfitCalculator.DEFAULT.relief(SLP, request), reliefMin, reliefMax, missing);
    assertThat(yuan(SmallLowProfitCalculator.DEFAULT.standardTax(SLP, request))).isEqualByComparingTo(standard);
  }

  private static void prepayment(SmallLowProfitPrepaymentRequest request, String payable, String credit) {
    SmallLowProfitPrepaymentResult explained = SmallLowProfitCalculator.DEFAULT.explainPrepaymentPayable(SLP,
        request);
    SmallLowProfitPrepaymentResult json = HuiqiJson.read(SmallLowProfitCalculator.DEFAULT
        .explainPrepaymentPayableJson(SLP, HuiqiJson.write(request)), SmallLowProfitPrepaymentResult.class);
    for (SmallLowProfitPrepaymentResult result : List.of(explained, json)) {
      assertExact(result.payable(), payable);
      assertExact(result.creditCarried(), credit);
    }
    assertThat(yuan(SmallLowProfitCalculator.DEFAULT.prepaymentPayable(SLP, request)))
        .isEqualByComparingTo(payable);
  }

  private static RdResult rd(RdRequest request, Verdict verdict, String min, String max, String cap,
      String... missing) {
    RdResult explained = RdCalculator.DEFAULT.explainExtraDeduction(RD, request);
    RdResult json = HuiqiJson.read(RdCalculator.DEFAULT.explainExtraDeductionJson(RD, HuiqiJson.write(request)),
        RdResult.class);
    for (RdResult result : List.of(explained, json)) {
      assertThat(result.eligibility().verdict()).as(request + " verdict").isEqualTo(verdict);
      assertThat(result.eligibility().missingFacts()).containsExactly(missing);
      assertRange(result.totalExtraDeduction(), min, max);
      assertThat(yuan(result.otherCostsCap())).isEqualByComparingTo(cap);
    }
    plain(() -> RdCalculator.DEFAULT.extraDeduction(RD, request), min, max, missing);
    return explained;
  }

  private static void rdEngine(int year, String industry, String techSme, boolean ic, String costs,
      String intangibles, String incomeBefore, String verdict, String min, String max, String... missing) {
    String firm = profile("'registrationRegionCode': '440306', 'industryCode': '" + industry + "', "
        + "'restrictedOrProhibitedIndustry': false, 'icOrMachineTool': " + ic
        + (techSme == null ? "" : ", 'techSme': " + techSme),
        rdYear(year, incomeBefore, costs, intangibles.isEmpty() ? "[]" : intangibles));
    outcome(engine(firm, year + "-12-31", SZ_RD), SZ_RD, verdict, min, max, missing);
  }

  /** F1 and F2 through the firm-year view (typed, JSON, from the profile) and the engine. */
  private static void firmYearEveryPath(String incomeBefore, Verdict slpVerdict, String rdSaved, String relief,
      String total) {
    List<VatRequest> vat = List.of(quarter(2023, 1, "500000.00").withTaxpayerRegionCode("440306"),
        quarter(2023, 2, "300000.00").withTaxpayerRegionCode("440306"),
        quarter(2023, 3, "280000.00").withTaxpayerRegionCode("440306"),
        quarter(2023, 4, "300000.01").withTaxpayerRegionCode("440306"));
    RdRequest rd = software(2023, costs("600000", "200000", "100000", "0", "0", "50000"));
    FirmYearRequest request = FirmYearRequest.of(2023, vat, FirmYearIncomeTax.of(Cny.of(incomeBefore),
        steady(100, "20000000")), rd);
    String firm = firmOne("440306", incomeBefore);
    EnterpriseProfile profile = HuiqiJson.read(firm, EnterpriseProfile.class);
    List<VatRequest> fromProfile = new ArrayList<>();
    profile.years().orElseThrow().get(0).vatPeriods().orElseThrow()
        .forEach(p -> fromProfile.add(VatRequest.from(profile, p)));
    FirmYearRequest read = FirmYearRequest.of(2023, fromProfile, FirmYearIncomeTax.from(profile, 2023),
        RdRequest.from(profile, 2023));
    for (FirmYearRequest r : List.of(request, read)) {
      FirmYearResult result = firmYear(r);
      assertThat(result.missingFacts()).isEmpty();
      assertExact(result.vatSaved(), "33400.00");
      assertExact(result.extraDeduction(), "950000.00");
      assertExact(result.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).saved(), rdSaved);
      assertExact(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).saved(), relief);
      assertThat(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().verdict())
          .isEqualTo(slpVerdict);
      assertExact(result.totalSaved(), total);
      assertThat(yuan(FirmYearCalculator.DEFAULT.totalSaved(FIRM_YEAR, r))).isEqualByComparingTo(total);
    }
    JsonNode report = engine(firm, "2023-12-31", SZ_VAT, SZ_SLP, SZ_RD);
    outcome(report, SZ_VAT, "ELIGIBLE", "33400.00", "33400.00");
    outcome(report, SZ_RD, "ELIGIBLE", rdSaved, rdSaved);
    outcome(report, SZ_SLP, slpVerdict.name(), relief, relief);
  }

  private static FirmYearResult firmYear(FirmYearRequest request) {
    FirmYearResult explained = FirmYearCalculator.DEFAULT.explainTotalSaved(FIRM_YEAR, request);
    FirmYearResult json = HuiqiJson.read(FirmYearCalculator.DEFAULT.explainTotalSavedJson(FIRM_YEAR,
        HuiqiJson.write(request)), FirmYearResult.class);
    assertThat(json).isEqualTo(explained);
    return explained;
  }

  /** A plain form: the one amount when the explained range is one figure, else the facts it needs. */
  private static void plain(Supplier<MonetaryAmount> call, String min, String max, String... missing) {
    if (new BigDecimal(min).compareTo(new BigDecimal(max)) == 0) {
      assertThat(yuan(call.get())).as("plain form").isEqualByComparingTo(min);
      return;
    }
    assertThatThrownBy(call::get).isInstanceOfSatisfying(MissingFactsException.class,
        ex -> assertThat(ex.missingFacts()).containsExactly(missing));
  }

  private static void refused(ThrowingCallable call, String field, String value) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
      assertThat(ex.field()).isEqualTo(field);
      assertThat(ex.value()).contains(value);
    });
  }

  private static JsonNode engine(String profile, String asOf, String... measures) {
    return EngineJson.report(engineRequest(profile, asOf, measures));
  }

  private static String engineRequest(String profile, String asOf, String... measures) {
    return ("{'profile': " + profile + ", 'asOf': '" + asOf + "', 'measures': ['" + String.join("', '", measures)
        + "']}").replace('\'', '"');
  }

  private static void outcome(JsonNode report, String id, String verdict, String min, String max,
      String... missing) {
    JsonNode outcome = EngineJson.outcome(report, id);
    assertThat(outcome.at("/verdict").asText()).as(id + " verdict " + outcome).isEqualTo(verdict);
    assertThat(EngineJson.least(outcome)).as(id + " least").isEqualByComparingTo(min);
    assertThat(EngineJson.most(outcome)).as(id + " most").isEqualByComparingTo(max);
    List<String> facts = new ArrayList<>();
    outcome.at("/missingFacts").forEach(f -> facts.add(f.isTextual() ? f.asText() : f.at("/pointer").asText()));
    assertThat(facts).as(id + " missing").containsExactly(missing);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // helpers: the firms

  private static String profile(String facts, String years) {
    return ("{'legalForm': 'ENTERPRISE'" + (facts.isEmpty() ? "" : ", " + facts) + ", 'years': [" + years + "]}")
        .replace('\'', '"');
  }

  /** F1's firm: a software firm (I6513), quarterly VAT filer, 100 staff, 20,000,000 of assets, R1's R&D. */
  private static String firmOne(String region, String incomeBefore) {
    String vat = "[" + vatJson(2023, "'quarter': 1", "500000.00", false) + ", "
        + vatJson(2023, "'quarter': 2", "300000.00", false) + ", " + vatJson(2023, "'quarter': 3", "280000.00", false)
        + ", " + vatJson(2023, "'quarter': 4", "300000.01", false) + "]";
    String year = rdYear(2023, incomeBefore, costsJson("600000", "200000", "100000", "0", "0", "50000"), "[]");
    year = year.substring(0, year.length() - 1) + ", 'vatPeriods': " + vat + "}";
    return profile("'registrationRegionCode': '" + region + "', 'registrationDate': '2015-03-01', "
        + "'smallScaleTaxpayer': true, 'industryCode': 'I6513', 'restrictedOrProhibitedIndustry': false, "
        + "'icOrMachineTool': false, 'techSme': {'held': false}", year);
  }

  private static String slpYear(int year, String income, List<OperatingQuarter> quarters) {
    return rdYear(year, income, costsJson("0", "0", "0", "0", "0", "0"), "[]", quarters);
  }

  private static String rdYear(int year, String income, String costs, String intangibles) {
    return rdYear(year, income, costs, intangibles, steady(100, "20000000"));
  }

  private static String rdYear(int year, String income, String costs, String intangibles,
      List<OperatingQuarter> quarters) {
    StringBuilder q = new StringBuilder();
    for (OperatingQuarter quarter : quarters) {
      q.append(q.length() == 0 ? "" : ", ").append("{'quarter': ").append(quarter.quarter())
          .append(", 'employeesAtStart': ").append(quarter.employeesAtStart())
          .append(", 'employeesAtEnd': ").append(quarter.employeesAtEnd())
          .append(", 'totalAssetsAtStart': ").append(cny(yuan(quarter.totalAssetsAtStart()).toPlainString()))
          .append(", 'totalAssetsAtEnd': ").append(cny(yuan(quarter.totalAssetsAtEnd()).toPlainString()))
          .append('}');
    }
    return "{'year': " + year + ", 'taxableIncomeBeforeRd': " + cny(income) + ", 'quarters': [" + q + "], "
        + "'rdExpensedCosts': " + costs + ", 'rdIntangibles': " + intangibles + "}";
  }

  private static String vatJson(int year, String period, String sales, boolean inclusive) {
    return "{'period': {'year': " + year + ", " + period + "}, 'sales': " + cny(sales) + ", 'salesBasis': '"
        + (inclusive ? "INCLUDING_VAT" : "EXCLUDING_VAT") + "'}";
  }

  private static String costsJson(String personnel, String direct, String depreciation, String amortisation,
      String design, String other) {
    return "{'personnel': " + cny(personnel) + ", 'directInputs': " + cny(direct) + ", 'depreciation': "
        + cny(depreciation) + ", 'intangibleAmortisation': " + cny(amortisation) + ", 'newProductDesign': "
        + cny(design) + ", 'otherRelated': " + cny(other) + "}";
  }

  private static String cny(String yuan) {
    return "{'amount': " + yuan + ", 'currency': 'CNY'}";
  }

  // ---------------------------------------------------------------------------------------------------------------
  // helpers: the typed requests and assertions

  private static VatRequest month(int year, int month, String sales) {
    return VatRequest.of(VatFilingPeriod.ofMonth(year, month), Cny.of(sales), VatSalesBasis.EXCLUDING_VAT);
  }

  private static VatRequest quarter(int year, int quarter, String sales) {
    return VatRequest.of(VatFilingPeriod.ofQuarter(year, quarter), Cny.of(sales), VatSalesBasis.EXCLUDING_VAT);
  }

  private static VatRequest inclusive(VatFilingPeriod period, String gross) {
    return VatRequest.of(period, Cny.of(gross), VatSalesBasis.INCLUDING_VAT);
  }

  private static OperatingQuarter q(int quarter, int employeesStart, int employeesEnd, String assetsStart,
      String assetsEnd) {
    return new OperatingQuarter(quarter, employeesStart, employeesEnd, Cny.of(assetsStart), Cny.of(assetsEnd));
  }

  private static List<OperatingQuarter> steady(int employees, String assets) {
    List<OperatingQuarter> quarters = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      quarters.add(q(i, employees, employees, assets, assets));
    }
    return quarters;
  }

  private static RdExpensedCosts costs(String personnel, String direct, String depreciation, String amortisation,
      String design, String other) {
    return new RdExpensedCosts(Cny.of(personnel), Cny.of(direct), Cny.of(depreciation), Cny.of(amortisation),
        Cny.of(design), Cny.of(other));
  }

  private static RdRequest software(int year, RdExpensedCosts costs) {
    return RdRequest.of(year, costs).withIndustryCode("I6513").withKinds();
  }

  private static RdIntangibleAsset intangible(String cost, int months, int formed) {
    return RdIntangibleAsset.builder().cost(Cny.of(cost)).monthsInYear(months).yearFormed(formed).build();
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  private static void assertRange(AmountRange range, String min, String max) {
    assertThat(yuan(range.minimum())).as("minimum of " + range).isEqualByComparingTo(min);
    assertThat(yuan(range.maximum())).as("maximum of " + range).isEqualByComparingTo(max);
  }

  private static void assertExact(AmountRange range, String amount) {
    assertRange(range, amount, amount);
  }
}
