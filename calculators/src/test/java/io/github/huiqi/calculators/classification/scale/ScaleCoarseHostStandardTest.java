package io.github.huiqi.calculators.classification.scale;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.huiqi.core.classification.scale.ScaleCategory;
import io.github.huiqi.core.classification.scale.ScaleServiceTier;
import io.github.huiqi.core.classification.scale.ScaleStandard;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.result.InputStep;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests the "四上" test under a host's own standard whose service tiers nest (decisions register §4.6 item 140): a
 * code whose codes may fall in a tier given to a longer prefix inside its own (G60 inside G), or in a category named
 * by code (K701 inside a tier K), is tried under each; a code whose codes all fall in one tier is tested as one.
 * <p>
 * The built-in tiers (inclusive, 及以上): G 20,000,000, K702-K709 10,000,000, Q84 20,000,000, Q85 5,000,000; the host
 * tiers below are the test's own.
 */
class ScaleCoarseHostStandardTest {

  private static final ScaleStandard BUILT_IN = ScaleStandard.builtIn();

  private static Parameter<ScaleServiceTier> tier(String minimum, String... prefixes) {
    Parameter<ScaleServiceTier> model = BUILT_IN.services().get(0);
    return new Parameter<>(new ScaleServiceTier(Cny.of(minimum), List.of(prefixes)), model.citation(),
        model.validity());
  }

  private static ScaleStandard withTiers(List<Parameter<ScaleServiceTier>> tiers) {
    return new ScaleStandard(BUILT_IN.industry(), BUILT_IN.wholesale(), BUILT_IN.retail(), BUILT_IN.accommodation(),
        BUILT_IN.catering(), tiers, BUILT_IN.construction(), BUILT_IN.realEstateDevelopment());
  }

  /** The built-in tiers with a host tier G60 at 5,000,000 inside G's 20,000,000. */
  private static final ScaleStandard G60_OWN_TIER = withTiers(List.of(BUILT_IN.services().get(0),
      BUILT_IN.services().get(1), BUILT_IN.services().get(2), tier("5000000", "G60")));

  private static ScaleResult explained(ScaleStandard standard, String code, String revenue) {
    return ScaleClassifier.DEFAULT.explainAboveScale(standard, ScaleRequest.of(code, 2023, Cny.of(revenue)));
  }

  private static boolean plain(ScaleStandard standard, String code, String revenue) {
    return ScaleClassifier.DEFAULT.isAboveScale(standard, ScaleRequest.of(code, 2023, Cny.of(revenue)));
  }

  @Test
  void test_aTierInsideATier_theShorterCodeTriesBoth() {
    // G: 25,000,000 ≥ 20,000,000 (G53-G59) and ≥ 5,000,000 (G60): above either way
    assertThat(plain(G60_OWN_TIER, "G", "25000000")).isTrue();
    ScaleResult above = explained(G60_OWN_TIER, "G", "25000000");
    assertThat(above.alternatives()).containsExactly(
        new ScaleAlternative(ScaleCategory.SERVICES, List.of("G"), Optional.of(Cny.of("20000000")), Optional.of(true)),
        new ScaleAlternative(ScaleCategory.SERVICES, List.of("G60"), Optional.of(Cny.of("5000000")),
            Optional.of(true)));
    assertOutcomes(above.explanation(), MET, MET);
    // 3,000,000 < 5,000,000 and < 20,000,000: below either way
    assertThat(plain(G60_OWN_TIER, "G", "3000000")).isFalse();
    // 10,000,000 < 20,000,000 (G) but ≥ 5,000,000 (G60): the finer code decides
    assertThatThrownBy(() -> plain(G60_OWN_TIER, "G", "10000000"))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/industryCode"));
    assertThat(explained(G60_OWN_TIER, "G", "10000000").aboveScale()).isEmpty();
  }

