package io.github.huiqi.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The inputs', calculations' and options' texts in Chinese: the library's shared English forms read in Chinese
 * ({@link StepTextZh}), each as a calculator writes it (VatCalculator, FirmYearCalculator, GuaranteeFeeLoanParts,
 * GuaranteeFeeReductionCalculator and Evaluator, GuaranteeFeeBenchmarkCapCalculator, SmallLowProfitEvaluator,
 * StackingShareStep, the rent and arrears calculators); English and the steps' JSON keep the text as written.
 */
class StepTextZhTest {

  private static final Citation CITED = Citation.sourceText("深工信〔2023〕26号", "第6条", "且不高于1%");
  private static final LocalizedText NAME = LocalizedText.of("名称", "name");

  private static String input(String value) {
    return new InputStep(NAME, value).render(Locale.SIMPLIFIED_CHINESE);
  }

  private static String calculation(String formula) {
    return new CalculationStep(NAME, formula, new BigDecimal("0.00"), CITED).render(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void test_inputs_loansGuaranteesBenchmarksAndRents() {
    assertThat(input("3000000.00 CNY, 2023-02-10 → 2024-02-10, no guarantee facts"))
        .isEqualTo("输入：名称 = 3000000.00 CNY, 2023-02-10 → 2024-02-10，无担保信息");
    assertThat(input("1000000.00 CNY, 2023-02-10 → 2024-02-10, guarantee by a government guarantor, standard rate "
        + "2%, fee rate 1%")).isEqualTo("输入：名称 = 1000000.00 CNY, 2023-02-10 → 2024-02-10，由政府性融资担保机构担保，"
        + "标准费率 2%，担保费率 1%");
    assertThat(input("1000000.00 CNY, 2023-02-10 → 2024-02-10, guarantee by an unknown guarantor"))
        .endsWith("，担保机构类型未知");
    assertThat(input("CN-PBOC-BENCHMARK-LENY = 4.35% from 2015-10-24"))
        .isEqualTo("输入：名称 = CN-PBOC-BENCHMARK-LENY = 4.35%，自 2015-10-24 起");
    assertThat(input("CN-PBOC-BENCHMARK-LENY = 4.35% from 2015-10-24 [银发〔2015〕325号]"))
        .isEqualTo("输入：名称 = CN-PBOC-BENCHMARK-LENY = 4.35%，自 2015-10-24 起 [银发〔2015〕325号]");
    assertThat(input("districtPark = true, rent paid in 2022 = not given"))
        .isEqualTo("输入：名称 = districtPark = true, 2022 年已付租金 = 未提供");
    // a lease that does not run in the year its rent is read for (decisions register §4.6 item 172)
    assertThat(input("districtPark = true, rent paid in 2022 = 0 (the lease, 2023-03-01 to 2026-02-28, does not run "
        + "in 2022: no rent of that year counts)")).isEqualTo("输入：名称 = districtPark = true, 2022 年已付租金 = 0"
        + "（租约 2023-03-01 至 2026-02-28，2022 年内未执行：该年租金不计）");
    assertThat(input("districtPark = true, rent paid in 2021 = 0 (the lease, 2022-07-01, does not run in 2021: no "
        + "rent of that year counts)")).isEqualTo("输入：名称 = districtPark = true, 2021 年已付租金 = 0（租约自 "
        + "2022-07-01 起，2021 年内未执行：该年租金不计）");
    assertThat(input("income before the deduction, less the least deduction 1000000.00: not given; limit 3000000.00"))
        .isEqualTo("输入：名称 = 扣除前的应纳税所得额减去至少可加计扣除的 1000000.00：未提供；上限 3000000.00");
    // any other value is kept as written
    assertThat(input("2023")).isEqualTo("输入：名称 = 2023");
  }

  @Test
  void test_calculations_vatFeesAndRounding() {
    assertThat(calculation("exempt: within the threshold")).startsWith("计算：名称 = 免征：未超过起征点 = 0.00 [");
    assertThat(calculation("exempt: 3%-rate sales exempt")).contains("= 免征：适用3%征收率的销售额免征 =");
    assertThat(calculation("no periods")).contains("= 无申报期 =");
    assertThat(calculation("fee at 1% over the same period")).contains("= 同一期间按 1% 计算 =");
    assertThat(calculation("1000000.00 × 1% × 360/360, rounded half-up to the fen"))
        .contains("= 1000000.00 × 1% × 360/360，四舍五入到分 =");
    assertThat(calculation("the other interest, fees and premiums: 1200.00"))
        .contains("= 其他利息、担保费和保费：1200.00 =");
    // a formula of figures is kept as written
    assertThat(calculation("1000000.00 × 2% × 181/360")).contains("= 1000000.00 × 2% × 181/360 =");
  }

  @Test
  void test_conditionsAndOptions_feeConflictDisputesAndTheBenchmarkBasis() {
    String conflict = "1% ≤ 1%; conflict: 2% × (1 − 40%) = 1.2% > 1%, no reduction of at most 40% reaches the "
        + "ceiling, so the ceiling sets the rate (decisions register §4.3 item 18)";
    assertThat(new ConditionStep(NAME, ConditionOutcome.MET, conflict, CITED).render(Locale.SIMPLIFIED_CHINESE))
        .contains("（1% ≤ 1%；冲突：2% × (1 − 40%) = 1.2% > 1%，不超过 40% 的减免均达不到上限，故按上限费率"
            + "（取舍登记 §4.3 第18项））[");
    assertThat(new ConditionStep(NAME, ConditionOutcome.UNKNOWN, "C1: PUBLIC_INSTITUTION, 300000.00 disputed not "
        + "given → unknown", CITED).render(Locale.SIMPLIFIED_CHINESE))
        .contains("（C1: PUBLIC_INSTITUTION, 300000.00 未提供是否有分歧 → 无法判断）[");
    assertThat(new DefaultUsedStep(NAME, "PBOC_BENCHMARK_BY_TERM, on the contract date", false, CITED)
        .render(Locale.SIMPLIFIED_CHINESE)).contains("= PBOC_BENCHMARK_BY_TERM，按合同签订日（库默认值，无来源规定）[");
  }

  private static String condition(String detail) {
    return new ConditionStep(NAME, ConditionOutcome.MET, detail, CITED).render(Locale.SIMPLIFIED_CHINESE);
  }

  private static String option(String value) {
    return new DefaultUsedStep(NAME, value, false, CITED).render(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void test_sweptForms_calculations() {
    // the forms HuiqiCliZhProseSweepTest found in `huiqi --explain --lang zh`, each as its calculator writes it:
    // VatCalculator's sales tested against the threshold
    assertThat(calculation("90000.00 + 10000.00 (special invoices) + 0.00 (immovable property)"))
        .contains("= 90000.00 + 10000.00（专用发票销售额）+ 0.00（不动产销售额） =");
    // RdBase's and RdCalculator's sums (财税〔2015〕119号 第一条（一）: 人员人工费用、直接投入费用、折旧费用、无形资产摊销、
    // 新产品设计费等), the range of rates while a fact is unknown, and RdEvaluator's saving while R&D is not fully known
    assertThat(calculation("personnel + direct inputs + depreciation + intangible amortisation + new-product design"))
        .contains("= 人员人工费用 + 直接投入费用 + 折旧费用 + 无形资产摊销 + 新产品设计费等 =");
    assertThat(calculation("expensed extra + Σ intangibles' extra amortisation"))
        .contains("= 费用化研发费用加计扣除额 + Σ 无形资产摊销加计扣除额 =");
    assertThat(calculation("extra rate 75% .. 100% in 2022: total 750000.00 .. 1000000.00"))
        .contains("= 2022 年加计扣除比例 75% .. 100%：加计扣除总额 750000.00 .. 1000000.00 =");
    assertThat(calculation("E = 0.00 (R&D not fully known: up to the whole standard tax)"))
        .contains("= E = 0.00（研发费用数据不全：至多为按标准税率计算的全部税额） =");
    // FirmYearCalculator's total: the VAT and the income tax saved, together or apart
    assertThat(calculation("0.00 (VAT) + 0.00 .. 103777.87 (income tax saved: R&D and 小型微利企业 together)"))
        .contains("= 0.00（增值税）+ 0.00 .. 103777.87（少缴的企业所得税：研发费用加计扣除与小型微利企业合计） =");
    assertThat(calculation("100.00 (VAT) + 200.00 (R&D) + 300.00 (小型微利企业)"))
        .contains("= 100.00（增值税）+ 200.00（研发费用加计扣除）+ 300.00（小型微利企业） =");
    // GuaranteeFeeReductionEvaluator's fee saved: 60,000.00 − 30,000.00
    assertThat(calculation("standard fee 60000.00 − reduced fee 30000.00"))
        .contains("= 标准担保费 60000.00 − 减免后担保费 30000.00 =");
    // a rounding named by its mode, days counted (UtilityCalculator, InsuranceCalculator), the hires undetermined
    assertThat(calculation("10000.00 × 10% ÷ (1 − 10%), rounded HALF_UP@2"))
        .contains("= 10000.00 × 10% ÷ (1 − 10%)，按 HALF_UP@2 舍入 =");
    assertThat(calculation("1000.00 × 0.2% × 31 days (2023-03-01..2023-03-31), rounded HALF_UP@2"))
        .contains("= 1000.00 × 0.2% × 31 天（2023-03-01..2023-03-31），按 HALF_UP@2 舍入 =");
    assertThat(calculation("2000.00 × 2 (+ 2000.00 × 1 undetermined)")).contains("= 2000.00 × 2（另有待定 2000.00 × 1） =");
    // RiskPoolCalculator's table without the category's row
    assertThat(calculation("table[GENERAL] (no row for AGRICULTURE)")).contains("= table[GENERAL]（AGRICULTURE 无对应行） =");
    // StackingShareStep without an upper bound
    assertThat(calculation("the other interest, fees and premiums: 1200.00 .. no upper bound"))
        .contains("= 其他利息、担保费和保费：1200.00 .. 无上限 =");
  }

  @Test
  void test_sweptForms_inputs() {
    // GuaranteeFeeSubsidyCalculator's loan: principal, drawdown, loan rate, fee rate and fee paid
    assertThat(input("2000000.00 CNY, 2022-04-01, loan rate 4%, fee rate 1.5%, fee paid 30000.00")).isEqualTo(
        "输入：名称 = 本金 2000000.00 CNY，放款日 2022-04-01，贷款利率 4%，担保费率 1.5%，已付担保费 30000.00");
    // RiskPoolCalculator's claim, with and without an extension
    assertThat(input("GENERAL, principal 1000000.00 CNY, granted 2022-10-15, extended 2023-02-01, first "
        + "non-performing 2023-10-15, principal outstanding 800000.00 CNY")).isEqualTo("输入：名称 = GENERAL，本金 "
        + "1000000.00 CNY，发放日 2022-10-15，展期日 2023-02-01，首次列为不良 2023-10-15，未偿本金 800000.00 CNY");
    assertThat(input("GENERAL, principal 1000000.00 CNY, granted 2023-02-01, first non-performing 2024-02-01, "
        + "principal outstanding 1000000.00 CNY")).isEqualTo("输入：名称 = GENERAL，本金 1000000.00 CNY，发放日 "
        + "2023-02-01，首次列为不良 2024-02-01，未偿本金 1000000.00 CNY");
    assertThat(input("non-performing since 2023-10-15")).isEqualTo("输入：名称 = 自 2023-10-15 起列为不良");
    assertThat(input("not given; compensation by category: GENERAL 300000.00, FIRST_LOAN 400000.00"))
        .isEqualTo("输入：名称 = 未提供；各类别的补偿：GENERAL 300000.00，FIRST_LOAN 400000.00");
    // InsuranceCalculator's deferred contribution, repaid or not
    assertThat(input("PENSION CNY 10.00, due 2023-06-30, repaid 2023-07-01"))
        .isEqualTo("输入：名称 = PENSION CNY 10.00，应缴日 2023-06-30，补缴日 2023-07-01");
    assertThat(input("PENSION CNY 30000.00, due 2022-09-15, repayment date not given"))
        .isEqualTo("输入：名称 = PENSION CNY 30000.00，应缴日 2022-09-15，未提供补缴日期");
    // DeferralCalculator's and DeferralEvaluator's loan
    assertThat(input("ENTERPRISE MICRO, due 2022-12-31, deferral asked to 2023-07-31"))
        .isEqualTo("输入：名称 = ENTERPRISE MICRO，到期日 2022-12-31，申请延期至 2023-07-31");
    assertThat(input("INDIVIDUAL_BUSINESS, due 2022-12-31")).isEqualTo("输入：名称 = INDIVIDUAL_BUSINESS，到期日 2022-12-31");
    assertThat(input("due 2022-12-31")).isEqualTo("输入：名称 = 到期日 2022-12-31");
    assertThat(input("due 2022-12-31; legal form not given: decided as an enterprise's and as an individual "
        + "business's"))
        .isEqualTo("输入：名称 = 到期日 2022-12-31；未提供组织形式：分别按企业和个体工商户判定");
    // HousingFundCalculator's application and its capped request (at most 12 months from 2023-07-01: 2024-06-30)
    assertThat(input("applied 2023-06-30, deferral from 2023-07-01 to 2024-07-31"))
        .isEqualTo("输入：名称 = 申请日 2023-06-30，缓缴自 2023-07-01 至 2024-07-31");
    assertThat(input("applied 2023-06-30, deferral from 2023-07-01")).isEqualTo("输入：名称 = 申请日 2023-06-30，缓缴自 "
        + "2023-07-01 起");
    assertThat(input("2024-06-30; the request to 2024-07-31 is capped"))
        .isEqualTo("输入：名称 = 2024-06-30；申请缓缴至 2024-07-31，超出部分不予延长");
    // TechSmeCalculator's interest payment, HiringCalculator's hire, VatLevy exempted, RdBase's project
    assertThat(input("27000.00 CNY, 2023-02-10 → 2023-05-10, paid 2023-05-10"))
        .isEqualTo("输入：名称 = 27000.00 CNY，计息期 2023-02-10 → 2023-05-10，支付日 2023-05-10");
    assertThat(input("hired 2023-01-01")).isEqualTo("输入：名称 = 招用日 2023-01-01");
    assertThat(input("exempt (3%)")).isEqualTo("输入：名称 = 免征（3%）");
    assertThat(input("first five 800000.00, other related 50000.00"))
        .isEqualTo("输入：名称 = 前五类 800000.00，其他相关费用 50000.00");
    // RenovationGrantCalculator's base, cited to the register outside the step's citation (register §4.4 item 26)
    assertThat(input("CNY 10000000.00 — huiqi decisions register §4.4 26"))
        .isEqualTo("输入：名称 = CNY 10000000.00 — 取舍登记 §4.4 第26项");
  }

  @Test
  void test_sweptForms_conditionsAndOptions() {
    // ArrearsCalculator's claims: 500,000.01 disputed or not, above the 500,000.00 limit
    assertThat(condition("B: PUBLIC_INSTITUTION, 500000.01, disputed false → RESOLUTION"))
        .contains("（B：PUBLIC_INSTITUTION，500000.01，无分歧 → RESOLUTION）[");
    assertThat(condition("C: LARGE_STATE_ENTERPRISE, 300000.00, disputed true → DISPUTED"))
        .contains("（C：LARGE_STATE_ENTERPRISE，300000.00，有分歧 → DISPUTED）[");
    assertThat(condition("C1: PUBLIC_INSTITUTION, 300000.00, disputed not given → unknown"))
        .contains("（C1：PUBLIC_INSTITUTION，300000.00，未提供是否有分歧 → 无法判断）[");
    // HighRiseCalculator's average rent: 35,010.00 against 35.00 × 1,000 m²
    assertThat(condition("35010.00 vs 35.00 × 1000 (compared unrounded)"))
        .contains("（35010.00 对比 35.00 × 1000（未经舍入比较））[");
    // a region wider than the measure's (TracedCondition.enterpriseInRegion), a park's area
    assertThat(condition("registrationRegionCode = 440300, a wider area than 440311"))
        .contains("（registrationRegionCode = 440300，其范围大于 440311）[");
    assertThat(condition("park area 100 m²")).contains("（园区内面积 100 m²）[");
    // ScaleUpRewardCalculator's first entry
    assertThat(condition("entered 2022, not in the database in 2021")).contains("（2022 年入库，2021 年不在库中）[");
    assertThat(condition("entered 2020")).contains("（2020 年入库）[");
    assertThat(condition("the status in [2022] not given: whichever was the first in the database, or none, the "
        + "reward is not due")).contains("（未提供 [2022] 年的入库情况：无论哪一年首次入库，或从未入库，均不应给予奖励）[");
    // DeferralCalculator's request beyond the latest date, RiskPoolEvaluator's size from the figures
    assertThat(condition("requestedDeferredDate = 2023-07-31; not allowed, capped to 2023-06-30"))
        .contains("（requestedDeferredDate = 2023-07-31；不允许，以 2023-06-30 为限）[");
    assertThat(condition("size not given; LARGE from the prior full year's figures (工信部联企业〔2011〕300号)"))
        .contains("（未提供 size；按上一个完整年度的数据划型为 LARGE（工信部联企业〔2011〕300号））[");
    // FirmYearCalculator's order, GuaranteeFeeSubsidyCalculator's limit of 50% of a 4% loan rate
    assertThat(condition("VAT | R&D → taxable income → 小型微利企业"))
        .contains("（增值税 | 研发费用加计扣除 → 应纳税所得额 → 小型微利企业）[");
    assertThat(condition("guaranteeFeeRate = 2.5%, limit 4% × 50% = 2%"))
        .contains("（guaranteeFeeRate = 2.5%，上限 4% × 50% = 2%）[");
    // PurchaseCalculator's lease years (3 years from 2020-07-02 end on 2023-07-01)
    assertThat(condition("/leases/0: 2020-07-01..2022-06-30 < 3 years"))
        .contains("（/leases/0: 2020-07-01..2022-06-30 < 3 年）[");
    assertThat(condition("S1: 2020-07-02..2023-12-31 ≥ 3 years (to 2023-07-01)"))
        .contains("（S1: 2020-07-02..2023-12-31 ≥ 3 年（于 2023-07-01 届满））[");
    // RdBase's entrustments, RdCalculator's industry that may be excluded, TechRatingCalculator's staff,
    // GrantTriggers' recognition ended before the window, RenovationGrantCalculator's least fixed-asset investment
    assertThat(condition("tax year 2023; price 100000.00")).contains("（纳税年度 2023；委托价款 100000.00）[");
    assertThat(condition("price 100000.00 counts nothing")).contains("（委托价款 100000.00，不得加计扣除）[");
    assertThat(condition("F52 may or may not be in F5274 零售: give a division code"))
        .contains("（F52 可能属于也可能不属于 F5274 零售：请提供行业大类代码）[");
    assertThat(condition("techStaff = 600 > 500, counted among the staff"))
        .contains("（techStaff = 600 > 500，计入职工总数）[");
    assertThat(condition("highTech.until = 2022-12-31, before the window"))
        .contains("（highTech.until = 2022-12-31，早于窗口期）[");
    assertThat(condition("fixedAssetInvestment not given, at least 1000000.00 × 50% = 500000.00: 100000.00 vs at "
        + "least 500000.00 × 30% = 150000.00")).contains("（未提供 fixedAssetInvestment，至少为 1000000.00 × 50% = "
        + "500000.00：100000.00，至少需 500000.00 × 30% = 150000.00）[");
    // GuaranteeFeeReductionCalculator's options, RenovationInterestCalculator's apportioning
    assertThat(option("decisions register §4.3 item 18: min(standard × (1 − r), ceiling)"))
        .contains("= 取舍登记 §4.3 第18项：取 标准费率 × (1 − r) 与上限中的较小者（库默认值");
    assertThat(option("50% (not applied: the guarantee does not qualify)")).contains("= 50%（未适用：担保不符合条件）（");
    assertThat(option("50% (not applied: whether the guarantee qualifies is undetermined)"))
        .contains("= 50%（未适用：担保是否符合条件待定）（");
    assertThat(option("ACT days, HALF_UP@2")).contains("= 按实际天数（ACT），HALF_UP@2（");
    // English keeps every text as written
    assertThat(new CalculationStep(NAME, "standard fee 60000.00 − reduced fee 30000.00", new BigDecimal("30000.00"),
        CITED).render(Locale.ENGLISH)).isEqualTo("Calculation: name = standard fee 60000.00 − reduced fee 30000.00 = "
        + "30000.00 [深工信〔2023〕26号 第6条]");
  }

  @Test
  void test_english_andTheStepsText_unchanged() {
    InputStep step = new InputStep(NAME, "3000000.00 CNY, 2023-02-10 → 2024-02-10, no guarantee facts");
    assertThat(step.render(Locale.ENGLISH)).isEqualTo("Input: name = 3000000.00 CNY, 2023-02-10 → 2024-02-10, no "
        + "guarantee facts");
    assertThat(step.value()).endsWith(", no guarantee facts");
  }
}
