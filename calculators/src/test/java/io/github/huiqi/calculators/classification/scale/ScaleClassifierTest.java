package io.github.huiqi.calculators.classification.scale;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.classification.scale.ScaleCategory;
import io.github.huiqi.core.classification.scale.ScaleIndustryRule;
import io.github.huiqi.core.classification.scale.ScaleStandard;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "四上" thresholds (domain reference §2.16; the service tiers as county statistics bureaus publish the national
 * rule): each threshold exactly met and one fen short.
 */
class ScaleClassifierTest {

  private static final ScaleStandard STANDARD = ScaleStandard.builtIn();

  @ParameterizedTest(name = "{0} in {1} with {2}: above {3}")
  @CsvSource({
      // 规模以上工业 since 2011: 主营业务收入 ≥ 20,000,000
      "C3484, 2023, 20000000.00, true",
      "C3484, 2023, 19999999.99, false",
      "B0610, 2011, 20000000.00, true",
      // 2007-2010: ≥ 5,000,000
      "C3484, 2010, 5000000.00, true",
      "C3484, 2007, 4999999.99, false",
      "C3484, 2010, 19999999.99, true",
      // 限额以上: wholesale ≥ 20,000,000, retail ≥ 5,000,000, accommodation and catering ≥ 2,000,000
      "F5112, 2023, 20000000.00, true",
      "F5112, 2023, 19999999.99, false",
      "F5211, 2023, 5000000.00, true",
      "F5211, 2023, 4999999.99, false",
      "H6110, 2023, 2000000.00, true",
      "H6210, 2023, 1999999.99, false",
      // 规模以上服务业: G, I, N and Q84 (卫生) ≥ 20,000,000
      "G5430, 2023, 20000000.00, true",
      "I6510, 2023, 19999999.99, false",
      "Q8411, 2023, 19999999.99, false",
      // L, M, P and K702-K709 (not K701) ≥ 10,000,000
      "L7212, 2023, 10000000.00, true",
      "M7310, 2023, 9999999.99, false",
      "K7020, 2023, 10000000.00, true",
      "P8310, 2023, 9999999.99, false",
      // O, R and Q85 (社会工作) ≥ 5,000,000
      "O8011, 2023, 5000000.00, true",
      "R8610, 2023, 4999999.99, false",
      "Q8510, 2023, 5000000.00, true"})
  void test_threshold_metAndOneFenShort(String code, int year, String revenue, boolean above) {
    ScaleRequest request = ScaleRequest.of(code, year, Cny.of(revenue));
    assertThat(ScaleClassifier.DEFAULT.isAboveScale(STANDARD, request)).isEqualTo(above);
    ScaleResult result = ScaleClassifier.DEFAULT.explainAboveScale(STANDARD, request);
    assertThat(result.aboveScale()).contains(above);
    // one condition, the revenue threshold of the category's rule (from 2007 ownership plays no part)
    assertOutcomes(result.explanation(), above ? MET : NOT_MET);
  }

