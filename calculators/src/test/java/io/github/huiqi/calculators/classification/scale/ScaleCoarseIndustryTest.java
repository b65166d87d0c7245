package io.github.huiqi.calculators.classification.scale;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.huiqi.calculators.audit.CalculatorReplay;
import io.github.huiqi.core.audit.ReplayResult;
import io.github.huiqi.core.classification.scale.ScaleCategory;
import io.github.huiqi.core.classification.scale.ScaleServiceTier;
import io.github.huiqi.core.classification.scale.ScaleStandard;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests the "四上" test of a unit whose GB/T 4754-2017 code is too coarse to name one category (decisions register
 * §4.6 item 140): the answer when every category or tier the code may fall in gives it, else undetermined naming
 * {@code /industryCode}; plain, explained and as JSON.
 * <p>
 * The thresholds (the built-in above-scale-standard.json, each inclusive, 及以上): 批发业 F51 主营业务收入
 * 20,000,000, 零售业 F52 5,000,000, 住宿业 H61 and 餐饮业 H62 2,000,000 each; 房地产开发经营 K701 a qualification held
 * whatever the revenue, K702, K703, K704 and K709 营业收入 10,000,000; 卫生 Q84 20,000,000, 社会工作 Q85 5,000,000.
 */
class ScaleCoarseIndustryTest {

  private static final ScaleStandard STANDARD = ScaleStandard.builtIn();

  private static ScaleResult explained(ScaleRequest request) {
    return ScaleClassifier.DEFAULT.explainAboveScale(STANDARD, request);
  }

  private static ScaleRequest request(String code, String revenue) {
    return ScaleRequest.of(code, 2023, Cny.of(revenue));
  }

  private static ScaleRequest withQualification(String code, String revenue, Optional<Boolean> held) {
    ScaleRequest.Builder builder = ScaleRequest.builder().industryCode(code).year(2023).revenue(Cny.of(revenue));
    held.ifPresent(builder::qualificationHeld);
    return builder.build();
  }

