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
            + "（decisions register §4.3 item 18））[");
    assertThat(new ConditionStep(NAME, ConditionOutcome.UNKNOWN, "C1: PUBLIC_INSTITUTION, 300000.00 disputed not "
        + "given → unknown", CITED).render(Locale.SIMPLIFIED_CHINESE))
        .contains("（C1: PUBLIC_INSTITUTION, 300000.00 未提供是否有分歧 → 无法判断）[");
    assertThat(new DefaultUsedStep(NAME, "PBOC_BENCHMARK_BY_TERM, on the contract date", false, CITED)
        .render(Locale.SIMPLIFIED_CHINESE)).contains("= PBOC_BENCHMARK_BY_TERM，按合同签订日（库默认值，无来源规定）[");
  }

  @Test
  void test_english_andTheStepsText_unchanged() {
    InputStep step = new InputStep(NAME, "3000000.00 CNY, 2023-02-10 → 2024-02-10, no guarantee facts");
    assertThat(step.render(Locale.ENGLISH)).isEqualTo("Input: name = 3000000.00 CNY, 2023-02-10 → 2024-02-10, no "
        + "guarantee facts");
    assertThat(step.value()).endsWith(", no guarantee facts");
  }
}