  @Test
  void test_serviceTierOfNull_namesTheCode() {
    // before: a bare NullPointerException from the prefix match
    assertThatThrownBy(() -> STANDARD.serviceTierOf(null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("code"));
  }

  @Test
  void test_1998to2006_everyStateOwnedFirm() {
    // 1998-2006: 全部国有工业企业 and the others from 5,000,000
    ScaleRequest small = ScaleRequest.builder().industryCode("C3484").year(2005).revenue(Cny.of("100000"))
        .stateOwned(true).build();
    assertThat(ScaleClassifier.DEFAULT.isAboveScale(STANDARD, small)).isTrue();
    // 100,000 < 5,000,000 misses the revenue rule; the state-owned rule (全部国有工业企业) brings it in
    assertOutcomes(explained(small).explanation(), NOT_MET, MET);
    ScaleRequest privateFirm = ScaleRequest.builder().industryCode("C3484").year(2005).revenue(Cny.of("4999999.99"))
        .stateOwned(false).build();
    assertThat(ScaleClassifier.DEFAULT.isAboveScale(STANDARD, privateFirm)).isFalse();
    assertOutcomes(explained(privateFirm).explanation(), NOT_MET, NOT_MET);
    ScaleRequest unknown = ScaleRequest.of("C3484", 2005, Cny.of("100000"));
    assertThatThrownBy(() -> ScaleClassifier.DEFAULT.isAboveScale(STANDARD, unknown))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/stateOwned"));
    assertOutcomes(explained(unknown).explanation(), NOT_MET, UNKNOWN);
    // from 2007 ownership no longer matters
    ScaleRequest later = ScaleRequest.builder().industryCode("C3484").year(2007).revenue(Cny.of("100000"))
        .stateOwned(true).build();
    assertThat(ScaleClassifier.DEFAULT.isAboveScale(STANDARD, later)).isFalse();
    // 100,000 < 5,000,000 (the 2007-2010 rule) and no state-owned condition any more
    assertOutcomes(explained(later).explanation(), NOT_MET);
    // revenue at the 1998-2006 threshold: above by revenue, the state-owned condition not asked
    assertOutcomes(explained(ScaleRequest.of("C3484", 2005, Cny.of("5000000"))).explanation(), MET);
  }

  private static ScaleResult explained(ScaleRequest request) {
    return ScaleClassifier.DEFAULT.explainAboveScale(STANDARD, request);
  }

  @Test
  void test_constructionAndRealEstate_byQualification() {
    ScaleRequest builder = ScaleRequest.builder().industryCode("E4710").year(2023).revenue(Cny.of("1"))
        .qualificationHeld(true).build();
    ScaleResult result = ScaleClassifier.DEFAULT.explainAboveScale(STANDARD, builder);
    assertThat(result.category()).isEqualTo(ScaleCategory.CONSTRUCTION);
    assertThat(result.aboveScale()).contains(true);
    assertThat(result.threshold()).isEmpty();
    // the one condition of 建筑业 and 房地产开发经营: the qualification held
    assertOutcomes(result.explanation(), MET);
    assertOutcomes(explained(ScaleRequest.builder().industryCode("K7010").year(2023).qualificationHeld(false)
        .build()).explanation(), NOT_MET);
    ScaleRequest developer = ScaleRequest.builder().industryCode("K7010").year(2023).build();
    assertThatThrownBy(() -> ScaleClassifier.DEFAULT.isAboveScale(STANDARD, developer))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/qualificationHeld"));
    assertOutcomes(explained(developer).explanation(), UNKNOWN);
  }

  @Test
  void test_revenueUnknown_isNamed_andExplained() {
    ScaleRequest request = ScaleRequest.builder().industryCode("C3484").year(2023).build();
    ScaleResult result = ScaleClassifier.DEFAULT.explainAboveScale(STANDARD, request);
    assertThat(result.aboveScale()).isEmpty();
    assertThat(result.missingFacts()).containsExactly("/revenue");
    assertThat(result.threshold()).contains(Cny.of("20000000"));
    assertOutcomes(result.explanation(), UNKNOWN);
    assertThat(result.explanation().render(Locale.SIMPLIFIED_CHINESE)).contains("规模以上工业").contains("2011-");
  }

  @ParameterizedTest(name = "{0}")
  // F, K70 and Q, too coarse to name one category, are tested under each they may fall in (ScaleCoarseIndustryTest)
  @CsvSource({"A0111", "J6620", "S9100", "A", "J", "T"})
  void test_codeOutsideTheDatabases_isNamed(String code) {
    assertThatThrownBy(() -> ScaleClassifier.DEFAULT.isAboveScale(STANDARD, ScaleRequest.of(code, 2023,
        Cny.of("1"))))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("industryCode"));
  }