  @Test
  void test_aTierInsideATier_theFinerCodesAsBefore() {
    // G60 at its own line: 5,000,000.00 ≥ 5,000,000; G5430 under G's: 19,999,999.99 < 20,000,000
    ScaleResult g60 = explained(G60_OWN_TIER, "G6010", "5000000.00");
    assertThat(g60.aboveScale()).contains(true);
    assertThat(g60.threshold()).contains(Cny.of("5000000"));
    assertThat(g60.alternatives()).isEmpty();
    ScaleResult g54 = explained(G60_OWN_TIER, "G5430", "19999999.99");
    assertThat(g54.aboveScale()).contains(false);
    assertThat(g54.alternatives()).isEmpty();
    // under the built-in tiers, which nest in none, G is one tier: 10,000,000 < 20,000,000, below, no alternatives
    ScaleResult builtIn = explained(BUILT_IN, "G", "10000000");
    assertThat(builtIn.aboveScale()).contains(false);
    assertThat(builtIn.alternatives()).isEmpty();
  }

  @Test
  void test_aPrefixListedTwiceInOneTier_isOneTier() {
    // G and G60 both in the 20,000,000 tier: one test, 10,000,000 < 20,000,000 below, decided, no alternatives
    ScaleStandard twice = withTiers(List.of(tier("20000000", "G", "G60"), BUILT_IN.services().get(1)));
    ScaleResult result = explained(twice, "G", "10000000");
    assertThat(result.aboveScale()).contains(false);
    assertThat(result.alternatives()).isEmpty();
    assertThat(result.threshold()).contains(Cny.of("20000000"));
    assertThat(result.explanation().steps().get(0)).isEqualTo(new InputStep(LocalizedText.of(
        "统计类别（G）：规模以上服务业", "category (G): services above designated size"), "SERVICES"));
  }

  @Test
  void test_aTierHoldingACategorysCode_triesTheCategory() {
    // a host tier K at 10,000,000: K701 (房地产开发经营) stays its own category, by the qualification
    ScaleStandard sectionK = withTiers(List.of(BUILT_IN.services().get(0), tier("10000000", "K")));
    ScaleRequest notHeld = ScaleRequest.builder().industryCode("K").year(2023).revenue(Cny.of("12000000"))
        .qualificationHeld(false).build();
    // K: 12,000,000 ≥ 10,000,000 (met) but K701 not held (not met): open
    ScaleResult open = ScaleClassifier.DEFAULT.explainAboveScale(sectionK, notHeld);
    assertThat(open.aboveScale()).isEmpty();
    assertThat(open.missingFacts()).containsExactly("/industryCode");
    assertThat(open.alternatives()).extracting(ScaleAlternative::category, ScaleAlternative::codes)
        .containsExactly(tuple(ScaleCategory.SERVICES, List.of("K")),
            tuple(ScaleCategory.REAL_ESTATE_DEVELOPMENT, List.of("K701")));
    // held: K701 met and 12,000,000 ≥ 10,000,000: above
    assertThat(ScaleClassifier.DEFAULT.isAboveScale(sectionK, ScaleRequest.builder().industryCode("K").year(2023)
        .revenue(Cny.of("12000000")).qualificationHeld(true).build())).isTrue();
    // K7010 is 房地产开发经营 as before
    assertThat(ScaleClassifier.DEFAULT.explainAboveScale(sectionK, ScaleRequest.builder().industryCode("K7010")
        .year(2023).qualificationHeld(false).build()).category()).isEqualTo(ScaleCategory.REAL_ESTATE_DEVELOPMENT);
  }

  @Test
  void test_aCoarseCodeWhoseCodesShareOneTier_isTestedAsOne() {
    // a host standard with 卫生 Q84 and 社会工作 Q85 both at 5,000,000: Q is one tier
    ScaleStandard oneQ = withTiers(List.of(tier("20000000", "G"), tier("5000000", "Q84", "Q85")));
    ScaleResult at = explained(oneQ, "Q", "5000000.00");
    // 5,000,000.00 ≥ 5,000,000 (inclusive): above; 4,999,999.99 one fen short: below
    assertThat(at.aboveScale()).contains(true);
    assertThat(at.alternatives()).isEmpty();
    assertThat(at.threshold()).contains(Cny.of("5000000"));
    assertOutcomes(at.explanation(), MET);
    assertThat(at.explanation().steps().get(0)).isEqualTo(new InputStep(LocalizedText.of(
        "统计类别（Q → Q84、Q85）：规模以上服务业", "category (Q → Q84, Q85): services above designated size"), "SERVICES"));
    assertThat(plain(oneQ, "Q", "4999999.99")).isFalse();
    assertOutcomes(explained(oneQ, "Q", "4999999.99").explanation(), NOT_MET);
  }
}
