package io.github.huiqi.calculators.classification.size;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.classification.size.SizeIndicator;
import io.github.huiqi.core.classification.size.SizeIndustry;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.InputStep;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The size classifier on hand-worked cases of 工信部联企业〔2011〕300号 第四条: partial figures, the deciding bound, the
 * explanation, JSON and bad input.
 */
class SizeClassifierTest {

  private static final SizeStandard STANDARD = PolicyData.builtIn().getMeasure(SizeStandard.MIIT_2011);

  private static SizeRequest.Builder industry() {
    return SizeRequest.builder().industryCode("C3311");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_smallManufacturer_decidedByTheMediumRevenueBound() {
    // 第四条（二）工业: 120 ≥ 20 and 18,000,000 ≥ 3,000,000 meet the small column; 120 < 300 and 18,000,000 <
    // 20,000,000 miss the medium column, whose first failure (X before Y) is reported as the deciding bound
    SizeRequest request = industry().employees(120).revenue(Cny.of("18000000")).build();
    assertThat(SizeClassifier.DEFAULT.classify(STANDARD, request)).isEqualTo(EnterpriseSize.SMALL);
    SizeResult result = SizeClassifier.DEFAULT.explainClassify(STANDARD, request);
    assertThat(result.industry()).isEqualTo(SizeIndustry.INDUSTRY);
    assertThat(result.possibleSizes()).containsExactly(EnterpriseSize.SMALL);
    assertThat(result.missingFacts()).isEmpty();
    SizeComparison deciding = result.decidingBound().orElseThrow();
    assertThat(deciding.column()).isEqualTo(EnterpriseSize.MEDIUM);
    assertThat(deciding.indicator()).isEqualTo(SizeIndicator.EMPLOYEES);
    assertThat(deciding.bound()).isEqualByComparingTo("300");
    // large X, large Y, medium X, medium Y, small X, small Y
    assertThat(result.comparisons()).extracting(SizeComparison::outcome).containsExactly(ConditionOutcome.NOT_MET,
        ConditionOutcome.NOT_MET, ConditionOutcome.NOT_MET, ConditionOutcome.NOT_MET, ConditionOutcome.MET,
        ConditionOutcome.MET);
    // the explanation's conditions are the same six comparisons, in the same order
    assertOutcomes(result.explanation(), NOT_MET, NOT_MET, NOT_MET, NOT_MET, MET, MET);
    String zh = result.explanation().render(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh).contains("工业").contains("小型企业").contains("工信部联企业〔2011〕300号");
  }

  @Test
  void test_largeNeedsBothBounds_elseOneDown() {
    // 1,000 employees but 399,999,999.99 of revenue: not large (须同时满足), medium
    SizeRequest request = industry().employees(5000).revenue(Cny.of("399999999.99")).build();
    assertThat(SizeClassifier.DEFAULT.classify(STANDARD, request)).isEqualTo(EnterpriseSize.MEDIUM);
    // large: X 5,000 ≥ 1,000 met, Y 399,999,999.99 < 400,000,000 not; medium: 5,000 ≥ 300 and ≥ 20,000,000 met
    assertOutcomes(explained(request).explanation(), MET, NOT_MET, MET, MET);
    SizeRequest large = industry().employees(1000).revenue(Cny.of("400000000")).build();
    assertThat(SizeClassifier.DEFAULT.classify(STANDARD, large)).isEqualTo(EnterpriseSize.LARGE);
    assertThat(SizeClassifier.DEFAULT.explainClassify(STANDARD, large).decidingBound()).isEmpty();
    // both large bounds met (1,000 ≥ 1,000, 400,000,000 ≥ 400,000,000): no other column is compared
    assertOutcomes(explained(large).explanation(), MET, MET);
  }

  @Test
  void test_microNeedsOnlyOne_soAKnownFigureDecidesWithoutTheOther() {
    // 19 employees < 20: micro whatever the revenue ("微型企业只须满足所列指标中的一项")
    SizeRequest request = industry().employees(19).build();
    assertThat(SizeClassifier.DEFAULT.classify(STANDARD, request)).isEqualTo(EnterpriseSize.MICRO);
    // 19 misses the employees bound of every column (1,000, 300, 20); the revenue is unknown in each
    assertOutcomes(explained(request).explanation(), NOT_MET, UNKNOWN, NOT_MET, UNKNOWN, NOT_MET, UNKNOWN);
    SizeRequest lowRevenue = industry().revenue(Cny.of("2999999.99")).build();
    assertThat(SizeClassifier.DEFAULT.classify(STANDARD, lowRevenue)).isEqualTo(EnterpriseSize.MICRO);
    // 2,999,999.99 misses the revenue bound of every column (400,000,000, 20,000,000, 3,000,000)
    assertOutcomes(explained(lowRevenue).explanation(), UNKNOWN, NOT_MET, UNKNOWN, NOT_MET, UNKNOWN, NOT_MET);
  }

  @Test
  void test_unknownFigure_leavesTheClassOpen_namingIt() {
    // 500 employees: not large (X < 1,000); medium, small or micro depending on revenue
    SizeRequest request = industry().employees(500).build();
    assertThatThrownBy(() -> SizeClassifier.DEFAULT.classify(STANDARD, request))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/revenue"));
    SizeResult result = SizeClassifier.DEFAULT.explainClassify(STANDARD, request);
    assertThat(result.size()).isEmpty();
    assertThat(result.possibleSizes()).containsExactly(EnterpriseSize.MEDIUM, EnterpriseSize.SMALL,
        EnterpriseSize.MICRO);
    assertThat(result.missingFacts()).containsExactly("/revenue");
    // 500 < 1,000 (large X), 500 ≥ 300 (medium X), 500 ≥ 20 (small X); every revenue bound unknown
    assertOutcomes(result.explanation(), NOT_MET, UNKNOWN, MET, UNKNOWN, MET, UNKNOWN);
    // nothing known: every class possible, both figures named
    SizeResult nothing = SizeClassifier.DEFAULT.explainClassify(STANDARD, industry().build());
    assertThat(nothing.possibleSizes()).containsExactly(EnterpriseSize.LARGE, EnterpriseSize.MEDIUM,
        EnterpriseSize.SMALL, EnterpriseSize.MICRO);
    assertThat(nothing.missingFacts()).containsExactly("/employees", "/revenue");
    assertOutcomes(nothing.explanation(), UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN);
  }

  @Test
  void test_otherIndustries_useTheirOwnIndicators() {
    // 第四条（十五）租赁和商务服务业 uses X and Z, not Y: 50 employees and 1,000,000 of assets are small
    SizeRequest leasing = SizeRequest.builder().industryCode("L7212").employees(50).totalAssets(Cny.of("1000000"))
        .revenue(Cny.of("999999999")).build();
    assertThat(SizeClassifier.DEFAULT.classify(STANDARD, leasing)).isEqualTo(EnterpriseSize.SMALL);
    // X and Z only: large (300, 1,200,000,000) and medium (100, 80,000,000) missed on both; small (10, 1,000,000) met
    assertOutcomes(explained(leasing).explanation(), NOT_MET, NOT_MET, NOT_MET, NOT_MET, MET, MET);
    // 第四条（一）农、林、牧、渔业 uses Y alone: 5,000,000 is medium
    SizeRequest farm = SizeRequest.builder().industryCode("A0111").revenue(Cny.of("5000000")).build();
    assertThat(SizeClassifier.DEFAULT.classify(STANDARD, farm)).isEqualTo(EnterpriseSize.MEDIUM);
    // Y only: 5,000,000 < 200,000,000 (large), ≥ 5,000,000 (medium)
    assertOutcomes(explained(farm).explanation(), NOT_MET, MET);
  }

  private static SizeResult explained(SizeRequest request) {
    return SizeClassifier.DEFAULT.explainClassify(STANDARD, request);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_json_explainedResult() {
    String json = SizeClassifier.DEFAULT.explainClassifyJson(STANDARD,
        "{\"industryCode\": \"C3311\", \"employees\": 120, "
            + "\"revenue\": {\"amount\": 18000000, \"currency\": \"CNY\"}}");
    JsonNode tree = HuiqiJson.read(json, JsonNode.class);
    assertThat(tree.get("size").asText()).isEqualTo("SMALL");
    assertThat(tree.get("industry").asText()).isEqualTo("INDUSTRY");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "J6620, input.unknown-value",   // 金融业: not in the standard
      "G5310, input.unknown-value",   // 铁路运输业: 交通运输业（不含铁路运输业）
      "K7040, input.unknown-value",   // 自有房地产经营活动
      "Q8411, input.unknown-value",   // 卫生
      "F, input.invalid",             // 批发业 or 零售业?
      "K70, input.invalid",           // which group of 房地产业?
      "A33, input.invalid",           // division 33 is in section C
      "C99, input.invalid",           // no division 99
      "3311, input.invalid",          // the section letter is required
      "c3311, input.invalid"})
  void test_badIndustryCode_isNamed(String code, String error) {
    assertThatThrownBy(() -> SizeRequest.builder().industryCode(code).build())
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("industryCode");
          assertThat(ex.value()).isEqualTo(code);
          assertThat(ex.code()).isEqualTo(error);
        });
  }

  @Test
  void test_badFigures_areNamed() {
    assertThatThrownBy(() -> industry().employees(-1).build())
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("employees"));
    assertThatThrownBy(() -> industry().revenue(Cny.of("-0.01")).build())
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("revenue"));
    assertThatThrownBy(() -> industry().totalAssets(Cny.of("-1")).build())
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("totalAssets"));
    assertThatThrownBy(() -> SizeClassifier.DEFAULT.classify(STANDARD, null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("request"));
  }

  @Test
  void test_badJson_namesThePointer() {
    assertThatThrownBy(() -> SizeClassifier.DEFAULT.explainClassifyJson(STANDARD, "{\"industryCode\": \"J6620\"}"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/industryCode"));
    assertThatThrownBy(() -> SizeClassifier.DEFAULT.explainClassifyJson(STANDARD,
        "{\"industryCode\": \"C3311\", \"employees\": 1.5}"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("/employees"));
    assertThatThrownBy(() -> SizeClassifier.DEFAULT.explainClassifyJson(STANDARD,
        "{\"industryCode\": \"C3311\", \"employees\": -3}"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("/employees"));
  }

  @Test
  void test_plainAndExplainedAgree_overSeededFigures() {
    long seed = 20261202L;
    java.util.Random random = new java.util.Random(seed);
    List<String> codes = List.of("A0111", "C3311", "E4710", "F5112", "F5211", "G5430", "G5990", "G6010", "H6110",
        "H6210", "I6311", "I6510", "K7010", "K7020", "L7212", "M7310");
    for (int i = 0; i < 2000; i++) {
      SizeRequest.Builder builder = SizeRequest.builder().industryCode(codes.get(random.nextInt(codes.size())));
      if (random.nextInt(5) > 0) {
        builder.employees(random.nextInt(2500));
      }
      if (random.nextInt(5) > 0) {
        builder.revenue(Cny.of(BigDecimal.valueOf(random.nextInt(2_100_000_000)).movePointLeft(0)));
      }
      if (random.nextInt(5) > 0) {
        builder.totalAssets(Cny.of(BigDecimal.valueOf(random.nextInt(1_300_000_000))));
      }
      SizeRequest request = builder.build();
      SizeResult explained = SizeClassifier.DEFAULT.explainClassify(STANDARD, request);
      String what = "seed " + seed + " case " + i + " " + request;
      if (explained.size().isPresent()) {
        assertThat(SizeClassifier.DEFAULT.classify(STANDARD, request)).as(what).isEqualTo(explained.size().get());
        // more employees, revenue or assets never make a firm smaller: the class is monotone
        SizeRequest bigger = SizeRequest.builder().from(request).employees(request.employees().map(x -> x + 1))
            .build();
        SizeResult biggerResult = SizeClassifier.DEFAULT.explainClassify(STANDARD, bigger);
        assertThat(biggerResult.size().orElseThrow().compareTo(explained.size().get())).as(what).isLessThanOrEqualTo(0);
      } else {
        assertThat(explained.missingFacts()).as(what).isNotEmpty();
        assertThat(explained.possibleSizes()).as(what).hasSizeGreaterThan(1);
      }
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_explanation_boundsWithTheirUnits_figures_andTheResult() {
    // the small manufacturer of test_smallManufacturer_decidedByTheMediumRevenueBound: 120 persons, 18,000,000 yuan
    SizeResult result = explained(industry().employees(120).revenue(Cny.of("18000000")).build());
    List<ConditionStep> conditions = result.explanation().steps().stream().filter(ConditionStep.class::isInstance)
        .map(ConditionStep.class::cast).toList();
    // 第四条（二）: the large column's bounds, 1000人 and 40000万元 = 400,000,000 yuan
    assertThat(conditions.get(0).condition()).isEqualTo(LocalizedText.of("大型企业下限：从业人员（X） ≥ 1000人",
        "large bound: employees (X) ≥ 1000 persons"));
    assertThat(conditions.get(1).condition().en()).startsWith("large bound: operating revenue (Y) ≥ 400000000")
        .endsWith(" CNY");
    assertThat(conditions.get(1).condition().zh()).startsWith("大型企业下限：营业收入（Y） ≥ 400000000").endsWith("元");
    assertThat(conditions).extracting(ConditionStep::detail).containsExactly("employees = 120",
        "revenue = 18000000.00", "employees = 120", "revenue = 18000000.00", "employees = 120",
        "revenue = 18000000.00");
    // the result: small, below the medium column's 300 persons, under the standard's rule
    // the industry group the same way (once "工业 / industry (mining, …)" to both readers)
    assertThat(result.explanation().steps().get(0)).isInstanceOfSatisfying(InputStep.class, step -> {
      assertThat(step.name().zh()).endsWith("）：工业");
      assertThat(step.value()).startsWith("INDUSTRY — ");
    });
    // each language once, the class's code as the value (the step once read "小型企业 / small — 未达中型企业下限 …" to
    // both readers, and "未定 / undetermined: [MEDIUM, SMALL, MICRO]")
    assertThat(result.explanation().steps()).last().isEqualTo(new InputStep(LocalizedText.of(
        "划型结果：小型企业（未达中型企业下限 从业人员（X） ≥ 300人）",
        "size class: small (below the medium bound employees (X) ≥ 300 persons)"),
        "SMALL — " + STANDARD.classificationRule().label()));
    // 500 employees, the revenue not given: open between medium, small and micro, with no deciding bound
    assertThat(explained(industry().employees(500).build()).explanation().steps()).last()
        .isInstanceOfSatisfying(InputStep.class, step -> {
          assertThat(step.name()).isEqualTo(LocalizedText.of("划型结果：未定", "size class: undetermined"));
          assertThat(step.value())
              .isEqualTo("UNDETERMINED: MEDIUM, SMALL, MICRO — " + STANDARD.classificationRule().label());
        });
  }
}