  private static void assertMissing(ScaleRequest request, String... facts) {
    ScaleResult result = explained(request);
    assertThat(result.aboveScale()).isEmpty();
    assertThat(result.missingFacts()).containsExactly(facts);
    assertThatThrownBy(() -> ScaleClassifier.DEFAULT.isAboveScale(STANDARD, request))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly(facts));
  }

  private static void assertDecided(ScaleRequest request, boolean above) {
    assertThat(ScaleClassifier.DEFAULT.isAboveScale(STANDARD, request)).isEqualTo(above);
    ScaleResult result = explained(request);
    assertThat(result.aboveScale()).contains(above);
    assertThat(result.missingFacts()).isEmpty();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_F_bothAbove_decided() {
    ScaleRequest request = request("F", "25000000");
    // 批发业: 25,000,000 ≥ 20,000,000 (met); 零售业: 25,000,000 ≥ 5,000,000 (met): 限额以上 either way
    assertDecided(request, true);
    ScaleResult result = explained(request);
    assertOutcomes(result.explanation(), MET, MET);
    assertThat(result.alternatives()).containsExactly(
        new ScaleAlternative(ScaleCategory.WHOLESALE, List.of("F51"), Optional.of(Cny.of("20000000")),
            Optional.of(true)),
        new ScaleAlternative(ScaleCategory.RETAIL, List.of("F52"), Optional.of(Cny.of("5000000")),
            Optional.of(true)));
    // the first alternative's category (the lowest code, F51); the two thresholds differ, so none at the top
    assertThat(result.category()).isEqualTo(ScaleCategory.WHOLESALE);
    assertThat(result.threshold()).isEmpty();
  }

  @Test
  void test_F_bothBelow_decided() {
    // 3,000,000 < 20,000,000 (批发业) and 3,000,000 < 5,000,000 (零售业): below either way
    assertDecided(request("F", "3000000"), false);
    assertOutcomes(explained(request("F", "3000000")).explanation(), NOT_MET, NOT_MET);
  }

  @Test
  void test_F_retailOnly_undetermined_namingTheCode() {
    // 10,000,000 < 20,000,000 (批发业, not met) but ≥ 5,000,000 (零售业, met): the finer code decides
    assertMissing(request("F", "10000000"), "/industryCode");
    ScaleResult result = explained(request("F", "10000000"));
    assertOutcomes(result.explanation(), NOT_MET, MET);
    assertThat(result.alternatives()).extracting(ScaleAlternative::aboveScale)
        .containsExactly(Optional.of(false), Optional.of(true));
  }

  @ParameterizedTest(name = "F with {0}")
  @CsvSource({
      // 20,000,000.00 ≥ 20,000,000 (批发业, inclusive) and ≥ 5,000,000 (零售业): above, decided
      "20000000.00, true",
      // 19,999,999.99 < 20,000,000 (批发业 one fen short) but ≥ 5,000,000 (零售业): open
      "19999999.99, ",
      // 5,000,000.00 < 20,000,000 (批发业) but ≥ 5,000,000 (零售业, inclusive): open
      "5000000.00, ",
      // 4,999,999.99 < 5,000,000 (零售业 one fen short) and < 20,000,000: below, decided
      "4999999.99, false"})
  void test_F_eachThresholdsBoundary(String revenue, Boolean above) {
    if (above == null) {
      assertMissing(request("F", revenue), "/industryCode");
    } else {
      assertDecided(request("F", revenue), above);
    }
  }

  @Test
  void test_F_revenueNotGiven_namesTheRevenueAndTheCode() {
    // the two thresholds differ: any revenue from 5,000,000 to 19,999,999.99 would still need the finer code
    ScaleRequest request = ScaleRequest.builder().industryCode("F").year(2023).build();
    assertMissing(request, "/industryCode", "/revenue");
    assertOutcomes(explained(request).explanation(), UNKNOWN, UNKNOWN);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_H_oneThreshold_alwaysDecided() {
    // 住宿业 and 餐饮业 both 2,000,000: 2,000,000.00 meets both (inclusive), 1,999,999.99 neither
    assertDecided(request("H", "2000000.00"), true);
    assertDecided(request("H", "1999999.99"), false);
    ScaleResult result = explained(request("H", "2000000.00"));
    assertOutcomes(result.explanation(), MET, MET);
    // one threshold for both: it stands at the top
    assertThat(result.threshold()).contains(Cny.of("2000000"));
    assertThat(result.alternatives()).extracting(ScaleAlternative::category)
        .containsExactly(ScaleCategory.ACCOMMODATION, ScaleCategory.CATERING);
    // revenue not given: both tests alike, so the revenue alone decides (no /industryCode)
    assertMissing(ScaleRequest.builder().industryCode("H").year(2023).build(), "/revenue");
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "{0} with {1}, qualification {2}")
  @CsvSource({
      // K701 qualification held (met); K702-K709 12,000,000 ≥ 10,000,000 (met): above
      "K70, 12000000, true, true",
      "K, 12000000, true, true",
      // K701 not held; K702-K709 5,000,000 < 10,000,000: below
      "K70, 5000000, false, false",
      "K, 5000000, false, false",
      // the tier's boundary: 10,000,000.00 ≥ 10,000,000 (inclusive) with the qualification held: above
      "K70, 10000000.00, true, true"})
  void test_K_qualificationAndTier_agree(String code, String revenue, boolean held, boolean above) {
    ScaleRequest request = withQualification(code, revenue, Optional.of(held));
    assertDecided(request, above);
    ScaleResult result = explained(request);
    assertOutcomes(result.explanation(), above ? MET : NOT_MET, above ? MET : NOT_MET);
    assertThat(result.alternatives()).containsExactly(
        new ScaleAlternative(ScaleCategory.REAL_ESTATE_DEVELOPMENT, List.of("K701"), Optional.empty(),
            Optional.of(above)),
        new ScaleAlternative(ScaleCategory.SERVICES, List.of("K702", "K703", "K704", "K709"),
            Optional.of(Cny.of("10000000")), Optional.of(above)));
    assertThat(result.category()).isEqualTo(ScaleCategory.REAL_ESTATE_DEVELOPMENT);
    assertThat(result.threshold()).isEmpty();
  }

  @Test
  void test_K_disagreeingOrOpen_namesTheCode() {
    // qualification held (K701 met) but 9,999,999.99 < 10,000,000 (K702-K709 one fen short): open
    assertMissing(withQualification("K70", "9999999.99", Optional.of(true)), "/industryCode");
    // not held (K701 not met) but 12,000,000 ≥ 10,000,000 (K702-K709 met): open
    assertMissing(withQualification("K", "12000000", Optional.of(false)), "/industryCode");
    // the qualification not given: K701 open, K702-K709 met with 12,000,000; held would decide, not held would not
    ScaleRequest open = withQualification("K70", "12000000", Optional.empty());
    assertMissing(open, "/industryCode", "/qualificationHeld");
    assertOutcomes(explained(open).explanation(), UNKNOWN, MET);
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "Q with {0}")
  @CsvSource({
      // 卫生 Q84 20,000,000.00 ≥ 20,000,000 (inclusive), 社会工作 Q85 ≥ 5,000,000: above
      "20000000.00, true",
      // Q84 19,999,999.99 < 20,000,000 but Q85 ≥ 5,000,000: open
      "19999999.99, ",
      // Q84 < 20,000,000 but Q85 5,000,000.00 ≥ 5,000,000 (inclusive): open
      "5000000.00, ",
      // 4,999,999.99 < 5,000,000 (Q85) and < 20,000,000 (Q84): below
      "4999999.99, false"})
  void test_Q_twoTiers(String revenue, Boolean above) {
    if (above == null) {
      assertMissing(request("Q", revenue), "/industryCode");
    } else {
      assertDecided(request("Q", revenue), above);
    }
    // one category, two tiers: each listed with its codes and threshold
    assertThat(explained(request("Q", revenue)).alternatives())
        .extracting(ScaleAlternative::codes, ScaleAlternative::threshold)
        .containsExactly(tuple(List.of("Q84"), Optional.of(Cny.of("20000000"))),
            tuple(List.of("Q85"), Optional.of(Cny.of("5000000"))));
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "{0}")
  @CsvSource({"A", "A0111", "J", "J66", "J6620", "S", "S9100", "T", "F53", "Q86", "K71"})
  void test_codeOutsideTheDatabases_staysAnError(String code) {
    // 农林牧渔 A, 金融 J, 公共管理 S, 国际组织 T, and codes no rule lists: never read as inside
    assertThatThrownBy(() -> ScaleClassifier.DEFAULT.isAboveScale(STANDARD, request(code, "25000000")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("industryCode");
          assertThat(ex.getMessage()).contains(code);
        });
    assertThatThrownBy(() -> ScaleClassifier.DEFAULT.explainAboveScaleJson(STANDARD,
        "{\"industryCode\": \"" + code + "\", \"year\": 2023}"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("/industryCode"));
  }

  @Test
  void test_aStandardWithoutARuleForACodeUnderThePrefix_keepsTheError() {
    // a host's standard whose 10,000,000 tier leaves out K704: K70 may be K704, outside its databases
    ScaleStandard withoutK704 = new ScaleStandard(STANDARD.industry(), STANDARD.wholesale(), STANDARD.retail(),
        STANDARD.accommodation(), STANDARD.catering(), STANDARD.services().stream().map(tier ->
            new Parameter<>(new ScaleServiceTier(tier.value().minimumRevenue(), tier.value().codePrefixes().stream()
                .filter(prefix -> !prefix.equals("K704")).toList()), tier.citation(), tier.validity()))
            .toList(), STANDARD.construction(), STANDARD.realEstateDevelopment());
    assertThatThrownBy(() -> ScaleClassifier.DEFAULT.isAboveScale(withoutK704,
        withQualification("K70", "12000000", Optional.of(true))))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("industryCode");
          assertThat(ex.getMessage()).contains("K704");
        });
    // the same standard still decides F, whose codes it all lists
    assertThat(ScaleClassifier.DEFAULT.isAboveScale(withoutK704, request("F", "25000000"))).isTrue();
  }

  @Test
  void test_categoryOf_aCoarseCode_isStillRefused() {
    // categoryOf returns one category: F names none, and says it is too coarse (not outside)
    assertThatThrownBy(() -> ScaleClassifier.categoryOf(STANDARD, "F"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("industryCode");
          assertThat(ex.getMessage()).contains("too coarse");
        });
    assertThat(ScaleClassifier.categoryOf(STANDARD, "F52")).isEqualTo(ScaleCategory.RETAIL);
  }

  @Test
  void test_yearNoCategoryCovers_namesTheYear() {
    // no 限额以上 rule in the data before 2011: F in 2010 as F5211 in 2010
    assertThatThrownBy(() -> ScaleClassifier.DEFAULT.isAboveScale(STANDARD, ScaleRequest.of("F", 2010,
        Cny.of("25000000")))).isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("year"));
    // K701's rule has no years, but the K702-K709 tier starts in 2011: K70 in 2010 may be under no rule
    assertThatThrownBy(() -> ScaleClassifier.DEFAULT.explainAboveScale(STANDARD, ScaleRequest.builder()
        .industryCode("K70").year(2010).revenue(Cny.of("25000000")).qualificationHeld(true).build()))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("year"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_fineCode_unchanged_noAlternatives() {
    // F5112 is 批发业: 25,000,000 ≥ 20,000,000, one condition, the threshold at the top, no alternatives in the JSON
    ScaleResult result = explained(request("F5112", "25000000"));
    assertThat(result.aboveScale()).contains(true);
    assertThat(result.category()).isEqualTo(ScaleCategory.WHOLESALE);
    assertThat(result.threshold()).contains(Cny.of("20000000"));
    assertThat(result.alternatives()).isEmpty();
    assertOutcomes(result.explanation(), MET);
    assertThat(result.explanation().steps().get(0)).isEqualTo(new InputStep(LocalizedText.of(
        "统计类别（F5112）：限额以上批发业", "category (F5112): wholesale above the limit"), "WHOLESALE"));
    String json = ScaleClassifier.DEFAULT.explainAboveScaleJson(STANDARD, HuiqiJson.write(request("F5112",
        "25000000")));
    assertThat(json).doesNotContain("alternatives");
  }

  @Test
  void test_explanation_eachCategoryThenTheVerdict() {
    Explanation explanation = explained(request("F", "10000000")).explanation();
    assertThat(explanation.steps().get(0)).isEqualTo(new InputStep(LocalizedText.of(
        "统计类别（F → F51）：限额以上批发业", "category (F → F51): wholesale above the limit"), "WHOLESALE"));
    assertThat(explanation.steps().get(2)).isEqualTo(new InputStep(LocalizedText.of(
        "统计类别（F → F52）：限额以上零售业", "category (F → F52): retail above the limit"), "RETAIL"));
    assertThat(explanation.steps().get(4)).isEqualTo(new InputStep(LocalizedText.of(
        "行业代码F可能属于的各类别（限额以上批发业（F51）、限额以上零售业（F52））未给出一致结论：未定",
        "the categories code F may fall in (wholesale above the limit (F51), retail above the limit (F52)) do not "
            + "give one answer: undetermined"), "undetermined"));
    assertThat(explanation.steps()).hasSize(5);
    Explanation k70 = explained(withQualification("K70", "12000000", Optional.of(true))).explanation();
    assertThat(k70.steps().get(2)).isEqualTo(new InputStep(LocalizedText.of(
        "统计类别（K70 → K702、K703、K704、K709）：规模以上服务业",
        "category (K70 → K702, K703, K704, K709): services above designated size"), "SERVICES"));
    assertThat(k70.steps().get(4)).isInstanceOfSatisfying(InputStep.class, step -> {
      assertThat(step.value()).isEqualTo("true");
      assertThat(step.name().en()).endsWith("gives one answer: above designated size");
    });
  }

  @Test
  void test_json_undeterminedAndDecided_readBackAndReplay() {
    String undeterminedRequest = "{\"industryCode\": \"F\", \"year\": 2023, \"revenue\": {\"amount\": 10000000, "
        + "\"currency\": \"CNY\"}}";
    String undetermined = ScaleClassifier.DEFAULT.explainAboveScaleJson(STANDARD, undeterminedRequest);
    ScaleResult read = HuiqiJson.read(undetermined, ScaleResult.class);
    // 10,000,000: 批发业 not met (< 20,000,000), 零售业 met (≥ 5,000,000)
    assertThat(read.aboveScale()).isEmpty();
    assertThat(read.missingFacts()).containsExactly("/industryCode");
    assertThat(read.alternatives()).extracting(ScaleAlternative::aboveScale)
        .containsExactly(Optional.of(false), Optional.of(true));
    assertThat(HuiqiJson.write(read)).isEqualTo(undetermined);
    assertThat(HuiqiJson.read(CalculatorReplay.builtIn().replayJson(undeterminedRequest, undetermined),
        ReplayResult.class).matches()).isTrue();
    // 25,000,000 above both thresholds: decided
    String decidedRequest = HuiqiJson.write(request("F", "25000000"));
    String decided = ScaleClassifier.DEFAULT.explainAboveScaleJson(STANDARD, decidedRequest);
    assertThat(HuiqiJson.read(decided, ScaleResult.class).aboveScale()).contains(true);
    assertThat(HuiqiJson.read(CalculatorReplay.builtIn().replayJson(decidedRequest, decided),
        ReplayResult.class).matches()).isTrue();
  }
}
