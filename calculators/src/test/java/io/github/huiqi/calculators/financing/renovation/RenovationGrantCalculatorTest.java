package io.github.huiqi.calculators.financing.renovation;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.calculators.ExplainedConditions.outcomes;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.renovation.RenovationCategory;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked cases of the Shenzhen technical-renovation grant, 小升规方案 第十条: "分档分类给予不超过项目总投资额10-20%的资助，
 * 资助上限为5000万元", with the operating rules' tiers (智能化改造 level ≥4 → 20%, 3 → 16%, 2 → 12%; 技术装备升级换代 → 10%)
 * and structure conditions (fixed assets ≥80% of total; equipment ≥70% of fixed assets), card 001-10a.
 */
class RenovationGrantCalculatorTest {

  static final RenovationGrantMeasure MEASURE = PolicyData.builtIn().getMeasure(
      RenovationGrantMeasure.SHENZHEN_2022);
  static final RenovationGrantCalculator CALCULATOR = RenovationGrantCalculator.DEFAULT;

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  /**
   * Eligible investment equal to the total, fixed assets 80% of it and equipment 70% of those, each rounded up to the
   * fen (an amount has no part of a fen), so that both shares are met.
   */
  static RenovationGrantRequest project(RenovationCategory category, int level, String investment) {
    BigDecimal total = new BigDecimal(investment);
    BigDecimal fixed = total.multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.CEILING);
    BigDecimal equipment = fixed.multiply(new BigDecimal("0.7")).setScale(2, RoundingMode.CEILING);
    return RenovationGrantRequest.of(category, level, Cny.of(total), Cny.of(total), Cny.of(fixed),
        Cny.of(equipment));
  }

  private static BigDecimal maximum(RenovationGrantRequest request) {
    return yuan(CALCULATOR.maximumGrant(MEASURE, request));
  }

  @Test
  void test_tiers_byCategoryAndLevel() {
    // 10,000,000 eligible: level 5 and 4 → 20% = 2,000,000.00; 3 → 16% = 1,600,000.00; 2 → 12% = 1,200,000.00;
    // equipment upgrade → 10% = 1,000,000.00
    assertThat(maximum(project(RenovationCategory.INTELLIGENT, 5, "10000000"))).isEqualByComparingTo("2000000.00");
    assertThat(maximum(project(RenovationCategory.INTELLIGENT, 4, "10000000"))).isEqualByComparingTo("2000000.00");
    assertThat(maximum(project(RenovationCategory.INTELLIGENT, 3, "10000000"))).isEqualByComparingTo("1600000.00");
    assertThat(maximum(project(RenovationCategory.INTELLIGENT, 2, "10000000"))).isEqualByComparingTo("1200000.00");
    assertThat(maximum(project(RenovationCategory.EQUIPMENT_UPGRADE, 1, "10000000")))
        .isEqualByComparingTo("1000000.00");
  }

  @Test
  void test_tiers_levelOneEarnsNone() {
    // level 1 is below the lowest tier (2): ineligible, [0, 0]
    RenovationGrantResult result = CALCULATOR.explainMaximumGrant(MEASURE,
        project(RenovationCategory.INTELLIGENT, 1, "10000000"));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.eligibility().reasons()).extracting(Reason::code).contains("not-maturity-level-tiered");
    assertThat(yuan(result.amount().maximum())).isZero();
    assertThat(result.rate()).isEmpty();
  }

  @Test
  void test_range_upToTheMaximum() {
    // "不超过": the authority fixes the figure, so the grant is [0, 16% × 10,000,000 = 1,600,000.00]
    RenovationGrantResult result = CALCULATOR.explainMaximumGrant(MEASURE, project(RenovationCategory.INTELLIGENT, 3,
        "10000000"));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(yuan(result.amount().minimum())).isZero();
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("1600000.00");
    assertThat(result.rate()).hasValue(Rate.parse("16%"));
    assertThat(result.exactAmount()).isEmpty();
    assertThat(result.explanation().render(Locale.ENGLISH)).contains("up to: the authority fixes the figure");
  }

  @Test
  void test_rounding_halfUpToTheFen() {
    // 12% × 1,234,567.89 = 148,148.1468 → 148,148.15
    assertThat(maximum(project(RenovationCategory.INTELLIGENT, 2, "1234567.89"))).isEqualByComparingTo("148148.15");
  }

  @Test
  void test_cap_reachedExactly() {
    // 20% × 250,000,000.00 = 50,000,000.00 = the cap ("资助上限为5000万元"): not binding
    RenovationGrantResult result = CALCULATOR.explainMaximumGrant(MEASURE,
        project(RenovationCategory.INTELLIGENT, 4, "250000000"));
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("50000000.00");
    assertThat(result.bindingLimit()).isEmpty();
  }

  @Test
  void test_cap_exceededByOneFen() {
    // 20% × 250,000,000.05 = 50,000,000.01 → capped at 50,000,000.00, binding
    RenovationGrantResult result = CALCULATOR.explainMaximumGrant(MEASURE,
        project(RenovationCategory.INTELLIGENT, 4, "250000000.05"));
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("50000000.00");
    assertThat(result.bindingLimit()).hasValueSatisfying(b -> assertThat(b.code()).isEqualTo("cap-per-project"));
  }

  @Test
  void test_structure_boundariesInclusive() {
    // total 12,000,000: fixed 9,600,000.00 is exactly 80% (met); 9,599,999.99 is one fen short (not met)
    RenovationGrantRequest atBoundary = RenovationGrantRequest.of(RenovationCategory.INTELLIGENT, 3,
        Cny.of("10000000"), Cny.of("12000000"), Cny.of("9600000"), Cny.of("6720000"));
    assertThat(maximum(atBoundary)).isEqualByComparingTo("1600000.00");
    RenovationGrantRequest fixedShort = RenovationGrantRequest.of(RenovationCategory.INTELLIGENT, 3,
        Cny.of("10000000"), Cny.of("12000000"), Cny.of("9599999.99"), Cny.of("6720000"));
    assertIneligible(fixedShort, "not-fixed-asset-share");
    // equipment 6,720,000.00 is exactly 70% of 9,600,000 (met); 6,719,999.99 is one fen short
    RenovationGrantRequest equipmentShort = RenovationGrantRequest.of(RenovationCategory.EQUIPMENT_UPGRADE, 1,
        Cny.of("10000000"), Cny.of("12000000"), Cny.of("9600000"), Cny.of("6719999.99"));
    assertIneligible(equipmentShort, "not-equipment-share");
  }

  private static void assertIneligible(RenovationGrantRequest request, String reason) {
    RenovationGrantResult result = CALCULATOR.explainMaximumGrant(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.eligibility().reasons()).extracting(Reason::code).contains(reason);
    assertThat(yuan(result.amount().maximum())).isZero();
    assertThat(maximum(request)).isZero();
  }

  @Test
  void test_missingFacts_undeterminedWithTheFavourableMaximum() {
    // level not known: undetermined naming /maturityLevel; most favourable tier 20% × 10,000,000 = 2,000,000.00
    RenovationGrantRequest noLevel = RenovationGrantRequest.builder().category(RenovationCategory.INTELLIGENT)
        .eligibleInvestment(Cny.of("10000000")).totalInvestment(Cny.of("12000000"))
        .fixedAssetInvestment(Cny.of("9600000")).equipmentInvestment(Cny.of("6720000")).eligibleProject(true).build();
    RenovationGrantResult result = CALCULATOR.explainMaximumGrant(MEASURE, noLevel);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/maturityLevel");
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("2000000.00");
    assertThatThrownBy(() -> CALCULATOR.maximumGrant(MEASURE, noLevel)).isInstanceOf(MissingFactsException.class);

    // the structure and the project's support unknown: each missing fact named
    RenovationGrantRequest bare = RenovationGrantRequest.builder().category(RenovationCategory.EQUIPMENT_UPGRADE)
        .eligibleInvestment(Cny.of("10000000")).build();
    assertThat(CALCULATOR.explainMaximumGrant(MEASURE, bare).eligibility().missingFacts()).containsExactly(
        "/eligibleProject", "/totalInvestment", "/fixedAssetInvestment", "/equipmentInvestment");
    // a refused project is ineligible however the rest looks
    RenovationGrantRequest refused = RenovationGrantRequest.builder().category(RenovationCategory.EQUIPMENT_UPGRADE)
        .eligibleInvestment(Cny.of("10000000")).eligibleProject(false).build();
    assertIneligible(refused, "not-eligible-renovation-project");
  }

  @Test
  void test_fixedAssetsNotGiven_theTwoSharesBoundThemFromBothSides() {
    // operating rules: fixed assets at least 80% of the total, equipment at least 70% of the fixed assets. Total
    // 12,000,000, fixed assets not given: they are at least 12,000,000 × 80% = 9,600,000, so the equipment needs at
    // least 9,600,000 × 70% = 6,720,000. Equipment 6,719,999.99 meets neither share with any fixed-asset figure:
    // ineligible, 0.00 (before: undetermined to 1,600,000.00, naming /fixedAssetInvestment, which no figure could
    // decide). Found by an exploratory run of EntitlementFactNamingPropertyTest's completions over financing firms
    RenovationGrantRequest.Builder fixedOpen = RenovationGrantRequest.builder().category(RenovationCategory.INTELLIGENT)
        .maturityLevel(3).eligibleInvestment(Cny.of("10000000")).totalInvestment(Cny.of("12000000"))
        .eligibleProject(true);
    assertIneligible(fixedOpen.equipmentInvestment(Cny.of("6719999.99")).build(), "not-equipment-share");
    // equipment 6,720,000.00: fixed assets of exactly 9,600,000 meet both, so they still decide: undetermined, up
    // to 10,000,000 × 16% (level 3) = 1,600,000.00
    RenovationGrantResult open = CALCULATOR.explainMaximumGrant(MEASURE,
        fixedOpen.equipmentInvestment(Cny.of("6720000")).build());
    assertThat(open.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.eligibility().missingFacts()).containsExactly("/fixedAssetInvestment");
    assertThat(yuan(open.amount().maximum())).isEqualByComparingTo("1600000.00");
  }

  @Test
  void test_explanation_citesClauseAndRules() {
    Explanation explanation = CALCULATOR.explainMaximumGrant(MEASURE, project(RenovationCategory.INTELLIGENT, 3,
        "10000000")).explanation();
    // the base's reading is register §4.4 item 26: in Chinese 取舍登记 §4.4 第26项, in English as the step writes it
    assertThat(explanation.render(Locale.SIMPLIFIED_CHINESE)).contains("第十条")
        .contains("《深圳市工业和信息化局企业技术改造项目扶持计划操作规程》").contains("— 取舍登记 §4.4 第26项")
        .doesNotContain("— huiqi decisions register §4.4 26");
    assertThat(explanation.render(Locale.ENGLISH)).contains("— huiqi decisions register §4.4 26");
    assertThat(CALCULATOR.explainMaximumGrant(MEASURE, project(RenovationCategory.INTELLIGENT, 3, "10000000"))
        .eligibility().reasons().get(0).citation().quote()).hasValueSatisfying(q -> assertThat(q).contains("不超过"));
  }

  //-------------------------------------------------------------------------
  // Conditions in order: a supported project, the maturity tier (intelligent renovation only), fixed assets at least
  // 80% of the total, equipment at least 70% of fixed assets (操作规程).
  private static io.github.huiqi.core.result.Explanation explained(RenovationGrantRequest request) {
    return CALCULATOR.explainMaximumGrant(MEASURE, request).explanation();
  }

  @Test
  void test_conditions_eachOutcome() {
    assertOutcomes(explained(project(RenovationCategory.INTELLIGENT, 3, "10000000")), MET, MET, MET, MET);
    assertOutcomes(explained(project(RenovationCategory.INTELLIGENT, 1, "10000000")), MET, NOT_MET, MET, MET);
    assertOutcomes(explained(project(RenovationCategory.EQUIPMENT_UPGRADE, 1, "10000000")), MET, MET, MET);
    // 9,600,000 of 12,000,000 is exactly 80%: met, and the comparison shown
    io.github.huiqi.core.result.Explanation atBoundary = explained(RenovationGrantRequest.of(
        RenovationCategory.INTELLIGENT, 3, Cny.of("10000000"), Cny.of("12000000"), Cny.of("9600000"),
        Cny.of("6720000")));
    assertOutcomes(atBoundary, MET, MET, MET, MET);
    assertThat(detailsOf(atBoundary, "fixed-asset investment at least")).singleElement().asString()
        .startsWith("9600000.00 vs 12000000.00 × 80% = 9600000");
    assertOutcomes(explained(RenovationGrantRequest.of(RenovationCategory.INTELLIGENT, 3, Cny.of("10000000"),
        Cny.of("12000000"), Cny.of("9599999.99"), Cny.of("6720000"))), MET, MET, NOT_MET, MET);
    assertOutcomes(explained(RenovationGrantRequest.of(RenovationCategory.EQUIPMENT_UPGRADE, 1, Cny.of("10000000"),
        Cny.of("12000000"), Cny.of("9600000"), Cny.of("6719999.99"))), MET, MET, NOT_MET);
    // the level unknown: the tier UNKNOWN
    assertOutcomes(explained(RenovationGrantRequest.builder().category(RenovationCategory.INTELLIGENT)
        .eligibleInvestment(Cny.of("10000000")).totalInvestment(Cny.of("12000000"))
        .fixedAssetInvestment(Cny.of("9600000")).equipmentInvestment(Cny.of("6720000")).eligibleProject(true)
        .build()), MET, UNKNOWN, MET, MET);
    // nothing known but the base: the project, and each amount of each share, UNKNOWN, naming the amount
    io.github.huiqi.core.result.Explanation bare = explained(RenovationGrantRequest.builder()
        .category(RenovationCategory.EQUIPMENT_UPGRADE).eligibleInvestment(Cny.of("10000000")).build());
    assertThat(outcomes(bare)).containsOnly(UNKNOWN).hasSize(5);
    assertThat(detailsOf(bare, "at least")).containsExactly("totalInvestment not given",
        "fixedAssetInvestment not given", "fixedAssetInvestment not given", "equipmentInvestment not given");
    // a refused project: NOT_MET
    assertThat(outcomes(explained(RenovationGrantRequest.builder().category(RenovationCategory.EQUIPMENT_UPGRADE)
        .eligibleInvestment(Cny.of("10000000")).eligibleProject(false).build()))).startsWith(NOT_MET);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_explanation_eachStepInOrder() {
    // level 3 → 16% (operating rules' tiers) of 10,000,000 = 1,600,000.00 ≤ 50,000,000 ("资助上限为5000万元")
    List<ExplanationStep> steps = CALCULATOR.explainMaximumGrant(MEASURE,
        project(RenovationCategory.INTELLIGENT, 3, "10000000")).explanation().steps();
    assertThat(steps).extracting(step -> (Object) step.getClass()).containsExactly(DefaultUsedStep.class,
        InputStep.class, ConditionStep.class, ConditionStep.class, ConditionStep.class, ConditionStep.class,
        CalculationStep.class, RoundingStep.class, CapStep.class, InputStep.class);
    assertThat(((DefaultUsedStep) steps.get(0)).option().en()).isEqualTo("rounding of the grant");
    assertThat(steps.subList(2, 4)).extracting(step -> ((ConditionStep) step).detail())
        .containsExactly("eligibleProject = true", "maturityLevel = true");
    assertThat(((ConditionStep) steps.get(3)).condition()).isEqualTo(LocalizedText.of(
        "智能化改造达到 GB/T 39116 3 级：资助比例 16%", "intelligent renovation at GB/T 39116 level 3: grant rate 16%"));
    assertThat(((CalculationStep) steps.get(6)).formula()).isEqualTo("10000000.00 × 16%");
    assertThat(((RoundingStep) steps.get(7)).after()).isEqualByComparingTo("1600000.00");
    CapStep cap = (CapStep) steps.get(8);
    assertThat(cap.limit()).isEqualByComparingTo("50000000");
    assertThat(cap.after()).isEqualByComparingTo("1600000.00");
    assertThat(((InputStep) steps.get(9)).value()).startsWith("[0, 1600000.00] CNY — ");
    // an equipment upgrade: its 10% rate shown, not a tier condition
    List<ExplanationStep> upgrade = CALCULATOR.explainMaximumGrant(MEASURE,
        project(RenovationCategory.EQUIPMENT_UPGRADE, 1, "10000000")).explanation().steps();
    assertThat(upgrade).filteredOn(InputStep.class::isInstance).extracting(step -> ((InputStep) step).name().en())
        .contains("equipment upgrade: grant rate 10%");
    // its 10% × base cites the operating rules' 技术装备升级换代改造 (≤10%), not the 智能化改造 tiers
    assertThat(upgrade).filteredOn(CalculationStep.class::isInstance)
        .extracting(step -> ((CalculationStep) step).citation().article())
        .containsExactly("技术装备升级换代改造");
    assertThat(((CalculationStep) steps.get(6)).citation().article()).isEqualTo("智能化改造");
  }
}