  @Test
  void test_badInput_isNamed() {
    assertThatThrownBy(() -> ScaleRequest.of("C3484", 2023, Cny.of("-0.01")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("revenue"));
    assertThatThrownBy(() -> ScaleRequest.of("C3484", 1989, Cny.of("1")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("year"));
    // no 规模以上工业 rule before 1998; no 限额以上 rule in the data before 2011
    assertThatThrownBy(() -> ScaleClassifier.DEFAULT.isAboveScale(STANDARD, ScaleRequest.of("C3484", 1997,
        Cny.of("1")))).isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("year"));
    assertThatThrownBy(() -> ScaleClassifier.DEFAULT.isAboveScale(STANDARD, ScaleRequest.of("F5211", 2010,
        Cny.of("1")))).isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("year"));
    assertThatThrownBy(() -> ScaleClassifier.DEFAULT.explainAboveScaleJson(STANDARD,
        "{\"industryCode\": \"J6620\", \"year\": 2023}"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("/industryCode"));
    assertThatThrownBy(() -> ScaleClassifier.DEFAULT.explainAboveScaleJson(STANDARD,
        "{\"industryCode\": \"C3484\", \"year\": 2023, \"revenue\": {\"amount\": -1, \"currency\": \"CNY\"}}"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("/revenue"));
    // a host's own standard whose industry rule leaves out allStateOwned: "is required" (was input.wrong-type)
    assertThatThrownBy(() -> HuiqiJson.read("{\"minimumRevenue\": {\"amount\": 20000000, \"currency\": \"CNY\"}}",
        ScaleIndustryRule.class)).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("/allStateOwned");
          assertThat(ex.code()).isEqualTo(InvalidInputException.REQUIRED);
        });
    // no year: "is required" (was input.wrong-type, "must be a whole JSON number but was '}'")
    assertThatThrownBy(() -> ScaleClassifier.DEFAULT.explainAboveScaleJson(STANDARD, "{\"industryCode\": \"C3484\"}"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("/year");
          assertThat(ex.code()).isEqualTo(InvalidInputException.REQUIRED);
        });
  }

  //-------------------------------------------------------------------------
  @Test
  void test_explanation_categoryThenTheFactsCompared() {
    // C3484 is 规模以上工业; 2023 revenue 20,000,000.00 against the 2011- threshold 20,000,000 (met)
    Explanation industry = explained(ScaleRequest.of("C3484", 2023, Cny.of("20000000"))).explanation();
    // each reader's language once, the category's code as the value (once "规模以上工业 / industry above …" to both)
    assertThat(industry.steps().get(0)).isEqualTo(new InputStep(LocalizedText.of("统计类别（C3484）：规模以上工业",
        "category (C3484): industry above designated size"), "INDUSTRY"));
    assertThat(details(industry)).containsExactly("revenue = 20000000.00");
    // 2005 (1998-2006 rule): 100,000 < 5,000,000, but a state-owned firm is in whatever its revenue
    assertThat(details(explained(ScaleRequest.builder().industryCode("C3484").year(2005).revenue(Cny.of("100000"))
        .stateOwned(true).build()).explanation())).containsExactly("revenue = 100000.00", "stateOwned = true");
    // E4710 (建筑业): by the qualification held
    Explanation construction = explained(ScaleRequest.builder().industryCode("E4710").year(2023)
        .qualificationHeld(true).build()).explanation();
    assertThat(details(construction)).containsExactly("qualificationHeld = true");
    assertThat(construction.steps().get(0)).isEqualTo(new InputStep(LocalizedText.of("统计类别（E4710）：有资质的建筑业",
        "category (E4710): qualified construction"), "CONSTRUCTION"));
  }

  private static List<String> details(Explanation explanation) {
    return explanation.steps().stream().filter(ConditionStep.class::isInstance)
        .map(step -> ((ConditionStep) step).detail()).toList();
  }

  @Test
  void test_year_from1990To2100_inclusive() {
    // the documented input range: 1990 and 2100 are accepted, the years either side rejected, naming the year
    assertThat(ScaleRequest.of("C3484", 1990, Cny.of("1")).year()).isEqualTo(1990);
    assertThat(ScaleRequest.of("C3484", 2100, Cny.of("1")).year()).isEqualTo(2100);
    assertThatThrownBy(() -> ScaleRequest.of("C3484", 1989, Cny.of("1")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("year"));
    assertThatThrownBy(() -> ScaleRequest.of("C3484", 2101, Cny.of("1")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("year"));
  }
}
